// Turns the figures `scripts/bench.sh` collected into one Markdown table: every figure beside the
// baseline measured in the same run, the ratio between them, and the target it is held to.
//
// Usage: node benches/report.mjs OUT_DIR CRITERION_DIR
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const [outDir, criterionDir] = process.argv.slice(2);
if (!outDir || !criterionDir) {
  console.error("usage: node benches/report.mjs OUT_DIR CRITERION_DIR");
  process.exit(2);
}

const readJson = (name) => JSON.parse(readFileSync(path.join(outDir, name), "utf8"));
const readText = (name) => (existsSync(path.join(outDir, name)) ? readFileSync(path.join(outDir, name), "utf8") : "");

/** Criterion's median estimate in nanoseconds for each benchmark, by its title (a group's
 * benchmarks, one folder deeper, by "group/name"). */
function criterionMedians(dir = criterionDir) {
  const medians = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const folder = path.join(dir, entry.name);
    const found = path.join(folder, "new");
    if (!entry.isDirectory()) continue;
    if (!existsSync(path.join(found, "estimates.json"))) {
      if (dir === criterionDir) Object.assign(medians, criterionMedians(folder));
      continue;
    }
    const { title } = JSON.parse(readFileSync(path.join(found, "benchmark.json"), "utf8"));
    medians[title] = JSON.parse(readFileSync(path.join(found, "estimates.json"), "utf8")).median.point_estimate;
  }
  return medians;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const us = (nanoseconds) => (nanoseconds < 1e6 ? `${(nanoseconds / 1e3).toFixed(1)} µs` : ms(nanoseconds / 1e6));
const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
const verdict = (ok) => (ok ? "met" : "**missed**");

const rows = [];
const row = (figure, value, baseline, times, target, ok) =>
  rows.push(`| ${figure} | ${value} | ${baseline} | ${times} | ${target} | ${ok === undefined ? "" : verdict(ok)} |`);

// Web bundle: the deterministic figure CI holds.
const app = readJson("bundle-app.json");
const hello = readJson("bundle-hello.json");
row("Web bundle, wasm gzip", kb(app.wasm.gzip), kb(hello.wasm.gzip), ratio(app.wasm.gzip, hello.wasm.gzip), "", undefined);
row("Web bundle, JS gzip", kb(app.js.gzip), kb(hello.js.gzip), ratio(app.js.gzip, hello.js.gzip), "", undefined);
row("Web bundle, raw total", kb(app.total.raw), kb(hello.total.raw), ratio(app.total.raw, hello.total.raw), "", undefined);
const bundleRatio = app.total.gzip / hello.total.gzip;
// Issue 19's target (it was 1.5× before).
row("Web bundle, gzip total", kb(app.total.gzip), kb(hello.total.gzip), ratio(app.total.gzip, hello.total.gzip), "≤ 3.3×", bundleRatio <= 3.3);

// Browser timings.
const web = readJson("web.json");
const startRatio = web.startup_ms.app / web.startup_ms.hello;
row("Start-up, navigation → usable (phone, median of 7)", ms(web.startup_ms.app), ms(web.startup_ms.hello), ratio(web.startup_ms.app, web.startup_ms.hello), "≤ 1.25×", startRatio <= 1.25);
const painted = web.painted_startup_ms;
row("Start-up, navigation → painted (the paint that first shows it)", ms(painted.app), ms(painted.hello), ratio(painted.app, painted.hello), "≤ 1.25×", painted.app / painted.hello <= 1.25);
const throttled = web.throttled_startup_ms;
row(`Start-up, CPU throttled ${throttled.rate}× (phone, median of 7)`, ms(throttled.app), ms(throttled.hello), ratio(throttled.app, throttled.hello), "≤ 1.3×", throttled.app / throttled.hello <= 1.3);
const throttledPainted = web.throttled_painted_ms;
row(`Start-up, CPU throttled ${throttledPainted.rate}×, navigation → painted`, ms(throttledPainted.app), ms(throttledPainted.hello), ratio(throttledPainted.app, throttledPainted.hello), "≤ 1.3×", throttledPainted.app / throttledPainted.hello <= 1.3);
const warm = web.warm_startup_ms;
row("Start-up, warm revisit (caches and service worker in place)", ms(warm.app), ms(warm.hello), ratio(warm.app, warm.hello), "", undefined);
const compile = web.wasm_compile_ms;
row("Wasm compile alone (WebAssembly.compileStreaming)", ms(compile.app), ms(compile.hello), ratio(compile.app, compile.hello), "", undefined);
row("Timer drift at the end of a 20 s routine (median of 3)", ms(web.drift_ms.median), "wall clock", "", "≤ 50 ms", Math.abs(web.drift_ms.median) <= 50);

