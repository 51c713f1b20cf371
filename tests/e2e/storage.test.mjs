// Imports and saves that meet the browser's real storage, at the phone viewport: the site's
// localStorage is filled until little is left, as years of data and a set-aside copy would, and
// the app must say so before an import and offer real ways out when a save is refused.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const NOW = new Date("2027-03-01T09:00:00Z");
// Its own instant: the old log entries are dated from it.
const LONDON_PHONE = { ...PHONE, timezoneId: "Europe/London", clock: NOW };
const at = "2027-02-01T08:00:00Z";

/** `count` imported runs, one a day back from the clock's day, with ids starting `prefix`. */
const activities = (prefix, count) =>
  Array.from({ length: count }, (_, i) => {
    const start = new Date(NOW.getTime() - (i + 1) * 86_400_000).toISOString();
    return {
      id: `${prefix}-${i}`, start, sport: "run", name: "Easy run along the canal and back",
      duration_s: 2700, distance_m: 8200, avg_hr: 145, max_hr: 160, fast_laps: 0, updated_at: start,
    };
  });

/** Log entries from three years before the clock: old enough to offer to remove. */
const oldLog = (count) =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(NOW.getTime() - (3 * 365 + i) * 86_400_000).toISOString();
    return { id: `log-old-${i}`, updated_at: day, at: day, kind: { type: "self_massage", routine_name: "Calf flush", seconds: 360 } };
  });

const documentWith = (extra) => ({
  schema_version: 7,
  profile: { display_name: "Sam", updated_at: at },
  races: [], blocks: [], log: [], checklists: [], oil_marks: [], routines: [], activities: [], tombstones: [],
  ...extra,
});

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), DOCUMENT_KEY);

/**
 * Fills the site's storage with a filler value (another of the site's keys, as a set-aside copy
 * would be) until exactly `leave` characters are left, found by trying to the character, as the
 * browser gives no figure. Returns what was left before the filler.
 */
const fillStorage = (page, leave) =>
  page.evaluate((leave) => {
    const fits = (length) => {
      try {
        localStorage.setItem("e2e-filler", "x".repeat(length));
        return true;
      } catch {
        return false;
      }
    };
    let [low, high] = [0, 1 << 25];
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle;
    }
    localStorage.setItem("e2e-filler", "x".repeat(Math.max(0, low - leave)));
    if (leave === 0) {
      // The browser's count of what is stored has overheads of its own: top up with ever
      // smaller values until not even one more character fits.
      let key = 0;
      for (let size = 65_536; size >= 1; size = Math.floor(size / 4)) {
        try {
          for (;;) localStorage.setItem(`e2e-top-${(key += 1)}`, "x".repeat(size));
        } catch {
          // Full at this size; on to a smaller one.
        }
      }
    }
    return low;
  }, leave);

test("the review states the space an import needs against what is left, and makes room for a merge that does not fit", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    const mine = documentWith({ activities: activities("mine", 2500) });
    await seed(context, mine);
    await goto("/settings");
    const size = JSON.stringify(mine).length;
    // Room for the data and as much again: the file alone fits, kept twice; merged it does not.
    await fillStorage(page, size * 2);

    const file = documentWith({ activities: activities("watch", 2500) });
    await page.getByLabel("Or paste an export here", { exact: true }).fill(JSON.stringify(file));
    await page.getByRole("button", { name: "Check pasted data", exact: true }).tap();
    const review = page.locator("#room-check");
    await review.getByText(/^Space: merged, your data would need \d+\.\d\u00a0MB of this browser's storage; replaced by the file, \d+\.\d\u00a0MB/).waitFor();
    await review.getByText("Merging does not fit; replacing fits.", { exact: false }).waitFor();
    const merge = page.getByRole("button", { name: "Merge with my data", exact: true });
    assert.equal(await merge.isDisabled(), true, "a merge that cannot be saved is not offered");
    assert.equal(await page.getByRole("button", { name: "Replace my data", exact: true }).isDisabled(), false);

    // The way out: the summaries stored now go, and the merge fits.
    const remove = page.getByRole("button", { name: /^Remove 2,?500 imported training summaries .*\(frees about \d+\.\d\sMB\)$/ });
    await remove.tap();
    await page.getByRole("button", { name: "Yes, remove them", exact: true }).tap();
    await review.getByText("Both fit.", { exact: true }).waitFor();
    await merge.tap();
    await page.getByRole("status").filter({ hasText: "Imported: the file is merged with your data." }).waitFor();
    const saved = await stored(page);
    assert.equal(saved.activities.length, 2500);
    assert.ok(saved.activities.every((activity) => activity.id.startsWith("watch-")));
  }));

test("a file larger than the browser keeps is refused before Merge or Replace, saying where it can go", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await goto("/settings");
    await fillStorage(page, 200_000);
    const file = documentWith({ activities: activities("watch", 1000) });
    await page.getByLabel("Or paste an export here", { exact: true }).fill(JSON.stringify(file));
    await page.getByRole("button", { name: "Check pasted data", exact: true }).tap();
    await page.locator("#room-check").getByText(/^Neither fits: the file alone needs more than this browser keeps/).waitFor();
    assert.equal(await page.getByRole("button", { name: "Merge with my data", exact: true }).isDisabled(), true);
    assert.equal(await page.getByRole("button", { name: "Replace my data", exact: true }).isDisabled(), true);
  }));

test("a save refused for want of room offers a download and removals, each with what it frees, and saves once room is made", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await seed(context, documentWith({ activities: activities("mine", 2500), log: oldLog(3) }));
    await goto("/settings");
    const name = page.getByLabel("Display name", { exact: true });
    // Two saves first, so the saved copy and its backup are the app's own text, of one length
    // (the seed's is longer, and replacing it would make room).
    for (const first of ["Sa", "Sb"]) {
      await name.fill(first);
      await name.blur();
      await page.waitForFunction(([key, first]) => JSON.parse(localStorage.getItem(key)).profile.display_name === first, [DOCUMENT_KEY, first]);
    }
    // Full to the character: a save that makes the data any longer cannot be stored, with or
    // without its backup copy.
    await fillStorage(page, 0);

    await name.fill("Samira");
    await name.blur();
    const notice = page.getByRole("alert").filter({ hasText: "Not saved: There is no room left" });
    await notice.waitFor();
    assert.equal(await notice.getByText(/free some space/).count(), 0, "no advice without a way to follow it");
    const ways = await notice.getByRole("button").allTextContents();
    assert.equal(ways[0], "Download a copy of your data");
    assert.match(ways[1], /^Remove 2,?500 imported training summaries .*\(frees about \d+\.\d\sMB\)$/);
    assert.match(ways[2], /^Remove 3 log entries from before 1 Mar 2025 \(frees about \d+\skB\)$/);

    // The copy holds what is on screen, the unsaved name included.
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download a copy of your data" }).tap();
    const copy = JSON.parse(await readFile(await (await download).path(), "utf8"));
    assert.equal(copy.profile.display_name, "Samira");
    assert.equal(copy.activities.length, 2500);

    await notice.getByRole("button", { name: /^Remove 2,?500 imported training summaries/ }).tap();
    await page.getByRole("button", { name: "Yes, remove them", exact: true }).tap();
    await page.getByText(/^Removed\. That freed about \d+\.\d\u00a0MB, and your data is saved\.$/).waitFor();
    await notice.waitFor({ state: "detached" });
    const saved = await stored(page);
    assert.equal(saved.profile.display_name, "Samira", "the change refused before is saved now");
    assert.deepEqual(saved.activities, []);
    assert.equal(saved.log.length, 3);
  }));
