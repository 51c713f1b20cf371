//! One folder per screen, holding the screen's component (`screen.rs`) and the forms, drafts and
//! pieces it is made of.

mod aromatherapy;
mod checklists;
mod log;
mod more;
mod not_found;
mod races;
mod settings;
mod timers;
mod today;
mod training;

pub use aromatherapy::Aromatherapy;
pub use checklists::Checklists;
pub use log::Log;
pub use more::More;
pub use not_found::NotFound;
pub use races::Races;
pub use settings::{use_data_requests_provider, DataRequest, DataRequests, OpenFile, Settings};
pub use timers::{use_running_provider, Leave, Player, RoutineEditor, RunningBar, Timers};
pub use today::Today;
pub use training::Training;
