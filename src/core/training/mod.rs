//! The runner's training: blocks of the season with a purpose, used to place massage where it
//! helps most.

pub mod block;
pub mod files;

pub use block::{BlockKind, TrainingBlock};
