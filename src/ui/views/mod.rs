//! One component per screen.

mod quick_log;
mod quick_log_draft;
mod settings;
mod settings_draft;
mod timers;
mod today;

pub use settings::Settings;
pub use timers::{Player, RoutineEditor, Timers};
pub use today::Today;
