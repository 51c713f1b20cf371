// The Log screen and the runner's data end to end, at the phone viewport: soreness follow-up,
// export → delete all → import, and a corrupt import that changes nothing.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, NOW, openFromNav, openSuite, PHONE, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** A document with a race, a training block and two log entries. */
function seededDocument() {
  const at = new Date(NOW - 5 * 86_400_000).toISOString();
  return {
    schema_version: 2,
    profile: { display_name: "Sam", massage_budget_per_month: 2, updated_at: "2026-11-01T08:00:00Z" },
    races: [
      {
        id: "race-e2e-1",
        name: "Harbour Marathon",
        date: new Date(NOW + 40 * 86_400_000).toISOString().slice(0, 10),
        start_time: "09:00:00",
        time_zone: "UTC",
        distance_km: 42.195,
        priority: "A",
        outdoor: true,
        notes: "",
        updated_at: "2026-11-01T08:00:00Z",
      },
    ],
    blocks: [
      { id: "block-e2e-1", start: "2026-10-05", end: "2026-11-29", kind: "peak", speed_work: true, updated_at: at },
    ],
    log: [
      {
        id: "log-e2e-1",
        updated_at: at,
        at,
        kind: { type: "massage_received", kind: "general", pressure: "medium", before: null, with_therapist: true, notes: "Calves" },
      },
      { id: "log-e2e-2", updated_at: at, at, kind: { type: "self_massage", routine_name: "Calf flush", seconds: 360 } },
    ],
    tombstones: [],
  };
}


const stored = (page) => page.evaluate((key) => localStorage.getItem(key), DOCUMENT_KEY);
const nav = openFromNav;

test("a general massage logged 40 hours ago with soreness 6 brings the soreness warning to Today", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/log");
    await page.getByText("Add an entry", { exact: true }).tap();
    // The form takes local wall-clock time, so the value is made in the page's own zone.
    const fortyHoursAgo = await page.evaluate(() => {
      const at = new Date(Date.now() - 40 * 3_600_000);
      const pad = (n) => String(n).padStart(2, "0");
      return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
    });
    await page.getByLabel("When", { exact: true }).fill(fortyHoursAgo);
    await page.getByLabel("Kind of massage", { exact: true }).selectOption("general");
    await page.getByLabel("Pressure", { exact: true }).selectOption("deep");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added to your log" }).waitFor();

    await page.getByLabel("What to log", { exact: true }).selectOption("soreness");
    // The hours come from the massage it follows (the newest, chosen for it) and the check-in's time.
    await page.getByRole("status").filter({ hasText: "40 hours after that massage." }).waitFor();
    await page.getByLabel("Soreness (0 = none, 10 = worst)", { exact: true }).fill("6");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added to your log" }).waitFor();

    const entries = page.getByRole("list", { name: "Log entries" });
    assert.match(await entries.innerText(), /Soreness 6\/10, 40 h after the massage[\s\S]*General massage/);

    await nav(page, "Today");
    // Wait for the very warning expected, not just any warning that rendered first.
    const warnings = page.getByRole("region", { name: "Warnings" });
    await warnings.getByText(/Ask for moderate pressure next time instead of deep/).waitFor();
    assert.match(await warnings.innerText(), /Rule 6/);
  }));

test("export, delete all data, import: everything is back", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, seededDocument());
    await goto("/settings");
    const before = JSON.parse(await stored(page));
    assert.equal(before.log.length, 2);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export my data", exact: true }).tap();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, "utf8"));
    assert.ok(Number.isInteger(exported.schema_version) && exported.schema_version >= 2, "a versioned export");
    assert.deepEqual(exported.log.map((entry) => entry.id), before.log.map((entry) => entry.id));
    assert.deepEqual(exported.races.map((race) => race.name), ["Harbour Marathon"]);
    assert.deepEqual(exported.blocks.map((block) => block.id), ["block-e2e-1"]);
    await page.getByRole("status").filter({ hasText: "Downloaded fresh-legs-export-" }).waitFor();

    await page.getByRole("button", { name: "Delete all data", exact: true }).tap();
    await page.getByRole("button", { name: "Yes, delete everything", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "All data deleted" }).waitFor();
    const emptied = JSON.parse(await stored(page));
    assert.deepEqual([emptied.races, emptied.blocks, emptied.log], [[], [], []]);
    const backup = await page.evaluate(() => localStorage.getItem("fresh-legs/document.bak"));
    assert.notEqual(backup, null, "the second save keeps the emptied data as the backup");
    assert.doesNotMatch(backup, /Harbour Marathon/, "no copy of the deleted data is left behind");
    await nav(page, "Log");
    await page.getByText("Nothing logged yet", { exact: false }).waitFor();

    await nav(page, "Settings");
    await page.getByLabel("Import from a file", { exact: true }).setInputFiles(file);
    await page.getByRole("status").filter({ hasText: "2 log entries" }).waitFor();
    await page.getByRole("button", { name: "Replace my data", exact: true }).tap();
    await page.getByRole("button", { name: "Yes, replace my data", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    // The export again, marked as having replaced everything (so an open copy from before gives way).
    const { replaced_at: replacedAt, ...imported } = JSON.parse(await stored(page));
    assert.ok(replacedAt, "the replace is marked");
    assert.deepEqual(imported, exported, "the stored data is the export again");

    await nav(page, "Log");
    const entries = await page.getByRole("list", { name: "Log entries" }).innerText();
    assert.match(entries, /General massage/);
    assert.match(entries, /Calf flush · 6 min/);
  }));

test("a corrupt file is refused with a message and the data is unchanged", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, seededDocument());
    await goto("/settings");
    const before = await stored(page);
    await page.getByLabel("Import from a file", { exact: true }).setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"schema_version": 2, "profile": {"display_name": "Other"}, "races": ['),
    });
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was changed" });
    await alert.waitFor();
    assert.match(await alert.innerText(), /cut off/);
    assert.equal(await page.getByRole("button", { name: "Replace my data" }).count(), 0);
    assert.equal(await stored(page), before);
  }));
