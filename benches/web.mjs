// Browser benchmarks of the web build against the Dioxus hello world, in the same run and the
// same headless Chromium at the phone viewport: start-up (navigation to usable, median of 7,
// alternating the two apps so both see the same machine load) and the guided player's drift at
// the end of a 20-second routine (median of 3).
//
// Usage: node benches/web.mjs APP_DIST HELLO_DIST   prints the figures as one JSON line
import path from "node:path";
import { measureTimerDrift } from "../tests/e2e/drift.mjs";
import { PHONE, openSuite } from "../tests/e2e/support.mjs";
import { median } from "./stats.mjs";

const STARTS = 7;
const DRIFT_RUNS = 3;

const [appDist, helloDist] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!appDist || !helloDist) {
  console.error("usage: node benches/web.mjs APP_DIST HELLO_DIST");
  process.exit(2);
}

/**
 * Milliseconds from the start of navigation until `selector` is in the page, in a fresh browser
 * context (nothing cached). Recorded inside the page by a MutationObserver, so polling from
 * here adds nothing to the figure.
 */
async function startUp(suite, selector) {
  let usable;
  await suite.withPage(PHONE, async ({ page, context }) => {
    await context.addInitScript((wanted) => {
      const check = () => {
        if (window.__usable === undefined && document.querySelector(wanted)) window.__usable = performance.now();
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true });
    }, selector);
    await page.goto(`${suite.baseUrl}/`);
    await page.waitForFunction(() => window.__usable !== undefined);
    usable = await page.evaluate(() => window.__usable);
  });
  return usable;
}

const app = await openSuite({ root: appDist });
const hello = await openSuite({ root: helloDist });
try {
  // Today is usable once its heading is there (it comes in the same frame as the navigation and
  // the recommendations); the hello world once its button is.
  const appStarts = [];
  const helloStarts = [];
  for (let run = 0; run < STARTS; run += 1) {
    appStarts.push(await startUp(app, "#main main h1"));
    helloStarts.push(await startUp(hello, "#main main button"));
  }
  const drifts = [];
  for (let run = 0; run < DRIFT_RUNS; run += 1) {
    await app.withPage(PHONE, async (session) => drifts.push((await measureTimerDrift(session)).drift));
  }
  console.log(
    JSON.stringify({
      startup_ms: { app: median(appStarts), hello: median(helloStarts), app_runs: appStarts, hello_runs: helloStarts },
      drift_ms: { median: median(drifts), runs: drifts },
    }),
  );
} finally {
  await app.close();
  await hello.close();
}
