//! Rule 1, the runner's no-touch preference: no massage or rolling at all on the days before a
//! race that the runner asked to keep hands-off. It covers the days before the start only: on race
//! day it rules out the flush at the start, and the flush after the race comes back that evening.

use crate::core::massage::MassageKind;
use crate::core::profile::PreEventPreference;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;

pub struct NoTouch;

impl Rule for NoTouch {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        let PreEventPreference::NoTouch { days } = plan.facts.inputs.profile.pre_event_preference
        else {
            return None;
        };
        // Injury work is a professional's call either way.
        if kind == MassageKind::Injury {
            return None;
        }
        let facts = &plan.facts;
        let (day_from, day_to) = facts.spans[day];
        let race = facts.windows.iter().find(|w| {
            // Race day itself is hands-off only until the start: the pre-event flush is what it
            // rules out there; the rest of race day has rules of its own (the race, the flush).
            let whole_day_before = day_to <= w.start;
            let race_morning = kind == MassageKind::PreEvent && day_from < w.start;
            w.no_touch_start.is_some_and(|from| from < day_to) && (whole_day_before || race_morning)
        })?;
        Some(Reason::NoTouchDays {
            race: facts.race_name(&race.race_id),
            days,
        })
    }
}
