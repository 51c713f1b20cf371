//! The edges of a race's windows, instant by instant: every window is half-open, so a span that
//! ends where a window starts, or starts where it ends, is outside it. The expected instants are
//! worked out here from the race's start and finish, not taken from the windows under test.
//! Written for the mutation check (scripts/mutants.sh): without them, counting a shared boundary
//! as an overlap, or offering the post-event flush at any time, went unnoticed.

use crate::common::*;
use chrono::{Duration, TimeZone, Utc};
use fresh_legs::core::profile::{PreEventPreference, Profile};
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::phase::{Phase, RaceWindows, WindowKind};

const MINUTE: Duration = Duration::minutes(1);

#[test]
fn no_touch_days_end_exactly_at_the_start() {
    let profile = Profile {
        pre_event_preference: PreEventPreference::NoTouch { days: 3 },
        ..Profile::default()
    };
    let marathon = race("m", date(2026, 10, 25), 9, LONDON, 42.195, Priority::A);
    let windows = RaceWindows::new(&marathon, &profile);
    let start = marathon.start_instant();
    // London midnight three days before, worked out by hand: the 22nd is still summer time.
    let no_touch = Utc.with_ymd_and_hms(2026, 10, 21, 23, 0, 0).unwrap();
    assert_eq!(windows.no_touch_start, Some(no_touch));
    assert!(
        windows.blocks_touch(start - MINUTE, start),
        "the last minute before the gun"
    );
    assert!(
        !windows.blocks_touch(start, start + MINUTE),
        "from the start on, it is the race"
    );
    assert!(
        !windows.blocks_touch(no_touch - MINUTE, no_touch),
        "the minute before the no-touch days"
    );
    assert!(windows.blocks_touch(no_touch, no_touch + MINUTE));
}

#[test]
fn the_flush_is_offered_only_from_two_hours_to_two_days_after_the_finish() {
    let half = race("h", date(2027, 3, 14), 10, LONDON, 21.0975, Priority::B);
    let windows = RaceWindows::new(&half, &Profile::default());
    let finish = half.estimated_finish();
    let (opens, closes) = (finish + Duration::hours(2), finish + Duration::hours(48));
    assert_eq!((windows.flush_start, windows.flush_end), (opens, closes));
    assert!(
        !windows.allows_post_event(finish, opens),
        "too soon after the finish"
    );
    assert!(windows.allows_post_event(opens - MINUTE, opens + MINUTE));
    assert!(windows.allows_post_event(closes - MINUTE, closes));
    assert!(
        !windows.allows_post_event(closes, closes + Duration::hours(24)),
        "two days on, it is over"
    );
    assert!(!windows.allows_post_event(
        half.start_instant() - Duration::days(3),
        half.start_instant()
    ));
}

#[test]
fn the_pre_event_window_stops_at_the_start() {
    let ten_k = race("t", date(2028, 2, 29), 8, LONDON, 10.0, Priority::C);
    let windows = RaceWindows::new(&ten_k, &Profile::default());
    let start = ten_k.start_instant();
    // Two calendar days before a leap day: from midnight on the 27th, London winter time (UTC).
    let opens = Utc.with_ymd_and_hms(2028, 2, 27, 0, 0, 0).unwrap();
    assert_eq!(windows.pre_event_start, opens);
    assert!(windows.allows_pre_event(start - MINUTE, start));
    assert!(!windows.allows_pre_event(start, start + MINUTE));
    assert!(!windows.allows_pre_event(opens - Duration::hours(1), opens));
    assert!(windows.allows_pre_event(opens, opens + MINUTE));
}

#[test]
fn every_phase_and_window_has_its_own_name() {
    let phases = [
        (Phase::Build, "Build"),
        (Phase::DeepWorkCutoff, "Deep-work cut-off"),
        (Phase::PreEventWindow, "Pre-event window"),
        (Phase::RaceDay, "Race day"),
        (Phase::PostEventFlush, "Post-event flush"),
        (Phase::Recovery, "Recovery"),
    ];
    for (phase, name) in phases {
        assert_eq!(phase.label(), name);
    }
    let windows = [
        (WindowKind::DeepWorkCutoff, "Deep-work cut-off"),
        (WindowKind::NoTouch, "No-touch days"),
        (WindowKind::PreEvent, "Pre-event window"),
        (WindowKind::Race, "Race"),
        (WindowKind::PostEventFlush, "Post-event flush"),
        (WindowKind::PostRaceGap, "No deep work yet"),
    ];
    for (kind, name) in windows {
        assert_eq!(kind.label(), name);
    }
}
