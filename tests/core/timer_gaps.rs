//! The timer engine over long gaps and odd clocks: a sleeping phone, a clock set back, the cue
//! spacing of short and long steps, progress and fresh starts.

use crate::common::timer::*;
use chrono::{TimeZone, Utc};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::routine::{Pacing, Side};
use fresh_legs::core::timer::cue::CueKind;
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::{Status, Timer};
use std::time::Duration;

#[test]
fn a_ten_minute_gap_lands_in_the_right_segment_with_the_right_time() {
    // 0 get ready 5 s | 1 left 300 s | 2 switch 5 s | 3 right 300 s: 610 s in all.
    let long = routine(vec![step(BodyArea::Quads, Side::EachSide, 300)]);
    let mut timer = Timer::for_routine(&long, Pacing::default());
    timer.start(at(0.0));
    timer.advance(at(0.0));
    assert_eq!(timer.current(at(600.0)).map(|(i, _)| i), Some(3));
    assert_eq!(timer.remaining(at(600.0)), secs(10.0));
    assert_eq!(
        timer.advance(at(600.0)),
        vec![
            cue(start(0, Side::Left), 1, 5.0),
            cue(CueKind::Halfway, 1, 155.0),
            cue(CueKind::FiveSecondWarning, 1, 300.0),
            cue(CueKind::SwitchSides, 2, 305.0),
            cue(start(0, Side::Right), 3, 310.0),
            cue(CueKind::Halfway, 3, 460.0),
        ]
    );
    assert_eq!(timer.summary(at(600.0)).active_millis, 590_000);
    assert_eq!(
        timer.advance(at(1200.0)),
        vec![
            cue(CueKind::FiveSecondWarning, 3, 605.0),
            cue(CueKind::Done, 3, 610.0),
        ]
    );
}

#[test]
fn a_ten_minute_pause_changes_nothing() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.pause(at(50.0));
    timer.resume(at(650.0));
    assert_eq!(timer.remaining(at(650.0)), secs(20.0));
    assert_eq!(timer.routine_remaining(at(650.0)), secs(40.0));
}

#[test]
fn warnings_and_halfway_cues_need_long_enough_steps() {
    let cues_of = |seconds| {
        let mut timer = Timer::for_routine(
            &routine(vec![step(BodyArea::Calves, Side::Both, seconds)]),
            Pacing {
                get_ready_seconds: 0,
                switch_sides_seconds: 5,
            },
        );
        timer.start(at(0.0));
        timer
            .advance(at(1000.0))
            .into_iter()
            .map(|c| (c.kind, c.at))
            .collect::<Vec<_>>()
    };
    let begin = (start(0, Side::Both), at(0.0));
    assert_eq!(cues_of(9), vec![begin, (CueKind::Done, at(9.0))]);
    assert_eq!(
        cues_of(10),
        vec![
            begin,
            (CueKind::FiveSecondWarning, at(5.0)),
            (CueKind::Done, at(10.0))
        ]
    );
    assert_eq!(
        cues_of(19),
        vec![
            begin,
            (CueKind::FiveSecondWarning, at(14.0)),
            (CueKind::Done, at(19.0))
        ]
    );
    assert_eq!(
        cues_of(20),
        vec![
            begin,
            (CueKind::Halfway, at(10.0)),
            (CueKind::FiveSecondWarning, at(15.0)),
            (CueKind::Done, at(20.0)),
        ]
    );
}

#[test]
fn a_clock_set_back_never_shows_more_than_the_segment() {
    let mut timer = fixture();
    timer.start(at(0.0));
    assert_eq!(timer.remaining(at(-30.0)), secs(5.0));
    assert!(timer.advance(at(-30.0)).is_empty());
    assert_eq!(timer.advance(at(1.0)), vec![cue(CueKind::GetReady, 0, 0.0)]);
}

#[test]
fn progress_follows_the_routine_timeline() {
    let mut timer = fixture();
    timer.start(at(0.0));
    assert_eq!(timer.progress(at(45.0)), 0.5);
    assert_eq!(timer.segment_progress(at(20.0)), 0.5);
    assert_eq!(timer.segment_progress(at(100.0)), 1.0);
}

#[test]
fn start_again_begins_a_fresh_session() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(100.0));
    timer.start(at(200.0));
    assert_eq!(timer.summary(at(200.0)).active_millis, 0);
    assert_eq!(
        timer.advance(at(200.0)),
        vec![cue(CueKind::GetReady, 0, 200.0)]
    );
}

#[test]
fn an_empty_timer_finishes_as_soon_as_it_starts() {
    let mut timer = Timer::new(Vec::new());
    assert_eq!(timer.remaining(at(0.0)), Duration::ZERO);
    timer.start(at(0.0));
    assert_eq!(timer.status(at(0.0)), Status::Finished);
    assert_eq!(timer.advance(at(0.0)), vec![cue(CueKind::Done, 0, 0.0)]);
    assert_eq!(timer.progress(at(0.0)), 0.0);
}

#[test]
fn moments_convert_from_utc_instants() {
    let when = Utc.with_ymd_and_hms(2026, 3, 29, 0, 59, 59).unwrap();
    assert_eq!(Moment::from(when).as_millis(), when.timestamp_millis());
    assert_eq!(Moment::from_millis(42).as_millis(), 42);
}
