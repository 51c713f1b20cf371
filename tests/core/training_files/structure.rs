//! FIT files as real watches lay them out: laps and records go to sessions by the file's own
//! order and indices, not by clock, a session without a start time is dated from its records,
//! records without a session are read as what they are, device-relative times need a date, and
//! transitions and legs under a minute are not activities.

use super::*;
use crate::support::training_files::{fit_layout, FitMessage};
use fresh_legs::core::training::activity::{summarise, Damage, Doubt};

/// 6 June 2025, 06:00 UTC, on FIT's clock (seconds from 1989-12-31).
const T: u32 = 1_749_189_600 - 631_065_600;

fn instant(fit: u32) -> DateTime<Utc> {
    DateTime::from_timestamp(i64::from(fit) + 631_065_600, 0).unwrap()
}

/// Records every 5 s from `from` for `seconds`, covering `metres` evenly from `start_metres`.
fn records(from: u32, seconds: u32, start_metres: f64, metres: f64) -> Vec<FitMessage> {
    (0..=seconds / 5)
        .map(|i| FitMessage::Record {
            at: from + i * 5,
            metres: start_metres + metres * f64::from(i * 5) / f64::from(seconds),
            hr: 150,
        })
        .collect()
}

fn lap(start: u32, seconds: u32, metres: f64) -> FitMessage {
    FitMessage::Lap {
        start: Some(start),
        end: start + seconds,
        seconds,
        metres,
    }
}

fn session(start: Option<u32>, end: u32, seconds: u32, metres: f64, sport: u8) -> FitMessage {
    FitMessage::Session {
        start,
        end,
        seconds,
        metres,
        sport,
        first_lap: None,
        laps: None,
    }
}

fn read_fit(messages: &[FitMessage]) -> Vec<Result<ParsedActivity, FileError>> {
    read_all(vec![picked("layout.fit", fit_layout(T, messages))])
}

#[test]
fn two_sessions_starting_in_the_same_second_take_the_laps_their_indices_give() {
    // A swim of one lap and a run of nine, all laps first, then both sessions at the end, both
    // dated the same second (a watch that writes the start when the leg is chosen).
    let mut messages = records(T, 600, 0.0, 1000.0);
    messages.push(lap(T, 600, 1000.0));
    for k in 0..9 {
        let from = T + 600 + k * 300;
        messages.extend(records(from, 300, f64::from(k) * 1000.0, 1000.0));
        messages.push(lap(from, 300, 1000.0));
    }
    for (first_lap, laps, seconds, metres, sport) in
        [(0, 1, 600, 1000.0, 5), (1, 9, 2700, 9000.0, 1)]
    {
        messages.push(FitMessage::Session {
            start: Some(T),
            end: T + 3300,
            seconds,
            metres,
            sport,
            first_lap: Some(first_lap),
            laps: Some(laps),
        });
    }
    let legs: Vec<ParsedActivity> = read_fit(&messages)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(legs.len(), 2);
    assert_eq!((legs[0].sport, legs[0].laps.len()), (Sport::Swim, 1));
    assert_eq!((legs[1].sport, legs[1].laps.len()), (Sport::Run, 9));
}

#[test]
fn a_leg_whose_session_starts_long_after_its_lap_keeps_its_lap_and_records() {
    // The run's lap and records begin at T + 600, but its session says it began 45 minutes
    // later; the file's order says they are the run's.
    let mut messages = records(T, 600, 0.0, 1000.0);
    messages.push(lap(T, 600, 1000.0));
    messages.push(session(Some(T), T + 600, 600, 1000.0, 1));
    let run = records(T + 600, 3000, 0.0, 10_000.0);
    let points = run.len() as u32;
    messages.extend(run);
    messages.push(lap(T + 600, 3000, 10_000.0));
    messages.push(session(Some(T + 600 + 2700), T + 3600, 3000, 10_000.0, 1));
    let legs: Vec<ParsedActivity> = read_fit(&messages)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(legs.len(), 2);
    assert_eq!(legs[1].laps.len(), 1, "its own lap");
    assert_eq!(legs[1].track.points(), points, "and all its records");
    assert_eq!(legs[0].track.points(), 121);
}

#[test]
fn a_session_without_a_start_time_is_dated_from_its_records() {
    let mut messages = records(T + 60, 1800, 0.0, 5000.0);
    messages.push(lap(T + 60, 1800, 5000.0));
    messages.push(session(None, T + 1860, 1800, 5000.0, 1));
    let run = read_fit(&messages).remove(0).unwrap();
    assert_eq!(run.start, instant(T + 60));
    assert_eq!(run.duration_s, 1800.0);
}

