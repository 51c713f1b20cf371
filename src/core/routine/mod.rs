//! Self-massage and stretching routines: their steps and timed segments, the built-in catalogue
//! fitted to the runner's tools, the pick for the day around any injury, routine files, and how
//! much self-massage suits the moment, with the words in `copy`.

pub mod anatomy;
pub mod catalog;
pub mod copy;
pub mod file;
pub mod fit;
pub mod pick;
pub mod self_massage;
pub mod situation;
pub mod steps;
pub mod style;
pub mod tools;

pub use steps::{
    total_seconds, Pacing, Pressure, Routine, Segment, SegmentKind, Side, Step,
    MAX_INSTRUCTION_CHARS, MAX_NAME_CHARS, MAX_STEPS, MAX_STEP_SECONDS, MIN_STEP_SECONDS,
};
