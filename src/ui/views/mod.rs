//! One component per screen.

mod not_found;
mod quick_log;
mod quick_log_draft;
mod settings;
mod settings_draft;
mod today;

pub use not_found::NotFound;
pub use settings::Settings;
pub use today::Today;
