//! The Checklists screen: a race's pre- and post-event lists with progress, and the runner's own items.

mod own_items;
mod screen;

pub use screen::Checklists;
