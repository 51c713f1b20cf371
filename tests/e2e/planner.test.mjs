// The season planner of wide windows, at 1280×800 and 1920×1080 on a fixed clock and zone: the
// season across the width with every race named and its priority, every session to book reached
// with Tab and showing its reason, the forms beside the lists; and none of it on a phone, which
// keeps its one column. Screenshots of both sizes go to docs/ when SCREENSHOTS=1.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const NOW = new Date("2027-03-01T09:00:00Z");
const LONDON = "Europe/London";

const race = (id, name, date, priority, distance_km) => ({
  id, name, date, start_time: "09:00:00", time_zone: LONDON, distance_km, priority,
  outdoor: true, notes: "", updated_at: "2027-02-01T08:00:00Z",
});

/** A spring season: a half in March (B), a 10K in April (C), the marathon in May (A). */
const season = {
  schema_version: 5,
  profile: { display_name: "Sam", massage_budget_per_month: 2 },
  races: [
    race("race-half", "Harbour Spring Half Marathon", "2027-03-21", "B", 21.0975),
    race("race-10k", "Riverside 10K", "2027-04-11", "C", 10),
    race("race-marathon", "City Marathon", "2027-05-16", "A", 42.195),
  ],
  blocks: [
    { id: "block-build", start: "2027-03-01", end: "2027-03-14", kind: "build", speed_work: true, updated_at: "2027-02-01T08:00:00Z" },
    { id: "block-peak", start: "2027-04-12", end: "2027-05-02", kind: "peak", speed_work: true, updated_at: "2027-02-01T08:00:00Z" },
  ],
  log: [],
  tombstones: [],
};

async function openPlanner(page, context, goto) {
  await page.clock.setFixedTime(NOW);
  await seed(context, season);
  await goto("/races");
  const planner = page.getByRole("region", { name: "Season planner" });
  await planner.waitFor();
  return planner;
}

for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  test(`the season planner at ${width}×${height}: races by name and priority, every session with its reason by keyboard`, () =>
    suite.withPage({ viewport: { width, height }, timezoneId: LONDON }, async ({ page, context, goto }) => {
      const planner = await openPlanner(page, context, goto);
      const box = await planner.boundingBox();
      const main = await page.getByRole("main").boundingBox();
      assert.ok(box.width > main.width * 0.8, `the planner spans the width: ${box.width} of ${main.width}`);

      const races = planner.getByRole("list", { name: "Races in the season" }).getByRole("listitem");
      assert.deepEqual(
        (await races.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim()),
        ["B Harbour Spring Half Marathon · Sun 21 Mar", "C Riverside 10K · Sun 11 Apr", "A City Marathon · Sun 16 May"],
      );
      // No two race names drawn over one another.
      const boxes = await Promise.all((await races.all()).map((item) => item.boundingBox()));
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          assert.ok(!overlap, `race ${i} and ${j} overlap`);
        }
      }
      const blocks = planner.getByRole("list", { name: "Training blocks in the season" }).getByRole("listitem");
      assert.equal(await blocks.count(), 2);

      // Every session to book is a button reached with Tab, and its reason shows on focus.
      const sessions = planner.getByRole("list", { name: "Sessions to book in the season" }).getByRole("button");
      const count = await sessions.count();
      assert.ok(count >= 3, `sessions to book in the planner: ${count}`);
      const listed = await page.getByRole("list", { name: "Sessions to book", exact: true }).getByRole("listitem").count();
      assert.equal(count, listed, "the planner shows every session the list names");
      await sessions.first().focus();
      if (process.env.SCREENSHOTS === "1") {
        // The page as it opens, with the first session's reason showing.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `docs/screenshot-planner-${width}x${height}.png` });
      }
      for (let index = 0; index < count; index += 1) {
        const focused = sessions.nth(index);
        assert.ok(await focused.evaluate((element) => element === document.activeElement), `session ${index} has the focus`);
        const reasonId = await focused.getAttribute("aria-describedby");
        const reason = page.locator(`#${reasonId}`);
        assert.ok(await reason.isVisible(), `session ${index} shows its reason on focus`);
        assert.match(await reason.innerText(), /Why: \S/);
        // Nothing drawn over the reason: no later session's dot covers its words.
        const covered = await reason.evaluate((box) => {
          const { left, top, right, bottom } = box.getBoundingClientRect();
          const points = [];
          for (let x = left + 4; x < right - 4; x += 12) {
            for (let y = top + 4; y < bottom - 4; y += 12) points.push([x, y]);
          }
          return points.filter(([x, y]) => !box.contains(document.elementFromPoint(x, y))).length;
        });
        assert.equal(covered, 0, `session ${index}: something is drawn over its reason`);
        await page.keyboard.press("Tab");
      }

      // The race form sits beside the list of races, not under it.
      const form = await page.getByRole("heading", { name: "Add a race", exact: true }).boundingBox();
      const upcoming = await page.getByRole("heading", { name: "Coming up", exact: true }).boundingBox();
      assert.ok(form.x > upcoming.x + upcoming.width, "the form is in a column of its own");
      assert.ok(Math.abs(form.y - upcoming.y) < 80, "beside the list, at its top");

    }));
}

test("a phone keeps its one column and the Season card's picture", () =>
  suite.withPage({ ...PHONE, timezoneId: LONDON }, async ({ page, context, goto }) => {
    await page.clock.setFixedTime(NOW);
    await seed(context, season);
    await goto("/races");
    await page.getByRole("heading", { name: "Season plan", exact: true }).waitFor();
    assert.equal(await page.locator(".planner").count(), 0, "no planner, not even hidden");
    assert.ok(await page.getByRole("figure", { name: "Season timeline" }).isVisible());
  }));
