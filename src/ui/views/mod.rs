//! One component per screen, plus the forms and pieces each screen is made of.

mod aroma_calculator;
mod aromatherapy;
mod block_draft;
mod blocks;
mod calendar_export;
mod checklist_own;
mod checklists;
mod data_settings;
mod editor;
mod follow_up;
mod insights;
mod log;
mod log_form;
mod not_found;
mod quick_log;
mod quick_log_draft;
mod race_card;
mod race_draft;
mod race_form;
mod race_timeline;
mod races;
mod removal;
mod season;
mod settings;
mod settings_draft;
mod timers;
mod today;

pub use aromatherapy::Aromatherapy;
pub use checklists::Checklists;
pub use log::Log;
pub use not_found::NotFound;
pub use races::Races;
pub use settings::Settings;
pub use timers::{Player, RoutineEditor, Timers};
pub use today::Today;
