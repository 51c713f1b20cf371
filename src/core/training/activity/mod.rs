//! Activities from the runner's own training files: what a file says, and the summary kept of it.

pub mod batch;
pub mod doubt;
pub mod parsed;
pub mod summary;
pub mod track;

pub use batch::{add_new, same_activity, BatchCounts};
pub use doubt::{Damage, Doubt};
pub use parsed::{ParsedActivity, ParsedLap, Sport};
pub use summary::{summarise, Activity};
pub use track::{Sample, Track};
