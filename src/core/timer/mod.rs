//! The guided-session timer: a pure state machine fed timestamps (deadlines, never counted ticks),
//! its read-only views, the cues it emits and the words the player shows and says for them.

pub mod copy;
pub mod cue;
pub mod engine;
pub mod moment;
pub mod snapshot;

pub use engine::{SessionSummary, Status, Timer, BACK_RESTARTS_AFTER_MS};
