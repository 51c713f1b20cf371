//! Helpers for the timer engine tests: instants after a session origin, a small fixture routine
//! and every cue it plays straight through.

use chrono::{TimeZone, Utc};
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::{Pacing, Pressure, Routine, Side, Step};
use fresh_legs::core::timer::cue::{Cue, CueKind};
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::Timer;
use std::time::Duration;

pub const T0: i64 = 1_780_000_000_000;

/// The instant `seconds` after the session's origin.
pub fn at(seconds: f64) -> Moment {
    Moment::from_millis(T0 + (seconds * 1000.0).round() as i64)
}

pub fn secs(seconds: f64) -> Duration {
    Duration::from_millis((seconds * 1000.0).round() as u64)
}

pub fn step(muscle: BodyArea, side: Side, seconds: u32) -> Step {
    Step {
        muscle,
        tool: Some(MassageTool::FoamRoller),
        side,
        seconds,
        pressure: Pressure::MODERATE,
        instruction: String::new(),
    }
}

pub fn routine(steps: Vec<Step>) -> Routine {
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
pub fn fixture() -> Timer {
    Timer::for_routine(
        &routine(vec![
            step(BodyArea::Calves, Side::EachSide, 30),
            step(BodyArea::Hamstrings, Side::Both, 20),
        ]),
        Pacing::default(),
    )
}

pub fn cue(kind: CueKind, segment: usize, seconds: f64) -> Cue {
    Cue {
        kind,
        segment,
        at: at(seconds),
    }
}

pub fn start(step: usize, side: Side) -> CueKind {
    CueKind::StepStart { step, side }
}

/// Every cue of the fixture played straight through, with the instant each is due.
pub fn fixture_cues() -> Vec<Cue> {
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
