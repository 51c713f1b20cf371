//! What each week of training was: hard (load well above the weeks before) and with speed work.

use crate::core::training::activity::summary::median;
use crate::core::training::activity::{Activity, Sport};
use crate::core::training::load::{monday_of, LoadBasis, WeekLoad};
use crate::core::zone::Zone;

/// A week is hard when its load is this many times the average of the four weeks before: the
/// acute-to-chronic ratio of 1.3 that Gabbett (Br J Sports Med 50:273, 2016) gives as the top of
/// the range a body absorbs without a spike.
pub const HARD_WEEK_RATIO: f64 = 1.3;

/// A hard stretch goes on while each following week holds this share of the week that began it.
pub const HARD_HOLD_RATIO: f64 = 0.9;

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
    let mut signals: Vec<WeekSignals> = Vec::with_capacity(weeks.len());
    let mut stretch_start: Option<f64> = None;
    for (index, week) in weeks.iter().enumerate() {
        let before = &weeks[index.saturating_sub(4)..index];
        let baseline =
            before.iter().map(|w| w.training_load).sum::<f64>() / before.len().max(1) as f64;
        let spike = before.len() >= 2
            && week.training_load >= HARD_WEEK_RATIO * baseline
            && week.training_load >= HARD_VS_SEASON * season;
        let holds =
            stretch_start.is_some_and(|first| week.training_load >= HARD_HOLD_RATIO * first);
        let hard = spike || holds;
        stretch_start = match (hard, stretch_start) {
            (true, Some(first)) => Some(first),
            (true, None) => Some(week.training_load),
            (false, _) => None,
        };
        let in_week = activities
            .iter()
            .filter(|a| monday_of(a.local_date(zone)) == week.monday);
        let (mut speed_work, mut race) = (false, false);
        for activity in in_week {
            if is_race(activity) {
                race = true;
            } else if activity.sport == Sport::Run && was_speed_work(activity, threshold) {
                speed_work = true;
            }
        }
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
