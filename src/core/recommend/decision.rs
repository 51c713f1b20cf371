//! What the recommendation rules decided, as data: the advice, the reasons behind it and the
//! notices, each with the rule that produced it and the figures it turned on. The runner's words
//! for all of them live in `copy.rs`, so the rules never assemble a sentence.

use crate::core::body::BodyArea;
use crate::core::log::Tissue;
use crate::core::massage::{MassageKind, Pressure};
use crate::core::profile::{PreEventPreference, TightBudget};
use crate::core::race::{Priority, RaceLength};
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::safety::RedFlag;
use crate::core::training::BlockKind;
use chrono::NaiveDate;

/// What a recommendation asks the runner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    /// Race day: at most a short, light flush shortly before the start, never instead of the warm-up.
    RaceDayFlush,
    /// A pre-event session a day or two out, done the way the runner prefers; `tried` when the
    /// log shows that approach before a workout or a smaller race.
    PreEvent {
        preference: PreEventPreference,
        tried: bool,
    },
    /// The therapist budget is spent: a short self-massage flush at home instead, with the
    /// built-in routine's real length.
    HomeFlush {
        routine: String,
        minutes: u16,
        before_race: bool,
    },
    /// The post-race flush: slow strokes with gentle assisted stretching.
    PostEventFlush,
    /// Deep maintenance work; `lighter` is the pressure to ask for after a session that was too deep.
    General { lighter: Option<Pressure> },
    /// Self-massage dosed for the situation, with the time per muscle of the routine that plays it.
    SelfMassage {
        context: SelfMassageContext,
        seconds_per_muscle: u32,
    },
    /// Injured areas go to a professional, who decides the treatment.
    SeeProfessional { areas: Vec<BodyArea> },
}

/// One reason behind a recommendation, a held-back kind or a planned session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Rule 1: the runner wants no massage in the `days` before `race`.
    NoTouchDays { race: String, days: u8 },
    /// Rule 1: it is race day for `race`.
    RaceDay { race: String },
    /// Rule 1: `race` is `days` local days away (1 is tomorrow); `approach` is the runner's.
    PreEventSoon {
        race: String,
        days: i64,
        approach: PreEventPreference,
    },
    /// Rule 1: today's pre-event session also flushes the legs after the race just run.
    PreEventAlsoFlushes { race: String },
    /// Rule 2: a smaller race to try the runner's approach on before `a_race`.
    TryApproachFirst {
        approach: PreEventPreference,
        a_race: String,
    },
    /// Rule 3: the flush after `race`, `days_after` local days after its finish (0: that evening).
    PostEventFlush { race: String, days_after: i64 },
    /// Rule 4: deep work stops `days` before `race` (at least 5 before a marathon or longer).
    DeepWorkCutoff {
        race: String,
        priority: Priority,
        length: RaceLength,
        days: u8,
    },
    /// Rule 4: deep work waits until `hours` after the finish of `race` (longer after a marathon,
    /// longer still after an ultra).
    PostRaceGap {
        race: String,
        length: RaceLength,
        hours: u16,
    },
    /// Rule 5: no therapist budget is set.
    NoBudget,
    /// Rule 5: this month's `budget` therapist sessions are used or booked.
    BudgetSpent { budget: u8 },
    /// Rule 5: no budget, so a session the rules offer is done at home.
    NoBudgetSoAtHome,
    /// Rule 5: the month's `budget` is spent, so a session the rules offer is done at home.
    BudgetSpentSoAtHome { budget: u8 },
    /// Rule 11: a general massage is booked `days_ahead` local days from today, closer than the
    /// runner's `spacing`.
    BookedWithinSpacing { days_ahead: i64, spacing: u8 },
    /// Rule 11: the last general massage was `days` ago; sessions are `spacing` days apart.
    TooSoonSinceLast { days: i64, spacing: i64 },
    /// Rule 5: the plan's steady rhythm, a session about every `spacing` days.
    RegularRhythm { spacing: usize, budget: u8 },
    /// Rule 5: a tight budget placed in the hardest block.
    TightBudgetInBlock { block: BlockKind, speed_work: bool },
    /// Rule 5: a budget below one a month is kept for the A races' sessions.
    TightBudgetForARaces { limit: TightBudget },
    /// Rule 5: the block or the year already holds the sessions `limit` allows.
    TightBudgetSpent { limit: TightBudget },
    /// Rule 5: the block or the year is spent, so a session the rules offer is done at home.
    TightBudgetSpentSoAtHome { limit: TightBudget },
    /// Rule 5: a budget per block pays for sessions inside the blocks only, so this one is at home.
    OutsideBlocksSoAtHome { limit: TightBudget },
    /// Rule 5: one hands-on session a day is plenty, and the day has its `kind` already:
    /// `logged` when it is in the log (had or booked), else the plan's.
    OneSessionADay { kind: MassageKind, logged: bool },
    /// Rule 6: the last general massage was too deep, so this one goes a step lighter.
    StepLighter,
    /// Rule 7: deep pressure stays off these injured areas.
    KeepOffInjuries { areas: Vec<BodyArea> },
    /// Rule 7: injured tissue needs a professional's judgement.
    InjuryNeedsProfessional,
    /// Rule 7: the injuries on `areas` are in their acute phase until `until`: assessed, not
    /// massaged.
    InjuryTooFresh {
        areas: Vec<BodyArea>,
        until: NaiveDate,
    },
    /// Rule 8: `race` is run today; the race is the day's work.
    RaceIsTheWork { race: String },
    /// Rule 8: how much self-massage suits this situation.
    SelfMassageDose(SelfMassageContext),
    /// The season plan books this kind of session on `date` instead of today (`None`: not in
    /// the plan's season at all), so Today and the plan agree; cited by the kind's own rule.
    PlannedFor {
        kind: MassageKind,
        date: Option<NaiveDate>,
    },
    /// The season plan has this kind of session for today, but its window closed earlier in the
    /// day.
    PlannedButPassed { kind: MassageKind },
    /// Rule 12: a whole-body red flag stops every massage until a professional clears it.
    RedFlagStop { flag: RedFlag },
}

