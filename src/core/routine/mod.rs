//! Self-massage routines: their steps and timed segments, the built-in catalogue and the pick for
//! the day, routine files, and how much self-massage suits the moment, with its words in `copy`.

pub mod catalog;
pub mod copy;
pub mod file;
pub mod self_massage;
pub mod steps;

pub use steps::{
    total_seconds, Pacing, Pressure, Routine, Segment, SegmentKind, Side, Step,
    MAX_INSTRUCTION_CHARS, MAX_NAME_CHARS, MAX_STEPS, MAX_STEP_SECONDS, MIN_STEP_SECONDS,
};
