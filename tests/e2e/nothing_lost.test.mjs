// Nothing lost, at the phone viewport: a bad stored record is set aside with the rest loaded and
// its download gives it back, a full storage has a way forward, and a reload mid-routine resumes.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const at = "2026-11-20T08:00:00Z";
const race = (id, name, distance) => ({
  id, name, date: "2027-03-14", start_time: "09:00:00", time_zone: "utc", distance_km: distance,
  priority: "B", outdoor: true, notes: "", updated_at: at,
});

/** A document whose second race has an impossible distance and whose first zone is lower case. */
const withOneBadRace = () => ({
  schema_version: 6,
  profile: { display_name: "Sam", updated_at: at },
  races: [race("race-good", "Harbour Half", 21.1), race("race-bad", "Broken Mile", -1)],
  blocks: [], log: [], checklists: [], oil_marks: [], routines: [], tombstones: [],
});

const downloaded = async (page, click) => {
  const download = page.waitForEvent("download");
  await click();
  return readFile(await (await download).path(), "utf8");
};

test("one bad record is set aside, the rest loads, and the notice gives it back until dismissed", () =>
  suite.withPage(PHONE, async ({ page, context, goto, reload }) => {
    await seed(context, withOneBadRace());
    await goto("/races");
    await page.getByText("Harbour Half").first().waitFor();
    const notice = page.getByRole("alert").filter({ hasText: "could not be used" });
    await notice.waitFor();
    assert.match(await notice.innerText(), /the race “Broken Mile” of \w{3} \d+ \w{3} \d{4} \(Enter a distance greater than 0 km \(this one is -1 km\)\)/);

    const text = await downloaded(page, () => notice.getByRole("button", { name: "Download what was set aside" }).tap());
    const file = JSON.parse(text);
    assert.equal(file.set_aside.length, 1);
    assert.equal(file.set_aside[0].record.id, "race-bad");
    assert.equal(file.set_aside[0].record.distance_km, -1);

    await reload();
    await notice.waitFor();
    await notice.getByRole("button", { name: "Dismiss" }).tap();
    await notice.waitFor({ state: "detached" });
    await reload();
    await page.getByText("Harbour Half").first().waitFor();
    assert.equal(await page.getByRole("alert").filter({ hasText: "could not be used" }).count(), 0);
  }));

test("unreadable data in a full storage opens read-only with a way forward", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, "{ this is not a document");
    // The browser's storage is full: nothing new can be stored aside.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith("fresh-legs/unreadable-")) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await goto("/");
    const notice = page.getByRole("alert").filter({ hasText: "no room to keep a copy" });
    await notice.waitFor();
    const startFresh = notice.getByRole("button", { name: "Start fresh" });
    assert.equal(await startFresh.isDisabled(), true, "only after the download");

    const text = await downloaded(page, () => notice.getByRole("button", { name: "Download the unreadable data" }).tap());
    assert.equal(text, "{ this is not a document");
    await startFresh.tap();
    await notice.waitFor({ state: "detached" });
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), DOCUMENT_KEY);
    assert.equal(typeof stored.schema_version, "number", "a fresh document is saved");
  }));

test("a reload in the middle of a routine resumes it where it was (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto, reload }) => {
    await goto("/timers");
    await page.getByRole("button", { name: "Start Pre-race light flush", exact: true }).tap();
    await page.getByRole("button", { name: "Skip step", exact: true }).tap();
    const title = page.locator(".player-title");
    await title.filter({ hasText: "Calves" }).waitFor();
    // Wait until the stored session has caught up with a whole second of the step.
    await page.waitForFunction(() => /^0:4[0-3]$/.test(document.querySelector('[role="timer"]')?.textContent.trim() ?? ""));
    await reload();
    await title.filter({ hasText: "Calves" }).waitFor();
    const left = (await page.getByRole("timer").textContent()).trim();
    assert.match(left, /^0:[34]\d$/, `the step goes on, not from the start: ${left}`);
    assert.equal(await title.filter({ hasText: "Get ready" }).count(), 0);
  }));
