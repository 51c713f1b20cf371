// Training files end to end at the phone viewport, on a fixed clock (Wednesday 19 August 2026 in
// Berlin): a Strava-style export of the made-up season is imported with its progress shown, the
// proposed peak block is accepted, and Today then brings the tight budget's general massage into
// it. The file readers come as a module of their own at the first import. A damaged file is
// refused by name and changes nothing.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { tinyRecordsFit } from "./hostile_fit.mjs";
import { DOCUMENT_KEY, PHONE, openFromNav, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** Written by `scripts/training-fixture.sh` from tests/support/season.rs: weeks 1–11 and Tuesday of week 12. */
const EXPORT = fileURLToPath(new URL("../fixtures/training/season-to-week-12.zip", import.meta.url));
const BERLIN_PHONE = { ...PHONE, timezoneId: "Europe/Berlin" };
const WEDNESDAY_OF_WEEK_12 = new Date("2026-08-19T08:00:00Z");

/** Three massages a year (the marathon's two flushes and one more), a marathon on 20 September,
 * and heart rates set. */
function tightBudgetRunner() {
  return {
    schema_version: 7,
    profile: {
      display_name: "Sam",
      massage_budget_per_month: 0,
      tight_budget: { per: "year", sessions: 3 },
      heart: { max_bpm: 190, resting_bpm: 55 },
    },
    races: [
      {
        id: "race-e2e-marathon",
        name: "City Marathon",
        date: "2026-09-20",
        start_time: "09:00:00",
        time_zone: "Europe/Berlin",
        distance_km: 42.195,
        priority: "A",
        outdoor: true,
        notes: "",
        updated_at: "2026-06-01T08:00:00Z",
      },
    ],
    blocks: [],
    log: [],
    activities: [],
    tombstones: [],
  };
}

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), DOCUMENT_KEY);
const recommendationsOf = async (page) => {
  const list = page.getByRole("list", { name: "Recommendations", exact: true });
  await list.waitFor();
  return list.innerText();
};

test("an imported export is reviewed on the phone, and the accepted peak takes the tight budget's massage into Today", () =>
  suite.withPage(BERLIN_PHONE, async ({ page, context, goto }) => {
    const readerFetches = [];
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith("/on-demand/")) readerFetches.push(pathname);
    });
    await page.clock.setFixedTime(WEDNESDAY_OF_WEEK_12);
    await seed(context, tightBudgetRunner());
    await goto("/");
    assert.doesNotMatch(await recommendationsOf(page), /General massage/, "no block yet: the budget waits");

    // Every state of the progress bar, as the page showed it.
    await page.evaluate(() => {
      window.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.getElementById("import-progress");
        if (bar) window.progressSeen.push([Number(bar.value), Number(bar.max)]);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await openFromNav(page, "Training");
    await page.getByRole("heading", { name: "Import training files" }).waitFor();
    // The readers are a module of their own, fetched at the first import and not at start-up.
    assert.deepEqual(readerFetches, [], "the page started without the file reader");
    await page.locator("#training-files").setInputFiles(EXPORT);
    await page.getByText("Imported 46 activities.", { exact: true }).waitFor();
    assert.deepEqual(
      readerFetches,
      ["/on-demand/training-worker.js", "/on-demand/training-reader.js", "/on-demand/training-reader_bg.wasm"],
      "the reader's worker, script and wasm came at the import",
    );
    const seen = await page.evaluate(() => window.progressSeen);
    assert.ok(seen.length >= 2, `the progress was shown while reading: ${JSON.stringify(seen)}`);
    assert.ok(seen.some(([done, total]) => total === 46 && done > 0 && done < 46), JSON.stringify(seen));
    assert.equal((await stored(page)).activities.length, 46);

    const review = page.getByRole("region", { name: "What your files suggest" });
    await review.getByRole("heading", { name: "Peak (hard) block, 10 Aug – 23 Aug 2026" }).waitFor();
    await review.getByRole("button", { name: "Accept Peak (hard) block, 10 Aug – 23 Aug 2026" }).tap();
    await page.getByText("Accepted: Peak (hard) block, 10 Aug – 23 Aug 2026.").waitFor();
    const blocks = (await stored(page)).blocks;
    assert.deepEqual(
      blocks.map(({ kind, start, end, speed_work }) => ({ kind, start, end, speed_work })),
      [{ kind: "peak", start: "2026-08-10", end: "2026-08-23", speed_work: true }],
    );
    const chart = page.getByRole("img", { name: /Training load for 12 weeks from 1 Jun 2026, 1 week marked hard/ });
    await chart.waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    const today = await recommendationsOf(page);
    assert.match(today, /General massage/);
    assert.match(today, /Peak \(hard\) block with speed work/);
  }));

