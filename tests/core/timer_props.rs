//! Properties of the timer over random routines and random pause/resume/skip/back sequences.

use chrono::DateTime;
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::{Pacing, Pressure, Routine, Side, Step};
use fresh_legs::core::timer::cue::{Cue, CueKind};
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::{Status, Timer};
use proptest::prelude::*;
use std::collections::HashSet;
use std::time::Duration;

const ORIGIN: i64 = 1_780_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Advance,
    Pause,
    Resume,
    Skip,
    Back,
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![
        Just(Side::Left),
        Just(Side::Right),
        Just(Side::Both),
        Just(Side::EachSide)
    ]
}

fn routine_and_pacing() -> impl Strategy<Value = (Routine, Pacing)> {
    let step = (0..BodyArea::ALL.len(), side(), 5u32..=90).prop_map(|(area, side, seconds)| Step {
        muscle: BodyArea::ALL[area],
        tool: Some(MassageTool::FoamRoller),
        side,
        seconds,
        pressure: Pressure::MODERATE,
        instruction: String::new(),
    });
    (prop::collection::vec(step, 1..6), 0u32..=8, 0u32..=8).prop_map(|(steps, ready, switch)| {
        let routine = Routine {
            id: RecordId("custom-prop".into()),
            name: "Random".into(),
            steps,
            built_in: false,
            updated_at: DateTime::UNIX_EPOCH,
        };
        let pacing = Pacing {
            get_ready_seconds: ready,
            switch_sides_seconds: switch,
        };
        (routine, pacing)
    })
}

/// Commands at increasing instants: gaps up to 40 s, so sequences cover whole routines. Gaps are
/// whole quarter seconds so commands often land exactly on a cue's instant, the likeliest place
/// for a cue to be reported twice or lost.
fn ops(choices: Vec<Op>) -> impl Strategy<Value = Vec<(i64, Op)>> {
    let gap = prop_oneof![
        (0i64..160).prop_map(|quarters| quarters * 250),
        0i64..40_000
    ];
    prop::collection::vec((gap, prop::sample::select(choices)), 0..40)
}

/// What a run of commands produced.
struct Run {
    timer: Timer,
    cues: Vec<Cue>,
    /// Milliseconds spent paused before the routine ended.
    paused_ms: i64,
    /// Skips made while paused: a segment entered and left while paused is never announced.
    paused_skips: usize,
    end: Moment,
}

/// Starts at the origin, applies every command, checking the per-instant invariants as it goes,
/// then resumes if needed and lets the routine run out.
fn drive(timer: Timer, commands: &[(i64, Op)]) -> Result<Run, TestCaseError> {
    let mut timer = timer;
    let total_ms: u64 = timer
        .segments()
        .iter()
        .map(|s| u64::from(s.seconds) * 1000)
        .sum();
    let mut now = ORIGIN;
    timer.start(Moment::from_millis(now));
    let mut cues = Vec::new();
    let mut paused_since = None;
    let mut paused_ms = 0;
    let mut paused_skips = 0;
    let mut apply = |timer: &mut Timer, now: i64, op: Op, cues: &mut Vec<Cue>| {
        let moment = Moment::from_millis(now);
        let status = timer.status(moment);
        match op {
            Op::Advance => cues.extend(timer.advance(moment)),
            Op::Pause => {
                if status == Status::Running {
                    paused_since = Some(now);
                }
                timer.pause(moment);
            }
            Op::Resume => {
                if let Some(since) = paused_since.take() {
                    paused_ms += now - since;
                }
                timer.resume(moment);
            }
            Op::Skip => {
                paused_skips += usize::from(status == Status::Paused);
                timer.skip(moment);
            }
            Op::Back => timer.back(moment),
        }
    };
    for &(gap, op) in commands {
        now += gap;
        apply(&mut timer, now, op, &mut cues);
        let moment = Moment::from_millis(now);
        let remaining = timer.remaining(moment);
        match timer.current(moment) {
            Some((_, segment)) => {
                prop_assert!(remaining <= Duration::from_secs(u64::from(segment.seconds)));
                if timer.status(moment) == Status::Running {
                    prop_assert!(remaining > Duration::ZERO);
                }
            }
            None => prop_assert_eq!(remaining, Duration::ZERO),
        }
        prop_assert!(timer.routine_remaining(moment) <= Duration::from_millis(total_ms));
        prop_assert!(timer.routine_remaining(moment) >= remaining);
        let progress = timer.progress(moment);
        prop_assert!((0.0..=1.0).contains(&progress), "progress {}", progress);
    }
    apply(&mut timer, now, Op::Resume, &mut cues);
    let end = Moment::from_millis(now + total_ms as i64 + 1);
    cues.extend(timer.advance(end));
    Ok(Run {
        timer,
        cues,
        paused_ms,
        paused_skips,
        end,
    })
}

