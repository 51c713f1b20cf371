//! Widgets shared by several screens.

mod body_map;
mod countdown;
mod field;
mod inputs;
mod load_banner;
mod main_nav;

pub use body_map::BodyMap;
pub use countdown::Countdown;
pub use field::{error_id, Field};
pub use inputs::{Checkbox, NumberField, SelectField, TextField};
pub use load_banner::LoadBanner;
pub use main_nav::MainNav;
