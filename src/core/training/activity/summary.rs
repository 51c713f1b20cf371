//! The summary kept of one activity: enough to weigh the training and find hard weeks, speed work
//! and races, and never the track itself.

use crate::core::record::{fnv1a, Record, RecordId};
use crate::core::sorting;
use crate::core::training::activity::doubt::too_fast;
use crate::core::training::activity::{Doubt, ParsedActivity, Sport};
use crate::core::validation::FieldErrors;
use crate::core::words::{message_with, Arg};
use crate::core::zone::Zone;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// Pace bands of the pace profile, in seconds per km: band `i` holds the time spent between
/// `PACE_BAND_FASTEST + i * PACE_BAND_WIDTH` and the next edge. The first band also takes anything
/// faster, the last anything slower, so the bands always add up to the time moving.
pub const PACE_BAND_FASTEST: u32 = 150;
pub const PACE_BAND_WIDTH: u32 = 15;
pub const PACE_BANDS: usize = 24;

/// A lap counts as fast when its pace is at least this much quicker than the activity's median
/// lap pace (an 800 m repeat is typically 15-25% quicker than the jog between).
pub const FAST_LAP_RATIO: f64 = 0.92;

/// One activity as the app keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: RecordId,
    pub start: DateTime<Utc>,
    /// Local time minus UTC at the start, in minutes, where the file said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset_minutes: Option<i32>,
    pub sport: Sport,
    pub name: String,
    /// Timer time, in seconds.
    pub duration_s: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_hr: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_hr: Option<u8>,
    /// Seconds moving in each pace band (see [`PACE_BANDS`]); empty without distance samples.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pace_profile: Vec<u32>,
    /// Laps run clearly faster than the activity's typical lap: repeats of an interval session.
    #[serde(default)]
    pub fast_laps: u8,
    /// What the runner has to look at before it counts (see [`Doubt`]); empty for most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doubts: Vec<Doubt>,
    /// When it was imported: the activities of one import share it, so the import can be undone
    /// as a whole. Activities kept before this was recorded have their `updated_at` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

impl Record for Activity {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl Activity {
    /// The local date and time it started at: in the zone it was done in where the file said,
    /// else in the runner's zone `fallback`.
    pub fn local_start(&self, fallback: &Zone) -> NaiveDateTime {
        match self
            .utc_offset_minutes
            .and_then(|minutes| FixedOffset::east_opt(minutes * 60))
        {
            Some(offset) => self.start.with_timezone(&offset).naive_local(),
            None => self.start.with_timezone(fallback).naive_local(),
        }
    }

    /// The day it started on (see [`Activity::local_start`]).
    pub fn local_date(&self, fallback: &Zone) -> NaiveDate {
        self.local_start(fallback).date()
    }

    /// Average pace in seconds per km, for an activity with a distance.
    pub fn pace_s_per_km(&self) -> Option<f64> {
        let metres = f64::from(self.distance_m?);
        (metres >= 1.0).then(|| f64::from(self.duration_s) / (metres / 1000.0))
    }

    /// Seconds of the pace profile quicker than `pace_s_per_km`, counting a band when its slower
    /// edge is at or quicker than that pace.
    pub fn seconds_quicker_than(&self, pace_s_per_km: f64) -> u32 {
        self.pace_profile
            .iter()
            .enumerate()
            .filter(|(band, _)| f64::from(band_slower_edge(*band)) <= pace_s_per_km)
            .map(|(_, seconds)| seconds)
            .sum()
    }

    /// The time moving that the pace profile covers.
    pub fn seconds_profiled(&self) -> u32 {
        self.pace_profile.iter().sum()
    }

    /// Whether it counts towards the load and the proposals: not waiting for the runner's word.
    pub fn counts(&self) -> bool {
        self.doubts.is_empty()
    }

