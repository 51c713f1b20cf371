//! The cues scheduled ahead on the audio clock (`Timer::upcoming`): exactly the ones the timer
//! will report if nothing is touched, at the same instants, re-planned after every command.

use crate::common::timer::*;
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::routine::{Pacing, Pressure, Side, Step};
use fresh_legs::core::timer::cue::{Cue, CueKind};
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::Timer;
use proptest::prelude::*;

/// `cues` moved `seconds` later, as a pause of that long moves them.
fn shifted(cues: &[Cue], seconds: f64) -> Vec<Cue> {
    let by = (seconds * 1000.0) as i64;
    cues.iter()
        .map(|cue| Cue {
            at: Moment::from_millis(cue.at.as_millis() + by),
            ..*cue
        })
        .collect()
}

#[test]
fn a_started_routine_plans_every_later_cue_up_to_done() {
    let mut timer = fixture();
    timer.start(at(0.0));
    // The get-ready cue is due at the start itself: the next advance reports it, so the shell
    // plays it at once rather than scheduling it.
    assert_eq!(timer.upcoming(at(0.0)), fixture_cues()[1..]);
    assert_eq!(timer.upcoming(at(21.0)), fixture_cues()[3..]);
    assert_eq!(timer.upcoming(at(89.9)), fixture_cues()[11..]);
    assert!(
        timer.upcoming(at(90.0)).is_empty(),
        "done is due, nothing after it"
    );
}

#[test]
fn a_pause_clears_the_plan_and_a_resume_plans_the_rest_later() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(12.0));
    timer.pause(at(12.0));
    assert!(timer.upcoming(at(12.0)).is_empty());
    assert!(timer.upcoming(at(40.0)).is_empty(), "a pause has no future");
    timer.resume(at(42.0));
    assert_eq!(
        timer.upcoming(at(42.0)),
        shifted(&fixture_cues()[2..], 30.0)
    );
}

#[test]
fn a_skip_plans_from_the_next_segment_and_back_replans_the_step() {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(10.0));
    timer.skip(at(10.0));
    // The calves' left side (segment 1) began at 5 s; skipping at 10 s starts the switch now.
    let expected: Vec<Cue> = fixture_cues()[4..]
        .iter()
        .map(|cue| Cue {
            at: Moment::from_millis(cue.at.as_millis() - 25_000),
            ..*cue
        })
        .collect();
    assert_eq!(timer.upcoming(at(10.0)), expected[1..]);
    assert_eq!(timer.advance(at(10.0)), vec![expected[0]]);
    timer.advance(at(11.0));
    timer.back(at(11.0));
    // One second into the switch, "Previous step" goes back to the left side from its start.
    let replayed = shifted(&fixture_cues()[1..], 6.0);
    assert_eq!(timer.advance(at(11.0)), vec![replayed[0]]);
    assert_eq!(timer.upcoming(at(11.0)), replayed[1..]);
}

#[test]
fn an_ended_or_unstarted_timer_plans_nothing() {
    let fresh = fixture();
    assert!(fresh.upcoming(at(0.0)).is_empty());
    let mut stopped = fixture();
    stopped.start(at(0.0));
    stopped.stop(at(3.0));
    assert!(stopped.upcoming(at(3.0)).is_empty());
}

/// The instants a routine played straight through cues at, worked out here from the step lengths
/// and the announced rules (halfway on steps of 20 s or more, the warning 5 s before the end of
/// steps of 10 s or more), not from the timer.
fn cue_instants(steps: &[Step], pacing: Pacing) -> Vec<i64> {
    let mut instants = Vec::new();
    let mut clock = 0i64;
    let mut segment = |seconds: u32, work: bool, instants: &mut Vec<i64>| {
        if seconds == 0 {
            return;
        }
        let length = i64::from(seconds) * 1000;
        instants.push(clock);
        if work && seconds >= 20 {
            instants.push(clock + length / 2);
        }
        if work && seconds >= 10 {
            instants.push(clock + length - 5000);
        }
        clock += length;
    };
    segment(pacing.get_ready_seconds, false, &mut instants);
    for step in steps {
        let sides = if step.side == Side::EachSide { 2 } else { 1 };
        for side in 0..sides {
            if side == 1 {
                segment(pacing.switch_sides_seconds, false, &mut instants);
            }
            segment(step.seconds, true, &mut instants);
        }
    }
    instants.push(clock);
    instants
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Planned from any instant of a routine played straight through, the cues still to come are
    /// those the rules put after that instant.
    #[test]
    fn the_plan_holds_every_cue_the_rules_put_after_now(
        lengths in prop::collection::vec((5u32..=90, any::<bool>()), 1..5),
        ready in 0u32..=8,
        switch in 0u32..=8,
        at_millis in 0i64..600_000,
    ) {
        let steps: Vec<Step> = lengths
            .iter()
            .map(|&(seconds, each_side)| Step {
                muscle: BodyArea::Quads,
                tool: Some(MassageTool::FoamRoller),
                side: if each_side { Side::EachSide } else { Side::Both },
                seconds,
                pressure: Pressure::MODERATE,
                instruction: String::new(),
            })
            .collect();
        let pacing = Pacing { get_ready_seconds: ready, switch_sides_seconds: switch };
        let mut timer = Timer::for_routine(&routine(steps.clone()), pacing);
        timer.start(at(0.0));
        let now = Moment::from_millis(T0 + at_millis);
        let planned: Vec<i64> = timer.upcoming(now).iter().map(|cue| cue.at.as_millis() - T0).collect();
        let expected: Vec<i64> = cue_instants(&steps, pacing).into_iter().filter(|&t| t > at_millis).collect();
        prop_assert_eq!(planned, expected);
        let planned_kinds: Vec<bool> = timer.upcoming(now).iter().map(|cue| cue.kind == CueKind::Done).collect();
        prop_assert!(planned_kinds.iter().rev().skip(1).all(|done| !done), "done comes last only");
    }
}
