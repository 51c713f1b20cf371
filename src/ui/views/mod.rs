//! One component per screen.

mod not_found;
mod quick_log;
mod quick_log_draft;
mod settings;
mod settings_draft;
mod timers;
mod today;

pub use not_found::NotFound;
pub use settings::Settings;
pub use timers::{Player, RoutineEditor, Timers};
pub use today::Today;
