//! Table tests of the guided-session timer: fixed routines, fixed instants, exact expectations.

use crate::common::timer::*;
use fresh_legs::core::routine::{SegmentKind, Side};
use fresh_legs::core::timer::cue::{Cue, CueKind};
use fresh_legs::core::timer::Status;
use std::time::Duration;

#[test]
fn before_the_start_nothing_runs() {
    let timer = fixture();
    assert_eq!(timer.status(at(10.0)), Status::NotStarted);
    assert_eq!(timer.current(at(10.0)), None);
    assert_eq!(timer.remaining(at(10.0)), secs(5.0));
    assert_eq!(timer.routine_remaining(at(10.0)), secs(90.0));
    assert_eq!(timer.progress(at(10.0)), 0.0);
    let mut untouched = fixture();
    assert!(untouched.advance(at(10.0)).is_empty());
}

#[test]
fn start_announces_the_get_ready_countdown() {
    let mut timer = fixture();
    timer.start(at(0.0));
    assert_eq!(timer.advance(at(0.0)), vec![cue(CueKind::GetReady, 0, 0.0)]);
    assert_eq!(timer.remaining(at(2.0)), secs(3.0));
    assert_eq!(
        timer.current(at(2.0)).map(|(i, s)| (i, s.kind)),
        Some((0, SegmentKind::GetReady))
    );
    assert!(timer.advance(at(2.0)).is_empty());
}

#[test]
fn ticking_across_segments_reports_each_cue_when_it_is_due() {
    let mut timer = fixture();
    timer.start(at(0.0));
    let table: &[(f64, usize, f64, &[Cue])] = &[
        (4.999, 0, 0.001, &[cue(CueKind::GetReady, 0, 0.0)]),
        (5.0, 1, 30.0, &[cue(start(0, Side::Left), 1, 5.0)]),
        (19.9, 1, 15.1, &[]),
        (20.0, 1, 15.0, &[cue(CueKind::Halfway, 1, 20.0)]),
        (30.5, 1, 4.5, &[cue(CueKind::FiveSecondWarning, 1, 30.0)]),
        (36.0, 2, 4.0, &[cue(CueKind::SwitchSides, 2, 35.0)]),
        (40.0, 3, 30.0, &[cue(start(0, Side::Right), 3, 40.0)]),
        (71.0, 4, 19.0, &fixture_cues()[6..9]),
    ];
    for &(t, segment, remaining, cues) in table {
        assert_eq!(timer.advance(at(t)), cues, "cues at {t} s");
        assert_eq!(
            timer.current(at(t)).map(|(i, _)| i),
            Some(segment),
            "segment at {t} s"
        );
        assert_eq!(
            timer.remaining(at(t)),
            secs(remaining),
            "remaining at {t} s"
        );
    }
    assert_eq!(timer.advance(at(90.0)), fixture_cues()[9..]);
    assert_eq!(timer.status(at(90.0)), Status::Finished);
    assert_eq!(timer.remaining(at(90.0)), Duration::ZERO);
    assert_eq!(timer.progress(at(90.0)), 1.0);
}

#[test]
fn one_late_advance_reports_the_same_cues_as_many_small_ones() {
    let mut sampled = fixture();
    sampled.start(at(0.0));
    let mut cues = Vec::new();
    for quarter in 0..=400 {
        cues.extend(sampled.advance(at(f64::from(quarter) * 0.25)));
    }
    let mut late = fixture();
    late.start(at(0.0));
    assert_eq!(cues, fixture_cues());
    assert_eq!(late.advance(at(500.0)), fixture_cues());
    assert!(late.advance(at(600.0)).is_empty());
}

#[test]
fn a_two_second_pause_does_not_eat_time() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.pause(at(12.0));
    assert_eq!(timer.status(at(13.0)), Status::Paused);
    assert_eq!(timer.remaining(at(12.0)), secs(23.0));
    assert_eq!(timer.remaining(at(14.0)), secs(23.0));
    timer.resume(at(14.0));
    assert_eq!(timer.remaining(at(15.0)), secs(22.0));
    let cues = timer.advance(at(200.0));
    assert_eq!(cues.last(), Some(&cue(CueKind::Done, 4, 92.0)));
    let summary = timer.summary(at(200.0));
    assert_eq!(summary.active_millis, 80_000);
    assert_eq!(summary.active_seconds(), 80);
    assert!(summary.finished);
}

#[test]
fn pausing_twice_or_resuming_a_running_timer_changes_nothing() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.resume(at(3.0));
    assert_eq!(timer.remaining(at(4.0)), secs(1.0));
    timer.pause(at(10.0));
    timer.pause(at(12.0));
    timer.resume(at(20.0));
    assert_eq!(timer.remaining(at(20.0)), secs(25.0));
}

