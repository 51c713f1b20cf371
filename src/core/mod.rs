//! The pure domain: every function takes the current date or instant as an argument and performs no I/O.

pub mod block;
pub mod body;
pub mod calendar;
pub mod countdown;
pub mod cue;
pub mod day;
pub mod inputs;
pub mod local_time;
pub mod log;
pub mod massage;
pub mod moment;
pub mod notices;
pub mod phase;
pub mod plan;
pub mod plan_days;
pub mod profile;
pub mod race;
pub mod record;
pub mod routine;
pub mod routine_catalog;
pub mod routine_io;
pub mod rules;
pub mod self_massage;
pub mod timer;
pub mod today;
pub mod validation;
