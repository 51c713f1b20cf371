//! The season read from the runner's files, and what it proposes: blocks and races for the runner
//! to accept, edit or dismiss. Nothing is added to the plan until the runner accepts it.

use crate::core::profile::HeartRateSettings;
use crate::core::race::local_time::repeated_hour;
use crate::core::race::{Priority, Race, MAX_RACE_NAME_CHARS};
use crate::core::record::{RecordId, Tombstone};
use crate::core::sorting;
use crate::core::training::activity::Activity;
use crate::core::training::detect::blocks::{propose_blocks, ProposedBlock};
use crate::core::training::detect::race::is_race;
use crate::core::training::detect::weeks::{week_signals, WeekSignals};
use crate::core::training::load::{monday_of, weekly_loads, LoadBasis};
use crate::core::training::TrainingBlock;
use crate::core::zone::Zone;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

/// A race found in the files.
#[derive(Debug, Clone, PartialEq)]
pub struct ProposedRace {
    pub activity: RecordId,
    pub name: String,
    pub start: DateTime<Utc>,
    /// The local start, where the activity was run.
    pub local_start: NaiveDateTime,
    pub distance_km: f64,
    pub minutes: u32,
}

/// One thing the files suggest.
#[derive(Debug, Clone, PartialEq)]
pub enum Proposal {
    Block(ProposedBlock),
    Race(ProposedRace),
}

impl Proposal {
    /// A key that stays the same from one reading of the files to the next, so a dismissed
    /// proposal is not made again.
    pub fn key(&self) -> String {
        match self {
            Proposal::Block(block) => format!("block:{:?}:{}", block.kind, block.start),
            Proposal::Race(race) => format!("race:{}", race.activity),
        }
    }

    /// The record id a dismissal of this proposal is kept under.
    pub fn dismissal_id(&self) -> RecordId {
        RecordId(format!("dismissed-{}", self.key()))
    }

    /// The block proposed, when it is one.
    pub fn block(&self) -> Option<&ProposedBlock> {
        match self {
            Proposal::Block(block) => Some(block),
            Proposal::Race(_) => None,
        }
    }
}

/// The season as the files show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Season {
    pub basis: LoadBasis,
    /// Every week from the first activity to the last, the current one included.
    pub weeks: Vec<WeekSignals>,
    /// Blocks over the weeks that are over; one still going on runs to the end of this week.
    pub blocks: Vec<ProposedBlock>,
    pub races: Vec<ProposedRace>,
}

/// Reads the season from `activities` as of `today`, in the runner's `zone`, with the heart rates
/// the runner set. Activities still in doubt (see [`Activity::counts`]) are left out until the
/// runner keeps them.
pub fn read_season(
    activities: &[Activity],
    heart: HeartRateSettings,
    zone: &Zone,
    today: NaiveDate,
) -> Season {
    let counted: Vec<Activity>;
    let activities = if activities.iter().all(Activity::counts) {
        activities
    } else {
        counted = activities.iter().filter(|a| a.counts()).cloned().collect();
        &counted
    };
    let basis = LoadBasis::for_runner(heart, activities);
    let racing = |a: &Activity| is_race(a, &basis);
    let loads = weekly_loads(activities, &basis, zone, racing);
    let weeks = week_signals(&loads, activities, &basis, zone, racing);
    let this_week = monday_of(today);
    // A week not yet over has only part of its load: it would look like a taper or a rest.
    let over = weeks
        .iter()
        .take_while(|w| w.load.monday < this_week)
        .count();
    let mut blocks = propose_blocks(&weeks[..over]);
    if let Some(last) = blocks.last_mut() {
        let goes_on = last.end + Duration::days(1) == this_week && over < weeks.len();
        if goes_on {
            last.end = this_week + Duration::days(6);
        }
    }
    let mut races: Vec<ProposedRace> = activities
        .iter()
        .filter(|a| racing(a))
        .map(|a| proposed_race(a, zone))
        .collect();
    sorting::sort_by(&mut races, |a, b| a.local_start.cmp(&b.local_start));
    Season {
        basis,
        weeks,
        blocks,
        races,
    }
}

fn proposed_race(activity: &Activity, zone: &Zone) -> ProposedRace {
    let local_start = activity.local_start(zone);
    let distance_km = f64::from(activity.distance_m.unwrap_or(0)) / 1000.0;
    let name = match activity.name.trim() {
        "" => format!("Race, {distance_km:.1} km"),
        named => named.chars().take(MAX_RACE_NAME_CHARS).collect(),
    };
    ProposedRace {
        activity: activity.id.clone(),
        name,
        start: activity.start,
        local_start,
        distance_km,
        minutes: activity.duration_s.div_ceil(60),
    }
}

impl Season {
    /// What is left to propose: not dismissed, and not already on the runner's calendar (a block
    /// overlapping one of theirs, a race on the same day as one of theirs).
    pub fn proposals(
        &self,
        blocks: &[TrainingBlock],
        races: &[Race],
        dismissed: &[Tombstone],
    ) -> Vec<Proposal> {
        let blocks_left = self
            .blocks
            .iter()
            .filter(|p| !blocks.iter().any(|b| b.start <= p.end && p.start <= b.end));
        let races_left = self
            .races
            .iter()
            .filter(|p| !races.iter().any(|r| r.date == p.local_start.date()));
        blocks_left
            .cloned()
            .map(Proposal::Block)
            .chain(races_left.cloned().map(Proposal::Race))
            .filter(|p| !dismissed.iter().any(|d| d.id == p.dismissal_id()))
            .collect()
    }
}

impl ProposedBlock {
    /// The training block the runner accepts.
    pub fn accept(&self, id: RecordId, now: DateTime<Utc>) -> TrainingBlock {
        TrainingBlock {
            id,
            start: self.start,
            end: self.end,
            kind: self.kind,
            speed_work: self.speed_work,
            updated_at: now,
        }
    }
}

impl ProposedRace {
    /// The race the runner accepts, at the instant it started, in the runner's `zone` (files
    /// give an offset, not the zone of the start line): a race run abroad keeps its true start.
    pub fn accept(&self, id: RecordId, zone: Zone, now: DateTime<Utc>) -> Race {
        let local = self.start.with_timezone(&zone).naive_local();
        Race {
            id,
            name: self.name.clone(),
            date: local.date(),
            start_time: local.time(),
            time_zone: zone,
            distance_km: (self.distance_km * 10.0).round() / 10.0,
            expected_minutes: Some(self.minutes),
            // On the night the clocks go back, the start may be the second of two such times.
            second_of_repeated_hour: repeated_hour(zone, local)
                .is_some_and(|(_, second)| second == self.start),
            priority: Priority::B,
            outdoor: true,
            notes: String::new(),
            updated_at: now,
        }
    }
}
