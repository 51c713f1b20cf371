//! Activities from the runner's own training files: what a file says, and the summary kept of it.

pub mod batch;
pub mod parsed;
pub mod summary;

pub use batch::{add_new, same_activity, BatchCounts};
pub use parsed::{ParsedActivity, ParsedLap, Sample, Sport};
pub use summary::{summarise, Activity};
