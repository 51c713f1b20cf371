//! Rule 11: deep sessions are spaced, at least the runner's spacing apart (default 7 days, never
//! under 3), counting the general massages had and booked with a therapist and those the plan
//! books itself.

use crate::core::massage::MassageKind;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;

pub struct Spacing;

impl Rule for Spacing {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        if kind != MassageKind::General {
            return None;
        }
        let facts = &plan.facts;
        let spacing = facts.inputs.profile.general_spacing_days;
        let date = facts.date(day);
        let near = |other: chrono::NaiveDate| (other - date).num_days().abs() < i64::from(spacing);
        // The log's own sessions on this very day are the day's session (the engine says so).
        let logged = facts.logged.iter().filter(|logged| {
            logged.professional
                && logged.kind == MassageKind::General
                && logged.date != date
                && near(logged.date)
        });
        let ahead = logged
            .clone()
            .filter(|logged| logged.date > date)
            .map(|logged| (logged.date - date).num_days())
            .min();
        if let Some(days_ahead) = ahead {
            return Some(Reason::BookedWithinSpacing {
                days_ahead,
                spacing,
            });
        }
        if let Some(days) = logged.map(|logged| (date - logged.date).num_days()).min() {
            return Some(Reason::TooSoonSinceLast {
                days,
                spacing: i64::from(spacing),
            });
        }
        // Else a session the plan itself books nearby is the answer: name its day.
        let reach = usize::from(spacing.saturating_sub(1));
        let planned = (day.saturating_sub(reach)..(day + reach + 1).min(plan.days.len()))
            .filter(|other| *other != day)
            .find(|other| plan.days[*other].session(MassageKind::General).is_some());
        planned.map(|other| Reason::PlannedFor {
            kind,
            date: Some(facts.date(other)),
        })
    }
}
