// Browser benchmarks of the web build against the Dioxus hello world, in the same run and the
// same headless Chromium at the phone viewport, alternating the two apps so both see the same
// machine load (median of 7 pairs each):
// - start-up, navigation to usable, in a fresh context (nothing cached);
// - the same with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), as a mid-range
//   phone feels it;
// - a warm revisit: the same context loads the page again (HTTP cache, code cache and, for the
//   app, its service worker in place);
// - compiling the wasm alone (WebAssembly.compileStreaming), the part of a cold start that grows
//   with the bundle;
// and the guided player's drift at the end of a 20-second routine (median of 3).
//
// Usage: node benches/web.mjs APP_DIST HELLO_DIST   prints the figures as one JSON line
import { readdirSync } from "node:fs";
import path from "node:path";
import { measureTimerDrift } from "../tests/e2e/drift.mjs";
import { openSuite } from "../tests/e2e/support.mjs";
import { REAL_TIME_PHONE } from "./documents.mjs";
import { median } from "./stats.mjs";

// Fewer pairs or no drift runs while iterating on one change (the report's figures use 7 and 3).
const PAIRS = Number(process.env.FRESH_LEGS_BENCH_PAIRS ?? 7);
const DRIFT_RUNS = Number(process.env.FRESH_LEGS_BENCH_DRIFT_RUNS ?? 3);
const THROTTLE = 4;

const [appDist, helloDist] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!appDist || !helloDist) {
  console.error("usage: node benches/web.mjs APP_DIST HELLO_DIST");
  process.exit(2);
}

/** What the page logs once the frame that shows the app has been drawn. */
const PAINTED = "fresh-legs-bench: painted";

/**
 * Records in the page, with a MutationObserver, when `selector` first appears (`__usable`) and
 * when the frame that shows it was painted (`__painted`: the browser's own paint time for it,
 * through Element Timing, marked before its first paint). The second counts the style, layout
 * and paint of that frame, the same way for both apps, and not what the app draws after it (the
 * app draws what lies below a phone's first view a frame later, `BelowTheFold`).
 */
function watchFor(context, selector) {
  return context.addInitScript(
    ([wanted, painted]) => {
      new PerformanceObserver((list) => {
        if (window.__painted !== undefined) return;
        window.__painted = list.getEntries()[0].renderTime;
        console.log(painted);
      }).observe({ type: "element" });
      const check = () => {
        if (window.__usable !== undefined) return;
        const element = document.querySelector(wanted);
        if (!element) return;
        window.__usable = performance.now();
        element.setAttribute("elementtiming", "start-up");
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true });
    },
    [selector, PAINTED],
  );
}

/**
 * Loads the page and returns the milliseconds from navigation until it was usable and painted.
 * Nothing is evaluated in the page until then: Playwright's first evaluation injects its own
 * script (about 80 ms of main thread at 4× throttle), which would otherwise land in the middle
 * of the start-up being measured. The page's console says when it is done instead.
 */
async function load(page, url) {
  const painted = page.waitForEvent("console", { predicate: (message) => message.text() === PAINTED });
  await page.goto(url, { waitUntil: "commit" });
  await painted;
  return page.evaluate(() => ({ usable: window.__usable, painted: window.__painted }));
}

/**
 * One measurement of each kind for one app: a cold start, a cold start with the CPU throttled,
 * a warm revisit, and the wasm's compile time.
 */
async function measure(target) {
  const { suite, selector, wasm } = target;
  const url = `${suite.baseUrl}/`;
  const figures = {};
  await suite.withPage(REAL_TIME_PHONE, async ({ page, context }) => {
    await watchFor(context, selector);
    figures.cold = await load(page, url);
    // The app's service worker keeps its files once it controls the page; the revisit then
    // starts from it, as a runner's second visit would.
    if (target.serviceWorker) {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        }
      });
    }
    figures.warm = await load(page, url);
    figures.compile = await page.evaluate(async (file) => {
      const started = performance.now();
      await WebAssembly.compileStreaming(fetch(file, { cache: "no-store" }));
      return performance.now() - started;
    }, `/${wasm}`);
  });
  await suite.withPage(REAL_TIME_PHONE, async ({ page, context }) => {
    await watchFor(context, selector);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    figures.throttled = await load(page, url);
  });
  return figures;
}

/** The `*_bg.wasm` file a build in `dist` loads. */
const wasmIn = (dist) => readdirSync(dist).find((file) => file.endsWith("_bg.wasm"));

const app = { suite: await openSuite({ root: appDist }), selector: "#main main h1", wasm: wasmIn(appDist), serviceWorker: true };
const hello = { suite: await openSuite({ root: helloDist }), selector: "#main main button", wasm: wasmIn(helloDist) };
try {
  // Today is usable once its heading is there (it comes in the same frame as the navigation and
  // the recommendations); the hello world once its button is.
  const runs = { app: [], hello: [] };
  for (let pair = 0; pair < PAIRS; pair += 1) {
    runs.app.push(await measure(app));
    runs.hello.push(await measure(hello));
  }
  // `moment` picks one of a load's two times (usable, painted); the compile time has none.
  const summary = (kind, moment) => {
    const pick = (run) => (moment ? run[kind][moment] : run[kind]);
    return {
      app: median(runs.app.map(pick)),
      hello: median(runs.hello.map(pick)),
      app_runs: runs.app.map(pick),
      hello_runs: runs.hello.map(pick),
    };
  };
  const drifts = [];
  for (let run = 0; run < DRIFT_RUNS; run += 1) {
    await app.suite.withPage(REAL_TIME_PHONE, async (session) => drifts.push((await measureTimerDrift(session)).drift));
  }
  console.log(
    JSON.stringify({
      startup_ms: summary("cold", "usable"),
      painted_startup_ms: summary("cold", "painted"),
      throttled_startup_ms: { ...summary("throttled", "usable"), rate: THROTTLE },
      throttled_painted_ms: { ...summary("throttled", "painted"), rate: THROTTLE },
      warm_startup_ms: summary("warm", "usable"),
      wasm_compile_ms: summary("compile"),
      drift_ms: { median: median(drifts), runs: drifts },
    }),
  );
} finally {
  await app.suite.close();
  await hello.suite.close();
}
