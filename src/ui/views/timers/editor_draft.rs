//! The routine editor's form as typed, and its conversion into a validated routine.
//!
//! Seconds stay text until saving so a half-typed number is never lost; every other field is a
//! choice from a list, so it is always a valid value.

use crate::core::body::{BodyArea, MassageTool};
use crate::core::record::RecordId;
use crate::core::routine::{Pressure, Routine, Side, Step};
use crate::core::validation::FieldErrors;
use chrono::{DateTime, Utc};
use dioxus::prelude::{dioxus_stores, Store};

/// One step as the form shows it. A store, so each field edits its own part.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct StepDraft {
    pub muscle: BodyArea,
    /// `None` for a stretch.
    pub tool: Option<MassageTool>,
    pub side: Side,
    pub seconds: String,
    pub pressure: Pressure,
    pub instruction: String,
}

impl StepDraft {
    fn from_step(step: &Step) -> Self {
        StepDraft {
            muscle: step.muscle,
            tool: step.tool,
            side: step.side,
            seconds: step.seconds.to_string(),
            pressure: step.pressure,
            instruction: step.instruction.clone(),
        }
    }

    /// A new step: a minute per calf on the roller, the most common starting point.
    pub fn new() -> Self {
        StepDraft {
            muscle: BodyArea::Calves,
            tool: Some(MassageTool::FoamRoller),
            side: Side::EachSide,
            seconds: "60".into(),
            pressure: Pressure::MODERATE,
            instruction: String::new(),
        }
    }
}

/// What the editor's form holds. A store, so typing in one field re-renders that field alone.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct RoutineDraft {
    pub id: RecordId,
    pub name: String,
    pub steps: Vec<StepDraft>,
}

/// Problems found on saving: the routine's own (`name`, `steps`) and each step's, by position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftErrors {
    pub routine: FieldErrors,
    pub steps: Vec<FieldErrors>,
}

impl DraftErrors {
    /// The message for `field` of step `index`, if any.
    pub fn step(&self, index: usize, field: &str) -> Option<String> {
        self.steps
            .get(index)
            .and_then(|errors| errors.for_field(field))
            .map(str::to_string)
    }
}

impl RoutineDraft {
    /// A new routine with one step to change, under the id it will be saved with.
    pub fn blank(id: RecordId) -> Self {
        RoutineDraft {
            id,
            name: String::new(),
            steps: vec![StepDraft::new()],
        }
    }

    /// The form filled in from a saved routine.
    pub fn from_routine(routine: &Routine) -> Self {
        RoutineDraft {
            id: routine.id.clone(),
            name: routine.name.clone(),
            steps: routine.steps.iter().map(StepDraft::from_step).collect(),
        }
    }

    /// Swaps step `index` with its neighbour above (`up`) or below; does nothing at either end.
    pub fn move_step(&mut self, index: usize, up: bool) {
        let other = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        if let Some(other) = other.filter(|other| *other < self.steps.len()) {
            self.steps.swap(index, other);
        }
    }

    /// The routine this draft describes, stamped `updated_at`, or every problem found.
    pub fn to_routine(&self, updated_at: DateTime<Utc>) -> Result<Routine, DraftErrors> {
        let mut errors = DraftErrors::default();
        let mut steps = Vec::with_capacity(self.steps.len());
        for draft in &self.steps {
            let mut step_errors = FieldErrors::default();
            let seconds = draft.seconds.trim().parse::<u32>().unwrap_or_else(|_| {
                step_errors.push("seconds", "Enter the time as whole seconds, like 60.");
                0
            });
            let step = Step {
                muscle: draft.muscle,
                tool: draft.tool,
                side: draft.side,
                seconds,
                pressure: draft.pressure,
                instruction: draft.instruction.trim().to_string(),
            };
            // A field that did not even parse keeps its own message instead of a range message.
            if let Err(found) = step.validate() {
                for error in found.0 {
                    if step_errors.for_field(error.field).is_none() {
                        step_errors.0.push(error);
                    }
                }
            }
            errors.steps.push(step_errors);
            steps.push(step);
        }
        let routine = Routine {
            id: self.id.clone(),
            name: self.name.trim().to_string(),
            steps,
            built_in: false,
            updated_at,
        };
        let steps_ok = errors.steps.iter().all(FieldErrors::is_empty);
        if let Err(found) = routine.validate() {
            // Step problems are already shown beside each step; the list-level message is kept
            // only when it is about the list itself (no steps at all).
            for error in found.0 {
                if error.field != "steps" || steps_ok {
                    errors.routine.0.push(error);
                }
            }
        }
        if errors.routine.is_empty() && steps_ok {
            Ok(routine)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::body::ToolsOwned;
    use crate::core::routine::catalog::builtin_routines;

    #[test]
    fn a_routine_survives_the_round_trip_through_the_form() {
        let mut routine = builtin_routines(ToolsOwned::default()).remove(3);
        routine.built_in = false;
        let draft = RoutineDraft::from_routine(&routine);
        assert_eq!(draft.to_routine(routine.updated_at), Ok(routine));
    }

    #[test]
    fn problems_are_reported_beside_their_fields() {
        let mut draft = RoutineDraft::blank(RecordId("routine-test".into()));
        draft.steps.push(StepDraft::new());
        draft.steps[0].seconds = "a minute".into();
        draft.steps[1].seconds = "700".into();
        let errors = draft.to_routine(Utc::now()).unwrap_err();
        assert_eq!(
            errors.routine.for_field("name"),
            Some("Give the routine a name.")
        );
        assert!(errors.routine.for_field("steps").is_none(), "{errors:?}");
        assert_eq!(
            errors.step(0, "seconds").as_deref(),
            Some("Enter the time as whole seconds, like 60.")
        );
        assert!(errors.step(1, "seconds").unwrap().contains("600"));
    }

    #[test]
    fn an_empty_routine_is_refused_and_steps_move_within_bounds() {
        let mut draft = RoutineDraft::blank(RecordId("routine-test".into()));
        draft.name = "Evening".into();
        draft.steps.push(StepDraft {
            muscle: BodyArea::Feet,
            ..StepDraft::new()
        });
        draft.move_step(0, true);
        assert_eq!(draft.steps[0].muscle, BodyArea::Calves);
        draft.move_step(0, false);
        assert_eq!(draft.steps[0].muscle, BodyArea::Feet);
        draft.move_step(1, false);
        assert_eq!(draft.steps[1].muscle, BodyArea::Calves);
        draft.steps.clear();
        let errors = draft.to_routine(Utc::now()).unwrap_err();
        assert_eq!(
            errors.routine.for_field("steps"),
            Some("Add at least one step.")
        );
    }
}
