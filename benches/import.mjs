// Importing a Strava-style export of 1,040 activities (4.9 years) in headless Chromium at the
// phone viewport: from handing the file to the picker until "Imported …" shows, the reader
// module's fetch and compile included, median of 3 fresh pages. The export is written by the
// criterion benchmark (`FRESH_LEGS_BENCH_EXPORT`, benches/training.rs).
//
// Usage: node benches/import.mjs APP_DIST EXPORT_ZIP   prints the figures as one JSON line
import path from "node:path";
import { PHONE, openSuite, seed } from "../tests/e2e/support.mjs";
import { median } from "./stats.mjs";

const RUNS = 3;
const [appDist, exportZip] = process.argv.slice(2).map((arg) => arg && path.resolve(arg));
if (!appDist || !exportZip) {
  console.error("usage: node benches/import.mjs APP_DIST EXPORT_ZIP");
  process.exit(2);
}

/** After the export's last activity, so none is "from the future". */
const AFTER_THE_EXPORT = new Date("2031-06-01T10:00:00Z");

const suite = await openSuite({ root: appDist });
try {
  const times = [];
  let imported = 0;
  for (let run = 0; run < RUNS; run += 1) {
    await suite.withPage({ ...PHONE, timezoneId: "Europe/Berlin", clock: null }, async ({ page, context, goto }) => {
      await page.clock.setFixedTime(AFTER_THE_EXPORT);
      await seed(context, { schema_version: 7, profile: { display_name: "Sam" }, activities: [], tombstones: [] });
      await goto("/training");
      const started = performance.now();
      await page.locator("#training-files").setInputFiles(exportZip);
      const done = page.getByText(/^Imported \d+ activities\./);
      await done.waitFor({ timeout: 300_000 });
      times.push(performance.now() - started);
      imported = Number(/\d+/.exec(await done.innerText())[0]);
    });
  }
  console.log(JSON.stringify({ activities: imported, import_ms: median(times), runs_ms: times }));
} finally {
  await suite.close();
}
