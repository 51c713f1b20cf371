//! The training load of one activity, from heart rate where the file has it, else from pace.
//!
//! The formula is Banister's training impulse (TRIMP), as given in Morton, Fitz-Clarke and
//! Banister, "Modeling human performance in running", J Appl Physiol 69(3):1171-1177 (1990):
//!
//! ```text
//! TRIMP = minutes × ΔHR × 0.64 × e^(1.92 × ΔHR),   ΔHR = (HRavg − HRrest) / (HRmax − HRrest)
//! ```
//!
//! The weighting 0.64 e^(1.92 x) is the paper's; it was fitted to the lactate curve of men. The
//! paper's 0.86 e^(1.67 x) for women weighs 7-19% more over the range runners train in (ΔHR 0.5
//! to 0.9), about evenly across it; the app only compares a runner's weeks with that runner's own
//! weeks, so one weighting for everyone changes no proposal.
//!
//! Without heart rate, the same formula is fed an equivalent ΔHR from pace: the runner's median
//! running pace counts as easy ([`EASY_HEART_RATE_RESERVE`]), and faster running raises it in
//! proportion to speed, so an hour at median pace weighs what an easy hour with a strap would.

use crate::core::profile::{HeartRateSettings, MAX_HR_BPM};
use crate::core::training::activity::{summary::median, Activity, Sport};

/// The share of heart-rate reserve of an easy run: the middle of the 59-74% that endurance
/// guidelines give for easy aerobic running.
pub const EASY_HEART_RATE_RESERVE: f64 = 0.65;

/// The share of heart-rate reserve of brisk walking and hiking: the lower end of moderate effort.
pub const WALK_HEART_RATE_RESERVE: f64 = 0.4;

/// A resting heart rate for runners who have not set theirs: training files do not record it,
/// and 60 bpm is the usual adult figure. An error of 10 bpm moves every load alike.
pub const ASSUMED_RESTING_HR: u8 = 60;

/// The highest and resting heart rates the load is measured against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeartRates {
    pub max: f64,
    pub rest: f64,
}

impl HeartRates {
    /// The runner's own figures where set; else the highest heart rate in their files (a race or
    /// a hard repeat comes close to the true maximum) and [`ASSUMED_RESTING_HR`]. `None` when
    /// there is no maximum to go on, or it is not above the resting rate.
    ///
    /// One strap glitch must not set the maximum for every session: from five activities with
    /// heart rate on, the second highest is taken, and never above what the form accepts.
    pub fn for_runner(set: HeartRateSettings, activities: &[Activity]) -> Option<HeartRates> {
        let max = set
            .max_bpm
            .or_else(|| estimated_max(activities))
            .map(f64::from)?;
        let rest = f64::from(set.resting_bpm.unwrap_or(ASSUMED_RESTING_HR));
        (max > rest).then_some(HeartRates { max, rest })
    }

    /// ΔHR for an average heart rate, kept within 0 and 1.
    pub fn reserve_share(&self, avg_hr: f64) -> f64 {
        ((avg_hr - self.rest) / (self.max - self.rest)).clamp(0.0, 1.0)
    }
}

fn estimated_max(activities: &[Activity]) -> Option<u8> {
    let mut highs: Vec<u8> = activities
        .iter()
        .filter_map(|a| a.max_hr.or(a.avg_hr))
        .collect();
    crate::core::sorting::sort_by(&mut highs, |a, b| b.cmp(a));
    let pick = if highs.len() >= 5 {
        highs.get(1)
    } else {
        highs.first()
    };
    pick.map(|bpm| (*bpm).min(*MAX_HR_BPM.end()))
}

/// Banister's TRIMP for `minutes` at heart-rate reserve share `reserve`.
pub fn trimp(minutes: f64, reserve: f64) -> f64 {
    minutes * reserve * 0.64 * (1.92 * reserve).exp()
}

/// What load is measured against: the heart rates and the runner's median running pace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoadBasis {
    pub heart: Option<HeartRates>,
    /// Seconds per km; `None` when no run has a distance.
    pub median_run_pace: Option<f64>,
}

impl LoadBasis {
    /// The basis from the runner's settings and all their activities.
    pub fn for_runner(set: HeartRateSettings, activities: &[Activity]) -> Self {
        let paces: Vec<f64> = activities
            .iter()
            .filter(|a| a.sport == Sport::Run)
            .filter_map(Activity::pace_s_per_km)
            .collect();
        LoadBasis {
            heart: HeartRates::for_runner(set, activities),
            median_run_pace: (!paces.is_empty()).then(|| median(&paces)),
        }
    }

    /// The load of one activity.
    pub fn load(&self, activity: &Activity) -> f64 {
        let minutes = f64::from(activity.duration_s) / 60.0;
        let reserve = match (self.heart, activity.avg_hr) {
            (Some(heart), Some(avg)) => heart.reserve_share(f64::from(avg)),
            _ => self.reserve_from_pace(activity),
        };
        trimp(minutes, reserve)
    }

    /// The equivalent ΔHR of a run from its pace against the median. Other sports without heart
    /// rate have no pace to judge by: walking and hiking count at [`WALK_HEART_RATE_RESERVE`],
    /// the rest as easy, so a walking holiday does not read as a block of running.
    fn reserve_from_pace(&self, activity: &Activity) -> f64 {
        match (
            activity.sport,
            self.median_run_pace,
            activity.pace_s_per_km(),
        ) {
            (Sport::Run, Some(median), Some(pace)) => {
                (EASY_HEART_RATE_RESERVE * median / pace).clamp(0.0, 1.0)
            }
            (Sport::Walk, ..) => WALK_HEART_RATE_RESERVE,
            _ => EASY_HEART_RATE_RESERVE,
        }
    }
}
