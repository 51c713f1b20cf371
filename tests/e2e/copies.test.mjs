// Changing the runner's data end to end at the phone viewport, on a fixed clock and zone: two
// pages on one storage (two tabs, or the installed app and a tab) show each other's saves at once
// and never write over them; a double tap on an "Add" button stores one record; "Replace my data"
// asks first, and Undo brings the old data back.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, openFromNav, openSuite, seed, waitForApp } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const LONDON_PHONE = { ...PHONE, timezoneId: "Europe/London" };
/** The page's clock starts here (a Monday morning in London) and runs on. */
const START = new Date("2027-03-01T09:00:00Z");

const stored = async (page) => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DOCUMENT_KEY)) ?? "{}");

/** Opens a second page on the same storage (same browser context), at `path`. */
async function secondPage(context, path) {
  const page = await context.newPage();
  await page.goto(`${suite.baseUrl}${path}`);
  await waitForApp(page);
  return page;
}

async function addRace(page, name, date) {
  await page.getByLabel("Race name", { exact: true }).fill(name);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Time zone", { exact: true }).fill("Europe/London");
  await page.getByLabel("Distance (km)", { exact: true }).fill("21.1");
}

/** Opens the Log screen's "Add an entry" form and types `notes` for a massage. */
async function fillMassage(page, notes) {
  const form = page.locator("#add-entry");
  if ((await form.getAttribute("open")) === null) await page.locator("#add-entry-summary").tap();
  await form.getByLabel("Notes", { exact: true }).fill(notes);
}

const logEntries = (page) => page.getByRole("list", { name: "Log entries", exact: true });

test("two pages on one storage: a race added in one and a massage logged in the other show in both, and after a reload", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await context.clock.install({ time: START });
    await goto("/races");
    const other = await secondPage(context, "/log");

    // The log page already has half a massage typed when the race arrives from the other page.
    await fillMassage(other, "Calves tight");
    await addRace(page, "Harbour Half", "2027-04-10");
    await page.getByRole("button", { name: "Add race", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added Harbour Half." }).waitFor();
    // At once, without a reload: the new race is in the other page's "Before" list...
    await other.locator("#add-before option", { hasText: "Harbour Half" }).waitFor({ state: "attached" });
    // ...and what was typed there is still there.
    assert.equal(await other.locator("#add-entry").getByLabel("Notes", { exact: true }).inputValue(), "Calves tight");

    await other.getByRole("button", { name: "Add to log", exact: true }).tap();
    await other.getByRole("status").filter({ hasText: "Added to your log." }).waitFor();
    await logEntries(other).getByText("Notes: Calves tight").waitFor();

    // Each page shows both without a reload.
    await openFromNav(page, "Log");
    await logEntries(page).getByText("Notes: Calves tight").waitFor();
    await openFromNav(other, "Races");
    await other.getByRole("timer", { name: "Time until Harbour Half starts", exact: true }).waitFor();

    // Both saves at the same moment from the two pages: both records are kept.
    await openFromNav(page, "Races");
    await addRace(page, "Park 10K", "2027-05-02");
    await openFromNav(other, "Log");
    await fillMassage(other, "Hamstrings");
    await Promise.all([
      page.getByRole("button", { name: "Add race", exact: true }).tap(),
      other.getByRole("button", { name: "Add to log", exact: true }).tap(),
    ]);
    await page.getByRole("status").filter({ hasText: "Added Park 10K." }).waitFor();
    await other.getByRole("status").filter({ hasText: "Added to your log." }).waitFor();
    await page.waitForFunction(
      (key) => {
        const document = JSON.parse(localStorage.getItem(key));
        return document.races.length === 2 && document.log.length === 2;
      },
      DOCUMENT_KEY,
    );

    for (const shown of [page, other]) {
      await shown.reload();
      await waitForApp(shown);
      await openFromNav(shown, "Races");
      await shown.getByRole("timer", { name: "Time until Harbour Half starts", exact: true }).waitFor();
      await shown.getByRole("timer", { name: "Time until Park 10K starts", exact: true }).waitFor();
      await openFromNav(shown, "Log");
      await logEntries(shown).getByText("Notes: Calves tight").waitFor();
      await logEntries(shown).getByText("Notes: Hamstrings").waitFor();
    }
    const document = await stored(page);
    assert.deepEqual(document.races.map((race) => race.name).sort(), ["Harbour Half", "Park 10K"]);
    assert.equal(document.log.length, 2);
  }));