    /// The import it came in with.
    pub fn import_batch(&self) -> DateTime<Utc> {
        self.imported_at.unwrap_or(self.updated_at)
    }
}

/// How far a timer time may run past the elapsed time before it is a watch's mistake, in
/// seconds, at the least, and as a share of the elapsed time: watches round the two apart.
const TIMER_SLACK_S: f64 = 2.0;
const TIMER_SLACK_SHARE: f64 = 0.01;

/// The slower edge of pace band `band`, in seconds per km.
fn band_slower_edge(band: usize) -> u32 {
    PACE_BAND_FASTEST + (band as u32 + 1) * PACE_BAND_WIDTH
}

/// Summarises what a file said into the record kept; `imported` is the import's instant. A
/// timer time longer than the activity lasted is cut to the time it lasted; that, a speed no one
/// goes and a damaged file each leave a [`Doubt`] for the runner to settle.
pub fn summarise(parsed: &ParsedActivity, imported: DateTime<Utc>) -> Activity {
    let track = &parsed.track;
    let avg_hr = parsed.avg_hr.or_else(|| track.avg_hr());
    let max_hr = parsed.max_hr.or_else(|| track.max_hr());
    let mut doubts: Vec<Doubt> = parsed
        .damage
        .map(|damage| Doubt::PartlyRead { damage })
        .into_iter()
        .collect();
    let mut seconds = parsed.duration_s.max(0.0);
    if let Some(elapsed) = parsed.elapsed_s.filter(|e| *e > 0.0) {
        if seconds > elapsed + TIMER_SLACK_S.max(elapsed * TIMER_SLACK_SHARE) {
            doubts.push(Doubt::TimerOverElapsed {
                timer_s: seconds.round() as u32,
                elapsed_s: elapsed.round() as u32,
            });
            seconds = elapsed;
        }
    }
    let duration_s = seconds.round() as u32;
    let distance_m = parsed
        .distance_m
        .or_else(|| track.distance_m())
        .filter(|metres| *metres > 0.0)
        .map(|metres| metres.round() as u32);
    doubts.extend(too_fast(parsed.sport, duration_s, distance_m));
    Activity {
        id: stable_id(parsed, duration_s, distance_m),
        start: parsed.start,
        utc_offset_minutes: parsed.utc_offset_minutes,
        sport: parsed.sport,
        name: parsed.name.clone().unwrap_or_default(),
        duration_s,
        distance_m,
        avg_hr: avg_hr.and_then(to_bpm),
        max_hr: max_hr.and_then(to_bpm),
        pace_profile: pace_profile(track.pace_bands()),
        fast_laps: fast_laps(parsed),
        doubts,
        imported_at: Some(imported),
        updated_at: imported,
    }
}

/// The id a re-import finds again: the file's own activity id where it has one, else a hash of
/// start, duration and distance (the same activity exported twice has all three in common).
fn stable_id(parsed: &ParsedActivity, duration_s: u32, distance_m: Option<u32>) -> RecordId {
    let key = match &parsed.source_id {
        Some(source) => source.clone(),
        None => format!(
            "{}/{duration_s}/{}",
            parsed.start.timestamp(),
            distance_m.unwrap_or(0)
        ),
    };
    RecordId(format!("activity-{:016x}", fnv1a(key.as_bytes())))
}

/// Whole seconds per band, or none when the track never moved.
fn pace_profile(bands: &[f32]) -> Vec<u32> {
    if bands.iter().all(|seconds| *seconds < 0.5) {
        return Vec::new();
    }
    bands.iter().map(|s| s.round() as u32).collect()
}

/// Laps quicker than [`FAST_LAP_RATIO`] of the median lap pace; a single quick lap is not a
/// session of repeats, so fewer than three count as none.
fn fast_laps(parsed: &ParsedActivity) -> u8 {
    let paces: Vec<f64> = parsed
        .laps
        .iter()
        .filter_map(|lap| {
            let metres = lap.distance_m.filter(|m| *m >= 100.0)?;
            (lap.duration_s > 0.0).then(|| lap.duration_s / (metres / 1000.0))
        })
        .collect();
    if paces.len() < 3 {
        return 0;
    }
    let typical = median(&paces);
    let fast = paces
        .iter()
        .filter(|pace| **pace <= typical * FAST_LAP_RATIO)
        .count();
    if fast >= 3 {
        u8::try_from(fast).unwrap_or(u8::MAX)
    } else {
        0
    }
}

/// A heart rate kept, or `None` for a reading no heart makes (a strap's glitch, a missing value
/// written as 0 or 255): the rest of the activity is still good.
fn to_bpm(hr: f64) -> Option<u8> {
    let bpm = hr.round();
    (bpm >= f64::from(*HEART_RATE_BPM.start()) && bpm <= f64::from(*HEART_RATE_BPM.end()))
        .then_some(bpm as u8)
}

/// The median of a non-empty list (the mean of the middle two for an even count).
pub(crate) fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorting::sort_by(&mut sorted, |a, b| a.total_cmp(b));
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    }
}

/// The longest activity kept: a multi-day ultra is still under a week.
pub const MAX_ACTIVITY_DAYS: u32 = 7;
/// The earliest start kept: GPS running watches came after it, so an earlier date is a watch
/// whose clock was never set.
pub const EARLIEST_YEAR: i32 = 2000;
/// Heart rates outside this range are a strap's glitch, not a runner's.
pub const HEART_RATE_BPM: std::ops::RangeInclusive<u8> = 25..=250;

impl Activity {
    /// The checks a stored summary passes, on load and on import of a backup.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.start.year() < EARLIEST_YEAR {
            // Years as digits: a number would take a thousands mark.
            let args = [
                ("year", Arg::from(self.start.year().to_string())),
                ("earliest", Arg::from(EARLIEST_YEAR.to_string())),
            ];
            errors.push("start", message_with("training-check-year", &args));
        }
        if self.duration_s == 0 || self.duration_s > MAX_ACTIVITY_DAYS * 86_400 {
            let args = [("days", Arg::from(MAX_ACTIVITY_DAYS))];
            errors.push("duration_s", message_with("training-check-duration", &args));
        }
        for (field, hr) in [("avg_hr", self.avg_hr), ("max_hr", self.max_hr)] {
            if hr.is_some_and(|bpm| !HEART_RATE_BPM.contains(&bpm)) {
                let args = [
                    ("low", Arg::from(u32::from(*HEART_RATE_BPM.start()))),
                    ("high", Arg::from(u32::from(*HEART_RATE_BPM.end()))),
                ];
                errors.push(field, message_with("training-check-heart-rate", &args));
            }
        }
        if self.pace_profile.len() > PACE_BANDS {
            let args = [("bands", Arg::from(PACE_BANDS))];
            errors.push(
                "pace_profile",
                message_with("training-check-pace-profile", &args),
            );
        }
        errors.into_result()
    }
}
