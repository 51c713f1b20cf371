//! The runner's log (massages, soreness check-ins, injuries, self-massage) and the insights drawn
//! from it.

pub mod entry;
pub mod insights;

pub use entry::{
    hours_after, LogEntry, LogKind, PreEventFor, Tissue, MAX_DAYS_BOOKED_AHEAD, MAX_NOTES_CHARS,
    MAX_SORENESS_HOURS,
};
