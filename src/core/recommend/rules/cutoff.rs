//! Rule 4: general (deep) work keeps clear of races: none from the cut-off before a race (by its
//! priority, widened for a marathon and more for an ultra) until the post-race gap after its
//! finish has passed. The windows themselves are `phase::RaceWindows`.

use crate::core::massage::MassageKind;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;

pub struct Cutoff;

impl Rule for Cutoff {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        if kind != MassageKind::General {
            return None;
        }
        let facts = &plan.facts;
        let w = facts
            .windows
            .iter()
            .find(|w| facts.day_overlaps(day, w.cutoff_start, w.general_allowed_from))?;
        let race = facts.race_name(&w.race_id);
        Some(if facts.spans[day].0 < w.start {
            Reason::DeepWorkCutoff {
                race,
                priority: w.priority,
                length: w.length,
                days: w.cutoff_days,
            }
        } else {
            Reason::PostRaceGap {
                race,
                length: w.length,
                hours: w.post_race_gap_hours,
            }
        })
    }
}
