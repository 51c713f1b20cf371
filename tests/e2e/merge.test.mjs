// Merging an export that conflicts with what the phone holds, at the phone viewport: the same race
// edited on both sides keeps the later edit, a routine only on the phone stays, a race only in the
// file comes in. (Replace would lose the routine and keep the file's side of every conflict.)
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const LONDON_PHONE = { ...PHONE, timezoneId: "Europe/London" };

function harbour(name, updated_at) {
  return {
    id: "race-harbour",
    name,
    date: "2027-04-11",
    start_time: "09:00:00",
    time_zone: "Europe/London",
    distance_km: 21.1,
    priority: "A",
    outdoor: true,
    notes: "",
    updated_at,
  };
}

const phoneRoutine = {
  id: "routine-phone",
  name: "Phone calves",
  steps: [
    { muscle: "calves", tool: "foam_roller", side: "both", seconds: 60, pressure: { min: 4, max: 6 }, instruction: "Roll slowly." },
  ],
  built_in: false,
  updated_at: "2026-11-20T08:00:00Z",
};

function phone(raceEditedAt) {
  return {
    schema_version: 7,
    profile: { display_name: "Sam", updated_at: "2026-11-01T08:00:00Z" },
    races: [harbour("Harbour Half (phone)", raceEditedAt)],
    blocks: [],
    log: [],
    routines: [phoneRoutine],
    tombstones: [],
  };
}

function desktopExport(raceEditedAt) {
  return {
    schema_version: 7,
    profile: { display_name: "Sam", updated_at: "2026-11-01T08:00:00Z" },
    races: [
      harbour("Harbour Half (desktop)", raceEditedAt),
      { ...harbour("Autumn 10K", "2026-11-20T09:00:00Z"), id: "race-autumn", date: "2027-10-03", distance_km: 10 },
    ],
    blocks: [],
    log: [],
    checklists: [],
    oil_marks: [],
    routines: [],
    activities: [],
    tombstones: [],
  };
}

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), DOCUMENT_KEY);

async function mergeFile(page, file) {
  await page.getByLabel("Or paste an export here", { exact: true }).fill(JSON.stringify(file));
  await page.getByRole("button", { name: "Check pasted data", exact: true }).tap();
  await page.getByRole("button", { name: "Merge with my data", exact: true }).tap();
  await page.getByRole("status").filter({ hasText: "Imported: the file is merged with your data." }).waitFor();
}

test("merging keeps the later edit of a race from either side and the phone's own routine", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-12-01T09:00:00Z"));
    // The desktop edited the race after the phone did.
    await seed(context, phone("2026-11-20T10:00:00Z"));
    await goto("/settings");
    await mergeFile(page, desktopExport("2026-11-20T12:00:00Z"));
    const merged = await stored(page);
    const names = Object.fromEntries(merged.races.map((race) => [race.id, race.name]));
    assert.deepEqual(names, { "race-autumn": "Autumn 10K", "race-harbour": "Harbour Half (desktop)" });
    assert.deepEqual(merged.routines.map((routine) => routine.name), ["Phone calves"]);
  }));

test("merging keeps the phone's edit when it is the later one", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-12-01T09:00:00Z"));
    await seed(context, phone("2026-11-20T12:00:00Z"));
    await goto("/settings");
    await mergeFile(page, desktopExport("2026-11-20T10:00:00Z"));
    const merged = await stored(page);
    assert.equal(merged.races.find((race) => race.id === "race-harbour").name, "Harbour Half (phone)");
    assert.equal(merged.races.length, 2);
    assert.equal(merged.routines.length, 1);
  }));
