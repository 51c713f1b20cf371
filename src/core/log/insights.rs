//! Insights from the log: how regular the runner's massage has been, the current home-care streak,
//! and professional sessions per training block against the monthly budget (rule 5: regularity
//! beats occasional deep sessions).

use crate::core::log::{LogEntry, LogKind};
use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::record::RecordId;
use crate::core::sorting;
use crate::core::training::{BlockKind, TrainingBlock};
use crate::core::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// How many weeks the consistency chart covers.
pub const CHART_WEEKS: usize = 26;

/// Average days in a month, to turn a monthly budget into a budget for a block of any length.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// Sessions in one week (Monday to Sunday in the runner's zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekSessions {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    /// Massages given by a therapist.
    pub professional: u32,
    /// Foam roller, stick, ball or hands at home.
    pub home: u32,
}

impl WeekSessions {
    pub fn total(&self) -> u32 {
        self.professional + self.home
    }
}

/// Whether an entry is a session the runner did at home (rule 8).
pub fn is_home_care(entry: &LogEntry) -> bool {
    match &entry.kind {
        LogKind::SelfMassage { .. } => true,
        LogKind::MassageReceived {
            kind,
            with_therapist,
            ..
        } => *kind == MassageKind::SelfMassage || !with_therapist,
        _ => false,
    }
}

/// The Monday of the week containing `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// Sessions per week for the `CHART_WEEKS` weeks up to and including the week of `now`, oldest
/// first. Booked sessions later than `now` are not counted: they have not happened yet.
pub fn sessions_per_week(log: &[LogEntry], now: DateTime<Utc>, zone: Zone) -> Vec<WeekSessions> {
    let this_week = week_start(local_date(zone, now));
    let first = this_week - Duration::weeks(CHART_WEEKS as i64 - 1);
    let mut weeks: Vec<WeekSessions> = (0..CHART_WEEKS)
        .map(|index| WeekSessions {
            week_start: first + Duration::weeks(index as i64),
            professional: 0,
            home: 0,
        })
        .collect();
    for entry in log.iter().filter(|entry| entry.at <= now) {
        let (professional, home) = (entry.is_professional_session(), is_home_care(entry));
        if !professional && !home {
            continue;
        }
        let days = (week_start(local_date(zone, entry.at)) - first).num_days();
        let Some(week) = usize::try_from(days / 7)
            .ok()
            .filter(|_| days >= 0)
            .and_then(|index| weeks.get_mut(index))
        else {
            continue;
        };
        if professional {
            week.professional += 1;
        } else {
            week.home += 1;
        }
    }
    weeks
}

/// Consecutive weeks, ending with the current one, with at least one home-care session. A
/// current week without one yet does not break the streak: it is not over.
pub fn home_care_streak(log: &[LogEntry], now: DateTime<Utc>, zone: Zone) -> u32 {
    let mut weeks: Vec<NaiveDate> = log
        .iter()
        .filter(|entry| entry.at <= now && is_home_care(entry))
        .map(|entry| week_start(local_date(zone, entry.at)))
        .collect();
    sorting::sort_by(&mut weeks, Ord::cmp);
    weeks.dedup();
    let this_week = week_start(local_date(zone, now));
    let mut expected = if weeks.last() == Some(&this_week) {
        this_week
    } else {
        this_week - Duration::weeks(1)
    };
    let mut streak = 0;
    for week in weeks.iter().rev() {
        if *week != expected {
            break;
        }
        streak += 1;
        expected -= Duration::weeks(1);
    }
    streak
}

/// Professional sessions in one training block, against what the monthly budget allows for it.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockBudget {
    pub block_id: RecordId,
    pub kind: BlockKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Sessions with a therapist logged (or booked) inside the block.
    pub sessions: u32,
    /// The monthly budget spread over the block's length, rounded to whole sessions.
    pub budget: u32,
}

impl BlockBudget {
    /// More sessions than the budget allows.
    pub fn over_budget(&self) -> bool {
        self.sessions > self.budget
    }
}

/// Every block, in date order, with its professional sessions and budget. Booked sessions count:
/// the runner is planning how to spend the budget.
pub fn sessions_per_block(
    blocks: &[TrainingBlock],
    log: &[LogEntry],
    budget_per_month: u8,
    zone: Zone,
) -> Vec<BlockBudget> {
    let mut sorted: Vec<&TrainingBlock> = blocks.iter().collect();
    sorting::sort_by(&mut sorted, |a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    sorted
        .into_iter()
        .map(|block| {
            let sessions = log
                .iter()
                .filter(|entry| {
                    entry.is_professional_session() && block.contains(local_date(zone, entry.at))
                })
                .count();
            let budget = f64::from(budget_per_month) * block.days() as f64 / DAYS_PER_MONTH;
            BlockBudget {
                block_id: block.id.clone(),
                kind: block.kind,
                start: block.start,
                end: block.end,
                sessions: u32::try_from(sessions).unwrap_or(u32::MAX),
                budget: budget.round() as u32,
            }
        })
        .collect()
}
