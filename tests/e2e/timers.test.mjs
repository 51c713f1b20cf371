// Guided timers end to end at the phone viewport: the pre-race flush counts down, pausing keeps the
// time, skipping moves on, a custom routine made in the editor plays to its end and lands in the
// history, and the displayed end of a 20-second routine is compared with the wall clock.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { measureTimerDrift } from "./drift.mjs";
import { dateInDays, DOCUMENT_KEY, NOW, openSuite, PHONE, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/** The player's remaining step time in whole seconds, read from the `role="timer"` element. */
async function secondsLeft(page) {
  const text = (await page.getByRole("timer").textContent()).trim();
  const [minutes, seconds] = text.split(":").map(Number);
  assert.ok(Number.isInteger(minutes) && Number.isInteger(seconds), `a m:ss time, got "${text}"`);
  return minutes * 60 + seconds;
}

const title = (page) => page.locator(".player-title");
const button = (page, name) => page.getByRole("button", { name, exact: true });
const cuesSent = (page) => page.evaluate(() => [...(window.__freshLegsCues ?? [])]);

test("the pre-race flush counts down, pauses without losing time and skips steps (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/timers");
    await button(page, "Start Pre-race light flush").tap();
    await page.getByRole("timer").waitFor();
    await title(page).filter({ hasText: "Get ready" }).waitFor();

    // Skip the get-ready countdown: the first step is 45 s on the left calf.
    await button(page, "Skip step").tap();
    await title(page).filter({ hasText: "Calves" }).waitFor();
    const first = await secondsLeft(page);
    assert.ok(first >= 44 && first <= 45, `the step starts at 45 s, shown ${first}`);
    // Two seconds on the page's clock (moved, not waited for): the display shows two less.
    await page.clock.runFor(2_000);
    await page.waitForFunction(
      (target) => {
        const [minutes, seconds] = document.querySelector('[role="timer"]').textContent.trim().split(":").map(Number);
        return minutes * 60 + seconds <= target;
      },
      first - 2,
      { timeout: 10_000 },
    );
    const shown = await secondsLeft(page);
    assert.ok(shown >= first - 3, `two seconds took ${first - shown} off the display`);

    await button(page, "Pause").tap();
    await button(page, "Resume").waitFor();
    const paused = await secondsLeft(page);
    await page.clock.runFor(2_000);
    assert.equal(await secondsLeft(page), paused, "nothing counts while paused");
    await button(page, "Resume").tap();
    await button(page, "Pause").waitFor();
    const resumed = await secondsLeft(page);
    // Right after resuming the step shows what it showed when paused, or one second less as it
    // ticks on: a pause that ate time would show less, one that added time more.
    assert.ok(resumed <= paused && resumed >= paused - 1, `the pause kept its time: ${paused} before, ${resumed} after`);

    await button(page, "Skip step").tap();
    await title(page).filter({ hasText: "Switch sides" }).waitFor();
    assert.ok((await secondsLeft(page)) <= 5);
    assert.match(await page.locator(".next-step").textContent(), /Next: Calves, right side/);

    // The keyboard works too: space pauses; escape asks before it stops, and a second escape
    // closes the question and stays.
    await page.keyboard.press("Space");
    await button(page, "Resume").waitFor();
    await page.keyboard.press("Escape");
    const question = page.getByRole("alertdialog", { name: /Leave/ });
    await question.waitFor();
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    await button(page, "Resume").waitFor();
    await page.keyboard.press("Escape");
    await button(page, "Stop and log what I did").tap();
    await page.getByRole("status").filter({ hasText: "Stopped" }).waitFor();

    const cues = await cuesSent(page);
    for (const kind of ["beep", "beeps", "vibrate", "speak", "wake-lock", "wake-release"]) {
      assert.ok(cues.includes(kind), `a ${kind} cue went out: ${cues}`);
    }
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), DOCUMENT_KEY));
    const session = stored.log.find((entry) => entry.kind.type === "self_massage");
    assert.equal(session.kind.routine_name, "Pre-race light flush");
    // The 45 s step was skipped just after resuming with `resumed` seconds showing (rounded up): the
    // log holds the time actually worked on it, and nothing for the pause or the switch.
    const worked = 45 - resumed;
    assert.ok(
      session.kind.seconds === worked || session.kind.seconds === worked + 1,
      `active time logged: ${session.kind.seconds} s, worked ${worked}–${worked + 1} s`,
    );
  }));

