// Dates in the runner's own order and times on their clock: a browser in en-US reads "Sun, Mar
// 21, 2027 at 9:00 AM" where a British one reads "Sun 21 Mar 2027 at 09:00", on the race cards and in the
// season planner alike, while the stored date and the date field's value stay ISO. The runner
// has chosen English, so a browser in German keeps English words in its own (day-first) order;
// languages.test.mjs is where the device's language picks the words.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DESKTOP, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const season = {
  schema_version: 5,
  profile: { display_name: "Sam", language: "en" },
  races: [
    {
      id: "race-half", name: "Harbour Spring Half Marathon", date: "2027-03-21", start_time: "09:00:00",
      time_zone: "Europe/London", distance_km: 21.0975, priority: "A", outdoor: true, notes: "",
      updated_at: "2026-12-01T08:00:00Z",
    },
  ],
  log: [],
  tombstones: [],
};

for (const [locale, card, planner] of [
  ["en-US", "Sun, Mar 21, 2027 at 9:00 AM (Europe/London)", "A Harbour Spring Half Marathon · Sun, Mar 21"],
  ["en-GB", "Sun 21 Mar 2027 at 09:00 (Europe/London)", "A Harbour Spring Half Marathon · Sun 21 Mar"],
  ["de-DE", "Sun 21 Mar 2027 at 09:00 (Europe/London)", "A Harbour Spring Half Marathon · Sun 21 Mar"],
]) {
  test(`a browser in ${locale} writes dates in its own order`, () =>
    suite.withPage({ ...DESKTOP, locale }, async ({ page, context, goto }) => {
      await seed(context, season);
      await goto("/races");
      const raceCard = page.locator(".race-card").filter({ hasText: "Harbour Spring Half Marathon" });
      assert.equal((await raceCard.locator(".race-when").innerText()).trim(), card);
      const races = page.getByRole("region", { name: "Season planner" })
        .getByRole("list", { name: "Races in the season" }).getByRole("listitem");
      assert.deepEqual((await races.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim()), [planner]);

      // Editing keeps the ISO date in the field and in storage whatever the order on screen.
      await raceCard.getByRole("button", { name: "Edit Harbour Spring Half Marathon", exact: true }).click();
      assert.equal(await page.getByLabel("Date", { exact: true }).inputValue(), "2027-03-21");
    }));
}
