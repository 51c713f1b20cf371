// Today end to end: the recommendations follow the race calendar and the runner's preference.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, NOW, openFromNav, openSuite, PHONE, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** A stored document with one A race `days` from today, starting 09:00 UTC. */
function documentWithRaceIn(days) {
  const date = new Date(NOW + days * 86_400_000).toISOString().slice(0, 10);
  return {
    schema_version: 2,
    profile: { display_name: "Sam", pre_event_preference: { kind: "light_flush" }, massage_budget_per_month: 2 },
    races: [
      {
        id: "race-e2e-1",
        name: "Harbour Marathon",
        date,
        start_time: "09:00:00",
        time_zone: "UTC",
        distance_km: 42.195,
        priority: "A",
        outdoor: true,
        notes: "",
        updated_at: "2026-11-01T08:00:00Z",
      },
    ],
    blocks: [],
    log: [],
    tombstones: [],
  };
}


test("the day before an A race: a pre-event massage, no general massage; no-touch removes it and says why", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, documentWithRaceIn(1));
    await goto("/");

    const recommendations = page.getByRole("list", { name: "Recommendations", exact: true });
    await recommendations.waitFor();
    assert.match(await recommendations.innerText(), /Pre-event massage/);
    assert.doesNotMatch(await recommendations.innerText(), /General massage/);
    await page.getByRole("timer", { name: "Time until Harbour Marathon starts" }).waitFor();

    await openFromNav(page, "Settings");
    await page.getByLabel("Before a race I prefer", { exact: true }).selectOption("no_touch");
    await page.getByLabel("No-touch days before a race", { exact: true }).fill("4");
    // Saved as chosen and typed: no button to press.
    await page.waitForFunction((key) => /"no_touch","days":4/.test(localStorage.getItem(key)), DOCUMENT_KEY);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).tap();
    await recommendations.waitFor();
    assert.doesNotMatch(await recommendations.innerText(), /Pre-event massage/);
    const notToday = page.getByRole("list", { name: "Not today", exact: true });
    const withheld = await notToday.innerText();
    assert.match(withheld, /Pre-event massage/);
    assert.match(withheld, /no massage in the 4 days before Harbour Marathon/);
  }));

test("a soreness check-in 40 hours after general work raises the soreness warning", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    const document = documentWithRaceIn(30);
    // Two minutes over 40 hours: the check-in's time is taken to the minute.
    const massageAt = new Date(NOW - 40 * 3_600_000 - 120_000).toISOString();
    document.log.push({
      id: "log-e2e-massage",
      updated_at: massageAt,
      at: massageAt,
      kind: {
        type: "massage_received",
        kind: "general",
        pressure: "deep",
        before: null,
        with_therapist: true,
        notes: "",
      },
    });
    await seed(context, document);
    await goto("/");
    await page.getByRole("list", { name: "Recommendations", exact: true }).waitFor();

    await page.getByText("Log a massage, soreness or an injury").tap();
    await page.getByLabel("What to log", { exact: true }).selectOption("soreness");
    // The massage 40 hours ago is chosen for it, and the hours are worked out from it.
    await page.getByRole("status").filter({ hasText: "40 hours after that massage." }).waitFor();
    await page.getByLabel("Soreness (0 = none, 10 = worst)", { exact: true }).fill("6");
    await page.getByRole("button", { name: "Add to log", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Added to your log" }).waitFor();

    const warnings = page.getByRole("region", { name: "Warnings" });
    await warnings.waitFor();
    assert.match(await warnings.innerText(), /Rule 6/);
  }));