test("a short custom routine made in the editor plays to its end and shows in the history (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/timers");
    await page.getByRole("link", { name: "New routine", exact: true }).tap();
    await page.getByRole("heading", { level: 1, name: "New routine" }).waitFor();

    await page.getByLabel("Routine name", { exact: true }).fill("Quick feet");
    await page.getByLabel("Area", { exact: true }).selectOption({ label: "Feet" });
    await page.getByLabel("Side", { exact: true }).selectOption({ label: "Both sides" });
    const seconds = page.getByLabel("Seconds", { exact: true });
    await seconds.fill("3");
    await button(page, "Save routine").tap();
    await page.getByRole("alert").filter({ hasText: "between 5 and 600 seconds" }).waitFor();
    await seconds.fill("5");
    await button(page, "Save routine").tap();

    await button(page, "Start Quick feet").tap();
    await page.getByRole("status").filter({ hasText: "Routine complete" }).waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "Back to timers", exact: true }).tap();
    const history = page.getByRole("list", { name: "Session history" });
    await history.getByText("Quick feet").waitFor();
    assert.match(await history.textContent(), /5 s/);
  }));

test("the displayed end of a 20-second routine matches the wall clock (phone)", () =>
  suite.withPage(PHONE, async (session) => {
    const { drift, firstFrame } = await measureTimerDrift(session);
    console.log(
      `timer drift: the end showed ${drift.toFixed(1)} ms after the wall-clock end of a 20 s routine ` +
        `(first frame of the player ${firstFrame.toFixed(1)} ms after the tap)`,
    );
    // Reported, not held to 50 ms here: a busy 2-core machine makes timings noisy (make bench
    // measures it).
    assert.ok(drift > -50 && drift < 1_000, `the end shows at about the right time (${drift} ms)`);
  }));

test("routines are exported as a file, and a bad import is refused without changing anything (phone)", () =>
  suite.withPage({ ...PHONE, acceptDownloads: true }, async ({ page, goto }) => {
    await goto("/timers");
    const paste = page.getByLabel("Or paste routines JSON", { exact: true });
    await paste.fill('{"format": "something-else", "version": 1}');
    await button(page, "Import routines").tap();
    await page.getByRole("alert").filter({ hasText: "not a Fresh Legs routines export" }).waitFor();
    const before = await page.evaluate((key) => localStorage.getItem(key), DOCUMENT_KEY);
    assert.ok(before === null || JSON.parse(before).routines.length === 0, "nothing was imported");

    const file = {
      format: "fresh-legs-routines",
      version: 1,
      routines: [
        {
          id: "routine-shared",
          name: "Shared hamstrings",
          built_in: false,
          updated_at: "2026-11-26T08:00:00Z",
          steps: [
            { muscle: "hamstrings", tool: "stick", side: "each_side", seconds: 60, pressure: { min: 4, max: 6 }, instruction: "" },
          ],
        },
      ],
    };
    await paste.fill(JSON.stringify(file));
    await button(page, "Import routines").tap();
    await page.getByRole("status").filter({ hasText: "Imported 1 routine." }).waitFor();
    await button(page, "Start Shared hamstrings").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), button(page, "Export my routines").tap()]);
    assert.equal(download.suggestedFilename(), "fresh-legs-routines.json");
    const exported = JSON.parse(await new Response((await download.createReadStream())).text());
    assert.deepEqual(
      exported.routines.map((routine) => routine.name),
      ["Shared hamstrings"],
    );
  }));

test("with an injured Achilles, today's routine never plays a calf step and says why (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    const at = new Date(NOW - 3_600_000).toISOString();
    await seed(context, {
      schema_version: 6,
      // No therapist budget: the rolling is the day's session.
      profile: { display_name: "Sam", massage_budget_per_month: 0, tools: { foam_roller: true, stick: true, ball: false }, updated_at: at },
      races: [],
      blocks: [],
      log: [
        {
          id: "log-e2e-achilles",
          updated_at: at,
          at,
          kind: { type: "injury", area: "achilles", tissue: "tendon", started: dateInDays(-3), resolved: null },
        },
      ],
      checklists: [],
      oil_marks: [],
      routines: [],
      tombstones: [],
    });
    await goto("/");
    const card = page.locator(".quick-start").first();
    await card.getByText("Because of your injured Achilles: no calves steps.").waitFor();
    await card.getByRole("button", { name: /^Start / }).tap();
    await page.getByRole("timer").waitFor();
    await page.getByText("Because of your injured Achilles: no calves steps.").waitFor();

    // Skip through the whole routine, noting every step the player shows.
    const seen = [];
    for (let guard = 0; guard < 60 && (await button(page, "Start again").count()) === 0; guard += 1) {
      const shown = (await title(page).textContent()).trim();
      seen.push(shown, (await page.locator(".next-step").textContent()).trim());
      await button(page, "Skip step").tap();
      await page.waitForFunction(
        (before) => document.querySelector(".player-title")?.textContent.trim() !== before
          || document.querySelector(".player-outcome") !== null,
        shown,
      );
    }
    assert.ok(seen.includes("Hamstrings"), seen.join(" | "));
    assert.ok(!seen.some((text) => /Calves/.test(text)), seen.join(" | "));
  }));
