// The guided timer with the screen off, at the phone viewport: the beeps of a step are on the
// audio clock ahead of time (an instrumented AudioContext records every start and stop), pause
// cancels them, resume plans the rest at the new times, a frozen page still had them planned;
// the lock screen (Media Session) shows the step and its buttons drive the player; and with no
// speech synthesis, the cue still goes out as a beep.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const ROUTINE_ID = "routine-e2e-lock";
/** One calf step, 20 s a side: get ready 5 s | left 20 s | switch 5 s | right 20 s. */
function runner(cues) {
  return {
    schema_version: 6,
    profile: { display_name: "Sam", cues: { beep: true, vibrate: true, speak: false, get_ready_seconds: 5, ...cues }, updated_at: "2026-11-01T08:00:00Z" },
    routines: [
      {
        id: ROUTINE_ID,
        name: "Lock test",
        built_in: false,
        updated_at: "2026-11-01T08:00:00Z",
        steps: [{ muscle: "calves", tool: "foam_roller", side: "each_side", seconds: 20, pressure: { min: 4, max: 6 }, instruction: "" }],
      },
    ],
  };
}
/** Seconds after the start at which the routine's later cues fall, and the tone of each. */
const PLAN = [
  [5, 880], // left side starts
  [15, 520], // halfway
  [20, 440], // five seconds left
  [25, 660], // switch sides
  [30, 880], // right side starts
  [40, 520],
  [45, 440],
  [50, 1046], // done
];

/** Records every start and stop of an audio source node, with the context's clock at the call. */
function instrumentAudio() {
  window.__audioLog = [];
  let nextId = 0;
  const proto = AudioScheduledSourceNode.prototype;
  const { start, stop } = proto;
  const record = (node, op, when) => {
    node.__id ??= nextId++;
    window.__audioLog.push({ id: node.__id, op, when, clock: node.context.currentTime, hertz: node.frequency?.value });
  };
  proto.start = function (when = 0) {
    record(this, "start", when);
    return start.call(this, when);
  };
  proto.stop = function (when = 0) {
    record(this, "stop", when);
    return stop.call(this, when);
  };
}

/** Lets a test freeze the page's timers (`__freeze`) and let them go (`__thaw`), as a phone does. */
function holdableTimers() {
  const realSetTimeout = window.setTimeout.bind(window);
  const held = [];
  let frozen = false;
  window.setTimeout = (callback, delay, ...args) =>
    realSetTimeout(() => (frozen ? held.push(() => callback(...args)) : callback(...args)), delay);
  window.__freeze = () => (frozen = true);
  window.__thaw = () => {
    frozen = false;
    held.splice(0).forEach((callback) => realSetTimeout(callback, 0));
  };
}

/** The tones still planned: started for a later instant than `clock`, and not cancelled. */
function liveTones(log, clock) {
  const cancelled = new Set(log.filter((entry) => entry.op === "stop" && entry.when <= entry.clock + 0.001).map((entry) => entry.id));
  return log.filter((entry) => entry.op === "start" && entry.when > clock && !cancelled.has(entry.id));
}

const audioLog = (page) => page.evaluate(() => window.__audioLog);
const audioClock = (page) => page.evaluate(() => window.__freshLegsAudio.currentTime);
const button = (page, name) => page.getByRole("button", { name, exact: true });

/** Asserts `tones` are `PLAN` (from index `from`) moved to start at `origin` on the audio clock. */
function assertPlanned(tones, origin, from, what) {
  const expected = PLAN.slice(from);
  assert.equal(tones.length, expected.length, `${what}: ${JSON.stringify(tones)}`);
  tones.forEach((tone, index) => {
    const [offset, hertz] = expected[index];
    assert.equal(tone.hertz, hertz, `${what}: tone ${index}`);
    assert.ok(Math.abs(tone.when - origin - offset) < 0.4, `${what}: tone ${index} at ${(tone.when - origin).toFixed(2)} s, expected ${offset} s`);
  });
}

test("a step's beeps are on the audio clock ahead; pause cancels them and resume plans them again (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await context.addInitScript(instrumentAudio);
    await seed(context, runner({}));
    await goto("/timers");
    await button(page, "Start Lock test").tap();
    await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
    await page.waitForFunction(() => window.__audioLog?.some((entry) => entry.op === "start" && entry.hertz === 1046));
    const log = await audioLog(page);
    const firstPlan = log.filter((entry) => entry.op === "start" && entry.when > entry.clock + 1);
    // The plan was made when the routine started: the get-ready beep at once, the rest ahead.
    const origin = firstPlan[0].clock;
    assertPlanned(firstPlan, origin, 0, "at the start");

    await button(page, "Pause").tap();
    await button(page, "Resume").waitFor();
    await page.waitForFunction(() => {
      const clock = window.__freshLegsAudio.currentTime;
      const cancelled = new Set(window.__audioLog.filter((e) => e.op === "stop" && e.when <= e.clock + 0.001).map((e) => e.id));
      return window.__audioLog.filter((e) => e.op === "start" && e.when > clock && !cancelled.has(e.id)).length === 0;
    });
    const pausedAt = await audioClock(page);
    const elapsed = pausedAt - origin;
    assert.ok(elapsed < 5, `paused during the get-ready countdown, ${elapsed.toFixed(2)} s in`);

    // Two seconds paused on the display's own clock, then resume: the rest moves two seconds on.
    await page.waitForFunction((until) => window.__freshLegsAudio.currentTime >= until, pausedAt + 2);
    await button(page, "Resume").tap();
    await button(page, "Pause").waitFor();
    await page.waitForFunction((count) => window.__audioLog.filter((e) => e.op === "start").length >= count, firstPlan.length + 8);
    const resumedLog = await audioLog(page);
    const resumePlan = liveTones(resumedLog, pausedAt + 1.9);
    const resumedAt = resumePlan[0].clock;
    // The left side starts when the get-ready time left at the pause has run out after resuming.
    assertPlanned(resumePlan, resumedAt - elapsed, 0, "after resuming");
    assert.ok(resumedAt - pausedAt >= 1.9, `resumed ${(resumedAt - pausedAt).toFixed(2)} s after the pause`);
  }));

