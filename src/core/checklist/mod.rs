//! Pre- and post-event checklists for each race: when items are due, the built-in templates, the
//! runner's own items and ticks, and progress; the words of the headings and the built-in items
//! are in `copy`.

pub mod copy;
pub mod group;
pub mod lists;
pub mod state;
pub mod templates;

pub use group::{Group, ListKind};
pub use lists::{default_race, due_between, due_now, Checklist, ChecklistItem, DueItem, Progress};