test("a damaged FIT file is refused by its name while the good one beside it imports", () =>
  suite.withPage(BERLIN_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(WEDNESDAY_OF_WEEK_12);
    await seed(context, tightBudgetRunner());
    await goto("/training");
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="e2e" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Canal loop</name><type>running</type><trkseg>
      <trkpt lat="52.5200" lon="13.4050"><time>2026-08-18T05:00:00Z</time></trkpt>
      <trkpt lat="52.5290" lon="13.4050"><time>2026-08-18T05:05:00Z</time></trkpt>
      <trkpt lat="52.5380" lon="13.4050"><time>2026-08-18T05:10:00Z</time></trkpt></trkseg></trk></gpx>`;
    await page.locator("#training-files").setInputFiles([
      { name: "broken-watch.fit", mimeType: "application/octet-stream", buffer: Buffer.from([14, 16, 0x5c, 0x08, 1, 2, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0, 7]) },
      { name: "canal-loop.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from(gpx) },
    ]);
    await page.getByText("Imported 1 activity.", { exact: true }).waitFor();
    await page.getByRole("listitem").filter({ hasText: /^broken-watch\.fit / }).waitFor();
    const document = await stored(page);
    assert.deepEqual(document.activities.map((a) => a.name), ["Canal loop"]);
  }));

test("Cancel during a long import keeps nothing, and the screen is ready for the next one", () =>
  suite.withPage(BERLIN_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(WEDNESDAY_OF_WEEK_12);
    await seed(context, tightBudgetRunner());
    await goto("/training");
    // Ten copies of the export: 460 activities to read, long enough to cancel part way.
    const buffer = await readFile(EXPORT);
    const copies = Array.from({ length: 10 }, (_, i) => ({ name: `export-${i}.zip`, mimeType: "application/zip", buffer }));
    await page.locator("#training-files").setInputFiles(copies);
    await page.getByText(/^Reading \d+ of \d+$/).waitFor();
    await page.getByRole("button", { name: "Cancel", exact: true }).tap();
    await page.getByText("Import cancelled: nothing was added.", { exact: true }).waitFor();
    assert.deepEqual((await stored(page)).activities ?? [], []);
    assert.equal(await page.locator("#training-files").isEnabled(), true);
  }));

test("a slow file is read off the page's thread: the page keeps ticking, and Cancel ends the file at once", () =>
  suite.withPage(BERLIN_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(WEDNESDAY_OF_WEEK_12);
    await seed(context, tightBudgetRunner());
    await goto("/training");
    // Issue 31's first hostile shape at the limit: 16 million two-byte records in 32 MB,
    // three times over, so reading takes long enough to cancel in the middle of a file.
    // Playwright hands over at most 50 MB as buffers, so the files go through a folder.
    const folder = await mkdtemp(path.join(tmpdir(), "fresh-legs-slow-"));
    const slow = tinyRecordsFit(32_000_000, new Date("2026-08-18T05:00:00Z"));
    const files = [];
    for (const n of [1, 2, 3]) {
      files.push(path.join(folder, `watch-${n}.fit`));
      await writeFile(files.at(-1), slow);
    }
    // A timer on the page: how often it ran, and the longest it was kept waiting. Cancel's
    // click and the message's arrival are stamped on the page's own clock too.
    await page.evaluate(() => {
      window.ticks = { count: 0, last: performance.now(), longest: 0 };
      setInterval(() => {
        const now = performance.now();
        window.ticks.longest = Math.max(window.ticks.longest, now - window.ticks.last);
        window.ticks.last = now;
        window.ticks.count += 1;
      }, 20);
      document.addEventListener("click", (event) => {
        if (event.target.closest("button")?.textContent === "Cancel") window.cancelledAt = performance.now();
      }, true);
      new MutationObserver(() => {
        if (!window.endedAt && document.body.innerText.includes("Import cancelled")) window.endedAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator("#training-files").setInputFiles(files);
    await page.getByText(/^Reading \d+ of 3$/).waitFor();
    // While the worker reads, the page's timer runs on: 50 ticks of 20 ms, a second or more.
    const before = await page.evaluate(() => {
      window.ticks.longest = 0;
      return window.ticks.count;
    });
    await page.waitForFunction((from) => window.ticks.count >= from + 50, before);
    assert.ok(await page.getByText(/^Reading \d+ of 3$/).isVisible(), "still reading: the test measured a read in progress");
    const longest = await page.evaluate(() => window.ticks.longest);
    assert.ok(longest < 500, `the page was held up for ${longest} ms while the file was read`);

    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await page.getByText("Import cancelled: nothing was added.", { exact: true }).waitFor();
    const took = await page.evaluate(() => window.endedAt - window.cancelledAt);
    assert.ok(took < 1000, `Cancel took ${took} ms to end the import`);
    assert.deepEqual((await stored(page)).activities ?? [], []);
    // The worker is gone with the import: the page's timer goes on undisturbed.
    const after = await page.evaluate(() => window.ticks.count);
    await page.waitForFunction((from) => window.ticks.count >= from + 10, after);
    await rm(folder, { recursive: true });
  }));
