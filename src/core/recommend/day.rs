//! What the Today screen shows: recommendations, what is held back, warnings, home care, race status.

use crate::core::body::{BodyArea, MassageTool};
use crate::core::massage::MassageKind;
use crate::core::race::Priority;
use crate::core::recommend::decision::{Advice, Notice, Reason};
use crate::core::recommend::phase::{Phase, RaceWindows};
use crate::core::record::RecordId;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::safety::RedFlag;
use chrono::{DateTime, NaiveDate, Utc};

/// Where a recommendation happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Therapist,
    /// At home with the tools the routine uses, in order; none when the hands are the tool.
    Home {
        tools: Vec<MassageTool>,
    },
    /// At the start area on race day, before the warm-up.
    Start {
        tool: Option<MassageTool>,
    },
}

/// One thing to do today.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub kind: MassageKind,
    pub advice: Advice,
    /// Suggested length; `None` when the therapist decides (injury work).
    pub minutes: Option<u16>,
    pub place: Place,
    /// Areas to work.
    pub focus: Vec<BodyArea>,
    /// Areas to keep deep pressure off (active injuries, rule 7).
    pub avoid: Vec<BodyArea>,
    /// Why: the main reason first, then any notes (budget, injuries, a lighter pressure).
    pub reasons: Vec<Reason>,
    /// Not before this instant of its day: a flush opens about 2 hours after the finish.
    pub opens: Option<DateTime<Utc>>,
}

/// A kind of massage deliberately not recommended today, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    pub kind: MassageKind,
    pub reason: Reason,
}

/// A race and the phase the runner is in relative to it.
#[derive(Debug, Clone, PartialEq)]
pub struct RaceStatus {
    pub race_id: RecordId,
    pub name: String,
    pub priority: Priority,
    pub phase: Phase,
    pub windows: RaceWindows,
}

/// Everything the Today screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    /// The runner's local date.
    pub date: NaiveDate,
    /// The next race not yet behind its finish (a race under way today counts).
    pub next_race: Option<RaceStatus>,
    /// The last race, while its flush window or post-race gap is still open.
    pub recent_race: Option<RaceStatus>,
    pub recommendations: Vec<Recommendation>,
    /// The situation today's self-massage is planned for; `None` when self-massage is held back
    /// (race day, no-touch days), so no routine should be offered either.
    pub self_massage: Option<SelfMassageContext>,
    /// Whether to offer the post-race stretches: from a finish until its flush window closes
    /// (rule 3 pairs the flush with easy static stretching); never under a whole-body red flag.
    pub stretch_after_race: bool,
    pub withheld: Vec<Withheld>,
    pub warnings: Vec<Notice>,
    /// Hydration and home-care prompts (rule 10); never empty.
    pub home_care: Vec<Notice>,
    /// A whole-body red flag in force (rule 12): every massage, booking, routine and massage
    /// checklist item waits until a doctor or physio has cleared it.
    pub stop: Option<RedFlag>,
}
