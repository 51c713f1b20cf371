//! One component per screen.

mod aroma_calculator;
mod aromatherapy;
mod checklist_own;
mod checklists;
mod not_found;
mod quick_log;
mod quick_log_draft;
mod settings;
mod settings_draft;
mod today;

pub use aromatherapy::Aromatherapy;
pub use checklists::Checklists;
pub use not_found::NotFound;
pub use settings::Settings;
pub use today::Today;
