//! The windows around a race (cut-off, no-touch, pre-event, race, flush, gap) and the phase a moment is in.
//!
//! Every window is a half-open span of instants `[from, to)`, so a timeline can draw them and the rules
//! can test a calendar day against them without caring which time zone either lives in.

use crate::core::profile::{Cutoffs, PreEventPreference, Profile};
use crate::core::race::local_time::start_of_day;
use crate::core::race::{Priority, Race, RaceLength};
use crate::core::record::RecordId;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::sorting;
use crate::core::words::message;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The post-event flush opens this long after the finish (docs/RULES.md, from the evidence notes: ~2 h).
pub const FLUSH_OPENS_AFTER_FINISH: Duration = Duration::hours(2);
/// ...and closes this long after it (docs/RULES.md, from the evidence notes: up to ~2 days).
pub const FLUSH_CLOSES_AFTER_FINISH: Duration = Duration::hours(48);
/// Pre-event work belongs to the last this-many calendar days before the race (rule 1: "a day or two").
pub const PRE_EVENT_DAYS: u64 = 2;

/// Where a runner stands relative to one race.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Far enough out for deeper work.
    Build,
    /// Inside the cut-off: no general massage any more (rule 4).
    DeepWorkCutoff,
    /// The day or two before: light pre-event work (rule 1).
    PreEventWindow,
    /// The race's own calendar day, before the start.
    RaceDay,
    /// From the gun to the (expected or estimated) finish: the race itself.
    Racing,
    /// From the finish until the flush window opens: rest, drink, walk.
    Finished,
    /// From ~2 h to ~48 h after the finish: light flushing (rule 3).
    PostEventFlush,
    /// After the flush window, until general work is allowed again.
    Recovery,
}

impl Phase {
    /// The self-massage situation this phase puts the runner in, if the phase is about the race at all.
    pub fn self_massage_context(self) -> Option<SelfMassageContext> {
        match self {
            Phase::DeepWorkCutoff | Phase::PreEventWindow | Phase::RaceDay => {
                Some(SelfMassageContext::RaceWeek)
            }
            Phase::Finished | Phase::PostEventFlush | Phase::Recovery => {
                Some(SelfMassageContext::AfterRace)
            }
            Phase::Racing | Phase::Build => None,
        }
    }

    /// The name shown to the runner.
    pub fn label(self) -> String {
        message(match self {
            Phase::Build => "today-phase-build",
            Phase::DeepWorkCutoff => "today-phase-cutoff",
            Phase::PreEventWindow => "today-phase-pre-event",
            Phase::RaceDay => "today-phase-race-day",
            Phase::Racing => "today-phase-racing",
            Phase::Finished => "today-phase-finished",
            Phase::PostEventFlush => "today-phase-post-event",
            Phase::Recovery => "today-phase-recovery",
        })
    }
}

/// The kind of one span on a race's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowKind {
    DeepWorkCutoff,
    NoTouch,
    PreEvent,
    Race,
    PostEventFlush,
    PostRaceGap,
}

impl WindowKind {
    /// The name shown on a race's timeline.
    pub fn label(self) -> String {
        message(match self {
            WindowKind::DeepWorkCutoff => "today-window-cutoff",
            WindowKind::NoTouch => "today-window-no-touch",
            WindowKind::PreEvent => "today-window-pre-event",
            WindowKind::Race => "today-window-race",
            WindowKind::PostEventFlush => "today-window-post-event",
            WindowKind::PostRaceGap => "today-window-gap",
        })
    }
}

/// One span on a race's timeline, `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub kind: WindowKind,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// Deep work stops at least this many days before a marathon, whatever its priority (evidence
/// notes: at least 5 days before a marathon).
pub const LONG_RACE_CUTOFF_DAYS: u8 = 5;
/// ...and at least a week before an ultra (docs/RULES.md, from the evidence notes: "up to a week", the longest figure
/// given, for the longest races).
pub const ULTRA_CUTOFF_DAYS: u8 = 7;
/// The post-race gap after a marathon lasts at least this long. The sources in docs/RULES.md put deep work
/// about 3 days after a race; a marathon's muscle damage takes days longer to settle, so the app
/// waits five.
pub const MARATHON_GAP_HOURS: u16 = 120;
/// ...and after an ultra at least a week, the longest gap the settings offer.
pub const ULTRA_GAP_HOURS: u16 = 168;

