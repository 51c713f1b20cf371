// Every screen as a mid-range phone feels it (issue 30): headless Chromium at the phone viewport
// with the CPU throttled 4×, for the typical runner (12 races, 300 log entries) and the heavy one
// (500 races, 2,000 log entries):
// - each screen's switch: from the tap on its link (in the bar, or on More for the screens behind
//   it) until the paint that first shows its heading, median of 5; and until the frame after the
//   last of it is drawn (the parts below a phone's first view come a frame after the top);
// - the key latency in the race form's name and the log form's notes: from each keydown until
//   the frame after the app has handled it, median over 20 keys typed at 80 ms a key.
//
// Usage: node benches/screens.mjs APP_DIST   prints the figures as one JSON line
import path from "node:path";
import { openSuite, seed } from "../tests/e2e/support.mjs";
import { HEAVY, REAL_TIME_PHONE, TYPICAL, runnerDocument } from "./documents.mjs";
import { median } from "./stats.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
const KEYS = "Spring Half Marathon";
const appDist = process.argv[2] && path.resolve(process.argv[2]);
if (!appDist) {
  console.error("usage: node benches/screens.mjs APP_DIST");
  process.exit(2);
}

/** The screens, by their path, in the order they are opened. */
export const SCREENS = ["/races", "/log", "/checklists", "/aromatherapy", "/timers", "/settings", "/training", "/"];

/** How long the page must stay unchanged before a screen counts as drawn in full. */
const QUIET_MS = 400;

/** Taps the link to `path` and resolves with two figures, in milliseconds from the tap. `painted`:
 * the paint of the frame that first shows the new screen's heading (the browser's own paint time
 * for it, through Element Timing), when the runner sees the screen. `drawn`: the frame after the
 * last of the screen's elements is added (screens draw what lies below their first view a frame
 * after their top, `BelowTheFold`), once the page has stayed unchanged for QUIET_MS. Runs in the
 * page. */
function tapAndTime([path, quietMs]) {
  const link = [...document.querySelectorAll(`a[href="${path}"]`)].find((a) => a.offsetParent !== null);
  if (!link) throw new Error(`no visible link to ${path}`);
  const before = document.querySelector("main h1");
  const started = performance.now();
  return new Promise((resolve) => {
    let painted = null;
    let drawn = null;
    let quiet = null;
    const finish = () => {
      elements.disconnect();
      paints.disconnect();
      // The paint time can fall after the task that follows the frame: drawn is never before it.
      resolve({ painted: painted - started, drawn: Math.max(drawn, painted) - started });
    };
    const settle = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const paints = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === "switch" && painted === null) {
          painted = entry.renderTime;
          if (drawn !== null) settle();
        }
      }
    });
    paints.observe({ type: "element" });
    const elements = new MutationObserver((records) => {
      const heading = document.querySelector("main h1");
      if (location.pathname !== path || !heading || heading === before) return;
      // Marked before its first paint, so the browser reports that paint.
      if (!heading.hasAttribute("elementtiming")) heading.setAttribute("elementtiming", "switch");
      if (!records.some((record) => record.type === "childList")) return;
      // The frame that shows the change: the next animation frame, then the task after it.
      requestAnimationFrame(() =>
        setTimeout(() => {
          drawn = performance.now();
          if (painted !== null) settle();
        }, 0),
      );
    });
    elements.observe(document.body, { subtree: true, childList: true, characterData: true });
    link.click();
  });
}

/** Opens `path` from wherever the page is: through More first when its link is not in the bar. */
async function switchTo(page, path) {
  const inBar = await page.evaluate((path) => [...document.querySelectorAll(`a[href="${path}"]`)].some((a) => a.offsetParent !== null), path);
  if (!inBar) {
    await page.evaluate(tapAndTime, ["/more", QUIET_MS]);
  }
  return page.evaluate(tapAndTime, [path, QUIET_MS]);
}

/** Types KEYS into the field `label` and returns each key's latency (keydown → the frame after). */
async function keyLatency(page, locator) {
  await locator.click();
  await page.evaluate(() => {
    window.__keys = [];
    window.addEventListener(
      "keydown",
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - at), 0));
      },
      { capture: true },
    );
  });
  await locator.pressSequentially(KEYS, { delay: 80 });
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__keys);
}

async function measure(suite, document) {
  const switches = {};
  let raceKeys;
  let logKeys;
  await suite.withPage(REAL_TIME_PHONE, async ({ page, context, goto }) => {
    await seed(context, document);
    await goto("/");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    for (const path of SCREENS) {
      switches[path] = await switchTo(page, path);
    }
    await switchTo(page, "/races");
    raceKeys = await keyLatency(page, page.getByLabel("Race name", { exact: true }));
    await switchTo(page, "/log");
    await page.locator("#add-entry-summary").click();
    logKeys = await keyLatency(page, page.locator("#add-notes"));
  });
  return { switches, raceKeys, logKeys };
}

const suite = await openSuite({ root: appDist });
try {
  const result = {};
  for (const [name, runner] of [["typical", TYPICAL], ["heavy", HEAVY]]) {
    const switches = Object.fromEntries(SCREENS.map((path) => [path, []]));
    const drawn = Object.fromEntries(SCREENS.map((path) => [path, []]));
    let raceKeys = [];
    let logKeys = [];
    for (let run = 0; run < RUNS; run += 1) {
      const measured = await measure(suite, runnerDocument(runner.races, runner.entries));
      for (const [path, figures] of Object.entries(measured.switches)) {
        switches[path].push(figures.painted);
        drawn[path].push(figures.drawn);
      }
      raceKeys = raceKeys.concat(measured.raceKeys);
      logKeys = logKeys.concat(measured.logKeys);
    }
    result[name] = {
      switch_ms: Object.fromEntries(Object.entries(switches).map(([path, runs]) => [path, median(runs)])),
      switch_runs: switches,
      drawn_ms: Object.fromEntries(Object.entries(drawn).map(([path, runs]) => [path, median(runs)])),
      race_key_ms: median(raceKeys),
      log_key_ms: median(logKeys),
    };
  }
  console.log(JSON.stringify(result));
} finally {
  await suite.close();
}
