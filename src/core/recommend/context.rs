//! What `today()`'s rules read about the moment they are asked at: the runner's local day, the
//! areas to keep deep pressure off, and how much of this month's therapist budget is left.

use crate::core::body::BodyArea;
use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::Place;
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::plan::PlannedSession;
use crate::core::routine::self_massage::{dose, SelfMassageContext, SelfMassageDose};
use crate::core::zone::Zone;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::BTreeSet;

/// Facts about the moment that several rules read.
pub(crate) struct Moment<'a> {
    pub(crate) inputs: &'a PlanInputs<'a>,
    pub(crate) now: DateTime<Utc>,
    /// Where the runner lives: their days and dates are this zone's.
    pub(crate) tz: Zone,
    pub(crate) date: NaiveDate,
    pub(crate) day_from: DateTime<Utc>,
    pub(crate) day_to: DateTime<Utc>,
    pub(crate) avoid: Vec<BodyArea>,
    /// Professional sessions logged (or booked) in the runner's current calendar month; counted
    /// once, since the pre-event, post-event and general rules all ask.
    pub(crate) sessions_this_month: usize,
    /// The season plan from today, which Today's therapist sessions agree with (rule 4).
    pub(crate) season: Vec<PlannedSession>,
}

/// Professional sessions logged (or booked) in the calendar month of `date`, the runner's local
/// date at `now`.
pub(crate) fn therapist_sessions_in_month(
    inputs: &PlanInputs,
    now: DateTime<Utc>,
    local_tz: Zone,
    date: NaiveDate,
) -> usize {
    let month = (date.year(), date.month());
    inputs
        .log
        .iter()
        // Only entries near today can share its month; skip the time zone maths for the rest.
        .filter(|entry| entry.is_professional_session() && (entry.at - now).num_days().abs() <= 32)
        .filter(|entry| {
            let date = local_date(local_tz, entry.at);
            (date.year(), date.month()) == month
        })
        .count()
}

impl Moment<'_> {
    pub(crate) fn race_name(&self, windows: &RaceWindows) -> String {
        self.inputs
            .race(&windows.race_id)
            .map_or_else(|| "your race".to_string(), |race| race.name.clone())
    }

    /// Whether this month's therapist budget still has room for one more session. A budget below
    /// one a month has no monthly count: the season plan places its sessions.
    pub(crate) fn budget_left(&self) -> bool {
        let profile = self.inputs.profile;
        profile.tight().is_some()
            || self.sessions_this_month < usize::from(profile.massage_budget_per_month)
    }

    /// Why the budget sends this session home, or `None` when a therapist can do it.
    pub(crate) fn budget_sends_home(&self) -> Option<Reason> {
        if self.budget_left() {
            return None;
        }
        let budget = self.inputs.profile.massage_budget_per_month;
        Some(if budget == 0 {
            Reason::NoBudgetSoAtHome
        } else {
            Reason::BudgetSpentSoAtHome { budget }
        })
    }

    /// Today's self-massage session for `context`: the built-in routine with the runner's tools,
    /// pacing and areas to keep off, or a session by hand when none fits.
    pub(crate) fn dose(&self, context: SelfMassageContext) -> SelfMassageDose {
        let profile = self.inputs.profile;
        let keep_off: BTreeSet<BodyArea> = self.avoid.iter().copied().collect();
        dose(context, profile.tools, profile.cues.pacing(), &keep_off)
    }

    /// The self-massage flush that stands in for a therapist's session the budget cannot pay
    /// for, before a race (`context` race week) or after one: its advice, its real length and
    /// where, with the tools its routine uses.
    pub(crate) fn home_flush(&self, context: SelfMassageContext) -> (Advice, u16, Place) {
        let dose = self.dose(context);
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

    /// Whether a massage of `kind` has been logged at or after `since` (up to now).
    pub(crate) fn logged_since(&self, kind: MassageKind, since: DateTime<Utc>) -> bool {
        self.inputs.log.iter().any(|entry| {
            entry.massage_kind() == Some(kind) && since <= entry.at && entry.at <= self.now
        })
    }
}
