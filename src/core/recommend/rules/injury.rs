//! Rule 7: an injured muscle, tendon or ligament goes to a professional, who chooses the
//! treatment; the app never prescribes one. In its acute phase (the first 72 hours, counted from
//! the day it started) nothing touches it, not even a professional's injury massage: it is for
//! assessing. Deep pressure and rolling stay off every injured area while it is in force.

use crate::core::massage::MassageKind;
use crate::core::recommend::day::{Place, Recommendation};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::inputs::InjuryInForce;
use crate::core::recommend::rules::Rule;
use chrono::{Days, NaiveDate};

/// Days from the one an injury started that are its acute phase: 72 hours.
pub const ACUTE_DAYS: u64 = 3;

/// The first day after the acute phase of an injury that started on `started`.
pub fn acute_until(started: NaiveDate) -> NaiveDate {
    started
        .checked_add_days(Days::new(ACUTE_DAYS))
        .unwrap_or(started)
}

fn is_acute(injury: &InjuryInForce, date: NaiveDate) -> bool {
    date < acute_until(injury.started)
}

pub struct Injuries;

impl Rule for Injuries {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        if kind != MassageKind::Injury {
            return None;
        }
        let date = plan.facts.date(day);
        let injuries = &plan.facts.injuries[day];
        if injuries.is_empty() || !injuries.iter().all(|injury| is_acute(injury, date)) {
            return None;
        }
        let until = injuries
            .iter()
            .map(|injury| acute_until(injury.started))
            .min()
            .unwrap_or(date);
        Some(Reason::InjuryTooFresh {
            areas: injuries.iter().map(|injury| injury.area).collect(),
            until,
        })
    }

    fn place(&self, plan: &mut Planner) {
        for day in 0..plan.facts.len() {
            let date = plan.facts.date(day);
            let injuries = &plan.facts.injuries[day];
            // An area with any injury still acute is for assessing only, whatever else it has.
            let acute: Vec<_> = injuries
                .iter()
                .filter(|injury| is_acute(injury, date))
                .map(|injury| injury.area)
                .collect();
            let mut areas: Vec<_> = injuries
                .iter()
                .map(|injury| injury.area)
                .filter(|area| !acute.contains(area))
                .collect();
            areas.dedup();
            if areas.is_empty() || plan.kept_off(day, MassageKind::Injury).is_some() {
                continue;
            }
            let recommendation = Recommendation {
                kind: MassageKind::Injury,
                advice: Advice::SeeProfessional {
                    areas: areas.clone(),
                },
                minutes: None,
                place: Place::Therapist,
                focus: areas,
                avoid: Vec::new(),
                reasons: vec![Reason::InjuryNeedsProfessional],
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

    /// Every other session keeps deep pressure off the areas of the day (injuries and local red
    /// flags), and never also names them as its focus.
    fn amend(&self, plan: &mut Planner) {
        for (day, areas) in plan.facts.keep_off.iter().enumerate() {
            for session in &mut plan.days[day].sessions {
                let recommendation = &mut session.recommendation;
                if recommendation.kind == MassageKind::Injury {
                    continue;
                }
                recommendation.avoid = areas.iter().copied().collect();
                recommendation.focus.retain(|area| !areas.contains(area));
            }
        }
    }
}
