// Races end to end at the phone viewport: add a race through the form and watch its countdown tick,
// edit it, delete it (and undo), a bad field keeps the rest of the form, and the .ics download.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, NOW, openSuite, PHONE } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const stored = async (page) => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DOCUMENT_KEY)) ?? "{}");

/** Date and time fields for an instant `hours` from now, read in UTC (the form's zone is set to UTC). */
function utcFields(hours) {
  const at = new Date(NOW + hours * 3_600_000).toISOString();
  return { date: at.slice(0, 10), time: at.slice(11, 16) };
}

/** Seconds left shown by a race-day countdown such as "02h 59m 12s". */
function secondsLeft(text) {
  const match = /^(\d+)h (\d+)m (\d+)s$/.exec(text.trim());
  assert.ok(match, `a race-day countdown, got ${JSON.stringify(text)}`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

async function fillRace(page, { name, date, time, zone, distance }) {
  await page.getByLabel("Race name", { exact: true }).fill(name);
  await page.getByLabel("Date", { exact: true }).fill(date);
  if (time) await page.getByLabel("Start time", { exact: true }).fill(time);
  await page.getByLabel("Time zone", { exact: true }).fill(zone);
  await page.getByLabel("Distance (km)", { exact: true }).fill(distance);
}

test("a race added through the form counts down, can be edited, deleted and restored (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/");
    await page.getByRole("link", { name: "Add your first race", exact: true }).tap();
    await page.getByRole("heading", { level: 1, name: "Races", exact: true }).waitFor();

    const { date, time } = utcFields(3);
    await fillRace(page, { name: "Harbour Half", date, time, zone: "UTC", distance: "21.1" });
    await page.getByRole("button", { name: "Add race", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added Harbour Half." }).waitFor();

    // The countdown ticks on its own: two seconds later it shows less time left.
    const timer = page.getByRole("timer", { name: "Time until Harbour Half starts", exact: true });
    const before = secondsLeft(await timer.innerText());
    assert.ok(before > 2 * 3600 && before <= 3 * 3600, `about three hours to go, got ${before} s`);
    // Two seconds on the page's clock (moved, not waited for): the countdown shows two less.
    await page.clock.runFor(2_000);
    let later = secondsLeft(await timer.innerText());
    for (let polls = 0; before - later < 2 && polls < 40; polls += 1) {
      await page.waitForTimeout(50);
      later = secondsLeft(await timer.innerText());
    }
    assert.ok(before - later >= 2 && before - later <= 3, `counted down from ${before} to ${later} over two seconds`);

    // The race's timeline is a labelled picture with a text alternative, and the page fits the phone.
    const timeline = page.getByRole("figure", { name: "Timeline around Harbour Half", exact: true });
    assert.match(await timeline.locator("figcaption").textContent(), /Deep-work cut-off: .*General work allowed again: /);
    // The Today line is drawn before (so under) every label, whose halo keeps the letters whole
    // where the line crosses them.
    const underLabels = await timeline.evaluate((figure) => {
      const line = figure.querySelector(".tl-today line");
      const labels = [...figure.querySelectorAll(".tl-label")];
      return line !== null && labels.length > 0 && labels.every((label) => line.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(underLabels, "the Today line is painted under the labels");
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 390 px (overflow ${overflow} px)`);

    let document = await stored(page);
    assert.equal(document.races.length, 1);
    assert.deepEqual(
      [document.races[0].name, document.races[0].time_zone, document.races[0].distance_km],
      ["Harbour Half", "UTC", 21.1],
    );

    // Edit: the form fills in, and saving keeps the same race under a new name and priority.
    await page.getByRole("button", { name: "Edit Harbour Half", exact: true }).tap();
    await page.getByRole("heading", { name: "Edit Harbour Half", exact: true }).waitFor();
    assert.equal(await page.getByLabel("Race name", { exact: true }).inputValue(), "Harbour Half");
    await page.getByLabel("Race name", { exact: true }).fill("Harbour Half 2027");
    await page.getByLabel("Priority", { exact: true }).selectOption({ label: "A race" });
    await page.getByRole("button", { name: "Save race", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Saved Harbour Half 2027." }).waitFor();
    await page.getByRole("timer", { name: "Time until Harbour Half 2027 starts", exact: true }).waitFor();
    document = await stored(page);
    assert.equal(document.races.length, 1);
    assert.equal(document.races[0].name, "Harbour Half 2027");
    assert.equal(document.races[0].priority, "A");
    const id = document.races[0].id;

    // Delete leaves a tombstone; Undo brings the race back.
    await page.getByRole("button", { name: "Delete Harbour Half 2027", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Deleted Harbour Half 2027." }).waitFor();
    assert.equal(await page.getByRole("timer").count(), 0);
    document = await stored(page);
    assert.deepEqual(document.races, []);
    assert.deepEqual(
      document.tombstones.map((tombstone) => tombstone.id),
      [id],
    );
    await page.getByRole("button", { name: "Undo", exact: true }).tap();
    await page.getByRole("timer", { name: "Time until Harbour Half 2027 starts", exact: true }).waitFor();
    document = await stored(page);
    assert.equal(document.races.length, 1);
    assert.deepEqual(document.tombstones, []);
  }));

test("a bad field shows its message beside it and the other fields keep their values (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/races");
    const { date } = utcFields(24 * 40);
    await fillRace(page, { name: "Coast Marathon", date, zone: "Europe/Atlantis", distance: "0" });
    await page.getByLabel("Outdoor", { exact: true }).uncheck();
    await page.getByRole("button", { name: "Add race", exact: true }).tap();

    const distance = page.getByLabel("Distance (km)", { exact: true });
    const zone = page.getByLabel("Time zone", { exact: true });
    await page.getByRole("alert").filter({ hasText: "Enter a distance greater than 0 km" }).waitFor();
    // The message is next to its field and read out with it.
    assert.equal(await distance.getAttribute("aria-invalid"), "true");
    const describedBy = await distance.getAttribute("aria-describedby");
    assert.match(await page.locator(`#${describedBy}`).innerText(), /greater than 0 km/);
    assert.match(await page.locator(`#${await zone.getAttribute("aria-describedby")}`).innerText(), /Europe\/Atlantis/);
    // Everything else is as typed.
    assert.equal(await page.getByLabel("Race name", { exact: true }).inputValue(), "Coast Marathon");
    assert.equal(await page.getByLabel("Date", { exact: true }).inputValue(), date);
    assert.equal(await zone.inputValue(), "Europe/Atlantis");
    assert.equal(await distance.inputValue(), "0");
    assert.equal(await page.getByLabel("Outdoor", { exact: true }).isChecked(), false);
    assert.equal((await stored(page)).races?.length ?? 0, 0, "nothing saved");

    // Fixing the two fields (a preset for the distance) adds the race.
    await zone.fill("Europe/London");
    await page.getByRole("button", { name: "Marathon", exact: true }).tap();
    assert.equal(await distance.inputValue(), "42.2");
    await page.getByRole("button", { name: "Add race", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added Coast Marathon." }).waitFor();
    const [race] = (await stored(page)).races;
    assert.deepEqual([race.distance_km, race.time_zone, race.outdoor], [42.195, "Europe/London", false]);
  }));

test("the calendar export downloads an .ics file with the race and a reminder (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/races");
    const { date } = utcFields(24 * 30);
    await fillRace(page, { name: "Hills, Hops; Mud", date, zone: "UTC", distance: "10" });
    await page.getByRole("button", { name: "Add race", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added Hills, Hops; Mud." }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export calendar (.ics)", exact: true }).tap(),
    ]);
    assert.equal(download.suggestedFilename(), "fresh-legs-season.ics");
    const text = await readFile(await download.path(), "utf8");
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /\r\nSUMMARY:Hills\\, Hops\\; Mud\r\n/);
    assert.match(text, /BEGIN:VALARM\r\n/);
    await page.getByRole("status").filter({ hasText: "Downloaded fresh-legs-season.ics" }).waitFor();
  }));
