//! Countdown math against real races: the start is resolved in the race's own zone, so the time left
//! is right across daylight-saving changes and wherever the device happens to be.

use crate::common::*;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use fresh_legs::core::race::countdown::Countdown;
use fresh_legs::core::race::Priority;
use proptest::prelude::*;

use chrono_tz::America::{Los_Angeles, New_York};
use chrono_tz::Asia::Tokyo;
use chrono_tz::Australia::Sydney;

/// One row: a race start (local wall clock in its zone), the moment someone looks (local wall clock in
/// the viewer's zone) and what the countdown must say.
struct Case {
    what: &'static str,
    race_zone: Tz,
    race_day: (i32, u32, u32),
    start: (u32, u32),
    viewer_zone: Tz,
    viewed_at: (i32, u32, u32, u32, u32),
    text: &'static str,
}

fn left(case: &Case) -> Countdown {
    let (y, m, d) = case.race_day;
    let mut race = race("r", date(y, m, d), 0, case.race_zone, 42.195, Priority::A);
    race.start_time = NaiveTime::from_hms_opt(case.start.0, case.start.1, 0).unwrap();
    let (vy, vm, vd, vh, vmin) = case.viewed_at;
    let now = local(case.viewer_zone, vy, vm, vd, vh, vmin);
    Countdown::between(now, race.start_instant())
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Same wall-clock time a day earlier, but the clocks jump forward overnight: 23 hours, not a day.
    Case { what: "London spring forward", race_zone: LONDON, race_day: (2026, 3, 29), start: (10, 0),
        viewer_zone: LONDON, viewed_at: (2026, 3, 28, 10, 0), text: "23h 00m 00s" },
    // ...and when they fall back, 25 hours.
    Case { what: "London fall back", race_zone: LONDON, race_day: (2026, 10, 25), start: (10, 0),
        viewer_zone: LONDON, viewed_at: (2026, 10, 24, 10, 0), text: "1d 01h 00m" },
    Case { what: "New York spring forward", race_zone: New_York, race_day: (2026, 3, 8), start: (8, 0),
        viewer_zone: New_York, viewed_at: (2026, 3, 7, 8, 0), text: "23h 00m 00s" },
    Case { what: "New York fall back", race_zone: New_York, race_day: (2026, 11, 1), start: (8, 0),
        viewer_zone: New_York, viewed_at: (2026, 10, 31, 8, 0), text: "1d 01h 00m" },
    // Southern hemisphere: daylight saving ends in April and starts in October.
    Case { what: "Sydney fall back", race_zone: Sydney, race_day: (2026, 4, 5), start: (7, 0),
        viewer_zone: Sydney, viewed_at: (2026, 4, 4, 7, 0), text: "1d 01h 00m" },
    Case { what: "Sydney spring forward", race_zone: Sydney, race_day: (2026, 10, 4), start: (7, 0),
        viewer_zone: Sydney, viewed_at: (2026, 10, 3, 7, 0), text: "23h 00m 00s" },
    // Tokyo 09:00 is midnight UTC; Los Angeles 16:00 PST the evening before is 00:00 UTC six days ahead.
    Case { what: "Tokyo race from Los Angeles", race_zone: Tokyo, race_day: (2026, 3, 8), start: (9, 0),
        viewer_zone: Los_Angeles, viewed_at: (2026, 3, 1, 16, 0), text: "6d 00h 00m" },
    // Los Angeles changes its clocks in between (8 March); Tokyo does not: 47 hours, whatever LA's clock says.
    Case { what: "Tokyo race across Los Angeles' DST change", race_zone: Tokyo, race_day: (2026, 3, 10), start: (9, 0),
        viewer_zone: Los_Angeles, viewed_at: (2026, 3, 7, 17, 0), text: "1d 23h 00m" },
    // A start typed inside London's skipped hour begins when the clocks land (02:00 BST, 01:00 UTC).
    Case { what: "start inside the spring-forward gap", race_zone: LONDON, race_day: (2026, 3, 29), start: (1, 30),
        viewer_zone: chrono_tz::UTC, viewed_at: (2026, 3, 29, 0, 0), text: "01h 00m 00s" },
    // A start in the repeated hour is the earlier one (BST, 00:30 UTC), the one that must not be missed.
    Case { what: "start inside the fall-back overlap", race_zone: LONDON, race_day: (2026, 10, 25), start: (1, 30),
        viewer_zone: chrono_tz::UTC, viewed_at: (2026, 10, 24, 23, 30), text: "01h 00m 00s" },
];

#[test]
fn countdowns_are_right_across_dst_and_time_zones() {
    for case in CASES {
        assert_eq!(left(case).text(), case.text, "{}", case.what);
    }
}

#[test]
fn the_dst_rows_really_differ_from_a_naive_day() {
    // Guards the table: the wall clocks read exactly one day apart in these rows, so a countdown that
    // ignored the zone would say "1d 00h 00m" and fail above.
    let london = left(&CASES[0]);
    assert_eq!((london.days, london.hours), (0, 23));
    let sydney = left(&CASES[4]);
    assert_eq!((sydney.days, sydney.hours), (1, 1));
}

fn start() -> DateTime<Utc> {
    race("soon", date(2026, 6, 14), 9, Tokyo, 10.0, Priority::B).start_instant()
}

#[test]
fn a_race_starting_in_thirty_seconds_counts_seconds() {
    let left = Countdown::between(start() - Duration::seconds(30), start());
    assert_eq!(left.text(), "00h 00m 30s");
    assert!(left.shows_seconds());
    assert!(!left.started);
}

#[test]
fn a_race_that_started_an_hour_ago_says_started() {
    let left = Countdown::between(start() + Duration::hours(1), start());
    assert!(left.started);
    assert_eq!(left.text(), "Started");
    assert!(!left.shows_seconds());
}

#[test]
fn the_last_24_hours_show_seconds_and_the_hour_before_them_does_not() {
    let day_before = Countdown::between(start() - Duration::hours(24), start());
    assert_eq!(day_before.text(), "1d 00h 00m");
    assert!(!day_before.shows_seconds());
    let last_day = Countdown::between(start() - Duration::hours(23), start());
    assert!(last_day.shows_seconds());
}

proptest! {
    /// The parts always add back up to the whole seconds left, and each part stays in its range.
    #[test]
    fn parts_recompose_to_the_time_left(seconds in 1i64..(400 * 86_400)) {
        let left = Countdown::between(start() - Duration::seconds(seconds), start());
        prop_assert_eq!(
            left.days * 86_400 + left.hours * 3_600 + left.minutes * 60 + left.seconds,
            seconds
        );
        prop_assert!(left.hours < 24 && left.minutes < 60 && left.seconds < 60);
        prop_assert!(!left.started);
    }
}