// The Races screen with a heavy season, against the same screen with 10 races.
const races = readJson("races.json");
row("Races loaded, 500 races + 2,000 log entries (navigation → drawn, incl. start-up)", ms(races.heavy.open_ms), `${ms(races.light.open_ms)} (10 races)`, ratio(races.heavy.open_ms, races.light.open_ms), "", undefined);
row("Races opened from the bar, 500 races + 2,000 log entries (tap → drawn, median of 5)", ms(races.heavy.tap_ms), `${ms(races.light.tap_ms)} (10 races)`, ratio(races.heavy.tap_ms, races.light.tap_ms), "< 300 ms", races.heavy.tap_ms < 300);
row("Race added, 500 races (Save → \"Added\", median of 5)", ms(races.heavy.add_ms), `${ms(races.light.add_ms)} (10 races)`, ratio(races.heavy.add_ms, races.light.add_ms), "< 100 ms", races.heavy.add_ms < 100);

// Every screen at a 4× CPU throttle (issue 30), each against the lightest screen of the same run
// (Settings, which reads no history), for the typical and the heavy runner.
const screens = readJson("screens.json");
const SCREEN_NAMES = { "/": "Today", "/races": "Races", "/log": "Log", "/checklists": "Checklists", "/aromatherapy": "Aromatherapy", "/timers": "Timers", "/settings": "Settings", "/training": "Training" };
for (const [runner, label, target] of [["typical", "12 races, 300 log entries", 150], ["heavy", "500 races, 2,000 log entries", 250]]) {
  const figures = screens[runner];
  const light = figures.switch_ms["/settings"];
  for (const [screen, value] of Object.entries(figures.switch_ms)) {
    row(`${SCREEN_NAMES[screen]} opened, 4× throttle, ${label} (tap → first view painted, median of 5)`, ms(value), `${ms(light)} (Settings)`, ratio(value, light), `≤ ${target} ms`, value <= target);
  }
  const lightDrawn = figures.drawn_ms["/settings"];
  for (const [screen, value] of Object.entries(figures.drawn_ms)) {
    row(`${SCREEN_NAMES[screen]} drawn in full, 4× throttle, ${label} (tap → the frame after its last part, median of 5)`, ms(value), `${ms(lightDrawn)} (Settings)`, ratio(value, lightDrawn), "", undefined);
  }
  row(`Key latency, race name, 4× throttle, ${label} (keydown → painted, median)`, ms(figures.race_key_ms), "", "", "≤ 30 ms", figures.race_key_ms <= 30);
  row(`Key latency, log notes, 4× throttle, ${label} (keydown → painted, median)`, ms(figures.log_key_ms), "", "", "≤ 30 ms", figures.log_key_ms <= 30);
}

// Render cost, from the component tests.
const render = readText("render.txt");
const timerTick = Number(/running timer tick: at most (\d+)/.exec(render)?.[1]);
const countdownTick = Number(/countdown tick: (\d+) DOM change/.exec(render)?.[1]);
row("DOM changes per running timer tick", String(timerTick), "", "", "≤ 3", timerTick <= 3);
row("DOM changes per countdown tick", String(countdownTick), "", "", "only the countdown text", countdownTick === 1);

