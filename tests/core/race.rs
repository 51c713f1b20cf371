//! Races, blocks, log entries and race windows: DST-correct start instants, windows, serde.

use crate::common::*;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, PreEventFor};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::{PreEventPreference, Profile};
use fresh_legs::core::race::local_time::{day_span, resolve_local};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::phase::{Phase, RaceWindows, WindowKind};

fn at(race: Race, hour: u32, minute: u32) -> Race {
    Race {
        start_time: NaiveTime::from_hms_opt(hour, minute, 0).unwrap(),
        ..race
    }
}

#[test]
fn start_instants_resolve_in_the_race_zone_across_dst() {
    use chrono_tz::{America, Australia, Europe, Pacific};
    let cases = [
        // (zone, date, local time, expected UTC, what it covers)
        (
            Europe::London,
            date(2026, 4, 26),
            (10, 0),
            utc(2026, 4, 26, 9, 0),
            "summer time",
        ),
        (
            Europe::London,
            date(2026, 1, 11),
            (10, 0),
            utc(2026, 1, 11, 10, 0),
            "winter time",
        ),
        (
            Europe::Berlin,
            date(2026, 3, 29),
            (2, 30),
            utc(2026, 3, 29, 1, 0),
            "spring gap: first instant after",
        ),
        (
            Europe::Berlin,
            date(2026, 10, 25),
            (2, 30),
            utc(2026, 10, 25, 0, 30),
            "fall-back: earlier",
        ),
        (
            America::New_York,
            date(2026, 3, 8),
            (2, 15),
            utc(2026, 3, 8, 7, 0),
            "US spring gap",
        ),
        (
            America::New_York,
            date(2026, 11, 1),
            (1, 30),
            utc(2026, 11, 1, 5, 30),
            "US fall-back: earlier",
        ),
        (
            Australia::Sydney,
            date(2026, 4, 5),
            (2, 30),
            utc(2026, 4, 4, 15, 30),
            "southern fall-back",
        ),
        (
            Australia::Sydney,
            date(2026, 10, 4),
            (2, 30),
            utc(2026, 10, 3, 16, 0),
            "southern spring gap",
        ),
        (
            Pacific::Apia,
            date(2011, 12, 30),
            (10, 0),
            utc(2011, 12, 30, 10, 0),
            "Samoa's skipped day",
        ),
    ];
    for (tz, on, (h, m), expected, what) in cases {
        let race = at(race("r", on, 9, tz, 10.0, Priority::A), h, m);
        assert_eq!(race.start_instant(), expected, "{what}");
    }
}

#[test]
fn midnight_in_a_zone_that_changes_clocks_at_midnight_still_has_a_day() {
    // Chile moves clocks at midnight: 2026-09-06 00:00 does not exist in America/Santiago.
    let tz = chrono_tz::America::Santiago;
    let (start, end) = day_span(tz, date(2026, 9, 6));
    assert_eq!(start, utc(2026, 9, 6, 4, 0));
    assert_eq!(end - start, Duration::hours(23));
    assert_eq!(
        resolve_local(tz, date(2026, 9, 6).and_hms_opt(0, 30, 0).unwrap()),
        start
    );
}

/// Rule 5: the finish comes from the runner's expected time, else from the distance at a pace that
/// slows as the distance grows: a recreational marathon nearer 4.5 h than 3, 100 km in 12–20 h.
#[test]
fn the_finish_is_the_runners_expected_time_or_an_estimate_that_slows_with_distance() {
    let hours = |km: f64| {
        let r = race("r", date(2026, 4, 26), 10, LONDON, km, Priority::A);
        r.estimated_duration().num_minutes() as f64 / 60.0
    };
    let cases = [
        (5.0, 0.45, 0.6),
        (10.0, 0.95, 1.25),
        (21.0975, 2.1, 2.6),
        (42.195, 4.5, 5.5),
        (100.0, 12.0, 20.0),
        (161.0, 20.0, 32.0),
    ];
    for (km, at_least, at_most) in cases {
        let h = hours(km);
        assert!((at_least..=at_most).contains(&h), "{km} km: {h:.2} h");
    }
    // Pace per km never gets faster as the distance grows.
    let paces: Vec<f64> = [5.0, 10.0, 21.1, 42.2, 50.0, 100.0, 161.0]
        .iter()
        .map(|km| hours(*km) / km)
        .collect();
    assert!(paces.windows(2).all(|pair| pair[0] <= pair[1]), "{paces:?}");

    let mut own = race("m", date(2026, 4, 26), 10, LONDON, 42.195, Priority::A);
    own.expected_minutes = Some(3 * 60 + 15);
    assert_eq!(own.estimated_duration(), Duration::minutes(195));
    assert_eq!(
        own.estimated_finish(),
        local(LONDON, 2026, 4, 26, 13, 15),
        "the runner's own time"
    );
}

