//! One component per screen.

mod data_settings;
mod follow_up;
mod insights;
mod log;
mod log_form;
mod not_found;
mod quick_log;
mod quick_log_draft;
mod settings;
mod settings_draft;
mod today;

pub use log::Log;
pub use not_found::NotFound;
pub use settings::Settings;
pub use today::Today;
