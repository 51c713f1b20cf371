//! The plan's day grid: per local day, the sessions booked and, for every kind that matters that
//! day but is not booked, the reason why not. A kind is either booked or held back on a day, never
//! both: the grid keeps one entry per kind and day.

use crate::core::massage::MassageKind;
use crate::core::recommend::day::{Place, Recommendation, Withheld};
use crate::core::record::RecordId;
use chrono::{DateTime, NaiveDate, Utc};

/// One session of the plan on its day.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// The race a pre- or post-event session belongs to.
    pub race_id: Option<RecordId>,
    pub recommendation: Recommendation,
    /// The session has no point from this instant on (the start of the race it prepares for, the end
    /// of the flush window); `None` for the whole day.
    pub closes: Option<DateTime<Utc>>,
}

impl Session {
    pub fn kind(&self) -> MassageKind {
        self.recommendation.kind
    }

    /// Whether the session is the day's hands-on session, so no other is booked that day: a
    /// therapist's or one at home. The short flush at the start and the pointer to a
    /// professional for an injury leave the day free.
    pub fn takes_the_day(&self) -> bool {
        self.kind() != MassageKind::Injury
            && matches!(
                self.recommendation.place,
                Place::Therapist | Place::Home { .. }
            )
    }

    /// Whether the session is with a therapist and so spends the budget (rule 5).
    pub fn spends_budget(&self) -> bool {
        self.recommendation.place == Place::Therapist
            && !matches!(self.kind(), MassageKind::Injury | MassageKind::SelfMassage)
    }
}

/// One local day of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDay {
    pub date: NaiveDate,
    /// The day's `[start, end)` in the runner's zone.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub sessions: Vec<Session>,
    /// The kinds that matter today but are not booked, each with the rule's reason.
    pub withheld: Vec<Withheld>,
}

impl PlanDay {
    /// The session of `kind` booked on this day, if any.
    pub fn session(&self, kind: MassageKind) -> Option<&Session> {
        self.sessions.iter().find(|session| session.kind() == kind)
    }

    /// The day's hands-on session, if one is booked.
    pub fn main_session(&self) -> Option<&Session> {
        self.sessions.iter().find(|session| session.takes_the_day())
    }
}
