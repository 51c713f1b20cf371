//! A routine reshaped around the runner's injuries (rule 7), with what changed so the screens can
//! say why.

use crate::core::body::BodyArea;
use crate::core::routine::anatomy::{beside, presses, presses_on};
use crate::core::routine::{Pressure, Routine};
use std::collections::BTreeSet;

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

/// The injured areas that would take a step out of one of `routines` (and so change its length):
/// each step's own area and the areas it presses on.
pub fn areas_that_shorten(routines: &[Routine]) -> BTreeSet<BodyArea> {
    routines
        .iter()
        .flat_map(|routine| &routine.steps)
        .flat_map(|step| {
            std::iter::once(step.muscle).chain(presses_on(step.muscle).iter().copied())
        })
        .collect()
}
