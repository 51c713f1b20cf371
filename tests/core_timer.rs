//! Table tests of the guided-session timer: fixed routines, fixed instants, exact expectations.

use chrono::{TimeZone, Utc};
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::{Pacing, Pressure, Routine, SegmentKind, Side, Step};
use fresh_legs::core::timer::cue::{Cue, CueKind};
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::{Status, Timer};
use std::time::Duration;

const T0: i64 = 1_780_000_000_000;

/// The instant `seconds` after the session's origin.
fn at(seconds: f64) -> Moment {
    Moment::from_millis(T0 + (seconds * 1000.0).round() as i64)
}

fn secs(seconds: f64) -> Duration {
    Duration::from_millis((seconds * 1000.0).round() as u64)
}

fn step(muscle: BodyArea, side: Side, seconds: u32) -> Step {
    Step {
        muscle,
        tool: MassageTool::FoamRoller,
        side,
        seconds,
        pressure: Pressure::MODERATE,
        instruction: String::new(),
    }
}

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: RecordId("custom-1".into()),
        name: "Test".into(),
        steps,
        built_in: false,
        updated_at: Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
    }
}

/// Segments: 0 get ready 5 s | 1 calves left 30 s | 2 switch 5 s | 3 calves right 30 s |
/// 4 hamstrings both 20 s. Total 90 s, of which 80 s are massage.
fn fixture() -> Timer {
    Timer::for_routine(
        &routine(vec![
            step(BodyArea::Calves, Side::EachSide, 30),
            step(BodyArea::Hamstrings, Side::Both, 20),
        ]),
        Pacing::default(),
    )
}

fn cue(kind: CueKind, segment: usize, seconds: f64) -> Cue {
    Cue {
        kind,
        segment,
        at: at(seconds),
    }
}

fn start(step: usize, side: Side) -> CueKind {
    CueKind::StepStart { step, side }
}

/// Every cue of the fixture played straight through, with the instant each is due.
fn fixture_cues() -> Vec<Cue> {
    vec![
        cue(CueKind::GetReady, 0, 0.0),
        cue(start(0, Side::Left), 1, 5.0),
        cue(CueKind::Halfway, 1, 20.0),
        cue(CueKind::FiveSecondWarning, 1, 30.0),
        cue(CueKind::SwitchSides, 2, 35.0),
        cue(start(0, Side::Right), 3, 40.0),
        cue(CueKind::Halfway, 3, 55.0),
        cue(CueKind::FiveSecondWarning, 3, 65.0),
        cue(start(1, Side::Both), 4, 70.0),
        cue(CueKind::Halfway, 4, 80.0),
        cue(CueKind::FiveSecondWarning, 4, 85.0),
        cue(CueKind::Done, 4, 90.0),
    ]
}

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
