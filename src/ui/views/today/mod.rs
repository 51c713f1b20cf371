//! The Today screen: the next race, what to do today and why, the red-flag check, the soreness
//! question and the quick log.

mod follow_up;
mod quick_log;
mod red_flag_check;
mod screen;

pub use screen::Today;
