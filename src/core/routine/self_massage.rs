//! How much self-massage suits the moment (rule 8): short and light in race week, longer in hard
//! blocks. The length, the time per muscle and the tools come from the routine the runner would
//! start, so a card never says one length and plays another.

use crate::core::body::{BodyArea, MassageTool, ToolsOwned};
use crate::core::routine::fit::RoutinePick;
use crate::core::routine::pick::pick_routine;
// The situation has its own file so the words and the pick can name it without a circle.
pub use crate::core::routine::situation::SelfMassageContext;
use crate::core::routine::Pacing;
use std::collections::BTreeSet;

/// A suggested self-massage session; its words are in `routine::copy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfMassageDose {
    /// The built-in routine that plays this session; `None` when none fits the runner's tools,
    /// and the hands do the work.
    pub routine: Option<String>,
    pub minutes: u16,
    pub seconds_per_muscle: u32,
    /// Where to spend the time, without the areas to keep off.
    pub focus: Vec<BodyArea>,
    /// The tools the session uses, in order; empty means the hands.
    pub tools: Vec<MassageTool>,
}

/// A session with the hands for when no routine fits the runner's tools: minutes, seconds per
/// muscle and where, per situation, on docs/RULES.md's doses (rule 8) (30–60 s per muscle before
/// running, 60–120 s after and in hard blocks).
fn by_hand(context: SelfMassageContext) -> (u16, u32, &'static [BodyArea]) {
    use BodyArea::{Calves, Glutes, Hamstrings, HipFlexors, ItBand, Quads};
    match context {
        SelfMassageContext::RaceWeek => (5, 45, &[Calves, Quads, Hamstrings, Glutes]),
        SelfMassageContext::AfterRace => (8, 60, &[Quads, Calves, Hamstrings, Glutes]),
        SelfMassageContext::HardBlock => (12, 90, &[Calves, Hamstrings, HipFlexors, Glutes]),
        SelfMassageContext::Everyday => (10, 75, &[Calves, Quads, Hamstrings, ItBand, Glutes]),
    }
}

/// The session for `context` with the tools the runner owns, played with `pacing` and kept off
/// the areas in `keep_off`.
pub fn dose(
    context: SelfMassageContext,
    tools: ToolsOwned,
    pacing: Pacing,
    keep_off: &BTreeSet<BodyArea>,
) -> SelfMassageDose {
    dose_of(
        pick_routine(context.into(), tools, keep_off),
        context,
        pacing,
        keep_off,
    )
}

/// The session `pick` plays for `context`, or a session by hand when no routine fits.
pub fn dose_of(
    pick: Option<RoutinePick>,
    context: SelfMassageContext,
    pacing: Pacing,
    keep_off: &BTreeSet<BodyArea>,
) -> SelfMassageDose {
    if let Some(pick) = pick {
        let routine = pick.routine;
        let mut focus: Vec<BodyArea> = Vec::new();
        for step in &routine.steps {
            if !focus.contains(&step.muscle) {
                focus.push(step.muscle);
            }
        }
        return SelfMassageDose {
            minutes: routine.minutes(pacing),
            seconds_per_muscle: routine.seconds_per_muscle(),
            tools: routine.tools(),
            routine: Some(routine.name),
            focus,
        };
    }
    let (minutes, seconds_per_muscle, focus) = by_hand(context);
    SelfMassageDose {
        routine: None,
        minutes,
        seconds_per_muscle,
        focus: focus
            .iter()
            .copied()
            .filter(|area| !keep_off.contains(area))
            .collect(),
        tools: Vec::new(),
    }
}
