// Checklists and aromatherapy end to end at the phone viewport: ticks and the runner's own items
// survive a reload, and the calculator refuses a sun-sensitising strength before a sunny race.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { NOW, openFromNav, openSuite, PHONE, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** A stored document with one outdoor A race `days` from today, starting 08:00 UTC. */
function documentWithRaceIn(days) {
  const date = new Date(NOW + days * 86_400_000).toISOString().slice(0, 10);
  return {
    schema_version: 3,
    profile: { display_name: "Sam", pre_event_preference: { kind: "light_flush" }, massage_budget_per_month: 2 },
    races: [
      {
        id: "race-e2e-1",
        name: "Harbour Marathon",
        date,
        start_time: "08:00:00",
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
    checklists: [],
    oil_marks: [],
    tombstones: [],
  };
}


/** The labels of the checkboxes in `region`, in page order. */
async function itemLabels(region) {
  return region.locator(".checkbox-row label").allInnerTexts();
}

test("ticked items stay ticked after a reload, and the progress counts them", () =>
  suite.withPage(PHONE, async ({ page, context, goto, reload }) => {
    await seed(context, documentWithRaceIn(5));
    await goto("/");
    await openFromNav(page, "Checklists");

    const beforeRace = page.getByRole("region", { name: "Before the race" });
    const progress = beforeRace.getByRole("progressbar", { name: "Before the race progress" });
    assert.equal(await progress.getAttribute("aria-valuenow"), "0");
    const warmUp = beforeRace.getByRole("checkbox", { name: /^Warm up as usual/ });
    const drink = beforeRace.getByRole("checkbox", { name: /^Drink steadily/ });
    await warmUp.tap();
    await drink.tap();
    assert.equal(await warmUp.isChecked(), true);
    assert.equal(await progress.getAttribute("aria-valuenow"), "2");

    await reload();
    assert.equal(await warmUp.isChecked(), true, "still ticked after a reload");
    assert.equal(await drink.isChecked(), true);
    assert.equal(await progress.getAttribute("aria-valuenow"), "2");
    const box = await warmUp.locator("xpath=..").boundingBox();
    assert.ok(box.height >= 44, `the row is a large touch target (${box.height}px)`);
  }));

test("the runner adds two items of their own and moves the second above the first", () =>
  suite.withPage(PHONE, async ({ page, context, goto, reload }) => {
    await seed(context, documentWithRaceIn(5));
    await goto("/checklists");
    const beforeRace = page.getByRole("region", { name: "Before the race" });
    for (const text of ["Pin the bib", "Charge the watch"]) {
      await beforeRace.getByLabel("Your own item", { exact: true }).fill(text);
      await beforeRace.getByLabel("When", { exact: true }).selectOption("day_before");
      await beforeRace.getByRole("button", { name: "Add item", exact: true }).tap();
      await beforeRace.getByRole("checkbox", { name: text, exact: true }).waitFor();
    }
    let labels = await itemLabels(beforeRace);
    assert.ok(labels.indexOf("Pin the bib") < labels.indexOf("Charge the watch"), labels.join(" | "));

    await beforeRace.getByRole("button", { name: "Move up: Charge the watch", exact: true }).tap();
    await reload();
    labels = await itemLabels(page.getByRole("region", { name: "Before the race" }));
    assert.ok(labels.indexOf("Charge the watch") < labels.indexOf("Pin the bib"), labels.join(" | "));
    assert.ok(labels.indexOf("Charge the watch") > 0, "after the template items of the group");
    const moveUp = page.getByRole("button", { name: "Move up: Charge the watch", exact: true });
    assert.equal(await moveUp.isDisabled(), true, "already first of the runner's items");
  }));

test("the calculator refuses 2 % bergamot before an outdoor morning race and says why", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, documentWithRaceIn(2));
    await goto("/aromatherapy");
    await page.getByLabel("Oil 1", { exact: true }).selectOption("bergamot");
    await page.getByLabel("Carrier oil (ml)", { exact: true }).fill("10");
    await page.getByLabel("Oil 1 dilution (%)", { exact: true }).fill("2");

    const refusal = page.locator(".calculator").getByRole("alert");
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.match(text, /sunlight/);
    assert.match(text, /Harbour Marathon is outdoors in daylight/);
    assert.match(text, /0\.4\s%/);
    assert.match(text, /bergamot FCF/);
    const field = page.getByLabel("Oil 1 dilution (%)", { exact: true });
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    assert.equal(await field.getAttribute("aria-describedby"), await refusal.getAttribute("id"));

    await page.getByLabel("Carrier oil (ml)", { exact: true }).fill("50");
    await field.fill("0.4");
    await refusal.waitFor({ state: "detached" });
    assert.match(await page.locator(".calculator").getByRole("status").innerText(), /4\sdrops of Bergamot/);
  }));

test("a blend of two citrus oils, each under its own limit, is refused before a sunny race", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, documentWithRaceIn(2));
    await goto("/aromatherapy");
    await page.getByLabel("Carrier oil (ml)", { exact: true }).fill("10");
    await page.getByLabel("Oil 1", { exact: true }).selectOption("lemon_cold_pressed");
    await page.getByLabel("Oil 1 dilution (%)", { exact: true }).fill("1.5");
    await page.getByRole("button", { name: "Add an oil", exact: true }).tap();
    await page.getByLabel("Oil 2", { exact: true }).selectOption("lime_cold_pressed");
    await page.getByLabel("Oil 2 dilution (%)", { exact: true }).fill("0.5");

    const refusal = page.locator("#calc-blend-error");
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.match(text, /Too strong together/);
    assert.match(text, /Harbour Marathon is outdoors in daylight/);
    assert.match(text, /146\s% in all/);
    assert.match(await page.locator(".calculator").getByRole("status").innerText(), /Fix the field/);

    // Half of each limit brings the shares to 100 %: the blend is given in drops (50 ml, so the
    // lime makes whole drops).
    await page.getByLabel("Carrier oil (ml)", { exact: true }).fill("50");
    await page.getByLabel("Oil 1 dilution (%)", { exact: true }).fill("1");
    await page.getByLabel("Oil 2 dilution (%)", { exact: true }).fill("0.35");
    await refusal.waitFor({ state: "detached" });
    assert.match(await page.locator(".calculator").getByRole("status").innerText(), /10\sdrops of Lemon \(cold-pressed\) and 3\sdrops of Lime \(cold-pressed\)/);
  }));
