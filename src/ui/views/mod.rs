//! One component per screen.

mod settings;
mod today;

pub use settings::Settings;
pub use today::Today;
