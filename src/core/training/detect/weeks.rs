//! What each week of training was: hard (load well above the weeks before) and with speed work.

use crate::core::training::activity::summary::median;
use crate::core::training::activity::{Activity, Sport};
use crate::core::training::load::{baseline, monday_of, LoadBasis, WeekLoad};
use crate::core::zone::Zone;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A week is hard when its load is this many times the average of the four weeks before: the
/// acute-to-chronic ratio of 1.3 that Gabbett (Br J Sports Med 50:273, 2016) gives as the top of
/// the range a body absorbs without a spike.
pub const HARD_WEEK_RATIO: f64 = 1.3;

/// A hard stretch goes on while each following week holds this share of the week that began it…
pub const HARD_HOLD_RATIO: f64 = 0.9;
/// …and stays this far above the four weeks before it.
pub const HARD_HOLD_VS_CHRONIC: f64 = 1.1;

/// A hard week is also well above the season's typical week, so a return from a week off is not
/// mistaken for one.
const HARD_VS_SEASON: f64 = 1.1;

/// Threshold pace, as a share of the runner's median running pace: easy running, which most of
/// the time is, goes 12-15% slower than the pace that can be held for about an hour.
pub const THRESHOLD_PACE_RATIO: f64 = 0.87;

/// A run with this share of its time quicker than threshold pace was speed work.
pub const FAST_SHARE: f64 = 0.2;

/// Repeated fast laps that make a run an interval session.
pub const FAST_LAPS: u8 = 3;

/// What one week was.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekSignals {
    pub load: WeekLoad,
    pub hard: bool,
    pub speed_work: bool,
    /// Whether the week held a race.
    pub race: bool,
}

/// Classifies every week of `weeks` (in order, as [`weekly_loads`] gives them).
///
/// [`weekly_loads`]: crate::core::training::load::weekly_loads
pub fn week_signals(
    weeks: &[WeekLoad],
    activities: &[Activity],
    basis: &LoadBasis,
    zone: &Zone,
    is_race: impl Fn(&Activity) -> bool,
) -> Vec<WeekSignals> {
    let trained: Vec<f64> = weeks
        .iter()
        .map(|w| w.training_load)
        .filter(|load| *load > 0.0)
        .collect();
    let season = if trained.is_empty() {
        0.0
    } else {
        median(&trained)
    };
    let threshold = basis
        .median_run_pace
        .map(|pace| pace * THRESHOLD_PACE_RATIO);
    // Each week's speed work and races, from one pass over the activities.
    let mut marks: BTreeMap<NaiveDate, (bool, bool)> = BTreeMap::new();
    for activity in activities {
        let mark = marks
            .entry(monday_of(activity.local_date(zone)))
            .or_default();
        if is_race(activity) {
            mark.1 = true;
        } else if activity.sport == Sport::Run && was_speed_work(activity, threshold) {
            mark.0 = true;
        }
    }
    let mut signals: Vec<WeekSignals> = Vec::with_capacity(weeks.len());
    let mut stretch_start: Option<f64> = None;
    for (index, week) in weeks.iter().enumerate() {
        let chronic = baseline(weeks, index, |w| w.training_load);
        let above = |ratio: f64| chronic.is_some_and(|base| week.training_load >= ratio * base);
        let spike = above(HARD_WEEK_RATIO) && week.training_load >= HARD_VS_SEASON * season;
        // A hard stretch goes on while the weeks hold their level and still stand above the
        // weeks before them: a runner who settles at a higher volume has a new normal, not a
        // months-long peak.
        let holds = stretch_start
            .is_some_and(|first| week.training_load >= HARD_HOLD_RATIO * first)
            && above(HARD_HOLD_VS_CHRONIC);
        let hard = spike || holds;
        stretch_start = match (hard, stretch_start) {
            (true, Some(first)) => Some(first),
            (true, None) => Some(week.training_load),
            (false, _) => None,
        };
        let (speed_work, race) = marks.get(&week.monday).copied().unwrap_or_default();
        signals.push(WeekSignals {
            load: week.clone(),
            hard,
            speed_work,
            race,
        });
    }
    signals
}

/// Repeated fast laps, or a good share of the run quicker than threshold pace.
fn was_speed_work(activity: &Activity, threshold: Option<f64>) -> bool {
    if activity.fast_laps >= FAST_LAPS {
        return true;
    }
    let profiled = activity.seconds_profiled();
    match threshold {
        Some(pace) if profiled > 0 => {
            f64::from(activity.seconds_quicker_than(pace)) >= FAST_SHARE * f64::from(profiled)
        }
        _ => false,
    }
}
