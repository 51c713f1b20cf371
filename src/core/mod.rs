//! The pure domain: every function takes the current date or instant as an argument and performs no I/O.

pub mod body;
pub mod profile;
pub mod record;
pub mod validation;
