//! Widgets shared by several screens.

mod countdown;
mod field;
mod load_banner;
mod main_nav;

pub use countdown::Countdown;
pub use field::{error_id, Field};
pub use load_banner::LoadBanner;
pub use main_nav::MainNav;
