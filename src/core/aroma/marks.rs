//! The runner's own marks on oils (new, patch-tested, avoid) and the warning for oils still new to
//! them close to an A race.

use crate::core::aroma::oils::oil;
use crate::core::race::{Priority, Race};
use crate::core::record::{Record, RecordId};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// An oil still new to the runner this close to an A race gets a warning.
pub const NEW_OIL_WARNING_DAYS: i64 = 7;

/// How well the runner knows an oil on their own skin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OilStatus {
    #[default]
    NotMarked,
    /// Not patch-tested yet.
    New,
    PatchTested,
}

impl OilStatus {
    /// Every status, as offered.
    pub const ALL: [OilStatus; 3] = [OilStatus::NotMarked, OilStatus::New, OilStatus::PatchTested];
}

/// The runner's mark on one oil. The id is derived from the oil, so marks from two devices merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OilMark {
    pub id: RecordId,
    pub oil: String,
    pub status: OilStatus,
    pub updated_at: DateTime<Utc>,
}

impl Record for OilMark {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// The runner's mark on `oil_key`.
pub fn status_of(marks: &[OilMark], oil_key: &str) -> OilStatus {
    marks
        .iter()
        .find(|mark| mark.oil == oil_key)
        .map_or(OilStatus::NotMarked, |mark| mark.status)
}

/// The record of the runner's mark `status` on `oil_key`: the one already kept, changed, or a
/// new one.
pub fn marked(marks: &[OilMark], oil_key: &str, status: OilStatus, now: DateTime<Utc>) -> OilMark {
    let id = marks.iter().find(|mark| mark.oil == oil_key).map_or_else(
        || RecordId(format!("oil-{oil_key}")),
        |mark| mark.id.clone(),
    );
    OilMark {
        id,
        oil: oil_key.to_string(),
        status,
        updated_at: now,
    }
}

/// Records the runner's mark on `oil_key` in `marks`.
pub fn set_status(marks: &mut Vec<OilMark>, oil_key: &str, status: OilStatus, now: DateTime<Utc>) {
    let mark = marked(marks, oil_key, status, now);
    match marks.iter_mut().find(|kept| kept.id == mark.id) {
        Some(kept) => *kept = mark,
        None => marks.push(mark),
    }
}

/// A warning about an oil still new to the runner with an A race close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOilWarning {
    pub oil_key: String,
    pub oil_name: String,
    pub race: String,
    /// Whole days until the race starts (0: less than a day).
    pub days_away: i64,
}

/// Warnings for oils marked new while an A race starts within [`NEW_OIL_WARNING_DAYS`] of `now`.
pub fn new_oil_warnings(
    marks: &[OilMark],
    races: &[Race],
    now: DateTime<Utc>,
) -> Vec<NewOilWarning> {
    let horizon = now + Duration::days(NEW_OIL_WARNING_DAYS);
    let Some(race) = races
        .iter()
        .filter(|race| race.priority == Priority::A)
        .filter(|race| (now..=horizon).contains(&race.start_instant()))
        .min_by_key(|race| (race.start_instant(), &race.id))
    else {
        return Vec::new();
    };
    let days_away = (race.start_instant() - now).num_days();
    marks
        .iter()
        .filter(|mark| mark.status == OilStatus::New)
        .filter_map(|mark| oil(&mark.oil))
        .map(|oil| NewOilWarning {
            oil_key: oil.key.to_string(),
            oil_name: oil.name(),
            race: race.name.clone(),
            days_away,
        })
        .collect()
}
