//! What every rule reads about the stretch of days being planned, worked out once per plan: the
//! runner's days in their own zone, the windows around each race, the massages in the log, and
//! per day the red flags, injuries, areas to keep off and the training situation.

use crate::core::body::BodyArea;
use crate::core::log::{LogEntry, LogKind};
use crate::core::massage::MassageKind;
use crate::core::race::local_time::{local_date, start_of_day};
use crate::core::recommend::inputs::{injuries_in_force, InjuryInForce, PlanInputs};
use crate::core::recommend::phase::RaceWindows;
use crate::core::record::RecordId;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::safety::RedFlag;
use crate::core::words::message;
use crate::core::zone::Zone;
use chrono::{DateTime, Days, NaiveDate, Utc};
use std::collections::BTreeSet;
use std::ops::Range;

/// A massage in the log: had, or booked when it lies after the moment asked about.
#[derive(Debug, Clone, PartialEq)]
pub struct Logged {
    pub id: RecordId,
    pub at: DateTime<Utc>,
    /// The runner's local date of it.
    pub date: NaiveDate,
    pub kind: MassageKind,
    /// Given by a therapist: counts against the budget (rule 5) and, for general work, the
    /// spacing (rule 11).
    pub professional: bool,
}

/// The facts of the days `from..` in the runner's zone.
pub struct Facts<'a> {
    pub inputs: PlanInputs<'a>,
    /// Where the runner lives: their days and dates are this zone's.
    pub tz: Zone,
    pub from: NaiveDate,
    /// Each day's `[start, end)`, in order; a day is not always 24 hours long.
    pub spans: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    /// The windows of every race whose windows touch the range, by start.
    pub windows: Vec<RaceWindows>,
    /// Every massage in the log, by time.
    pub logged: Vec<Logged>,
    /// Per day: a whole-body red flag in force (rule 12), if any.
    pub stop: Vec<Option<RedFlag>>,
    /// Per day: injuries in force, each area and tissue once.
    pub injuries: Vec<Vec<InjuryInForce>>,
    /// Per day: areas to keep massage and rolling off (injuries and local red flags).
    pub keep_off: Vec<BTreeSet<BodyArea>>,
    /// Per day: the situation self-massage is dosed for (rule 8).
    pub context: Vec<SelfMassageContext>,
}

impl<'a> Facts<'a> {
    /// The facts of the runner's local dates `from..=to` in `tz`.
    pub fn new(inputs: PlanInputs<'a>, from: NaiveDate, to: NaiveDate, tz: Zone) -> Self {
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
        let (range_start, range_end) = match (spans.first(), spans.last()) {
            (Some(first), Some(last)) => (first.0, last.1),
            _ => (DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC),
        };
        let windows = inputs
            .race_windows()
            .into_iter()
            .filter(|w| w.first_instant() < range_end && range_start < w.recovered_from())
            .collect();
        let logged = inputs
            .log
            .iter()
            .filter_map(|entry| {
                let kind = entry.massage_kind()?;
                Some(Logged {
                    id: entry.id.clone(),
                    at: entry.at,
                    date: local_date(tz, entry.at),
                    kind,
                    professional: entry.is_professional_session(),
                })
            })
            .collect::<Vec<_>>();
        let mut facts = Facts {
            inputs,
            tz,
            from,
            stop: vec![None; spans.len()],
            injuries: vec![Vec::new(); spans.len()],
            keep_off: vec![BTreeSet::new(); spans.len()],
            context: vec![SelfMassageContext::Everyday; spans.len()],
            spans,
            windows,
            logged,
        };
        crate::core::sorting::sort_by(&mut facts.logged, |a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        facts.mark_red_flags_and_injuries();
        facts.mark_contexts();
        facts
    }

    /// How many days the range holds.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the range holds no day at all.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The local date of day `index`.
    pub fn date(&self, index: usize) -> NaiveDate {
        self.from + Days::new(index as u64)
    }

    /// The index of `date`, when it lies in the range.
    pub fn index_of(&self, date: NaiveDate) -> Option<usize> {
        let offset = usize::try_from((date - self.from).num_days()).ok()?;
        (offset < self.spans.len()).then_some(offset)
    }

    /// The index of the day `at` falls on, when it lies in the range.
    pub fn day_of(&self, at: DateTime<Utc>) -> Option<usize> {
        self.index_of(local_date(self.tz, at))
    }

    /// Indices of the days that share an instant with `[from, to)`.
    pub fn days_overlapping(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Range<usize> {
        let first = self.spans.partition_point(|span| span.1 <= from);
        let last = self.spans.partition_point(|span| span.0 < to);
        first..last.max(first)
    }

    /// Whether day `index` shares an instant with `[from, to)`.
    pub fn day_overlaps(&self, index: usize, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        let (start, end) = self.spans[index];
        start < to && from < end
    }

    /// The name a race is shown by, or "your race" once it has been deleted.
    pub fn race_name(&self, id: &RecordId) -> String {
        self.inputs
            .race(id)
            .map_or_else(|| message("today-your-race"), |race| race.name.clone())
    }

    /// Rule 12: while a whole-body red flag is in force nothing hands-on happens at all; a local
    /// one keeps its area off. Rule 7: injuries keep their areas off while they are in force.
    fn mark_red_flags_and_injuries(&mut self) {
        let log = self.inputs.log;
        let flags: Vec<_> = log
            .iter()
            .filter(|entry| matches!(entry.kind, LogKind::RedFlag { .. }))
            .map(|entry| (entry, local_date(self.tz, entry.at)))
            .collect();
        let injuries: Vec<&LogEntry> = log
            .iter()
            .filter(|entry| entry.injury_started().is_some())
            .collect();
        for index in 0..self.len() {
            let date = self.date(index);
            for (entry, reported) in &flags {
                let Some((flag, area)) = entry.red_flag_on(date, *reported) else {
                    continue;
                };
                if flag.is_local() {
                    self.keep_off[index].extend(area);
                } else {
                    // The first flag in the check's order names the stop, whatever order they came in.
                    let held = self.stop[index];
                    self.stop[index] = Some(held.map_or(flag, |held| held.min(flag)));
                }
            }
            self.injuries[index] = injuries_in_force(injuries.iter().copied(), date);
            self.keep_off[index].extend(self.injuries[index].iter().map(|injury| injury.area));
        }
    }

    /// Rule 8: race week outranks the days after another race (the lighter dose wins), and both
    /// outrank a hard training block.
    fn mark_contexts(&mut self) {
        for index in 0..self.len() {
            if self
                .inputs
                .block_on(self.date(index))
                .is_some_and(|block| block.is_hard())
            {
                self.context[index] = SelfMassageContext::HardBlock;
            }
        }
        for w in &self.windows {
            for index in self.days_overlapping(w.finish, w.recovered_from()) {
                self.context[index] = SelfMassageContext::AfterRace;
            }
        }
        for w in &self.windows {
            for index in self.days_overlapping(w.cutoff_start, w.start) {
                self.context[index] = SelfMassageContext::RaceWeek;
            }
        }
    }
}