impl Reason {
    /// The domain rule (docs/RULES.md) that produced this reason.
    pub fn rule(&self) -> u8 {
        match self {
            Reason::NoTouchDays { .. }
            | Reason::RaceDay { .. }
            | Reason::PreEventSoon { .. }
            | Reason::PreEventAlsoFlushes { .. } => 1,
            Reason::TryApproachFirst { .. } => 2,
            Reason::PostEventFlush { .. } => 3,
            Reason::DeepWorkCutoff { .. } | Reason::PostRaceGap { .. } => 4,
            Reason::NoBudget
            | Reason::BudgetSpent { .. }
            | Reason::NoBudgetSoAtHome
            | Reason::BudgetSpentSoAtHome { .. }
            | Reason::RegularRhythm { .. }
            | Reason::TightBudgetInBlock { .. }
            | Reason::TightBudgetForARaces { .. }
            | Reason::TightBudgetSpent { .. }
            | Reason::TightBudgetSpentSoAtHome { .. }
            | Reason::OutsideBlocksSoAtHome { .. }
            | Reason::OneSessionADay { .. } => 5,
            Reason::StepLighter => 6,
            Reason::BookedWithinSpacing { .. } | Reason::TooSoonSinceLast { .. } => 11,
            Reason::KeepOffInjuries { .. }
            | Reason::InjuryNeedsProfessional
            | Reason::InjuryTooFresh { .. } => 7,
            Reason::SelfMassageDose(_) | Reason::RaceIsTheWork { .. } => 8,
            Reason::RedFlagStop { .. } => 12,
            Reason::PlannedFor { kind, .. } | Reason::PlannedButPassed { kind } => match kind {
                MassageKind::PreEvent => 1,
                MassageKind::PostEvent => 3,
                _ => 5,
            },
        }
    }
}

/// Where the runner can still try their pre-event approach before an A race (rule 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TryChance {
    /// The plan's test session before the smaller race `race`, on `date`.
    SmallerRace { race: String, date: NaiveDate },
    /// Before a hard workout, on any day up to `by` (the day before the A race's cut-off).
    Workout { by: NaiveDate },
    /// No day is left to try it on before the A race.
    NoneLeft,
}

/// A session the plan wanted but could not give the budget to, because sessions of the other
/// sort spent it first (rule 5): deep work left out for race sessions, or a race session sent
/// home for deep work. The runner can swap which sort comes first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub kind: MassageKind,
    /// The day the plan wanted it on.
    pub date: NaiveDate,
    /// The training block that day lies in, if any.
    pub block: Option<BlockKind>,
    /// The sessions that spent the budget instead, with their dates.
    pub spent_on: Vec<(NaiveDate, MassageKind)>,
}

/// A warning or a home-care prompt for the Today screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Rule 7: an injury is still active; `acute_until` while it is in its first 72 hours.
    ActiveInjury {
        area: BodyArea,
        tissue: Tissue,
        acute_until: Option<NaiveDate>,
    },
    /// Rule 2: the runner's pre-event approach has not been tried before `race`, an A race;
    /// `chance` says where it still can be.
    UntriedApproach {
        approach: PreEventPreference,
        race: String,
        chance: TryChance,
    },
    /// Rule 4: a general massage had (`booked` false) or booked inside a window of `race`:
    /// before its start when `before_race`, else in the gap after it.
    GeneralInsideWindow {
        race: String,
        booked: bool,
        before_race: bool,
    },
    /// Rule 6: the last general massage at `pressure` left lasting soreness, bruising or both;
    /// `next` is the pressure to ask for instead.
    TooDeep {
        /// The runner's soreness limit, in hours.
        limit_hours: u16,
        lasted_too_long: bool,
        bruised: bool,
        pressure: Pressure,
        next: Pressure,
    },
    /// Rule 12: a red flag answered yes and not yet cleared; `area` for a local one.
    RedFlag {
        flag: RedFlag,
        area: Option<BodyArea>,
    },
    /// Rule 10: drink steadily through the day.
    DrinkSteadily,
    /// Rule 10: a massage in the last day settles better with water and an easy day.
    AfterMassage,
    /// Rule 10: the run-up to a race that has not started yet.
    RaceRunUp,
    /// Rule 10: after a race: rehydrate, walk, sleep.
    AfterRace,
}

impl Notice {
    /// The domain rule that produced this notice.
    pub fn rule(&self) -> u8 {
        match self {
            Notice::RedFlag { .. } => 12,
            Notice::ActiveInjury { .. } => 7,
            Notice::UntriedApproach { .. } => 2,
            Notice::GeneralInsideWindow { .. } => 4,
            Notice::TooDeep { .. } => 6,
            Notice::DrinkSteadily
            | Notice::AfterMassage
            | Notice::RaceRunUp
            | Notice::AfterRace => 10,
        }
    }
}
