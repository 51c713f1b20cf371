//! The season plan as dated sessions: each day's hands-on session from the engine's grid, for the
//! Races screen's season view and the calendar export.

use crate::core::massage::MassageKind;
use crate::core::recommend::day::Place;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::{Engine, SeasonPlan};
use crate::core::recommend::inputs::PlanInputs;
use crate::core::record::RecordId;
use crate::core::zone::Zone;
use chrono::NaiveDate;

/// One dated item of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    /// The runner's local date.
    pub date: NaiveDate,
    pub kind: MassageKind,
    /// The race a pre- or post-event session belongs to.
    pub race_id: Option<RecordId>,
    pub minutes: u16,
    /// Why: the main reason first, then any notes.
    pub reasons: Vec<Reason>,
    /// Done at home (self-massage, or a flush the budget cannot pay a therapist for) rather than
    /// booked with a therapist.
    pub at_home: bool,
}

/// The plan for the runner's local dates `from..=to`; `local_tz` is where the runner lives.
pub fn plan(
    inputs: &PlanInputs,
    from: NaiveDate,
    to: NaiveDate,
    local_tz: Zone,
) -> Vec<PlannedSession> {
    sessions(&Engine::standard(inputs).plan(inputs, from, to, local_tz))
}

/// Each day's hands-on session of `plan`, in date order.
pub fn sessions(plan: &SeasonPlan) -> Vec<PlannedSession> {
    plan.days
        .iter()
        .filter_map(|day| {
            let session = day.main_session()?;
            let recommendation = &session.recommendation;
            Some(PlannedSession {
                date: day.date,
                kind: recommendation.kind,
                race_id: session.race_id.clone(),
                minutes: recommendation.minutes.unwrap_or_default(),
                reasons: recommendation.reasons.clone(),
                at_home: recommendation.place != Place::Therapist,
            })
        })
        .collect()
}
