// The advice rules end to end at the phone viewport, on a fixed clock: no-touch ends at the start
// (rule 1), and a general massage booked within the runner's spacing keeps Today clear (rule 11).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** A phone in London, so "today" is the runner's London day. */
const LONDON_PHONE = { ...PHONE, timezoneId: "Europe/London" };

/** A no-touch runner with a 10 km A race at 09:00 London time on 20 June 2026. */
function noTouchRunner() {
  return {
    schema_version: 5,
    profile: {
      display_name: "Sam",
      massage_budget_per_month: 2,
      pre_event_preference: { kind: "no_touch", days: 3 },
    },
    races: [
      {
        id: "race-e2e-10k",
        name: "Riverside 10K",
        date: "2026-06-20",
        start_time: "09:00:00",
        time_zone: "Europe/London",
        distance_km: 10,
        priority: "A",
        outdoor: true,
        notes: "",
        updated_at: "2026-06-01T08:00:00Z",
      },
    ],
    blocks: [],
    log: [],
    tombstones: [],
  };
}

/** Opens Today at `instant` (the page's clock is fixed there) and returns the two lists' texts. */
async function todayAt({ page, context, goto }, instant, document) {
  await page.clock.setFixedTime(new Date(instant));
  await seed(context, document);
  await goto("/");
  const recommendations = page.getByRole("list", { name: "Recommendations", exact: true });
  await recommendations.waitFor();
  const notToday = page.getByRole("list", { name: "Not today", exact: true });
  const withheld = (await notToday.count()) > 0 ? await notToday.innerText() : "";
  return { recommendations: await recommendations.innerText(), withheld };
}

test("race morning is hands-off for a no-touch runner; the afternoon brings the flush back", async () => {
  await suite.withPage(LONDON_PHONE, async (page) => {
    const { recommendations, withheld } = await todayAt(page, "2026-06-20T06:00:00Z", noTouchRunner());
    assert.doesNotMatch(recommendations, /Post-event massage|Self-massage/);
    assert.match(withheld, /no massage in the 3 days before Riverside 10K/);
  });
  await suite.withPage(LONDON_PHONE, async (page) => {
    const { recommendations, withheld } = await todayAt(page, "2026-06-20T14:00:00Z", noTouchRunner());
    assert.doesNotMatch(withheld, /no massage in the 3 days/);
    // The flush window opened about 2 h after the finish: the flush is this afternoon's, as for anyone.
    assert.match(recommendations, /Post-event massage[\s\S]*Riverside 10K is today: a flush between roughly 2 and 48 hours/);
  });
});

test("a general massage booked in 3 days keeps Today's general massage back, and says why", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-05-12T08:00:00Z"));
    await seed(context, { schema_version: 5, profile: { display_name: "Sam", massage_budget_per_month: 4 }, races: [], blocks: [], log: [], tombstones: [] });
    await goto("/");
    const recommendations = page.getByRole("list", { name: "Recommendations", exact: true });
    assert.match(await recommendations.innerText(), /General massage/);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log", exact: true }).tap();
    await page.getByText("Add an entry", { exact: true }).tap();
    await page.getByLabel("When", { exact: true }).fill("2026-05-15T18:00");
    await page.getByLabel("Kind of massage", { exact: true }).selectOption("general");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: /booked|Added/ }).first().waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    await recommendations.waitFor();
    assert.doesNotMatch(await recommendations.innerText(), /General massage/);
    const withheld = await page.getByRole("list", { name: "Not today", exact: true }).innerText();
    assert.match(withheld, /General massage/);
    assert.match(withheld, /already booked in 3 days; deep sessions stay at least 7 days apart/);
  }));

test("a compression runner who logs compressions before a workout is no longer told to try them first", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-06-01T08:00:00Z"));
    const document = noTouchRunner();
    document.profile.pre_event_preference = { kind: "compression" };
    document.races[0].date = "2026-06-28";
    await seed(context, document);
    await goto("/");
    const warnings = page.getByRole("region", { name: "Warnings" });
    await warnings.getByText(/You have not logged compressions over the clothes/).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log", exact: true }).tap();
    await page.getByText("Add an entry", { exact: true }).tap();
    await page.getByLabel("When", { exact: true }).fill("2026-05-28T18:00");
    await page.getByLabel("Kind of massage", { exact: true }).selectOption("pre_event");
    await page.getByLabel("How it was done", { exact: true }).selectOption("compression");
    await page.getByLabel("Before", { exact: true }).selectOption("workout");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added to your log" }).waitFor();
    assert.match(await page.getByRole("list", { name: "Log entries" }).innerText(), /Compressions over the clothes/);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    await page.getByRole("list", { name: "Recommendations", exact: true }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Warnings" }).count(), 0, "no rule 2 warning left");
  }));

test("a very sore check-in after a race with no massage before it raises no too-deep warning", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-06-22T08:00:00Z"));
    const document = noTouchRunner();
    document.profile.pre_event_preference = { kind: "light_flush" };
    // A general massage ten days before the race, long before the soreness.
    document.log.push({
      id: "log-e2e-general",
      updated_at: "2026-06-10T18:00:00Z",
      at: "2026-06-10T18:00:00Z",
      kind: { type: "massage_received", kind: "general", pressure: "deep", before: null, technique: null, with_therapist: true, notes: "" },
    });
    await seed(context, document);
    await goto("/log");
    await page.getByText("Add an entry", { exact: true }).tap();
    await page.getByLabel("What to log", { exact: true }).selectOption("soreness");
    const after = page.getByLabel("After which massage", { exact: true });
    assert.equal(await after.inputValue(), "", "no general massage in the last 72 h: none by default");
    await page.getByLabel("Hours since the race or run", { exact: true }).fill("46");
    await page.getByLabel("Soreness (0 = none, 10 = worst)", { exact: true }).fill("8");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added to your log" }).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    await page.getByRole("list", { name: "Recommendations", exact: true }).waitFor();
    const warnings = page.getByRole("region", { name: "Warnings" });
    const text = (await warnings.count()) > 0 ? await warnings.innerText() : "";
    assert.doesNotMatch(text, /Rule 6/);
  }));

test("'Is anything off?': a fever stops every massage with a plain 'see a doctor', and the answer is on Log", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-05-12T08:00:00Z"));
    await seed(context, { schema_version: 5, profile: { display_name: "Sam", massage_budget_per_month: 4 }, races: [], blocks: [], log: [], tombstones: [] });
    await goto("/");
    const recommendations = page.getByRole("list", { name: "Recommendations", exact: true });
    assert.match(await recommendations.innerText(), /General massage/);

    await page.getByText("Is anything off?", { exact: true }).tap();
    await page.getByLabel("A fever, or feeling unwell", { exact: true }).check();
    await page.getByRole("button", { name: "Save answers", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Saved to your log" }).waitFor();

    assert.doesNotMatch(await recommendations.innerText(), /General massage|Self-massage/);
    await page
      .getByRole("region", { name: "Warnings" })
      .getByText(/Fever or feeling unwell\. See a doctor or physio before any massage/)
      .waitFor();
    assert.match(await page.getByRole("list", { name: "Not today", exact: true }).innerText(), /Rule 12/);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log", exact: true }).tap();
    const entries = page.getByRole("list", { name: "Log entries" });
    assert.match(await entries.innerText(), /Red flag: Fever or feeling unwell/);
    await page.getByRole("button", { name: "Cleared by a professional", exact: true }).tap();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    assert.match(await recommendations.innerText(), /General massage/);
  }));
