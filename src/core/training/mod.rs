//! The runner's training: blocks of the season with a purpose, used to place massage where it
//! helps most.

pub mod activity;
pub mod block;
pub mod copy;
pub mod detect;
pub mod files;
pub mod load;

pub use block::{BlockKind, TrainingBlock};
