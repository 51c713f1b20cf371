//! The Training screen: importing training files with progress, the review of the blocks and races
//! they suggest, the weekly load chart, and the heart rates the load is measured against.

mod activities;
mod changes;
mod heart;
mod import;
mod review;
mod screen;

pub use screen::Training;
