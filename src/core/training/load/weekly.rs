//! Training load week by week, with the acute (7-day) and chronic (28-day) averages.

use crate::core::training::activity::Activity;
use crate::core::training::load::LoadBasis;
use crate::core::zone::Zone;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::BTreeMap;

/// One Monday-to-Sunday week of training.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekLoad {
    pub monday: NaiveDate,
    /// Everything done that week.
    pub load: f64,
    /// The same with races left out: a race is a one-off effort, not the training's shape, so it
    /// neither makes a hard week nor hides a taper.
    pub training_load: f64,
    /// Average daily load over the week (the acute load, as of its Sunday).
    pub acute: f64,
    /// Average daily load over the 28 days to its Sunday (the chronic load).
    pub chronic: f64,
    /// Activities in the week, races included.
    pub activities: usize,
}

/// The average training load of up to four weeks before `index` (the chronic load a week is
/// judged against), `None` with fewer than two weeks to go on.
pub fn baseline<T>(weeks: &[T], index: usize, training_load: impl Fn(&T) -> f64) -> Option<f64> {
    let before = &weeks[index.saturating_sub(4)..index];
    (before.len() >= 2).then(|| before.iter().map(training_load).sum::<f64>() / before.len() as f64)
}

/// The Monday of the week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// Every week from the first activity's to the last's, empty weeks included, in order. An
/// activity's week is that of its local start (see [`Activity::local_date`]); `is_race` says
/// which activities are races.
pub fn weekly_loads(
    activities: &[Activity],
    basis: &LoadBasis,
    zone: &Zone,
    is_race: impl Fn(&Activity) -> bool,
) -> Vec<WeekLoad> {
    let mut daily: BTreeMap<NaiveDate, (f64, f64, usize)> = BTreeMap::new();
    for activity in activities {
        let load = basis.load(activity);
        let day = daily
            .entry(activity.local_date(zone))
            .or_insert((0.0, 0.0, 0));
        day.0 += load;
        if !is_race(activity) {
            day.1 += load;
        }
        day.2 += 1;
    }
    let (Some(first), Some(last)) = (daily.keys().next(), daily.keys().next_back()) else {
        return Vec::new();
    };
    let load_over = |from: NaiveDate, to: NaiveDate| -> f64 {
        daily.range(from..=to).map(|(_, day)| day.0).sum()
    };
    let mut weeks = Vec::new();
    let mut monday = monday_of(*first);
    while monday <= *last {
        let sunday = monday + Duration::days(6);
        let in_week = daily.range(monday..=sunday).map(|(_, day)| day);
        let (load, training_load, count) = in_week.fold((0.0, 0.0, 0), |sum, day| {
            (sum.0 + day.0, sum.1 + day.1, sum.2 + day.2)
        });
        weeks.push(WeekLoad {
            monday,
            load,
            training_load,
            acute: load / 7.0,
            chronic: load_over(sunday - Duration::days(27), sunday) / 28.0,
            activities: count,
        });
        monday += Duration::days(7);
    }
    weeks
}
