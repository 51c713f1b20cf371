//! The routine for the day: the built-in one that suits the situation and the runner's tools,
//! reshaped around any injury (rule 7).

use crate::core::body::{BodyArea, ToolsOwned};
use crate::core::routine::catalog::{
    builtin, CALVES_HAMSTRINGS_STICK, FULL_BODY, HARD_BLOCK_TARGETED, HIPS_GLUTES_BALL,
    POST_RACE_FLUSH, POST_RACE_STRETCH, PRE_RACE_FLUSH,
};
use crate::core::routine::fit::{fit_around_injuries, RoutinePick};
use crate::core::routine::situation::SelfMassageContext;
use crate::core::routine::Routine;
use std::collections::BTreeSet;

/// The part of the season a routine is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoutinePhase {
    /// Race week, up to the race itself: short and light.
    PreRace,
    /// The days after a race: gentle flushing.
    PostRace,
    /// From the finish to the end of the flush window: easy static stretches.
    PostRaceStretch,
    /// A hard training block or speed-work week: longer, targeted at calves, hamstrings and hips.
    HardBlock,
    /// Ordinary training.
    General,
}

impl From<SelfMassageContext> for RoutinePhase {
    /// The routine phase for the situation Today plans self-massage for.
    fn from(context: SelfMassageContext) -> Self {
        match context {
            SelfMassageContext::RaceWeek => RoutinePhase::PreRace,
            SelfMassageContext::AfterRace => RoutinePhase::PostRace,
            SelfMassageContext::HardBlock => RoutinePhase::HardBlock,
            SelfMassageContext::Everyday => RoutinePhase::General,
        }
    }
}

/// The built-in routine for `phase` that uses only tools the runner owns, reshaped around the
/// `injured` areas. `None` when nothing fits (e.g. only a ball in race week: ball work is
/// trigger-point work, too specific for the days before a race).
pub fn pick_routine(
    phase: RoutinePhase,
    tools: ToolsOwned,
    injured: &BTreeSet<BodyArea>,
) -> Option<RoutinePick> {
    first_fitting(&candidates(phase, tools), injured)
}

/// The built-in routines `phase` may offer a runner who owns `tools`, best first: those whose
/// every tool the runner owns. A season plan asks once and reshapes them day by day.
pub fn candidates(phase: RoutinePhase, tools: ToolsOwned) -> Vec<Routine> {
    let preference: &[&str] = match phase {
        RoutinePhase::PreRace => &[PRE_RACE_FLUSH],
        RoutinePhase::PostRace => &[POST_RACE_FLUSH],
        RoutinePhase::PostRaceStretch => &[POST_RACE_STRETCH],
        RoutinePhase::HardBlock => &[
            HARD_BLOCK_TARGETED,
            CALVES_HAMSTRINGS_STICK,
            HIPS_GLUTES_BALL,
        ],
        RoutinePhase::General => &[FULL_BODY, CALVES_HAMSTRINGS_STICK, HIPS_GLUTES_BALL],
    };
    preference
        .iter()
        .filter_map(|id| builtin(id, tools))
        .filter(|routine| {
            routine
                .steps
                .iter()
                .all(|step| step.tool.is_none_or(|tool| tools.has(tool)))
        })
        .collect()
}

/// The first of `candidates` with steps left once reshaped around the `injured` areas.
pub fn first_fitting(candidates: &[Routine], injured: &BTreeSet<BodyArea>) -> Option<RoutinePick> {
    candidates
        .iter()
        .map(|routine| fit_around_injuries(routine.clone(), injured))
        .find(|pick| !pick.routine.steps.is_empty())
}
