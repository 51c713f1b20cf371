// The web build's time zones come from the browser (Temporal, or Intl where there is no
// Temporal), the desktop's from chrono-tz: for 60 zones and every clock change in 2020–2035
// (Morocco to 2026, see tests/core/zone_fixture.rs), the page must compute the same offsets, and
// resolve wall-clock times in gaps and overlaps to the same instants, as
// tests/fixtures/zones.json, which chrono-tz wrote natively. Each test runs both ways: as
// Chromium is, and with Temporal taken away, as in a browser that has only Intl.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { PHONE, openSuite, openFromNav, seed } from "./support.mjs";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/zones.json", import.meta.url), "utf8"));
/** Every zone src/core/zone/places.rs leads to, read from the file itself. */
const FINDER_ZONES = [
  ...new Set(
    [...readFileSync(new URL("../../src/core/zone/places.rs", import.meta.url), "utf8").matchAll(/"([A-Z][A-Za-z_]+\/[A-Za-z_\/+0-9-]+|UTC)"/g)].map((match) => match[1]),
  ),
];

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** The two ways the page can read zones: Chromium as it is, and a browser with only Intl. */
const READERS = [
  { name: "Temporal", setUp: async () => {} },
  {
    name: "Intl only",
    setUp: (context) =>
      context.addInitScript(() => {
        delete globalThis.Temporal;
      }),
  },
];

/** `seconds` since 1970 as an ISO instant, for messages a person can read. */
const iso = (seconds) => (Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : "none");

for (const reader of READERS) {
  test(`the browser's zones agree with chrono-tz on every clock change, 2020–2035 (${reader.name})`, (t) =>
    suite.withPage(PHONE, async ({ page, context, goto }) => {
      await reader.setUp(context);
      await goto("/");
      assert.equal(await page.evaluate(() => typeof Temporal !== "undefined"), reader.name === "Temporal");
      // The page's own copy of the app's code: the module boot.js already started.
      const answers = await page.evaluate(async (zones) => {
        const app = await import("/fresh-legs.js");
        return zones.map((zone) => Array.from(app.zoneCheck(zone.name, zone.instants, zone.walls)));
      }, fixture.zones);

      // Every disagreement, a few per zone, so one run shows all that differ.
      const disagreements = [];
      let checked = 0;
      fixture.zones.forEach((zone, index) => {
        const answer = answers[index];
        if (answer.length !== zone.instants.length + 3 * zone.walls.length) {
          disagreements.push(`${zone.name}: the browser does not know this zone`);
          return;
        }
        const found = [];
        zone.instants.forEach((instant, i) => {
          if (answer[i] !== zone.offsets[i]) found.push(`offset at ${iso(instant)} is ${answer[i]} s, not ${zone.offsets[i]} s`);
        });
        const base = zone.instants.length;
        zone.walls.forEach((wall, i) => {
          const got = answer.slice(base + 3 * i, base + 3 * i + 3).map(iso);
          const expected = zone.resolved[i].map((seconds) => iso(seconds ?? NaN));
          if (got.join() !== expected.join()) {
            found.push(`${iso(wall).replace("Z", "")} on the wall clock gives ${got.join(" / ")}, not ${expected.join(" / ")}`);
          }
        });
        disagreements.push(...found.slice(0, 3).map((line) => `${zone.name}: ${line}`));
        checked += zone.instants.length + zone.walls.length;
      });
      assert.deepEqual(disagreements, []);
      t.diagnostic(`${checked} instants and wall-clock times agree across ${fixture.zones.length} zones`);
      assert.ok(fixture.zones.length >= 40 && checked > 5000, `only ${checked} answers checked`);
    }));
}

for (const reader of READERS) {
  test(`the race form finds zones in the browser's own list by what people type, and reads one in any case (${reader.name})`, () =>
    suite.withPage({ ...PHONE, timezoneId: "Europe/London" }, async ({ page, context, goto }) => {
      await page.clock.install({ time: new Date("2026-11-02T09:00:00Z") });
      await reader.setUp(context);
      await goto("/");
      await openFromNav(page, "Races");
      const zone = page.getByLabel("Time zone", { exact: true });
      const offered = async (typed) => {
        await zone.fill(typed);
        return page.getByRole("list", { name: `Time zones for “${typed}”` }).getByRole("button").evaluateAll((found) =>
          found.map((button) => button.querySelector(".zone-name").textContent),
        );
      };
      // Cities the browser's zone names carry, and ones they leave out; countries; abbreviations.
      assert.equal((await offered("Lord Howe"))[0], "Australia/Lord_Howe");
      assert.equal((await offered("Tokyo"))[0], "Asia/Tokyo");
      assert.equal((await offered("Boston"))[0], "America/New_York");
      assert.equal((await offered("Japan"))[0], "Asia/Tokyo");
      assert.deepEqual((await offered("EST")).slice(0, 2), ["America/New_York", "Etc/GMT+5"]);
      // Every zone the finder can lead to is one this browser knows.
      const unknown = await page.evaluate(async (zones) => {
        const app = await import("/fresh-legs.js");
        return zones.filter((name) => app.zoneCheck(name, [0], []).length === 0);
      }, FINDER_ZONES);
      assert.deepEqual(unknown, [], "zones the browser does not know");
      const answer = await page.evaluate(async () => {
        const app = await import("/fresh-legs.js");
        return ["asia/kathmandu", "Mars/Olympus", "+01:00", "2026-03-05T07:30Z", "2026-03-05T07:30+01:00[Europe/Paris]"].map((name) =>
          Array.from(app.zoneCheck(name, [0], [])),
        );
      });
      assert.deepEqual(
        answer,
        [[19_800], [], [], [], []],
        "Kathmandu was +05:30 in 1970; an unknown zone, an offset and date strings are not zones",
      );
    }));
}

