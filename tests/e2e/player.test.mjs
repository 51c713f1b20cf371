// The player made for the floor, on a fixed clock: at 360×640, 360×740, 390×844 and a phone held
// sideways (844×390) every control is on screen without scrolling, none overlaps another, the
// controls sit in the lower half and the highlighted muscle is in view; a routine survives
// leaving its player (asked first, then "keep going" and back at the right second, or "stop and
// log"); after a reload the player says "Tap for sound" and a tap lets the audio out.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const START = new Date("2026-11-02T07:00:00Z");
const ROUTINE_ID = "routine-e2e-floor";
const touch = (width, height) => ({ viewport: { width, height }, isMobile: true, hasTouch: true, timezoneId: "Europe/London" });
const PHONES = [
  ["360×640", touch(360, 640)],
  ["360×740", touch(360, 740)],
  ["390×844", touch(390, 844)],
  ["844×390, held sideways", touch(844, 390)],
];

/** Calves then hamstrings, 20 s a side: get ready 5 | left 20 | switch 5 | right 20 | … */
function runner() {
  const step = (muscle) => ({ muscle, tool: "foam_roller", side: "each_side", seconds: 20, pressure: { min: 3, max: 4 }, instruction: "Roll slowly from the ankle to below the knee, pausing on tender spots." });
  return {
    schema_version: 7,
    profile: { display_name: "Sam", cues: { beep: true, vibrate: false, speak: false, get_ready_seconds: 5 }, updated_at: "2026-11-01T08:00:00Z" },
    routines: [{ id: ROUTINE_ID, name: "Floor test", built_in: false, updated_at: "2026-11-01T08:00:00Z", steps: [step("calves"), step("hamstrings")] }],
  };
}

/** Lets `seconds` pass on the page's clock, and the quarter-second tick just after them. */
const pass = (page, seconds) => page.clock.runFor(seconds * 1000 + 5);
const button = (page, name) => page.getByRole("button", { name, exact: true });
const timeLeft = (page) => page.getByRole("timer", { name: "Time left in this step" }).textContent();

/** Opens Timers on a paused clock, so every second from here on is one the test moves. */
async function openTimers(page, context, goto) {
  await page.clock.install({ time: START });
  await seed(context, runner());
  await goto("/timers");
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
}

/** Every control of the player with its box, and what would scroll. */
function playerLayout() {
  const controls = [...document.querySelectorAll(".player button, .player a")].filter((element) => element.checkVisibility());
  const box = (element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { name: element.getAttribute("aria-label") || element.textContent.trim(), left, top, right, bottom };
  };
  const content = document.getElementById("content");
  const lit = [...document.querySelectorAll(".body-part.lit")].map(box);
  return {
    width: innerWidth,
    height: innerHeight,
    controls: controls.map(box),
    lit,
    title: box(document.querySelector(".player-title")),
    side: document.querySelector(".player-side") && box(document.querySelector(".player-side")),
    timer: box(document.querySelector('[role="timer"]')),
    contentScrolls: content.scrollHeight > content.clientHeight + 1,
    pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
    navShown: document.querySelector(".main-nav").checkVisibility(),
    keysHintShown: document.querySelector(".keys-hint")?.checkVisibility() ?? false,
  };
}

const inside = (box, layout) => box.left >= -0.5 && box.top >= -0.5 && box.right <= layout.width + 0.5 && box.bottom <= layout.height + 0.5;
const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/**
 * Checks the player's layout at `moment`: every control inside the screen and apart from the
 * others, nothing to scroll, the big control (`main`: Pause, or Resume while paused) largest and
 * in thumb reach with Previous, Skip and Stop, the step, its side and the time on screen.
 */
