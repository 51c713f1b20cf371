// Every screen of the app and a busy runner's data to fill them, shared by the tests that look at
// every screen and by the screenshots.
import assert from "node:assert/strict";
import { NOW } from "./support.mjs";

/**
 * A runner with something on every screen as of `now` (milliseconds; the tests' NOW unless
 * given): races before and after today, a block, ten weeks of training, a log.
 */
export function busyRunner(theme, now = NOW) {
  const dateInDays = (days) => new Date(now + days * 86_400_000).toISOString().slice(0, 10);
  const hoursAgo = (hours) => new Date(now - hours * 3_600_000).toISOString();
  const race = (id, name, days, priority) => ({
    id,
    name,
    date: dateInDays(days),
    start_time: "09:00:00",
    time_zone: "UTC",
    distance_km: 21.0975,
    priority,
    outdoor: true,
    notes: "",
    updated_at: hoursAgo(100),
  });
  return {
    schema_version: 4,
    profile: {
      display_name: "Sam",
      theme,
      massage_budget_per_month: 2,
      tools: { foam_roller: true, stick: true, ball: true },
      updated_at: hoursAgo(100),
    },
    races: [
      race("race-a11y-1", "Harbour Half", 2, "A"),
      race("race-a11y-2", "Park 10K", 30, "C"),
      race("race-a11y-3", "Autumn 5K", -3, "B"),
    ],
    blocks: [{ id: "block-a11y-1", start: dateInDays(-20), end: dateInDays(-1), kind: "peak", speed_work: true, updated_at: hoursAgo(100) }],
    // A version 7 section (migration keeps it): ten weeks of imported runs, the last three
    // heavier, so Training shows proposals and the load chart.
    activities: Array.from({ length: 40 }, (_, i) => {
      const heavy = i >= 28;
      const start = new Date(now - (95 - Math.floor(i / 4) * 7 - (i % 4) * 2) * 86_400_000).toISOString();
      return {
        id: `activity-a11y-${i}`,
        start,
        sport: "run",
        name: i === 20 ? "Park parkrun" : "Easy run",
        duration_s: heavy ? 4200 : 2700,
        distance_m: heavy ? 12700 : 8200,
        avg_hr: 145,
        max_hr: 160,
        fast_laps: 0,
        updated_at: start,
      };
    }),
    log: [
      {
        id: "log-a11y-1",
        updated_at: hoursAgo(30),
        at: hoursAgo(30),
        kind: { type: "massage_received", kind: "general", pressure: "medium", before: null, with_therapist: true, notes: "Calves" },
      },
      { id: "log-a11y-2", updated_at: hoursAgo(20), at: hoursAgo(20), kind: { type: "self_massage", routine_name: "Calf flush", seconds: 360 } },
      {
        id: "log-a11y-3",
        updated_at: hoursAgo(50),
        at: hoursAgo(50),
        kind: { type: "injury", area: "calves", tissue: "muscle", started: dateInDays(-2), resolved: null },
      },
    ],
    checklists: [],
    oil_marks: [],
    routines: [],
    tombstones: [],
  };
}

/** Every screen, by path, with the heading that says it has rendered (the player's names its step). */
export const SCREENS = [
  { path: "/", heading: "Today" },
  { path: "/races", heading: "Races" },
  { path: "/checklists", heading: "Checklists" },
  { path: "/aromatherapy", heading: "Aromatherapy" },
  { path: "/timers", heading: "Timers" },
  { path: "/timers/play/builtin-pre-race-flush", heading: null },
  { path: "/timers/edit/new", heading: "New routine" },
  { path: "/log", heading: "Log" },
  { path: "/training", heading: "Training" },
  { path: "/settings", heading: "Settings" },
  { path: "/more", heading: "More" },
  { path: "/open", heading: "Open a file" },
  { path: "/no-such-page", heading: "Page not found" },
];

/**
 * Opens `screen` and waits for its heading, or in the player for the running clock. Fails when
 * the seeded data did not load: a screen with an "unreadable data" banner proves nothing. In
 * another language than English (`english: false`) it waits for a heading and a countdown
 * whatever their words (the English run has checked that the same data loads).
 */
export async function open(page, goto, screen, { english = true } = {}) {
  await goto(screen.path);
  if (english) assert.equal(await page.getByText("could not be read").count(), 0, `the seeded data loads on ${screen.path}`);
  if (screen.heading === null) await page.getByRole("timer").waitFor();
  else if (english) await page.getByRole("heading", { level: 1, name: screen.heading, exact: true }).waitFor();
  else await page.getByRole("heading", { level: 1 }).first().waitFor();
  if (screen.path === "/") {
    const countdown = english ? { name: "Time until Harbour Half starts" } : { name: /Harbour Half/ };
    await page.getByRole("timer", countdown).waitFor();
  }
}
