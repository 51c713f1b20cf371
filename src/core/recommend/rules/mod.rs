//! The numbered rules of `docs/RULES.md`, one file each. A rule can keep a kind of massage off a
//! day (with the reason the runner reads), book sessions, and amend what other rules booked. The
//! engine asks them in the order `standard` lists them; nothing outside this folder decides what
//! a runner should or should not do on a day.

mod budget;
mod cutoff;
pub mod injury;
mod no_touch;
mod post_event;
mod pre_event;
mod race_day;
mod race_sessions;
mod red_flag;
mod rhythm;
mod self_massage;
mod soreness;
mod spacing;
pub mod try_first;

use crate::core::massage::MassageKind;
use crate::core::profile::{BudgetFirst, Profile};
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::facts::Facts;
use crate::core::recommend::engine::Planner;

pub use rhythm::rhythm_days;

/// One rule of the engine. Every method has a default that does nothing, so a rule implements
/// only what it decides.
pub trait Rule {
    /// Why this rule keeps `kind` off day `day`, if it does.
    fn keeps_off(&self, _plan: &Planner, _day: usize, _kind: MassageKind) -> Option<Reason> {
        None
    }

    /// Books this rule's sessions where no rule keeps them off and the day is free.
    fn place(&self, _plan: &mut Planner) {}

    /// Adds what this rule says about sessions other rules booked.
    fn amend(&self, _plan: &mut Planner) {}
}

/// The rules in the order the engine asks them: what stops everything first (red flags, the
/// runner's no-touch days, the race itself), then what keeps one kind off (cut-offs, a fresh
/// injury, spacing, budget); then the sessions, race sessions before deep work unless the runner
/// spends a short budget on deep work first, and self-massage on the days left; then the
/// amendments.
pub fn standard(profile: &Profile) -> Vec<Box<dyn Rule>> {
    let mut rules: Vec<Box<dyn Rule>> = vec![
        Box::new(red_flag::RedFlags),
        Box::new(no_touch::NoTouch),
        Box::new(race_day::RaceDay),
        Box::new(cutoff::Cutoff),
        Box::new(injury::Injuries),
        Box::new(post_event::FlushWindow),
        Box::new(spacing::Spacing),
        Box::new(budget::BudgetCeiling),
    ];
    let sessions: [Box<dyn Rule>; 2] = match profile.budget_first {
        BudgetFirst::RaceSessions => [
            Box::new(race_sessions::RaceSessions),
            Box::new(rhythm::Rhythm),
        ],
        BudgetFirst::DeepWork => [
            Box::new(rhythm::Rhythm),
            Box::new(race_sessions::RaceSessions),
        ],
    };
    rules.extend(sessions);
    rules.push(Box::new(self_massage::SelfMassage));
    rules.push(Box::new(soreness::Soreness));
    rules
}

/// Whether `kind` is worth a word on day `day`, booked or not: pre-event work in the days before
/// a race, the flush in its window, injury work while an injury is in force; general work and
/// self-massage always.
pub fn matters(facts: &Facts, day: usize, kind: MassageKind) -> bool {
    match kind {
        MassageKind::PreEvent => facts.windows.iter().any(|w| {
            facts.day_overlaps(
                day,
                w.pre_event_start
                    .min(w.no_touch_start.unwrap_or(w.pre_event_start)),
                w.start,
            )
        }),
        MassageKind::PostEvent => facts
            .windows
            .iter()
            .any(|w| facts.day_overlaps(day, w.flush_start, w.flush_end)),
        MassageKind::Injury => !facts.injuries[day].is_empty(),
        MassageKind::General | MassageKind::SelfMassage => true,
    }
}