test("a frozen page keeps its beeps: what fell due had been planned before, and is not planned twice (phone)", { timeout: 120_000 }, () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await context.addInitScript(instrumentAudio);
    await context.addInitScript(holdableTimers);
    await seed(context, runner({}));
    await goto("/timers");
    await button(page, "Start Lock test").tap();
    await page.waitForFunction(() => window.__audioLog?.some((entry) => entry.op === "start" && entry.hertz === 1046));
    const before = await audioLog(page);
    const frozenAt = await audioClock(page);
    // Hidden, then frozen for 30 s, as a phone does to a page whose screen is off: no timer runs.
    // Headless Chromium never hides or freezes a page itself (CDP's freeze leaves timers running
    // in a visible page), so the page's timers are held here; the audio clock runs on.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
      document.dispatchEvent(new Event("visibilitychange"));
      window.__freeze();
    });
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    await page.evaluate(() => {
      delete document.visibilityState;
      delete document.hidden;
      document.dispatchEvent(new Event("visibilitychange"));
      window.__thaw();
    });
    const thawedAt = await audioClock(page);
    // Most of the 30 s: an audio clock on a machine busy with other work falls a little behind
    // the wall clock (28.9 s once in CI), and what matters is that it ran, not how precisely.
    assert.ok(thawedAt - frozenAt >= 25, `the audio clock ran on: ${(thawedAt - frozenAt).toFixed(1)} s`);
    // Every cue of the frozen half minute was on the audio clock before the freeze.
    const dueWhileFrozen = liveTones(before, frozenAt).filter((tone) => tone.when <= thawedAt);
    assert.ok(dueWhileFrozen.length >= 5, `cues due while frozen were planned: ${JSON.stringify(dueWhileFrozen)}`);
    // After waking, the player re-plans what is left, never what already sounded.
    await page.locator(".player-title", { hasText: "Calves" }).waitFor();
    await page.waitForFunction((count) => window.__audioLog.filter((e) => e.op === "start").length > count, before.filter((e) => e.op === "start").length);
    const after = (await audioLog(page)).slice(before.length);
    const replanned = after.filter((entry) => entry.op === "start");
    assert.ok(replanned.every((tone) => tone.when >= thawedAt - 0.5), `nothing already due was planned again: ${JSON.stringify(replanned)}`);
    assert.equal(replanned.at(-1).hertz, 1046, "the plan still ends with done");
  }));

test("the lock screen shows the step, and its buttons pause, skip and go back (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await context.addInitScript(() => {
      window.__mediaHandlers = {};
      const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
      navigator.mediaSession.setActionHandler = (action, handler) => {
        window.__mediaHandlers[action] = handler;
        return set(action, handler);
      };
    });
    await seed(context, runner({}));
    await goto("/timers");
    await button(page, "Start Lock test").tap();
    await page.waitForFunction(() => navigator.mediaSession.metadata?.title === "Get ready");
    const press = (action) => page.evaluate((name) => window.__mediaHandlers[name](), action);

    await press("nexttrack");
    await page.locator(".player-title", { hasText: "Calves" }).waitFor();
    const shown = await page.evaluate(() => {
      const { title, artist, album } = navigator.mediaSession.metadata;
      return { title, artist, album, state: navigator.mediaSession.playbackState };
    });
    assert.deepEqual(shown, { title: "Calves, left side, with the foam roller", artist: "Lock test", album: "Step 1 of 2", state: "playing" });

    await press("pause");
    await button(page, "Resume").waitFor();
    assert.equal(await page.evaluate(() => navigator.mediaSession.playbackState), "paused");
    // Pause while paused changes nothing; play resumes.
    await press("pause");
    await button(page, "Resume").waitFor();
    await press("play");
    await button(page, "Pause").waitFor();
    await press("nexttrack");
    await page.locator(".player-title", { hasText: "Switch sides" }).waitFor();
    await press("previoustrack");
    await page.locator(".player-title", { hasText: "Calves" }).waitFor();
    await press("stop");
    await page.getByRole("status").filter({ hasText: "Stopped" }).waitFor();
    await page.waitForFunction(() => navigator.mediaSession.metadata === null);
  }));

test("with speech missing, a runner who asked for speech only still hears each step change (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await context.addInitScript(() => {
      // A browser with no speech at all: the API's getter lives on the prototype.
      delete Window.prototype.speechSynthesis;
      delete window.SpeechSynthesisUtterance;
    });
    await context.addInitScript(instrumentAudio);
    await seed(context, runner({ beep: false, vibrate: false, speak: true }));
    await goto("/timers");
    await button(page, "Start Lock test").tap();
    await page.locator(".player-title", { hasText: "Get ready" }).waitFor();
    await button(page, "Skip step").tap();
    await page.locator(".player-title", { hasText: "Calves" }).waitFor();
    // The get-ready and the left side's start, each as its beep in place of the words.
    await page.waitForFunction(() => window.__audioLog.filter((e) => e.op === "start").length >= 2);
    const tones = (await audioLog(page)).filter((entry) => entry.op === "start").map((entry) => entry.hertz);
    assert.deepEqual(tones, [880, 880]);
  }));
