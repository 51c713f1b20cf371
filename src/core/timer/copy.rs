//! What the player says and shows about a segment: step titles, "next" lines and spoken prompts.
//!
//! Pure text from the routine and the cue, so the screen and the voice always agree and both can be
//! tested without a speaker. The wording is in `i18n/<language>/timers.ftl`.

use crate::core::body::MassageTool;
use crate::core::routine::{Routine, Segment, SegmentKind, Side};
use crate::core::timer::cue::{CueKind, WARNING_SECONDS};
use crate::core::words::{message, message_with, Arg};

/// The work segment that comes after `segment`, as (step index, side); `None` after the last one.
pub fn next_work(segments: &[Segment], segment: usize) -> Option<(usize, Side)> {
    segments
        .iter()
        .skip(segment + 1)
        .find_map(|next| match next.kind {
            SegmentKind::Work { step, side } => Some((step, side)),
            SegmentKind::GetReady | SegmentKind::SwitchSides { .. } => None,
        })
}

/// A step as a short phrase, e.g. "Calves, left side, with the foam roller".
pub fn describe_work(routine: &Routine, step: usize, side: Side) -> String {
    let Some(found) = routine.steps.get(step) else {
        return String::new();
    };
    let area = Arg::from(found.muscle.label());
    let side = side_key(side);
    match found.tool {
        Some(tool) => {
            let with = message(match tool {
                MassageTool::FoamRoller => "timers-with-foam-roller",
                MassageTool::Stick => "timers-with-stick",
                MassageTool::Ball => "timers-with-ball",
            });
            message_with(
                "timers-work-tool",
                &[("area", area), ("side", side), ("with", Arg::from(with))],
            )
        }
        None => message_with("timers-work-stretch", &[("area", area), ("side", side)]),
    }
}

/// The side as the messages choose by it: a side named only when the step works one side.
pub fn side_key(side: Side) -> Arg<'static> {
    Arg::from(match side {
        Side::Left => "left",
        Side::Right => "right",
        Side::Both | Side::EachSide => "none",
    })
}

/// The title of a segment on screen: the step's area, "Get ready" or "Switch sides".
pub fn segment_title(routine: &Routine, segment: &Segment) -> String {
    match segment.kind {
        SegmentKind::GetReady => message("timers-get-ready"),
        SegmentKind::SwitchSides { .. } => message("timers-switch-sides"),
        SegmentKind::Work { step, .. } => routine
            .steps
            .get(step)
            .map(|found| found.muscle.label())
            .unwrap_or_default(),
    }
}

/// Where the runner is in the routine, counting each side as a step of its own, e.g. "Step 2 of
/// 12" on the right calf after the left; switching sides already counts the side to come. Getting
/// ready (and outside the steps), how many there are.
pub fn step_position(segments: &[Segment], segment: Option<usize>) -> String {
    let is_work = |segment: &Segment| matches!(segment.kind, SegmentKind::Work { .. });
    let total = segments.iter().filter(|segment| is_work(segment)).count();
    let done_before = |index: usize| segments[..index].iter().filter(|s| is_work(s)).count();
    let number = segment
        .filter(|index| *index < segments.len())
        .and_then(|index| match segments[index].kind {
            SegmentKind::GetReady => None,
            SegmentKind::Work { .. } | SegmentKind::SwitchSides { .. } => {
                Some(done_before(index) + 1)
            }
        });
    match number {
        Some(number) => message_with(
            "timers-step-of",
            &[
                ("number", Arg::from(number.min(total))),
                ("total", Arg::from(total)),
            ],
        ),
        None => message_with("timers-steps", &[("count", Arg::from(total))]),
    }
}

/// The title of a segment on the lock screen, which has room for one line: the step with its
/// side and tool, or "Get ready", "Switch sides".
pub fn lock_screen_title(routine: &Routine, segment: &Segment) -> String {
    match segment.kind {
        SegmentKind::Work { step, side } => describe_work(routine, step, side),
        SegmentKind::GetReady | SegmentKind::SwitchSides { .. } => segment_title(routine, segment),
    }
}

/// The sentence to speak for a cue in `segment`. Transitions name what comes next, because the
/// runner is lying on the roller and cannot read the screen.
pub fn spoken_prompt(
    routine: &Routine,
    segments: &[Segment],
    segment: usize,
    kind: CueKind,
) -> String {
    let next =
        || next_work(segments, segment).map(|(step, side)| describe_work(routine, step, side));
    let seconds = || ("seconds", Arg::from(WARNING_SECONDS));
    match kind {
        CueKind::GetReady => match next() {
            Some(first) => message_with("timers-say-get-ready-first", &[("first", first.into())]),
            None => message("timers-say-get-ready"),
        },
        CueKind::StepStart { step, side } => message_with(
            "timers-say-step",
            &[("step", describe_work(routine, step, side).into())],
        ),
        CueKind::Halfway => message("timers-say-halfway"),
        CueKind::SwitchSides => match next() {
            Some(other) => message_with("timers-say-switch-sides-next", &[("next", other.into())]),
            None => message("timers-say-switch-sides"),
        },
        CueKind::FiveSecondWarning => match next() {
            Some(coming) => message_with(
                "timers-say-warning-next",
                &[seconds(), ("next", coming.into())],
            ),
            None => message_with("timers-say-warning-last", &[seconds()]),
        },
        CueKind::Done => message("timers-say-done"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::routine::catalog::builtin_routines;
    use crate::core::routine::Pacing;

    #[test]
    fn prompts_name_the_next_step_and_the_side() {
        let routine = builtin_routines(crate::core::body::ToolsOwned::default()).remove(0);
        let segments = routine.segments(Pacing::default());
        assert_eq!(
            spoken_prompt(&routine, &segments, 0, CueKind::GetReady),
            "Get ready. First: Calves, left side, with the foam roller."
        );
        assert_eq!(
            spoken_prompt(&routine, &segments, 1, CueKind::FiveSecondWarning),
            "5 seconds. Next: Calves, right side, with the foam roller."
        );
        assert_eq!(
            spoken_prompt(&routine, &segments, 2, CueKind::SwitchSides),
            "Switch sides. Next: Calves, right side, with the foam roller."
        );
        let last = segments.len() - 1;
        assert_eq!(
            spoken_prompt(&routine, &segments, last, CueKind::FiveSecondWarning),
            "5 seconds left. Last one."
        );
        assert_eq!(segment_title(&routine, &segments[2]), "Switch sides");
        assert_eq!(segment_title(&routine, &segments[1]), "Calves");
    }

    /// Each side counts: after the left calf, the switch and the right calf are the second step.
    #[test]
    fn the_step_counter_counts_sides() {
        let routine = builtin_routines(crate::core::body::ToolsOwned::default()).remove(0);
        let segments = routine.segments(Pacing::default());
        let work = segments
            .iter()
            .filter(|segment| matches!(segment.kind, SegmentKind::Work { .. }))
            .count();
        assert!(
            work > routine.steps.len(),
            "the first routine has two-sided steps"
        );
        assert_eq!(step_position(&segments, Some(0)), format!("{work} steps"));
        assert_eq!(
            step_position(&segments, Some(1)),
            format!("Step 1 of {work}")
        );
        assert_eq!(
            step_position(&segments, Some(2)),
            format!("Step 2 of {work}")
        );
        assert_eq!(
            step_position(&segments, Some(3)),
            format!("Step 2 of {work}")
        );
        let last = segments.len() - 1;
        assert_eq!(
            step_position(&segments, Some(last)),
            format!("Step {work} of {work}")
        );
        assert_eq!(step_position(&segments, None), format!("{work} steps"));
    }
}
