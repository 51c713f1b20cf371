//! The routine for the day: the built-in one that suits the situation and the runner's tools,
//! reshaped around any injury (rule 7).

use crate::core::body::{BodyArea, ToolsOwned};
use crate::core::routine::anatomy::{beside, presses};
use crate::core::routine::catalog::{
    builtin, CALVES_HAMSTRINGS_STICK, FULL_BODY, HARD_BLOCK_TARGETED, HIPS_GLUTES_BALL,
    POST_RACE_FLUSH, POST_RACE_STRETCH, PRE_RACE_FLUSH,
};
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::routine::{Pressure, Routine};
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

/// A step changed because of an injury: the step's area and the injured area that changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub area: BodyArea,
    pub injured: BodyArea,
}

/// A routine reshaped around the runner's injuries, with what changed so the screens can say why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutinePick {
    /// The routine without the steps that press on an injury, and light beside one.
    pub routine: Routine,
    /// Steps left out: they work an injured area or press on it.
    pub left_out: Vec<Change>,
    /// Steps kept light: they lie next to an injured area.
    pub softened: Vec<Change>,
}

/// The built-in routine for `phase` that uses only tools the runner owns, reshaped around the
/// `injured` areas. `None` when nothing fits (e.g. only a ball in race week: ball work is
/// trigger-point work, too specific for the days before a race).
pub fn pick_routine(
    phase: RoutinePhase,
    tools: ToolsOwned,
    injured: &BTreeSet<BodyArea>,
) -> Option<RoutinePick> {
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
        .map(|routine| fit_around_injuries(routine, injured))
        .find(|pick| !pick.routine.steps.is_empty())
}

/// `routine` reshaped around `injured` areas (rule 7: injured tissue is for a professional): a
/// step that works an injured area or presses on it is left out, and a step next to one stays
/// light. The player applies this to every routine it plays, built in or the runner's own, so no
/// path leads to work on an injury or deep pressure beside one.
pub fn fit_around_injuries(mut routine: Routine, injured: &BTreeSet<BodyArea>) -> RoutinePick {
    let mut left_out = Vec::new();
    let mut softened = Vec::new();
    routine.steps.retain_mut(|step| {
        if let Some(&hurt) = injured.iter().find(|hurt| presses(step.muscle, **hurt)) {
            note(
                &mut left_out,
                Change {
                    area: step.muscle,
                    injured: hurt,
                },
            );
            return false;
        }
        if let Some(&hurt) = injured.iter().find(|hurt| beside(step.muscle, **hurt)) {
            step.pressure = step.pressure.at_most(Pressure::LIGHT);
            note(
                &mut softened,
                Change {
                    area: step.muscle,
                    injured: hurt,
                },
            );
        }
        true
    });
    RoutinePick {
        routine,
        left_out,
        softened,
    }
}

/// Adds `change` to `list` once: a routine may work the same area twice.
fn note(list: &mut Vec<Change>, change: Change) {
    if !list.contains(&change) {
        list.push(change);
    }
}