/// Every cue a segment list should produce when played straight through, counted by rule.
fn expected_cue_count(timer: &Timer) -> usize {
    let per_segment: usize = timer
        .segments()
        .iter()
        .map(|s| {
            1 + usize::from(s.is_work() && s.seconds >= 20)
                + usize::from(s.is_work() && s.seconds >= 10)
        })
        .sum();
    per_segment + 1
}

fn assert_each_cue_once(cues: &[Cue]) -> Result<(), TestCaseError> {
    let mut seen = HashSet::new();
    for cue in cues {
        prop_assert!(
            seen.insert((cue.segment, cue.kind)),
            "reported twice: {:?}",
            cue
        );
    }
    prop_assert_eq!(cues.iter().filter(|c| c.kind == CueKind::Done).count(), 1);
    prop_assert!(
        cues.windows(2).all(|pair| pair[0].at <= pair[1].at),
        "cues out of order"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Pauses and resumes never lose or add massage time, and push the end back by exactly the
    /// time spent paused.
    #[test]
    fn pauses_keep_active_time_and_shift_the_end(
        (routine, pacing) in routine_and_pacing(),
        commands in ops(vec![Op::Advance, Op::Pause, Op::Resume]),
    ) {
        let run = drive(Timer::for_routine(&routine, pacing), &commands)?;
        let summary = run.timer.summary(run.end);
        prop_assert!(summary.finished);
        prop_assert_eq!(summary.active_millis, u64::from(routine.active_seconds()) * 1000);
        assert_each_cue_once(&run.cues)?;
        prop_assert_eq!(run.cues.len(), expected_cue_count(&run.timer));
        let done = run.cues.last().expect("at least Done");
        let total_ms = i64::from(routine.total_seconds(pacing)) * 1000;
        prop_assert_eq!(done.at.as_millis(), ORIGIN + total_ms + run.paused_ms);
    }

    /// Skips drop time and cues but never report a cue twice or count more than the routine holds.
    #[test]
    fn skips_never_repeat_cues_or_inflate_active_time(
        (routine, pacing) in routine_and_pacing(),
        commands in ops(vec![Op::Advance, Op::Pause, Op::Resume, Op::Skip]),
    ) {
        let run = drive(Timer::for_routine(&routine, pacing), &commands)?;
        let summary = run.timer.summary(run.end);
        prop_assert!(summary.finished);
        prop_assert!(summary.active_millis <= u64::from(routine.active_seconds()) * 1000);
        assert_each_cue_once(&run.cues)?;
        prop_assert!(run.cues.len() <= expected_cue_count(&run.timer));
        // Skipping still enters every segment, so each announces its start, unless it was entered
        // and left while paused (the announcement waits for "Resume").
        let starts = run.cues.iter().filter(|c| {
            matches!(c.kind, CueKind::GetReady | CueKind::SwitchSides | CueKind::StepStart { .. })
        }).count();
        let segments = run.timer.segments().len();
        prop_assert!(starts <= segments && starts + run.paused_skips >= segments);
    }

    /// With "Previous step" in the mix, the per-instant invariants still hold, every cue was due by
    /// the time it was reported, and active time never exceeds the time the session ran.
    #[test]
    fn back_keeps_time_bounded(
        (routine, pacing) in routine_and_pacing(),
        commands in ops(vec![Op::Advance, Op::Pause, Op::Resume, Op::Skip, Op::Back]),
    ) {
        let run = drive(Timer::for_routine(&routine, pacing), &commands)?;
        let summary = run.timer.summary(run.end);
        prop_assert_eq!(run.timer.status(run.end), Status::Finished);
        let wall_ms = run.end.as_millis() - ORIGIN;
        prop_assert!(summary.active_millis <= u64::try_from(wall_ms).unwrap());
        prop_assert!(run.cues.iter().all(|c| c.at.as_millis() >= ORIGIN && c.at <= run.end));
        prop_assert_eq!(run.cues.iter().filter(|c| c.kind == CueKind::Done).count(), 1);
    }

    /// How often the shell wakes up does not change what it hears: advancing at random instants
    /// gives the same cues, at the same due instants, as one advance at the end.
    #[test]
    fn cues_do_not_depend_on_how_often_the_timer_is_polled(
        (routine, pacing) in routine_and_pacing(),
        wakeups in prop::collection::vec(prop_oneof![(0i64..120).prop_map(|q| q * 250), 0i64..30_000], 0..60),
    ) {
        let mut polled = Timer::for_routine(&routine, pacing);
        let mut once = polled.clone();
        polled.start(Moment::from_millis(ORIGIN));
        once.start(Moment::from_millis(ORIGIN));
        let mut now = ORIGIN;
        let mut cues = Vec::new();
        for gap in wakeups {
            now += gap;
            cues.extend(polled.advance(Moment::from_millis(now)));
            prop_assert_eq!(polled.summary(Moment::from_millis(now)), once.summary(Moment::from_millis(now)));
        }
        let end = Moment::from_millis(now.max(ORIGIN + 1_000_000));
        cues.extend(polled.advance(end));
        prop_assert_eq!(cues, once.advance(end));
    }
}