/// How many days before `race` general work stops: the runner's cut-off for its priority,
/// widened for a marathon and more for an ultra.
pub fn cutoff_days(cutoffs: &Cutoffs, race: &Race) -> u8 {
    let days = match race.priority {
        Priority::A => cutoffs.a_race_days,
        Priority::B => cutoffs.b_race_days,
        Priority::C => cutoffs.c_race_days,
    };
    match race.length() {
        RaceLength::UpToHalf => days,
        RaceLength::Marathon => days.max(LONG_RACE_CUTOFF_DAYS),
        RaceLength::Ultra => days.max(ULTRA_CUTOFF_DAYS),
    }
}

/// How many hours after the finish of `race` deep work may resume: the runner's gap, widened
/// after a marathon and more after an ultra.
pub fn post_race_gap_hours(cutoffs: &Cutoffs, race: &Race) -> u16 {
    let hours = cutoffs.post_race_gap_hours;
    match race.length() {
        RaceLength::UpToHalf => hours,
        RaceLength::Marathon => hours.max(MARATHON_GAP_HOURS),
        RaceLength::Ultra => hours.max(ULTRA_GAP_HOURS),
    }
}

/// Every boundary around one race, computed once from the race and the runner's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RaceWindows {
    pub race_id: RecordId,
    pub priority: Priority,
    pub length: RaceLength,
    /// Days before the race that deep work stops (see [`cutoff_days`]).
    pub cutoff_days: u8,
    /// Hours after the finish before deep work again (see [`post_race_gap_hours`]).
    pub post_race_gap_hours: u16,
    /// Midnight (race zone) at the start of the first cut-off day.
    pub cutoff_start: DateTime<Utc>,
    /// Midnight at the start of the first no-touch day, when the runner prefers no touch at all.
    pub no_touch_start: Option<DateTime<Utc>>,
    /// Midnight at the start of the pre-event window.
    pub pre_event_start: DateTime<Utc>,
    /// Midnight at the start of race day.
    pub race_day_start: DateTime<Utc>,
    pub start: DateTime<Utc>,
    /// Estimated, deliberately late (see [`Race::estimated_finish`]).
    pub finish: DateTime<Utc>,
    pub flush_start: DateTime<Utc>,
    pub flush_end: DateTime<Utc>,
    /// The end of the post-race gap: general work may resume from here.
    pub general_allowed_from: DateTime<Utc>,
}

/// `[a, b)` and `[c, d)` share at least one instant.
fn overlaps(a: DateTime<Utc>, b: DateTime<Utc>, c: DateTime<Utc>, d: DateTime<Utc>) -> bool {
    a < d && c < b
}

impl RaceWindows {
    /// The windows around `race` for this runner's cut-offs and pre-event preference.
    pub fn new(race: &Race, profile: &Profile) -> Self {
        let tz = race.time_zone;
        let midnight_days_before = |days: u64| {
            let date = race
                .date
                .checked_sub_days(chrono::Days::new(days))
                .unwrap_or(race.date);
            start_of_day(tz, date)
        };
        let start = race.start_instant();
        // Not `estimated_finish()`: that would resolve the start in its zone a second time.
        let finish = start + race.estimated_duration();
        let cutoff = cutoff_days(&profile.cutoffs, race);
        let gap_hours = post_race_gap_hours(&profile.cutoffs, race);
        let no_touch_start = match profile.pre_event_preference {
            PreEventPreference::NoTouch { days } => Some(midnight_days_before(u64::from(days))),
            _ => None,
        };
        RaceWindows {
            race_id: race.id.clone(),
            priority: race.priority,
            length: race.length(),
            cutoff_days: cutoff,
            post_race_gap_hours: gap_hours,
            cutoff_start: midnight_days_before(u64::from(cutoff)),
            no_touch_start,
            pre_event_start: midnight_days_before(PRE_EVENT_DAYS),
            race_day_start: midnight_days_before(0),
            start,
            finish,
            flush_start: finish + FLUSH_OPENS_AFTER_FINISH,
            flush_end: finish + FLUSH_CLOSES_AFTER_FINISH,
            general_allowed_from: finish + Duration::hours(i64::from(gap_hours)),
        }
    }