test("a double tap on Add race, Add block and Add to log stores one record each and reports no error", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await context.clock.install({ time: START });
    await goto("/races");
    const refusals = () => page.getByText("Not saved", { exact: false }).count();

    await addRace(page, "Harbour Half", "2027-04-10");
    await page.getByRole("button", { name: "Add race", exact: true }).dblclick();
    await page.getByRole("status").filter({ hasText: "Added Harbour Half." }).waitFor();

    await page.getByLabel("Block start", { exact: true }).fill("2027-03-08");
    await page.getByLabel("Block end", { exact: true }).fill("2027-04-04");
    await page.getByRole("button", { name: "Add block", exact: true }).dblclick();
    await page.getByRole("status").filter({ hasText: /^Added .* block/ }).waitFor();
    assert.equal(await refusals(), 0, "no 'Not saved' for the cleared form");

    await openFromNav(page, "Log");
    await fillMassage(page, "Calves tight");
    await page.getByRole("button", { name: "Add to log", exact: true }).dblclick();
    await page.getByRole("status").filter({ hasText: "Added to your log." }).waitFor();
    assert.equal(await logEntries(page).getByRole("listitem").count(), 1, "one massage, counted once");

    const document = await stored(page);
    assert.deepEqual(
      [document.races.length, document.blocks.length, document.log.length],
      [1, 1, 1],
    );
    assert.equal(document.log[0].kind.notes, "Calves tight", "the one stored keeps its notes");
  }));

/** The runner's data before the import: one race. */
const mine = {
  schema_version: 7,
  profile: { display_name: "Sam", updated_at: "2027-02-01T08:00:00Z" },
  races: [
    {
      id: "race-mine",
      name: "Harbour Marathon",
      date: "2027-04-18",
      start_time: "09:00:00",
      time_zone: "Europe/London",
      distance_km: 42.195,
      priority: "A",
      outdoor: true,
      notes: "",
      updated_at: "2027-02-01T08:00:00Z",
    },
  ],
  blocks: [],
  log: [],
  checklists: [],
  oil_marks: [],
  routines: [],
  activities: [],
  tombstones: [],
};

/** The export pasted in: another race, and nothing of the runner's. */
const file = {
  ...mine,
  profile: { display_name: "From the file", updated_at: "2027-02-02T08:00:00Z" },
  races: [{ ...mine.races[0], id: "race-file", name: "Park 10K", distance_km: 10, date: "2027-05-02" }],
};

test("Replace my data asks first, and Undo brings the old data back", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await context.clock.install({ time: START });
    await seed(context, mine);
    await goto("/settings");
    await page.getByLabel("Or paste an export here", { exact: true }).fill(JSON.stringify(file));
    await page.getByRole("button", { name: "Check pasted data", exact: true }).tap();
    await page.getByText("The file is an export with 1 race", { exact: false }).waitFor();

    await page.getByRole("button", { name: "Replace my data", exact: true }).tap();
    const question = page.getByRole("alertdialog");
    await question.waitFor();
    assert.match(await question.innerText(), /undo it until your next change/);
    assert.deepEqual((await stored(page)).races.map((race) => race.name), ["Harbour Marathon"], "nothing changed yet");

    await question.getByRole("button", { name: "Yes, replace my data", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Imported: your data is now the file's." }).waitFor();
    let document = await stored(page);
    assert.deepEqual(document.races.map((race) => race.name), ["Park 10K"]);
    assert.equal(document.profile.display_name, "From the file");
    assert.equal(await page.getByLabel("Display name", { exact: true }).inputValue(), "From the file");

    await page.getByRole("button", { name: "Undo", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Undone: your data is back as it was before the import." }).waitFor();
    document = await stored(page);
    assert.deepEqual(document.races.map((race) => race.name), ["Harbour Marathon"]);
    assert.equal(document.profile.display_name, "Sam");
    assert.equal(await page.getByLabel("Display name", { exact: true }).inputValue(), "Sam");
    assert.equal(await page.getByRole("button", { name: "Undo", exact: true }).count(), 0, "undone once");

    await openFromNav(page, "Races");
    await page.getByRole("timer", { name: "Time until Harbour Marathon starts", exact: true }).waitFor();
    assert.equal(await page.getByText("Park 10K").count(), 0);
  }));
