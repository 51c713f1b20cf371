//! The More screen: on a phone, the screens that do not fit in the bottom bar, one tap away.

mod screen;

pub use screen::More;
