import { PHONE } from "../tests/e2e/support.mjs";

/** The phone the browser benchmarks use: they time real work, so the page keeps the real clock. */
export const REAL_TIME_PHONE = { ...PHONE, clock: null };

// The runners the browser benchmarks measure the app with: a season of `races` races spread over
// the years around now and `entries` log entries, one a day back from today, mixed as a runner
// logs them (mostly home care, a massage every fifth day, a soreness check-in after each).

const day = (offset) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const at = "2026-01-01T08:00:00Z";

/** Days from 1 Jan 2026 to today (UTC). */
export function todayOffset() {
  return Math.round((Date.now() - Date.UTC(2026, 0, 1)) / 86_400_000);
}

/** The date `days` after 1 Jan 2026, as the app stores it. */
export { day };

/** One log entry a day, `entries` days back from today. */
function logEntry(i, entries, today) {
  const date = day(today - entries + i);
  if (i % 5 === 0) {
    return {
      id: `log-${i}`,
      updated_at: at,
      at: `${date}T18:00:00Z`,
      kind: { type: "massage_received", kind: "general", pressure: "medium", before: null, with_therapist: i % 10 === 0, notes: "Calves tight after the long run" },
    };
  }
  if (i % 5 === 1) {
    return {
      id: `log-${i}`,
      updated_at: at,
      at: `${date}T18:00:00Z`,
      kind: { type: "soreness_check_in", after: `log-${i - 1}`, hours_after: 24, level: 3, bruising: false },
    };
  }
  return {
    id: `log-${i}`,
    updated_at: at,
    at: `${date}T07:00:00Z`,
    kind: { type: "self_massage", routine_name: "Pre-race light flush", seconds: 360 },
  };
}

/** A document with `races` races and `entries` log entries. */
export function runnerDocument(races, entries) {
  const today = todayOffset();
  return {
    schema_version: 6,
    profile: { display_name: "Sam", massage_budget_per_month: 2, updated_at: at },
    races: Array.from({ length: races }, (_, i) => ({
      id: `race-${i}`,
      name: `Race ${i}`,
      date: day(today - races * 3 + i * 4),
      start_time: "09:00:00",
      time_zone: "Europe/London",
      distance_km: [5, 10, 21.1, 42.195][i % 4],
      priority: ["A", "B", "C"][i % 3],
      outdoor: true,
      notes: "",
      updated_at: at,
    })),
    blocks: [],
    log: Array.from({ length: entries }, (_, i) => logEntry(i, entries, today)),
    checklists: [],
    oil_marks: [],
    routines: [],
    tombstones: [],
  };
}

/** Issue 30's two runners: a typical season and five years of logs. */
export const TYPICAL = { races: 12, entries: 300 };
export const HEAVY = { races: 500, entries: 2000 };