/// Rule 5: deep work stops at least 5 days before a marathon or longer whatever its priority, and
/// the post-race gap grows after a marathon (120 h) and more after an ultra (168 h). Expected
/// instants are built here from the race's own calendar, not from the app's window code.
#[test]
fn windows_widen_with_distance() {
    let profile = Profile::default(); // C races: 2-day cut-off; 72 h gap
    let cases = [
        (10.0, 2, 72u16),
        (21.0975, 2, 72),
        (42.195, 5, 120),
        // An ultra: deep work stops a week before it, and waits a week after it.
        (50.0, 7, 168),
        (100.0, 7, 168),
    ];
    for (km, days, gap) in cases {
        let r = race("c", date(2026, 10, 25), 9, LONDON, km, Priority::C);
        let w = RaceWindows::new(&r, &profile);
        let midnight = LONDON
            .from_local_datetime(
                &(date(2026, 10, 25) - Duration::days(days))
                    .and_hms_opt(0, 0, 0)
                    .unwrap(),
            )
            .earliest()
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(w.cutoff_start, midnight, "{km} km");
        assert_eq!(
            (w.cutoff_days, w.post_race_gap_hours),
            (days as u8, gap),
            "{km} km"
        );
        assert_eq!(
            w.general_allowed_from,
            r.start_instant() + r.estimated_duration() + Duration::hours(i64::from(gap)),
            "{km} km"
        );
    }
    // The runner's own longer settings are kept.
    let mut patient = Profile::default();
    patient.cutoffs.c_race_days = 7;
    patient.cutoffs.post_race_gap_hours = 150;
    let marathon = race("m", date(2026, 10, 25), 9, LONDON, 42.195, Priority::C);
    let w = RaceWindows::new(&marathon, &patient);
    assert_eq!((w.cutoff_days, w.post_race_gap_hours), (7, 150));
}

#[test]
fn finish_is_estimated_at_a_conservative_pace() {
    let marathon = race("m", date(2026, 4, 26), 10, LONDON, 42.195, Priority::A);
    let duration = marathon.estimated_duration();
    assert!(duration > Duration::hours(5) && duration < Duration::hours(5) + Duration::minutes(20));
    assert_eq!(
        marathon.estimated_finish(),
        marathon.start_instant() + duration
    );
    let bad = race("x", date(2026, 4, 26), 10, LONDON, f64::NAN, Priority::A);
    assert_eq!(bad.estimated_duration(), Duration::zero());
}

#[test]
fn windows_follow_the_priority_cutoffs_in_the_race_zone() {
    let profile = Profile::default();
    // A Berlin race three days after the spring change: A and B cut-offs start in winter time (UTC+1),
    // the C cut-off and the pre-event window in summer time (UTC+2).
    let cases = [
        (Priority::A, utc(2026, 3, 26, 23, 0)),
        (Priority::B, utc(2026, 3, 27, 23, 0)),
        (Priority::C, utc(2026, 3, 29, 22, 0)),
    ];
    for (priority, cutoff) in cases {
        let r = race(
            "b",
            date(2026, 4, 1),
            9,
            chrono_tz::Europe::Berlin,
            21.1,
            priority,
        );
        let w = RaceWindows::new(&r, &profile);
        assert_eq!(w.cutoff_start, cutoff, "{priority:?}");
        assert_eq!(w.pre_event_start, utc(2026, 3, 29, 22, 0));
        assert_eq!(
            w.general_allowed_from,
            r.estimated_finish() + Duration::hours(72)
        );
        assert_eq!(w.flush_start, r.estimated_finish() + Duration::hours(2));
        assert_eq!(w.flush_end, r.estimated_finish() + Duration::hours(48));
        assert!(w.no_touch_start.is_none());
    }
}

