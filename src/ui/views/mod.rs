//! One component per screen.

mod settings;
mod settings_draft;
mod today;

pub use settings::Settings;
pub use today::Today;
