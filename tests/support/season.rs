//! A made-up 16-week marathon season with a known shape, written as training files by the
//! test-side writers, for the tests that read a season back from files.
//!
//! Week 1 starts on Monday 1 June 2026; the runner lives on +2 h (summer in Europe/Berlin).
//! - Weeks 1–4 base: easy runs and a long run, volume rising gently.
//! - Weeks 5–10 build: the Tuesday run becomes 6 × 800 m intervals.
//! - Weeks 11–13 peak: volume jumps by about 40% and the intervals go to 8 repeats: the hard weeks.
//! - Weeks 14–16 taper, ending with the marathon on Sunday 20 September.
//! - Races: the "Riverside 10K" on Saturday of week 8, and the "City Marathon".

use super::training_files::{Workout, WorkoutLap};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use fresh_legs::core::training::activity::Sport;
use fresh_legs::core::training::BlockKind;

/// Local time minus UTC where the runner lives.
pub const OFFSET_MINUTES: i32 = 120;
pub const WEEKS: usize = 16;

/// Monday of week `week` (1-based).
pub fn monday(week: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap() + Duration::weeks(week as i64 - 1)
}

/// What the generator puts in, for the tests to check detection against.
pub const HARD_WEEKS: [usize; 3] = [11, 12, 13];
pub const INTERVAL_WEEKS: std::ops::RangeInclusive<usize> = 5..=13;
/// (kind, first week, last week, speed work)
pub const BLOCKS: [(BlockKind, usize, usize, bool); 4] = [
    (BlockKind::Base, 1, 4, false),
    (BlockKind::Build, 5, 10, true),
    (BlockKind::Peak, 11, 13, true),
    (BlockKind::Taper, 14, 16, false),
];
/// (name, week, day of the week from Monday = 0, kilometres)
pub const RACES: [(&str, usize, i64, f64); 2] = [
    ("Riverside 10K", 8, 5, 10.0),
    ("City Marathon", 16, 6, 42.195),
];

/// How much running each week holds, against week 1.
fn volume(week: usize) -> f64 {
    match week {
        1..=4 => 1.0 + 0.04 * (week - 1) as f64,
        5..=10 => 1.12 + 0.03 * (week - 5) as f64,
        11..=13 => 1.7,
        14 => 1.0,
        15 => 0.8,
        _ => 0.5,
    }
}

/// A steady lap: `minutes` at `pace` seconds per km and heart rate `hr`.
fn steady(minutes: f64, pace: f64, hr: u8) -> WorkoutLap {
    let duration_s = (minutes * 60.0).round() as u32;
    WorkoutLap {
        duration_s,
        distance_m: f64::from(duration_s) / pace * 1000.0,
        hr: Some(hr),
    }
}

fn workout(id: u64, name: &str, day: NaiveDate, laps: Vec<WorkoutLap>) -> Workout {
    let local = day.and_hms_opt(6, 30, 0).unwrap();
    let start: DateTime<Utc> =
        Utc.from_utc_datetime(&(local - Duration::minutes(i64::from(OFFSET_MINUTES))));
    Workout {
        id,
        serial: 3_917_004_242,
        name: name.into(),
        sport: Sport::Run,
        start,
        utc_offset_minutes: OFFSET_MINUTES,
        laps,
    }
}

/// An interval session: warm-up, `repeats` × (800 m quick, 400 m jog), cool-down.
fn intervals(repeats: usize) -> Vec<WorkoutLap> {
    let mut laps = vec![steady(15.0, 330.0, 135)];
    for _ in 0..repeats {
        laps.push(WorkoutLap {
            duration_s: 192,
            distance_m: 800.0,
            hr: Some(172),
        });
        laps.push(WorkoutLap {
            duration_s: 160,
            distance_m: 400.0,
            hr: Some(145),
        });
    }
    laps.push(steady(10.0, 340.0, 135));
    laps
}

/// Every workout of the season, in time order.
pub fn season() -> Vec<Workout> {
    let mut workouts = Vec::new();
    let mut next_id = 9_000_000_000u64;
    let mut add = |name: &str, day: NaiveDate, laps: Vec<WorkoutLap>| {
        next_id += 1;
        workouts.push(workout(next_id, name, day, laps));
    };
    for week in 1..=WEEKS {
        let (monday, scale) = (monday(week), volume(week));
        let day = |n: i64| monday + Duration::days(n);
        if INTERVAL_WEEKS.contains(&week) {
            let repeats = if HARD_WEEKS.contains(&week) { 8 } else { 6 };
            add("Track intervals", day(1), intervals(repeats));
        } else {
            add("Easy run", day(1), vec![steady(45.0 * scale, 330.0, 140)]);
        }
        add("Easy run", day(2), vec![steady(45.0 * scale, 330.0, 140)]);
        add("Easy run", day(3), vec![steady(40.0 * scale, 335.0, 138)]);
        if week != WEEKS {
            add("Long run", day(6), vec![steady(80.0 * scale, 340.0, 145)]);
        }
        for (name, race_week, weekday, km) in RACES {
            if race_week == week {
                let (pace, hr) = if km > 20.0 {
                    (300.0, 165)
                } else {
                    (265.0, 178)
                };
                add(name, day(weekday), vec![steady(km * pace / 60.0, pace, hr)]);
            }
        }
    }
    workouts
}