    /// The phase `now` is in for this race. Before the cut-off it is `Build`; long after, `Recovery`.
    pub fn phase_at(&self, now: DateTime<Utc>) -> Phase {
        if now >= self.flush_end {
            Phase::Recovery
        } else if now >= self.flush_start {
            Phase::PostEventFlush
        } else if now >= self.finish {
            Phase::Finished
        } else if now >= self.start {
            Phase::Racing
        } else if now >= self.race_day_start {
            Phase::RaceDay
        } else if now >= self.pre_event_start {
            Phase::PreEventWindow
        } else if now >= self.cutoff_start {
            Phase::DeepWorkCutoff
        } else {
            Phase::Build
        }
    }

    /// Whether nothing about this race shapes `now` any more: flush over and general work allowed.
    pub fn is_behind(&self, now: DateTime<Utc>) -> bool {
        now >= self.recovered_from()
    }

    /// The first instant this race shapes: the start of its cut-off or no-touch days.
    pub fn first_instant(&self) -> DateTime<Utc> {
        let first = self.cutoff_start.min(self.pre_event_start);
        self.no_touch_start
            .map_or(first, |no_touch| no_touch.min(first))
    }

    /// The instant nothing about this race shapes the days any more: its flush window has closed
    /// and general work is allowed again.
    pub fn recovered_from(&self) -> DateTime<Utc> {
        self.flush_end.max(self.general_allowed_from)
    }

    /// Whether general work during `[from, to)` would fall in the cut-off or the post-race gap (rule 4).
    pub fn blocks_general(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        overlaps(from, to, self.cutoff_start, self.general_allowed_from)
    }

    /// Whether `[from, to)` touches the runner's no-touch days before this race (rule 1).
    pub fn blocks_touch(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        self.no_touch_start
            .is_some_and(|no_touch| overlaps(from, to, no_touch, self.start))
    }

    /// Whether `[from, to)` reaches into the pre-event window and stays clear of no-touch days.
    pub fn allows_pre_event(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        overlaps(from, to, self.pre_event_start, self.start) && !self.blocks_touch(from, to)
    }

    /// Whether `[from, to)` reaches into the post-event flush window (rule 3).
    pub fn allows_post_event(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        overlaps(from, to, self.flush_start, self.flush_end)
    }

    /// The spans to draw on a timeline, earliest first.
    pub fn windows(&self) -> Vec<Window> {
        let mut spans = vec![Window {
            kind: WindowKind::DeepWorkCutoff,
            from: self.cutoff_start,
            to: self.start,
        }];
        if let Some(from) = self.no_touch_start {
            spans.push(Window {
                kind: WindowKind::NoTouch,
                from,
                to: self.start,
            });
        } else {
            spans.push(Window {
                kind: WindowKind::PreEvent,
                from: self.pre_event_start,
                to: self.start,
            });
        }
        spans.extend([
            Window {
                kind: WindowKind::Race,
                from: self.start,
                to: self.finish,
            },
            Window {
                kind: WindowKind::PostEventFlush,
                from: self.flush_start,
                to: self.flush_end,
            },
            Window {
                kind: WindowKind::PostRaceGap,
                from: self.finish,
                to: self.general_allowed_from,
            },
        ]);
        sorting::sort_by_key(&mut spans, |window| window.from);
        spans
    }
}
