// The Races screen with a heavy season, in headless Chromium at the phone viewport: opening it
// (navigation until the race list is drawn, and a tap on "Races" in the running app until it is)
// and adding a race (Save until "Added …" shows), medians of 5, with 500 races and 2,000 log
// entries against the same screen with 10 races and 40 entries.
//
// Usage: node benches/races.mjs APP_DIST   prints the figures as one JSON line
import path from "node:path";
import { openSuite, seed } from "../tests/e2e/support.mjs";
import { median } from "./stats.mjs";
import { REAL_TIME_PHONE, day, runnerDocument as heavyDocument, todayOffset } from "./documents.mjs";

const RUNS = 5;
const appDist = process.argv[2] && path.resolve(process.argv[2]);
if (!appDist) {
  console.error("usage: node benches/races.mjs APP_DIST");
  process.exit(2);
}

/** Milliseconds from navigation until the first race list is in the page, from a tap on
 * "Races" in the running app until it is (the screen's own render, start-up excluded), and for
 * one add. */
async function measure(suite, document) {
  let open;
  let tap;
  let add;
  await suite.withPage(REAL_TIME_PHONE, async ({ page, context, goto }) => {
    await seed(context, document);
    await context.addInitScript(() => {
      const check = () => {
        if (window.__drawn === undefined && document.querySelector("ul.race-list")) window.__drawn = performance.now();
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${suite.baseUrl}/races`);
    await page.waitForFunction(() => window.__drawn !== undefined);
    open = await page.evaluate(() => window.__drawn);
    await goto("/");
    tap = await page.evaluate(async () => {
      const link = [...document.querySelectorAll("#main nav a")].find((a) => a.textContent.trim() === "Races");
      const started = performance.now();
      const drawn = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector("ul.race-list")) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
      link.click();
      return drawn;
    });
    await page.getByLabel("Race name", { exact: true }).fill("Bench 10K");
    await page.getByLabel("Date", { exact: true }).fill(day(todayOffset() + 41));
    await page.getByLabel(/^Distance/).fill("10");
    add = await page.evaluate(async () => {
      const started = performance.now();
      const added = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.body.textContent.includes("Added Bench 10K.")) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      document.querySelector("form.form button[type=submit]").click();
      return added;
    });
  });
  return { open, tap, add };
}

const suite = await openSuite({ root: appDist });
try {
  const light = { open: [], tap: [], add: [] };
  const heavy = { open: [], tap: [], add: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const [into, document] of [[light, heavyDocument(10, 40)], [heavy, heavyDocument(500, 2000)]]) {
      const { open, tap, add } = await measure(suite, document);
      into.open.push(open);
      into.tap.push(tap);
      into.add.push(add);
    }
  }
  const summary = (runs) => ({
    open_ms: median(runs.open),
    tap_ms: median(runs.tap),
    add_ms: median(runs.add),
    open_runs: runs.open,
    tap_runs: runs.tap,
    add_runs: runs.add,
  });
  console.log(JSON.stringify({ light: summary(light), heavy: summary(heavy) }));
} finally {
  await suite.close();
}