/** A B race `days` after the real today (the test below keeps the real clock), at 09:00 in `zone`. */
const raceIn = (id, days, zone) => ({
  id,
  name: `Race ${id}`,
  date: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10),
  start_time: "09:00:00",
  time_zone: zone,
  distance_km: 10,
  priority: "B",
  outdoor: true,
  notes: "",
  updated_at: "2026-11-01T08:00:00Z",
});

for (const reader of READERS) {
  test(`each zone asks the browser once per day it has not seen, and a screen opened again asks nothing new (${reader.name})`, (t) =>
    // The real clock: Playwright's fake one stands in for Intl.DateTimeFormat, so the questions
    // counted below would not reach the counter; the races are placed from the real today.
    suite.withPage({ ...PHONE, timezoneId: "Europe/London", clock: null }, async ({ page, context, goto }) => {
      await reader.setUp(context);
      // Counts every question the page puts to the browser about a zone's offset.
      await context.addInitScript(() => {
        window.intlAsks = 0;
        const ask = Intl.DateTimeFormat.prototype.formatToParts;
        Intl.DateTimeFormat.prototype.formatToParts = function (...args) {
          window.intlAsks += 1;
          return ask.apply(this, args);
        };
        if (globalThis.Temporal) {
          const instant = Temporal.Instant.fromEpochMilliseconds;
          Temporal.Instant.fromEpochMilliseconds = (...args) => {
            window.intlAsks += 1;
            return instant.apply(Temporal.Instant, args);
          };
        }
      });
      await seed(context, {
        schema_version: 4,
        profile: { display_name: "Sam" },
        races: [raceIn("berlin", 12, "Europe/Berlin"), raceIn("boston", 60, "America/New_York"), raceIn("sydney", 150, "Australia/Sydney")],
      });
      await goto("/");
      await page.getByRole("timer", { name: "Time until Race berlin starts" }).waitFor();
      await openFromNav(page, "Races");
      await page.getByRole("heading", { level: 1, name: "Races", exact: true }).waitFor();
      const first = await page.evaluate(() => window.intlAsks);
      // The runner's own zone over the season plan's year, and each race's zone around its day.
      assert.ok(first > 0 && first < 2_000, `${first} questions to the browser for Today and a season plan`);

      await openFromNav(page, "Today");
      await page.getByRole("timer", { name: "Time until Race berlin starts" }).waitFor();
      await openFromNav(page, "Races");
      await page.getByRole("heading", { level: 1, name: "Races", exact: true }).waitFor();
      const again = (await page.evaluate(() => window.intlAsks)) - first;
      t.diagnostic(`questions to the browser: ${first} for the first Today and Races, ${again} for both again`);
      assert.ok(again < 10, `${again} new questions to the browser when Today and Races were opened again`);
    }));
}

for (const reader of READERS) {
  test(`a start-up makes ${reader.name === "Temporal" ? "no Intl formatter" : "one Intl formatter, the device zone's,"} and never reads the list of every zone (${reader.name})`, () =>
    suite.withPage({ ...PHONE, timezoneId: "Europe/London" }, async ({ page, context, goto }) => {
      await reader.setUp(context);
      // Creating the first formatter loads the browser's zone and calendar data: the slowest step
      // of a cold start's first render. With Temporal none is needed; without it, the device
      // zone's name and clock come from one.
      const made = reader.name === "Temporal" ? [] : ["the device's"];
      await context.addInitScript(() => {
        window.intlMade = [];
        window.zoneListsRead = 0;
        const Made = Intl.DateTimeFormat;
        Intl.DateTimeFormat = new Proxy(Made, {
          construct(target, args) {
            window.intlMade.push(args[1]?.timeZone ?? "the device's");
            return Reflect.construct(target, args);
          },
          apply(target, self, args) {
            window.intlMade.push(args[1]?.timeZone ?? "the device's");
            return Reflect.apply(target, self, args);
          },
        });
        const list = Intl.supportedValuesOf;
        Intl.supportedValuesOf = (...args) => {
          window.zoneListsRead += 1;
          return list.apply(Intl, args);
        };
      });
      await goto("/");
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      assert.deepEqual(await page.evaluate(() => window.intlMade), made);
      assert.equal(await page.evaluate(() => window.zoneListsRead), 0);
      // The device's zone is London's: asking about London makes no other reader.
      const offsets = await page.evaluate(async () => {
        const app = await import("/fresh-legs.js");
        return Array.from(app.zoneCheck("europe/london", [Date.UTC(2026, 0, 1) / 1000, Date.UTC(2026, 6, 1) / 1000], []));
      });
      assert.deepEqual(offsets, [0, 3600], "London's offsets in January and July");
      assert.deepEqual(await page.evaluate(() => window.intlMade), made);
    }));
}