// Core and store, against the reference workload of the same criterion run.
const medians = criterionMedians();
const reference = medians["reference: sort 10,000 integers"];
const core = [
  ["today() for a heavy user (5 seasons)", "today (heavy user)", 100e3, "< 100 µs"],
  ["plan() of one season for a heavy user", "plan one season (heavy user)", 1e6, "< 1 ms"],
];
for (const [figure, title, limit, target] of core) {
  row(figure, us(medians[title]), `${us(reference)} (reference)`, ratio(medians[title], reference), target, medians[title] < limit);
}
const storeRoundTrip = medians["store save (10-year document)"] + medians["store load (10-year document)"];
row("Store save + load, 10-year document", us(storeRoundTrip), `${us(reference)} (reference)`, ratio(storeRoundTrip, reference), "< 20 ms", storeRoundTrip < 20e6);
const documentBytes = Number(/10-year document is (\d+) bytes/.exec(readText("criterion.txt"))?.[1]);
row("Store file, 10-year document", kb(documentBytes), "", "", "< 1 MB", documentBytes < 1024 * 1024);
const importFiles = medians["training: read and summarise 1,000 files"];
row("Read and summarise 1,000 training files", us(importFiles), `${us(reference)} (reference)`, ratio(importFiles, reference), "", undefined);
const readSeason = medians["training: read the season (5 years of summaries)"];
row("Read the season from 5 years of summaries", us(readSeason), `${us(reference)} (reference)`, ratio(readSeason, reference), "< 50 ms", readSeason < 50e6);
const trainingBytes = Number(/5-year document with \d+ activity summaries is (\d+) bytes/.exec(readText("criterion.txt"))?.[1]);
row("Store file, 5 years with activity summaries", kb(trainingBytes), "", "", "< 1 MB", trainingBytes < 1024 * 1024);
// Issue 31's hostile FIT shapes: time, and the most memory held while reading, against the file.
for (const [title, figure] of [
  ["training: hostile 32 MB FIT of 16 million records", "Read a 32 MB FIT of 16 million tiny records"],
  ["training: hostile FIT of 500,000 records in 20,000 sessions", "Read a FIT of 500,000 records in 20,000 sessions"],
]) {
  const held = new RegExp(`${title}: (\\d+) bytes, peak (\\d+) bytes`).exec(readText("criterion.txt"));
  const [fileBytes, peakBytes] = held ? [Number(held[1]), Number(held[2])] : [NaN, NaN];
  const median = medians[`hostile/${title}`];
  row(`${figure}, time`, us(median), `${us(reference)} (reference)`, ratio(median, reference), "", undefined);
  row(`${figure}, peak memory beyond the file`, kb(peakBytes), `${kb(fileBytes)} (the file)`, ratio(peakBytes, fileBytes), "≤ 10× the file", peakBytes <= 10 * fileBytes);
}
const browserImport = readJson("import.json");
row(`Import ${browserImport.activities} activities in Chromium (pick → "Imported", median of 3)`, ms(browserImport.import_ms), `${us(importFiles)} (native, 1,000 files)`, "", "", undefined);

// Desktop, when it was measured.
if (existsSync(path.join(outDir, "desktop.json"))) {
  const desktop = readJson("desktop.json");
  row("Desktop binary (release)", kb(desktop.binary_bytes.app), kb(desktop.binary_bytes.hello), ratio(desktop.binary_bytes.app, desktop.binary_bytes.hello), "", undefined);
  row("Desktop launch → first paint (Xvfb, median of 5)", ms(desktop.first_paint_ms.app), ms(desktop.first_paint_ms.hello), ratio(desktop.first_paint_ms.app, desktop.first_paint_ms.hello), "", undefined);
}

const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
console.log(`Fresh Legs benchmarks, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${os.type()} ${os.release()}`);
console.log("Baselines run in the same run: the Dioxus hello world (web, desktop) and a fixed sort (core, store).\n");
console.log("| figure | Fresh Legs | baseline | ratio | target | |");
console.log("| --- | --- | --- | --- | --- | --- |");
console.log(rows.join("\n"));