#[test]
fn phases_run_in_order_around_a_race() {
    let r = race("a", date(2026, 6, 13), 9, LONDON, 42.2, Priority::A);
    let w = RaceWindows::new(&r, &Profile::default());
    let cases = [
        (local(LONDON, 2026, 6, 7, 23, 59), Phase::Build),
        (local(LONDON, 2026, 6, 8, 0, 0), Phase::DeepWorkCutoff),
        (local(LONDON, 2026, 6, 11, 8, 0), Phase::PreEventWindow),
        (local(LONDON, 2026, 6, 13, 6, 0), Phase::RaceDay),
        (local(LONDON, 2026, 6, 13, 8, 59), Phase::RaceDay),
        // From the gun to the finish the phase is the race itself, then rest until the flush.
        (local(LONDON, 2026, 6, 13, 9, 0), Phase::Racing),
        (w.finish - Duration::minutes(1), Phase::Racing),
        (w.finish, Phase::Finished),
        (w.finish + Duration::hours(1), Phase::Finished),
        (w.finish + Duration::hours(3), Phase::PostEventFlush),
        (w.finish + Duration::hours(50), Phase::Recovery),
    ];
    for (now, phase) in cases {
        assert_eq!(w.phase_at(now), phase, "{now}");
    }
    // A marathon's post-race gap is at least 120 h, whatever the setting says.
    assert!(!w.is_behind(w.finish + Duration::hours(119)));
    assert!(w.is_behind(w.finish + Duration::hours(120)));
}

#[test]
fn timeline_shows_no_touch_instead_of_pre_event_when_preferred() {
    let r = race("a", date(2026, 6, 13), 9, LONDON, 10.0, Priority::A);
    let light = RaceWindows::new(&r, &Profile::default()).windows();
    assert!(light.iter().any(|w| w.kind == WindowKind::PreEvent));
    assert!(light.windows(2).all(|pair| pair[0].from <= pair[1].from));
    let profile = Profile {
        pre_event_preference: PreEventPreference::NoTouch { days: 4 },
        ..Profile::default()
    };
    let no_touch = RaceWindows::new(&r, &profile);
    let spans = no_touch.windows();
    let span = spans
        .iter()
        .find(|w| w.kind == WindowKind::NoTouch)
        .unwrap();
    assert_eq!(span.from, local(LONDON, 2026, 6, 9, 0, 0));
    assert!(!spans.iter().any(|w| w.kind == WindowKind::PreEvent));
    let (from, to) = day_span(LONDON, date(2026, 6, 12));
    assert!(no_touch.blocks_touch(from, to));
    assert!(!no_touch.allows_pre_event(from, to));
}

#[test]
fn kinds_carry_the_names_runners_see() {
    let labels: Vec<String> = MassageKind::ALL.iter().map(|kind| kind.label()).collect();
    assert_eq!(
        labels,
        [
            "Pre-event massage",
            "Post-event massage",
            "General massage",
            "Injury massage",
            "Self-massage"
        ]
    );
    assert!(!MassageKind::SelfMassage.is_professional());
    assert!(MassageKind::Injury.is_professional());
}

#[test]
fn records_round_trip_through_json() {
    let r = race(
        "r",
        date(2028, 2, 29),
        9,
        chrono_tz::America::New_York,
        42.195,
        Priority::B,
    );
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"America/New_York\""), "{json}");
    assert_eq!(serde_json::from_str::<Race>(&json).unwrap(), r);

    let entries = vec![
        massage(
            "m",
            utc(2026, 1, 1, 9, 0),
            MassageKind::PreEvent,
            Pressure::Light,
            Some(PreEventFor::Workout),
        ),
        checkin("c", utc(2026, 1, 2, 9, 0), 40, 3, true),
        injury(
            "i",
            BodyArea::Achilles,
            date(2026, 1, 3),
            Some(date(2026, 2, 1)),
        ),
    ];
    let json = serde_json::to_string(&entries).unwrap();
    assert!(json.contains("\"type\":\"massage_received\""), "{json}");
    assert_eq!(
        serde_json::from_str::<Vec<LogEntry>>(&json).unwrap(),
        entries
    );
    assert_eq!(
        entries[2]
            .injury_on(date(2026, 1, 31))
            .map(|(area, _)| area),
        Some(BodyArea::Achilles)
    );
    assert_eq!(entries[2].injury_on(date(2026, 2, 1)), None);
}