#[test]
fn skip_drops_the_rest_of_the_segment_and_its_cues() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.skip(at(10.0));
    assert_eq!(timer.current(at(10.0)).map(|(i, _)| i), Some(2));
    assert_eq!(timer.remaining(at(10.0)), secs(5.0));
    assert_eq!(
        timer.advance(at(11.0)),
        vec![
            cue(CueKind::GetReady, 0, 0.0),
            cue(start(0, Side::Left), 1, 5.0),
            cue(CueKind::SwitchSides, 2, 10.0),
        ]
    );
    assert_eq!(timer.summary(at(11.0)).active_millis, 5_000);
    assert_eq!(timer.routine_remaining(at(11.0)), secs(54.0));
}

#[test]
fn skip_while_paused_stays_paused_at_the_next_segment() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.pause(at(7.0));
    timer.skip(at(8.0));
    assert_eq!(timer.status(at(30.0)), Status::Paused);
    assert_eq!(timer.remaining(at(30.0)), secs(5.0));
    timer.advance(at(30.0));
    timer.resume(at(30.0));
    assert_eq!(
        timer.advance(at(30.0)),
        vec![cue(CueKind::SwitchSides, 2, 30.0)]
    );
}

#[test]
fn segments_skipped_over_while_paused_are_not_announced() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(7.0));
    timer.pause(at(7.0));
    timer.skip(at(8.0));
    timer.skip(at(9.0));
    assert!(timer.advance(at(9.0)).is_empty());
    timer.resume(at(10.0));
    assert_eq!(
        timer.advance(at(10.0)),
        vec![cue(start(0, Side::Right), 3, 10.0)]
    );
}

#[test]
fn skipping_the_last_segment_finishes_at_once() {
    let mut timer = fixture();
    timer.start(at(0.0));
    for t in [1.0, 2.0, 3.0, 4.0] {
        timer.skip(at(t));
    }
    assert_eq!(timer.current(at(4.0)).map(|(i, _)| i), Some(4));
    timer.skip(at(6.0));
    assert_eq!(timer.status(at(6.0)), Status::Finished);
    assert_eq!(
        timer.advance(at(6.0)).last(),
        Some(&cue(CueKind::Done, 4, 6.0))
    );
    assert_eq!(timer.summary(at(6.0)).active_millis, 1_000 + 1_000 + 2_000);
}

#[test]
fn back_restarts_a_segment_that_has_run_a_while() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(20.0));
    timer.back(at(20.0));
    assert_eq!(timer.current(at(20.0)).map(|(i, _)| i), Some(1));
    assert_eq!(timer.remaining(at(20.0)), secs(30.0));
    assert_eq!(
        timer.advance(at(20.0)),
        vec![cue(start(0, Side::Left), 1, 20.0)]
    );
    // The 15 s already worked still count as massage time.
    assert_eq!(timer.summary(at(21.0)).active_millis, 16_000);
}

#[test]
fn back_after_exactly_the_restart_time_restarts_the_segment() {
    let mut timer = fixture();
    timer.start(at(0.0));
    // The right side starts at 40 s; 3 s in is the first moment Back restarts it.
    timer.back(at(43.0));
    assert_eq!(timer.current(at(43.0)).map(|(i, _)| i), Some(3));
    assert_eq!(timer.remaining(at(43.0)), secs(30.0));
}

#[test]
fn a_quick_back_goes_to_the_previous_side_over_the_switch_gap() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.back(at(41.0));
    assert_eq!(timer.current(at(41.0)).map(|(i, _)| i), Some(1));
    assert_eq!(timer.remaining(at(41.0)), secs(30.0));
    timer.back(at(42.0));
    assert_eq!(timer.current(at(42.0)).map(|(i, _)| i), Some(0));
    timer.back(at(42.5));
    assert_eq!(timer.current(at(42.5)).map(|(i, _)| i), Some(0));
    assert_eq!(timer.remaining(at(42.5)), secs(5.0));
}

#[test]
fn stop_ends_the_session_and_keeps_what_was_done() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.stop(at(50.0));
    assert_eq!(timer.status(at(50.0)), Status::Stopped);
    assert_eq!(timer.remaining(at(50.0)), Duration::ZERO);
    let summary = timer.summary(at(300.0));
    assert_eq!(summary.active_millis, 30_000 + 10_000);
    assert!(!summary.finished);
    assert!((timer.progress(at(300.0)) - 50.0 / 90.0).abs() < 1e-9);
    let cues = timer.advance(at(300.0));
    assert_eq!(cues, fixture_cues()[..6]);
    assert!(cues.iter().all(|c| c.kind != CueKind::Done));
}
