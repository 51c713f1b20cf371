//! Timer cues: what the shell announces, and where in each segment the announcements fall.

use crate::core::routine::{Segment, SegmentKind, Side};
use crate::core::timer::moment::Moment;
use serde::{Deserialize, Serialize};

/// Work segments at least this long get a halfway cue; on shorter ones it would crowd the others.
pub const HALFWAY_MIN_SECONDS: u32 = 20;
/// The warning comes this long before a work segment ends.
pub const WARNING_SECONDS: u32 = 5;
/// Work segments at least this long get the warning; shorter ones would hear it right at the start.
pub const WARNING_MIN_SECONDS: u32 = 10;

/// What the shell should announce (sound, vibration, speech).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CueKind {
    /// The get-ready countdown began.
    GetReady,
    /// Massage time for `steps[step]` began on `side` (never `EachSide`).
    StepStart { step: usize, side: Side },
    /// Half of a long work segment is done.
    Halfway,
    /// The switch-sides gap began.
    SwitchSides,
    /// Five seconds of the work segment are left; a good moment to name the next step.
    FiveSecondWarning,
    /// The routine played to its end.
    Done,
}

/// One cue, with the segment it belongs to and the instant it was due.
///
/// After a long gap [`Timer::advance`](crate::core::timer::Timer::advance) reports every cue that
/// was passed, each with its own `at`, so the shell can announce only the recent ones instead of a
/// burst of stale beeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cue {
    /// What to announce.
    pub kind: CueKind,
    /// Index into the timer's segments; `Done` carries the last segment.
    pub segment: usize,
    /// When it was due, which after a gap can be well before it was reported.
    pub at: Moment,
}

/// The cues of one segment as (milliseconds into the segment, kind), in time order. `Done` is not
/// here: it belongs to the end of the routine, not to a segment.
pub fn cue_points(segment: &Segment) -> impl Iterator<Item = (i64, CueKind)> {
    let len = segment.millis();
    let (start, work) = match segment.kind {
        SegmentKind::GetReady => (CueKind::GetReady, false),
        SegmentKind::SwitchSides { .. } => (CueKind::SwitchSides, false),
        SegmentKind::Work { step, side } => (CueKind::StepStart { step, side }, true),
    };
    let halfway =
        (work && segment.seconds >= HALFWAY_MIN_SECONDS).then_some((len / 2, CueKind::Halfway));
    let warning = (work && segment.seconds >= WARNING_MIN_SECONDS).then_some((
        len - i64::from(WARNING_SECONDS) * 1000,
        CueKind::FiveSecondWarning,
    ));
    std::iter::once((0, start)).chain(halfway).chain(warning)
}
