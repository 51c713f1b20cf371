//! The Log screen: everything logged with add, edit, delete and undo, the one log form (also used by
//! Today's quick log) with its draft, and the insights under the log.

pub(super) mod draft;
pub(super) mod form;
mod insights;
mod screen;

pub use screen::Log;