async function checkLayout(page, moment, main, extra = []) {
  const layout = await page.evaluate(playerLayout);
  const what = `${moment}: ${JSON.stringify(layout)}`;
  assert.equal(layout.navShown, false, `the bottom bar gives way to the player (${what})`);
  assert.equal(layout.contentScrolls || layout.pageScrolls, false, `nothing scrolls (${what})`);
  assert.equal(layout.keysHintShown, false, "no keyboard hints on a touch screen");
  const names = layout.controls.map((control) => control.name);
  for (const wanted of ["Previous step", main, "Skip step", "Stop", "Leave the player", ...extra]) {
    assert.ok(names.includes(wanted), `${wanted} is shown (${what})`);
  }
  for (const control of layout.controls) assert.ok(inside(control, layout), `${control.name} is inside the screen (${what})`);
  for (const [index, a] of layout.controls.entries()) {
    for (const b of layout.controls.slice(index + 1)) assert.ok(!overlap(a, b), `${a.name} and ${b.name} do not overlap (${what})`);
  }
  // The big control is the largest, and the controls a thumb uses sit in the lower half.
  const area = (box) => (box.right - box.left) * (box.bottom - box.top);
  const byName = Object.fromEntries(layout.controls.map((control) => [control.name, control]));
  for (const other of ["Previous step", "Skip step", "Stop"]) {
    assert.ok(area(byName[main]) > area(byName[other]), `${main} is larger than ${other} (${what})`);
    assert.ok(byName[other].top >= layout.height / 2, `${other} is in the lower half (${what})`);
  }
  assert.ok(byName[main].top >= layout.height / 2, `${main} is in the lower half (${what})`);
  assert.ok(inside(layout.title, layout) && inside(layout.timer, layout), `the step and the time are on screen (${what})`);
  assert.ok(layout.side && inside(layout.side, layout), `the side is on screen (${what})`);
  return layout;
}

for (const [name, phone] of PHONES) {
  test(`every player control is on screen, apart and in thumb reach, with nothing to scroll, playing, paused and after a reload (${name})`, () =>
    suite.withPage(phone, async ({ page, context, goto }) => {
      await context.addInitScript(untouchedAudio);
      await openTimers(page, context, goto);
      await button(page, "Start Floor test").tap();
      await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
      await button(page, "Skip step").tap();
      await page.locator(".player-title", { hasText: "Calves" }).waitFor();
      const calf = await checkLayout(page, "left calf", "Pause");
      const what = JSON.stringify(calf);
      assert.ok(calf.lit.length > 0 && calf.lit.every((box) => inside(box, calf)), `the highlighted calf is in view (${what})`);
      assert.match(await page.locator(".player-side").textContent(), /Left side/);

      await button(page, "How to").tap();
      await page.getByText("Roll slowly from the ankle").waitFor();
      await checkLayout(page, "how-to open", "Pause");

      await button(page, "Pause").tap();
      await button(page, "Resume").waitFor();
      await checkLayout(page, "paused", "Resume");
      await button(page, "Resume").tap();
      await button(page, "Pause").waitFor();

      // After a reload the sound waits for a tap, and its control takes a place of its own.
      await page.reload();
      await page.locator(".player-title", { hasText: "Calves" }).waitFor();
      await button(page, "🔈 Tap for sound").waitFor();
      await checkLayout(page, "after a reload, Tap for sound shown", "Pause", ["🔈 Tap for sound"]);
      await button(page, "🔈 Tap for sound").tap();
      await button(page, "🔈 Tap for sound").waitFor({ state: "detached" });

      // The step counter counts sides: the right calf is the second step of four.
      await button(page, "Skip step").tap();
      await button(page, "Skip step").tap();
      await page.locator(".player-side", { hasText: "Right side" }).waitFor();
      assert.match(await page.locator(".player .eyebrow").textContent(), /Step 2 of 4/i);
    }));
}

