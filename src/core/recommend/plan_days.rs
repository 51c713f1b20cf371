//! The day-by-day grid `plan()` fills: what each local day is blocked by, what is taken, what is spent.

use crate::core::massage::MassageKind;
use crate::core::race::local_time::start_of_day;
use crate::core::recommend::decision::Reason;
use crate::core::record::RecordId;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::zone::Zone;
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use std::collections::BTreeMap;
use std::ops::Range;

/// One dated item of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    /// The runner's local date.
    pub date: NaiveDate,
    pub kind: MassageKind,
    /// The race a pre- or post-event session belongs to.
    pub race_id: Option<RecordId>,
    pub minutes: u16,
    /// Why: the main reason first, then any notes.
    pub reasons: Vec<Reason>,
}

/// A day-by-day view of the range being planned: what is blocked, taken and spent.
pub(crate) struct Calendar {
    pub(crate) from: NaiveDate,
    pub(crate) tz: Zone,
    pub(crate) spans: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    pub(crate) taken: Vec<bool>,
    pub(crate) general_blocked: Vec<bool>,
    pub(crate) touch_blocked: Vec<bool>,
    pub(crate) race_day: Vec<bool>,
    pub(crate) context: Vec<SelfMassageContext>,
    pub(crate) budget: u8,
    /// Fewest days between two general sessions (rule 11).
    pub(crate) spacing: u8,
    pub(crate) used: BTreeMap<(i32, u32), u8>,
    pub(crate) sessions: Vec<PlannedSession>,
}

pub(crate) fn month_of(date: NaiveDate) -> (i32, u32) {
    (date.year(), date.month())
}

impl Calendar {
    pub(crate) fn new(from: NaiveDate, to: NaiveDate, tz: Zone, budget: u8, spacing: u8) -> Self {
        let mut spans = Vec::new();
        let mut date = from;
        // Each day ends where the next begins, so one zone lookup per day is enough.
        let mut start = start_of_day(tz, from);
        while date <= to {
            let Some(next) = date.succ_opt() else { break };
            let end = start_of_day(tz, next);
            spans.push((start, end));
            start = end;
            date = next;
        }
        let days = spans.len();
        Calendar {
            from,
            tz,
            spans,
            taken: vec![false; days],
            general_blocked: vec![false; days],
            touch_blocked: vec![false; days],
            race_day: vec![false; days],
            context: vec![SelfMassageContext::Everyday; days],
            budget,
            spacing,
            used: BTreeMap::new(),
            sessions: Vec::new(),
        }
    }

    pub(crate) fn start(&self) -> DateTime<Utc> {
        self.spans
            .first()
            .map_or(DateTime::<Utc>::MAX_UTC, |span| span.0)
    }

    pub(crate) fn end(&self) -> DateTime<Utc> {
        self.spans
            .last()
            .map_or(DateTime::<Utc>::MIN_UTC, |span| span.1)
    }

    pub(crate) fn date(&self, index: usize) -> NaiveDate {
        self.from + Days::new(index as u64)
    }

    pub(crate) fn index_of(&self, date: NaiveDate) -> Option<usize> {
        let offset = usize::try_from((date - self.from).num_days()).ok()?;
        (offset < self.spans.len()).then_some(offset)
    }

    /// Indices of the days that share an instant with `[from, to)`.
    pub(crate) fn days_overlapping(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Range<usize> {
        let first = self.spans.partition_point(|span| span.1 <= from);
        let last = self.spans.partition_point(|span| span.0 < to);
        first..last.max(first)
    }

    pub(crate) fn can_book(&self, index: usize) -> bool {
        !self.taken[index]
            && !self.touch_blocked[index]
            && !self.race_day[index]
            && self
                .used
                .get(&month_of(self.date(index)))
                .copied()
                .unwrap_or(0)
                < self.budget
    }

    /// Blocks general work on the days closer than the spacing to a general session on `date`
    /// (planned, had or booked), which may lie outside the range.
    pub(crate) fn keep_general_away_from(&mut self, date: NaiveDate) {
        let reach = i64::from(self.spacing) - 1;
        for offset in -reach..=reach {
            if let Some(i) = date
                .checked_add_signed(chrono::Duration::days(offset))
                .and_then(|d| self.index_of(d))
            {
                self.general_blocked[i] = true;
            }
        }
    }

    pub(crate) fn can_book_general(&self, index: usize) -> bool {
        self.can_book(index) && !self.general_blocked[index]
    }

    pub(crate) fn book(
        &mut self,
        index: usize,
        kind: MassageKind,
        race_id: Option<RecordId>,
        minutes: u16,
        reasons: Vec<Reason>,
    ) {
        self.taken[index] = true;
        if kind == MassageKind::General {
            self.keep_general_away_from(self.date(index));
        }
        if kind.is_professional() {
            *self.used.entry(month_of(self.date(index))).or_insert(0) += 1;
        }
        self.sessions.push(PlannedSession {
            date: self.date(index),
            kind,
            race_id,
            minutes,
            reasons,
        });
    }
}
