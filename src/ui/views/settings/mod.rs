//! The Settings screen: the profile and rule settings with their draft, and the runner's data
//! (where it lives, export, import with Undo for a replace), and the Open screen for a file the
//! installed app was given.

mod data;
mod draft;
mod open_file;
mod replace;
mod requests;
mod room_check;
mod screen;

pub use open_file::OpenFile;
pub use requests::{use_data_requests_provider, DataRequest, DataRequests};
pub use screen::Settings;
