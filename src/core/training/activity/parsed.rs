//! What one activity file says, as read from FIT, GPX or TCX, before it is summarised. Nothing here
//! is stored: the summary keeps what it needs, and the track was never more than running totals.

use crate::core::training::activity::doubt::Damage;
use crate::core::training::activity::track::Track;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The sport of an activity, as far as the file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sport {
    /// Road, track, trail or treadmill running.
    Run,
    Ride,
    Swim,
    /// Walking and hiking.
    Walk,
    Other,
}

/// One lap (a split the watch or the runner marked).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedLap {
    /// Timer time of the lap, in seconds.
    pub duration_s: f64,
    pub distance_m: Option<f64>,
    pub avg_hr: Option<f64>,
}

/// One activity as a file describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedActivity {
    /// The file's own id for the activity (FIT: serial number and time created; TCX: `<Id>`;
    /// Strava: the archive's activity id), so a re-import is recognised.
    pub source_id: Option<String>,
    pub name: Option<String>,
    pub sport: Sport,
    pub start: DateTime<Utc>,
    /// Local time minus UTC at the start, in minutes, where the file says.
    pub utc_offset_minutes: Option<i32>,
    /// Timer time in seconds (pauses left out where the file says so), else elapsed time.
    pub duration_s: f64,
    /// From the start to the end, pauses included, where the file says; a timer time longer
    /// than this is a watch's mistake.
    pub elapsed_s: Option<f64>,
    pub distance_m: Option<f64>,
    pub avg_hr: Option<f64>,
    pub max_hr: Option<f64>,
    /// In time order; empty when the file has none.
    pub laps: Vec<ParsedLap>,
    /// The running totals of its track points; empty when the file has none.
    pub track: Track,
    /// Set when the file is damaged and this is what could be read before the damage.
    pub damage: Option<Damage>,
}
