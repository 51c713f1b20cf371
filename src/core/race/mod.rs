//! A race on the runner's calendar: the race itself, its local start in its own zone, and the
//! countdown to it.

pub mod countdown;
pub mod event;
pub mod local_time;

pub use event::{
    duration_text, parse_expected_time, parse_time_zone, Priority, Race, RaceLength,
    DISTANCE_PRESETS, MARATHON_KM, MAX_DISTANCE_KM, MAX_EXPECTED_MINUTES, MAX_RACE_NAME_CHARS,
    ULTRA_KM,
};
