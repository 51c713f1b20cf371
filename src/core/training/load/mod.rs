//! Training load from the runner's own files: per activity (TRIMP), per week, and the acute and
//! chronic averages.

pub mod trimp;
pub mod weekly;

pub use trimp::{trimp, HeartRates, LoadBasis};
pub use weekly::{baseline, monday_of, weekly_loads, WeekLoad};