#[test]
fn records_without_a_session_are_read_from_the_track_and_marked_as_such() {
    let run = read_fit(&records(T, 1500, 0.0, 4000.0)).remove(0).unwrap();
    assert_eq!(run.start, instant(T));
    assert_eq!(run.duration_s, 1500.0);
    assert_eq!(run.distance_m, Some(4000.0));
    assert_eq!(run.damage, Some(Damage::NoSession));
}

#[test]
fn device_relative_times_without_a_real_date_anywhere_are_refused_plainly() {
    // Counted from the watch's power-on (below 0x10000000), with no activity message to date
    // them.
    let from = 5_000;
    let mut messages = records(from, 1200, 0.0, 3000.0);
    messages.push(lap(from, 1200, 3000.0));
    messages.push(session(Some(from), from + 1200, 1200, 3000.0, 1));
    let error = read_fit(&messages).remove(0).unwrap_err();
    assert!(matches!(error, FileError::NoDate { .. }), "{error:?}");
    assert_says(&error, &["layout.fit", "switched on", "real date"]);

    // The activity message's local time dates them: here 09:20 local, 08:20 in the runner's
    // +01:00, at the activity's end.
    messages.push(FitMessage::Activity {
        end: from + 1200,
        local_end: T + 3 * 3600 + 1200,
    });
    let run = read_all_at(&messages, 60).remove(0).unwrap();
    assert_eq!(run.start, instant(T + 2 * 3600));
    assert_eq!(run.utc_offset_minutes, Some(60));
}

/// The FIT file of `messages`, read by a runner whose clock is `offset_minutes` east of UTC.
fn read_all_at(
    messages: &[FitMessage],
    offset_minutes: i32,
) -> Vec<Result<ParsedActivity, FileError>> {
    let now = chrono::FixedOffset::east_opt(offset_minutes * 60)
        .unwrap()
        .from_utc_datetime(&super::now().naive_utc());
    ImportJob::new(vec![picked("layout.fit", fit_layout(T, messages))], now).collect()
}

#[test]
fn transitions_and_legs_under_a_minute_are_not_activities() {
    let mut messages = Vec::new();
    let legs = [(0, 1200, 1), (1200, 90, 3), (1290, 40, 2), (1330, 1800, 1)];
    for (from, seconds, sport) in legs {
        messages.extend(records(T + from, seconds, 0.0, 1000.0));
        messages.push(lap(T + from, seconds, 1000.0));
        messages.push(session(
            Some(T + from),
            T + from + seconds,
            seconds,
            1000.0,
            sport,
        ));
    }
    let read: Vec<ParsedActivity> = read_fit(&messages)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let starts: Vec<DateTime<Utc>> = read.iter().map(|a| a.start).collect();
    assert_eq!(starts, [instant(T), instant(T + 1330)]);

    let only_short = [
        lap(T, 30, 100.0),
        session(Some(T), T + 30, 30, 100.0, 1),
        lap(T + 30, 20, 100.0),
        session(Some(T + 30), T + 50, 20, 100.0, 3),
    ];
    let error = read_fit(&only_short).remove(0).unwrap_err();
    assert!(
        matches!(error, FileError::OnlyShortLegs { .. }),
        "{error:?}"
    );
}

#[test]
fn a_timer_longer_than_the_activity_lasted_and_a_speed_no_one_runs_are_flagged() {
    // A 6-hour timer in a session that ran 47 minutes from start to end.
    let mut messages = records(T, 2820, 0.0, 9000.0);
    messages.push(lap(T, 2820, 9000.0));
    messages.push(session(Some(T), T + 2820, 6 * 3600, 9000.0, 1));
    let broken = summarise(&read_fit(&messages).remove(0).unwrap(), now());
    assert_eq!(broken.duration_s, 2820, "the time it lasted is kept");
    assert_eq!(
        broken.doubts,
        [Doubt::TimerOverElapsed {
            timer_s: 21_600,
            elapsed_s: 2820
        }]
    );
    assert!(!broken.counts());

    // 10 km in 20 minutes, called a run: 2:00 per km.
    let mut messages = records(T, 1200, 0.0, 10_000.0);
    messages.push(lap(T, 1200, 10_000.0));
    messages.push(session(Some(T), T + 1200, 1200, 10_000.0, 1));
    let fast = summarise(&read_fit(&messages).remove(0).unwrap(), now());
    assert!(
        matches!(
            fast.doubts[..],
            [Doubt::TooFast {
                sport: Sport::Run,
                ..
            }]
        ),
        "{:?}",
        fast.doubts
    );
    // The same as a ride is an ordinary ride.
    let mut messages = records(T, 1200, 0.0, 10_000.0);
    messages.push(session(Some(T), T + 1200, 1200, 10_000.0, 2));
    let ride = summarise(&read_fit(&messages).remove(0).unwrap(), now());
    assert!(ride.counts(), "{:?}", ride.doubts);
}
