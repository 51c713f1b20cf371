//! Everything the recommendation rules read, bundled so `today()` and `plan()` take one argument.

use crate::core::body::BodyArea;
use crate::core::log::{LogEntry, LogKind, PreEventFor, Tissue};
use crate::core::massage::MassageKind;
use crate::core::profile::{PreEventPreference, Profile};
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::red_flags::{active_red_flags, ActiveRedFlag};
use crate::core::record::RecordId;
use crate::core::sorting;
use crate::core::training::TrainingBlock;
use crate::core::zone::Zone;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The runner's data, borrowed from wherever the app keeps it.
#[derive(Debug, Clone, Copy)]
pub struct PlanInputs<'a> {
    pub profile: &'a Profile,
    pub races: &'a [Race],
    pub blocks: &'a [TrainingBlock],
    pub log: &'a [LogEntry],
}

impl<'a> PlanInputs<'a> {
    /// The windows around every race, ordered by start (then id, so equal starts stay deterministic).
    pub fn race_windows(&self) -> Vec<RaceWindows> {
        let mut windows: Vec<RaceWindows> = self
            .races
            .iter()
            .map(|race| RaceWindows::new(race, self.profile))
            .collect();
        sorting::sort_by(&mut windows, |a, b| {
            a.start
                .cmp(&b.start)
                .then_with(|| a.race_id.cmp(&b.race_id))
        });
        windows
    }

    /// The race with this id, if it is still on the calendar.
    pub fn race(&self, id: &RecordId) -> Option<&'a Race> {
        self.races.iter().find(|race| &race.id == id)
    }

    /// Injuries in force on `date`, sorted, each area and tissue once (with its latest start).
    pub fn active_injuries(&self, date: NaiveDate) -> Vec<InjuryInForce> {
        injuries_in_force(self.log, date)
    }

    /// Every area to keep massage and rolling off on the runner's local `date` in `tz`: active
    /// injuries (rule 7) and areas under a red flag (rule 12), each once, in order.
    pub fn areas_to_keep_off(&self, date: NaiveDate, tz: Zone) -> BTreeSet<BodyArea> {
        keep_off(
            &self.active_injuries(date),
            &active_red_flags(self.log, date, tz),
        )
    }

    /// The hardest training block that contains `date`, if any.
    pub fn block_on(&self, date: NaiveDate) -> Option<&'a TrainingBlock> {
        self.blocks
            .iter()
            .filter(|block| block.contains(date))
            .max_by_key(|block| {
                (
                    block.kind.hardness(),
                    block.speed_work,
                    block.start,
                    &block.id,
                )
            })
    }

    /// Whether the runner's pre-event approach has been logged before anything other than `race_id`
    /// (rule 2). A no-touch runner has nothing to try, so it counts as tried.
    pub fn pre_event_approach_tried(&self, race_id: Option<&RecordId>) -> bool {
        let preference = self.profile.pre_event_preference;
        if matches!(preference, PreEventPreference::NoTouch { .. }) {
            return true;
        }
        self.log.iter().any(|entry| match &entry.kind {
            LogKind::MassageReceived {
                kind: MassageKind::PreEvent,
                before: Some(before),
                technique: Some(technique),
                ..
            } => {
                let other_occasion = match before {
                    PreEventFor::Workout => true,
                    // An earlier important race counts too: the approach has then been tried for real.
                    PreEventFor::Race { race_id: id } => Some(id) != race_id,
                };
                other_occasion && preference.technique() == Some(*technique)
            }
            _ => false,
        })
    }
}

/// An injury in force on a day (rule 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InjuryInForce {
    pub area: BodyArea,
    pub tissue: Tissue,
    /// The day it started: the acute phase counts from here.
    pub started: NaiveDate,
}

/// The injuries among `entries` in force on `date`, sorted, each area and tissue once (with its
/// latest start, whose acute phase is the one that still matters).
pub fn injuries_in_force<'e>(
    entries: impl IntoIterator<Item = &'e LogEntry>,
    date: NaiveDate,
) -> Vec<InjuryInForce> {
    let mut injuries: Vec<InjuryInForce> = Vec::new();
    for entry in entries {
        let (Some((area, tissue)), Some(started)) = (entry.injury_on(date), entry.injury_started())
        else {
            continue;
        };
        match injuries
            .iter_mut()
            .find(|held| held.area == area && held.tissue == tissue)
        {
            Some(held) => held.started = held.started.max(started),
            None => injuries.push(InjuryInForce {
                area,
                tissue,
                started,
            }),
        }
    }
    sorting::sort_by_key(&mut injuries, |injury| (injury.area, injury.tissue as u8));
    injuries
}

/// The areas `injuries` and the local `red_flags` keep massage off, each once, in order.
fn keep_off(injuries: &[InjuryInForce], red_flags: &[ActiveRedFlag]) -> BTreeSet<BodyArea> {
    let injured = injuries.iter().map(|injury| injury.area);
    let flagged = red_flags
        .iter()
        .filter(|found| found.flag.is_local())
        .filter_map(|found| found.area);
    injured.chain(flagged).collect()
}
