//! Rule 8: self-massage on every day left free, dosed for the situation (race week short and
//! light, after a race slow and gentle, a hard block longer and targeted), played by the built-in
//! routine that suits the runner's tools and kept off the day's injured or flagged areas.

use crate::core::body::BodyArea;
use crate::core::massage::MassageKind;
use crate::core::recommend::day::{Place, Recommendation};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;
use crate::core::routine::self_massage::{dose, SelfMassageContext, SelfMassageDose};
use std::collections::BTreeSet;

pub struct SelfMassage;

/// The session for `context` on day `day`, with the day's areas kept off.
fn dose_on(plan: &Planner, day: usize, context: SelfMassageContext) -> SelfMassageDose {
    let profile = plan.facts.inputs.profile;
    dose(
        context,
        profile.tools,
        profile.cues.pacing(),
        &plan.facts.keep_off[day],
    )
}

/// The flush at home that stands in for a therapist's session the budget cannot pay for, before
/// a race (`context` race week) or after one: its advice, real length and place.
pub fn home_flush(plan: &Planner, day: usize, context: SelfMassageContext) -> (Advice, u16, Place) {
    let dose = dose_on(plan, day, context);
    let advice = match dose.routine {
        Some(routine) => Advice::HomeFlush {
            routine,
            minutes: dose.minutes,
            before_race: context == SelfMassageContext::RaceWeek,
        },
        None => Advice::SelfMassage {
            context,
            seconds_per_muscle: dose.seconds_per_muscle,
        },
    };
    (advice, dose.minutes, Place::Home { tools: dose.tools })
}

impl Rule for SelfMassage {
    fn place(&self, plan: &mut Planner) {
        // Building the routines for each of a season's hundreds of days would dominate the plan's
        // time: most days share their situation and their areas with many others.
        let mut doses: Vec<(SelfMassageContext, BTreeSet<BodyArea>, SelfMassageDose)> = Vec::new();
        for day in 0..plan.facts.len() {
            if !plan.can_book(day, MassageKind::SelfMassage) {
                continue;
            }
            let context = plan.facts.context[day];
            let keep_off = &plan.facts.keep_off[day];
            let dose = match doses
                .iter()
                .find(|(c, areas, _)| *c == context && areas == keep_off)
            {
                Some((_, _, dose)) => dose.clone(),
                None => {
                    let dose = dose_on(plan, day, context);
                    doses.push((context, keep_off.clone(), dose.clone()));
                    dose
                }
            };
            let mut reasons = vec![Reason::SelfMassageDose(context)];
            if !keep_off.is_empty() {
                reasons.push(Reason::KeepOffInjuries {
                    areas: keep_off.iter().copied().collect(),
                });
            }
            let recommendation = Recommendation {
                kind: MassageKind::SelfMassage,
                advice: Advice::SelfMassage {
                    context,
                    seconds_per_muscle: dose.seconds_per_muscle,
                },
                minutes: Some(dose.minutes),
                place: Place::Home { tools: dose.tools },
                focus: dose.focus,
                avoid: Vec::new(),
                reasons,
                opens: None,
            };
            plan.book(
                day,
                Session {
                    race_id: None,
                    recommendation,
                    closes: None,
                },
            );
        }
    }
}
