//! The Races screen: race cards with countdowns and timelines, the race form and its draft, training
//! blocks, the season at a glance (the planner in wide windows), deletion with undo and the calendar
//! export.

mod actions;
mod block_draft;
mod blocks;
mod calendar_export;
mod card;
mod compact;
mod draft;
mod editor;
mod form;
mod left_out;
mod planner;
mod removal;
mod screen;
mod season;
mod timeline;
mod zone_field;

pub use screen::Races;
// The training screen edits a proposed block with the same draft and fields.
pub(crate) use block_draft::BlockDraft;
pub(crate) use blocks::BlockFields;
