// Race day and what stops massage, through the UI at the phone viewport on a fixed clock: the flush
// on race evening (rule 3), nothing about the start or afterwards while the race is run, a red flag
// that stops every massage, booking, checklist item and oil (rule 12), and a bruised check-in
// answered from Today's own prompt (rule 6).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PHONE, openFromNav, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const LONDON_PHONE = { ...PHONE, timezoneId: "Europe/London" };

/** A runner with one A race in London on `date` at `start`, `km` long, expected in `minutes`. */
function runnerWith({ date, start = "09:00:00", km = 10, minutes = 50, log = [] }) {
  return {
    schema_version: 7,
    profile: { display_name: "Sam", massage_budget_per_month: 2 },
    races: [
      {
        id: "race-e2e",
        name: "Riverside Race",
        date,
        start_time: start,
        time_zone: "Europe/London",
        distance_km: km,
        expected_minutes: minutes,
        priority: "A",
        outdoor: true,
        notes: "",
        updated_at: "2026-06-01T08:00:00Z",
      },
    ],
    blocks: [],
    log,
    tombstones: [],
  };
}

const recommendationsOf = async (page) => {
  const list = page.getByRole("list", { name: "Recommendations", exact: true });
  await list.waitFor();
  return list.innerText();
};

const checklistOf = async (page) => {
  const list = page.getByRole("list", { name: "Checklist for today", exact: true });
  return (await list.count()) > 0 ? list.innerText() : "";
};

test("the post-race flush is on Today that evening, with the time it opens", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    // Finish 09:50 London (08:50 UTC); the flush opens at 11:50.
    await page.clock.setFixedTime(new Date("2026-06-20T09:50:00Z"));
    await seed(context, runnerWith({ date: "2026-06-20" }));
    await goto("/");
    const justFinished = await recommendationsOf(page);
    assert.match(justFinished, /Post-event massage/);
    assert.match(justFinished, /From 11:50/);
    assert.match(justFinished, /Riverside Race is today: a flush between roughly 2 and 48 hours after the finish/);
    await page.getByText("Phase: Just finished").waitFor();
  }));

test("three hours after the finish the flush is open, with the stretches beside it", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-06-20T11:50:00Z"));
    await seed(context, runnerWith({ date: "2026-06-20" }));
    await goto("/");
    const open = await recommendationsOf(page);
    assert.match(open, /Post-event massage/);
    assert.doesNotMatch(open, /From 11:50/);
    await page.getByRole("button", { name: "Start Post-race stretches" }).waitFor();
  }));

test("four hours into a 5:30 marathon Today says nothing about the start or the flush", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    // 09:00 London start (08:00 UTC), four hours in.
    await page.clock.setFixedTime(new Date("2026-10-04T12:00:00Z"));
    await seed(context, runnerWith({ date: "2026-10-04", km: 42.195, minutes: 330 }));
    await goto("/");
    const recommendations = await recommendationsOf(page);
    assert.match(recommendations, /Nothing to book or roll today/);
    assert.doesNotMatch(recommendations, /before the start|Post-event/);
    await page.getByText("Phase: Race under way").waitFor();
    const checklist = await checklistOf(page);
    assert.doesNotMatch(checklist, /Warm up|before the start|Drink and eat something/);
    const homeCare = await page.getByRole("region", { name: "Home care" }).innerText();
    assert.doesNotMatch(homeCare, /run-up|Rehydrate/);
  }));

test("calf pain on race eve stops the massage, the booking items and the oils, and says see a doctor", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(new Date("2026-06-19T17:00:00Z"));
    await seed(context, runnerWith({ date: "2026-06-20" }));
    await goto("/");
    assert.match(await recommendationsOf(page), /Pre-event massage/);
    assert.match(await checklistOf(page), /Pre-event massage: light flushing strokes/);

    await page.getByText("Is anything off?", { exact: true }).tap();
    await page.getByLabel(/Calf pain or swelling/).check();
    await page.getByRole("button", { name: "Save answers", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Saved to your log" }).waitFor();

    assert.match(await recommendationsOf(page), /Nothing to book or roll today/);
    const checklist = await checklistOf(page);
    assert.doesNotMatch(checklist, /Pre-event massage|Self-massage|citrus oil/);
    assert.match(checklist, /Keep drinking/, "what is not massage stays");
    const alert = page.locator(".notice-alert").first();
    assert.match(await alert.innerText(), /See a doctor/);
    const notToday = await page.getByRole("list", { name: "Not today", exact: true }).innerText();
    assert.equal(notToday.match(/Rule 12/g)?.length, 1, `one reason, said once: ${notToday}`);
    assert.equal(await page.getByRole("button", { name: /^Start / }).count(), 0, "no routine to start");

    await openFromNav(page, "Checklists");
    await page.getByText(/massage, booking, routine and oil items wait/).waitFor();
    assert.ok((await page.getByText("On hold until a doctor or physio has cleared your red flag.").count()) > 0);
    await openFromNav(page, "Aromatherapy");
    await page.getByText(/no massage oils on the skin until a doctor or physio has cleared it/).waitFor();
    assert.equal(await page.getByText("Fits now", { exact: true }).count(), 0);
  }));

test("bruising answered in Today's own prompt 48 hours after deep work says it was too deep", () =>
  suite.withPage(LONDON_PHONE, async ({ page, context, goto }) => {
    // The clock runs from here, so the answer is saved some seconds into the minute.
    await page.clock.install({ time: new Date("2026-05-14T09:00:00Z") });
    await seed(context, {
      ...runnerWith({ date: "2026-08-30" }),
      log: [
        {
          id: "log-e2e-deep",
          updated_at: "2026-05-12T09:00:00Z",
          at: "2026-05-12T09:00:00Z",
          kind: { type: "massage_received", kind: "general", pressure: "deep", before: null, technique: null, with_therapist: true, notes: "" },
        },
      ],
    });
    await goto("/");
    await page.getByRole("heading", { name: "How sore are you?" }).waitFor();
    await page.clock.runFor(30_000);
    await page.getByLabel("Soreness now (0 = none, 10 = worst)", { exact: true }).fill("2");
    await page.getByLabel("Any bruising", { exact: true }).check();
    await page.getByRole("button", { name: "Save check-in", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Thanks: check-in saved." }).waitFor();
    await page
      .getByRole("region", { name: "Warnings" })
      .getByText(/Your last general massage left bruising, so it was deeper than it should be\. Ask for moderate pressure next time/)
      .waitFor();
  }));
