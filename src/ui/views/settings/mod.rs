//! The Settings screen: the profile and rule settings with their draft, and the runner's data
//! (where it lives, export, import).

mod data;
mod draft;
mod screen;

pub use screen::Settings;