test("a tab tapped mid-routine asks, and keep going returns to the right second (desktop window)", () =>
  suite.withPage({ viewport: { width: 1280, height: 800 }, timezoneId: "Europe/London" }, async ({ page, context, goto }) => {
    await openTimers(page, context, goto);
    await button(page, "Start Floor test").click();
    await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
    await pass(page, 10);
    // 10 s in: 5 s of getting ready, then 5 s of the left calf; 15 s to go.
    await page.getByRole("timer", { name: "Time left in this step" }).filter({ hasText: "0:15" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).click();
    const question = page.getByRole("alertdialog", { name: "Leave Floor test?" });
    await question.waitFor();
    assert.equal(await page.getByRole("heading", { level: 1, name: "Today" }).count(), 0, "nothing happens before the answer");
    await question.getByRole("button", { name: "Keep going in the background", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await pass(page, 7);
    const bar = page.getByRole("link", { name: /Floor test/ });
    await bar.filter({ hasText: "0:08" }).waitFor();
    await bar.click();
    assert.equal((await timeLeft(page)).trim(), "0:08", "back at the right second");
    await page.locator(".player-side", { hasText: "Left side" }).waitFor();
  }));

for (const [name, phone] of [PHONES[0], PHONES[3]]) {
  test(`leaving asks; keep going plays on behind every screen, stop logs what was done (${name})`, () =>
    suite.withPage(phone, async ({ page, context, goto }) => {
      await openTimers(page, context, goto);
      await button(page, "Start Floor test").tap();
      await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
      await pass(page, 12);
      await page.getByRole("timer", { name: "Time left in this step" }).filter({ hasText: "0:13" }).waitFor();
      await button(page, "Leave the player").tap();
      const question = page.getByRole("alertdialog", { name: "Leave Floor test?" });
      for (const answer of ["Keep going in the background", "Stop and log what I did", "Stay on the routine"]) {
        const box = await question.getByRole("button", { name: answer, exact: true }).boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= phone.viewport.height + 0.5, `${answer} is on screen: ${JSON.stringify(box)}`);
      }
      await question.getByRole("button", { name: "Keep going in the background", exact: true }).tap();
      await page.getByRole("heading", { level: 1, name: "Timers" }).waitFor();
      // Timers lists it first, as the way back.
      assert.equal(await page.getByRole("list", { name: "Routines" }).getByRole("listitem").first().getByRole("heading").textContent(), "Floor test");
      await button(page, "Return to Floor test").waitFor();
      // On every screen, the bar above the navigation leads back at the right second.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log", exact: true }).tap();
      await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
      await pass(page, 4);
      const bar = page.getByRole("link", { name: /Floor test/ });
      await bar.filter({ hasText: "0:09" }).waitFor();
      const barBox = await bar.boundingBox();
      const navBox = await page.getByRole("navigation", { name: "Main" }).boundingBox();
      assert.ok(barBox.y + barBox.height <= navBox.y + 0.5, `the bar sits above the navigation: ${JSON.stringify({ barBox, navBox })}`);
      await bar.tap();
      assert.equal((await timeLeft(page)).trim(), "0:09");

      await button(page, "Leave the player").tap();
      await button(page, "Stop and log what I did").tap();
      // 11 s of the left calf were done; the message says so where the runner lands.
      await page.getByRole("status").filter({ hasText: "Stopped: 0:11 of massage added to your history." }).waitFor();
      await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
      assert.equal(await page.getByRole("link", { name: /Floor test/ }).count(), 0, "no routine in progress any more");
      await page.getByRole("list", { name: "Log entries" }).getByText("Floor test · 11 s").waitFor();
    }));
}

/** Makes every new AudioContext start suspended, as a browser does for a page nobody touched
 * yet, and records each resume(). */
function untouchedAudio() {
  window.__resumes = [];
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(...args) {
      super(...args);
      if (navigator.userActivation && !navigator.userActivation.hasBeenActive) this.suspend();
    }
    resume() {
      window.__resumes.push(navigator.userActivation?.hasBeenActive ?? null);
      return super.resume();
    }
  };
}

test("after a reload the player says Tap for sound, and a tap lets the audio out (390×844)", () =>
  suite.withPage(PHONES[2][1], async ({ page, context, goto }) => {
    await context.addInitScript(untouchedAudio);
    await openTimers(page, context, goto);
    await button(page, "Start Floor test").tap();
    await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
    assert.equal(await button(page, "🔈 Tap for sound").count(), 0, "a routine started with a tap has its sound");
    await pass(page, 8);
    await page.reload();
    // The reload picks the routine up where the clock says: 3 s into the left calf, 17 s left.
    await page.locator(".player-title", { hasText: "Calves" }).waitFor();
    await page.getByRole("timer", { name: "Time left in this step" }).filter({ hasText: "0:17" }).waitFor();
    const sound = button(page, "🔈 Tap for sound");
    await sound.waitFor();
    assert.equal(await page.evaluate(() => window.__freshLegsAudio?.state), "suspended", "the browser held the audio back");
    const planned = await page.evaluate(() => window.__resumes.length);
    await sound.tap();
    await page.waitForFunction(() => window.__freshLegsAudio.state === "running");
    await sound.waitFor({ state: "detached" });
    assert.ok((await page.evaluate(() => window.__resumes.slice(-1)[0])) === true, "resumed by the tap");
    assert.ok((await page.evaluate(() => window.__resumes.length)) > planned);
    // The routine goes on at its own time: nothing was lost while the sound was held back.
    await pass(page, 2);
    await page.getByRole("timer", { name: "Time left in this step" }).filter({ hasText: "0:15" }).waitFor();
  }));
