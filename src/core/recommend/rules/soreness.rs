//! Rule 6: after general work, soreness past the runner's limit (36 h by default) or any bruising
//! means it was too deep, so the next general session asks for a step lighter pressure. The
//! warning itself is one of Today's notices.

use crate::core::massage::MassageKind;
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::Planner;
use crate::core::recommend::follow_up::next_recommended_pressure;
use crate::core::recommend::rules::Rule;

pub struct Soreness;

impl Rule for Soreness {
    fn amend(&self, plan: &mut Planner) {
        let inputs = plan.facts.inputs;
        for day in &mut plan.days {
            let Some(session) = day
                .sessions
                .iter_mut()
                .find(|session| session.kind() == MassageKind::General)
            else {
                continue;
            };
            // Everything checked in by the end of the session's day counts.
            let lighter =
                next_recommended_pressure(inputs.log, day.to, inputs.profile.soreness_limit_hours);
            if lighter.is_some() {
                let recommendation = &mut session.recommendation;
                recommendation.advice = Advice::General { lighter };
                recommendation.reasons.push(Reason::StepLighter);
            }
        }
    }
}
