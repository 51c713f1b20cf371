//! A race on the runner's calendar: the race itself, its local start in its own zone, and the
//! countdown to it.

pub mod countdown;
pub mod event;
pub mod local_time;

pub use event::{
    parse_time_zone, Priority, Race, CONSERVATIVE_PACE_SECS_PER_KM, DISTANCE_PRESETS,
    MAX_DISTANCE_KM, MAX_RACE_NAME_CHARS, MAX_YEARS_FROM_TODAY,
};
