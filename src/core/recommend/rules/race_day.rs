//! Rule 8 on race day: the race is the day's work, so no self-massage session is planned on a day
//! the runner is out on the course; the short flush at the start (rule 1) and the flush after the
//! finish (rule 3) are the race day's hands-on work.

use crate::core::massage::MassageKind;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;

pub struct RaceDay;

impl Rule for RaceDay {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        if kind != MassageKind::SelfMassage {
            return None;
        }
        let facts = &plan.facts;
        let race = facts
            .windows
            .iter()
            .find(|w| facts.day_overlaps(day, w.start, w.finish))?;
        Some(Reason::RaceIsTheWork {
            race: facts.race_name(&race.race_id),
        })
    }
}
