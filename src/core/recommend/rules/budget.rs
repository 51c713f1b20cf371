//! Rule 5, the budget as a ceiling: no general massage without a budget, none once the stretch the
//! budget counts (a calendar month, any year, a training block) holds as many therapist sessions
//! as it allows, counting those had, booked and planned. A budget below one a month is kept for
//! the A races' sessions and the hardest blocks; smaller races get self-massage instead.

use crate::core::massage::MassageKind;
use crate::core::race::Priority;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::ledger::{Budget, Full};
use crate::core::recommend::engine::Planner;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::rules::Rule;

pub struct BudgetCeiling;

impl Rule for BudgetCeiling {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        let budget = plan.ledger.budget();
        match kind {
            MassageKind::General => general(plan, day, budget),
            MassageKind::PreEvent | MassageKind::PostEvent => {
                let Budget::Tight(limit) = budget else {
                    return None;
                };
                let facts = &plan.facts;
                let races: Vec<_> = facts
                    .windows
                    .iter()
                    .filter(|w| match kind {
                        MassageKind::PreEvent => {
                            facts.day_overlaps(day, w.pre_event_start, w.start)
                        }
                        _ => facts.day_overlaps(day, w.flush_start, w.flush_end),
                    })
                    .collect();
                let only_smaller =
                    !races.is_empty() && races.iter().all(|w| w.priority != Priority::A);
                only_smaller.then_some(Reason::TightBudgetForARaces { limit })
            }
            MassageKind::Injury | MassageKind::SelfMassage => None,
        }
    }
}

/// Whether race `w`'s own sessions stay off a therapist's table because a budget below one a month
/// is kept for the A races (rule 5). Asked by the race's own booking, so a smaller race whose day
/// it shares with an A race's window (the keeps-off above looks at the day) is held too.
pub fn kept_for_a_races(plan: &Planner, w: &RaceWindows) -> bool {
    matches!(plan.ledger.budget(), Budget::Tight(_)) && w.priority != Priority::A
}

fn general(plan: &Planner, day: usize, budget: Budget) -> Option<Reason> {
    let date = plan.facts.date(day);
    match plan.budget_room(day) {
        Ok(()) => None,
        Err(Full::NoBudget) => Some(Reason::NoBudget),
        // A budget per block is placed in the blocks by the rhythm (rule 5); outside them there
        // is nothing to say beyond where the plan has its sessions.
        Err(Full::OutsideBlocks) => None,
        Err(Full::Spent) => {
            let planned = plan.days.iter().find(|other| {
                other.date != date
                    && other.session(MassageKind::General).is_some()
                    && plan.ledger.shares_stretch(other.date, date)
            });
            Some(match (planned, budget) {
                (Some(other), _) => Reason::PlannedFor {
                    kind: MassageKind::General,
                    date: Some(other.date),
                },
                (None, Budget::Tight(limit)) => Reason::TightBudgetSpent { limit },
                (None, Budget::Monthly(budget)) => Reason::BudgetSpent { budget },
                (None, Budget::None) => Reason::NoBudget,
            })
        }
    }
}
