//! The pure domain, one folder per feature: every function takes the current date or instant (and
//! the zone) as an argument and performs no I/O.
//!
//! The files at this level are the vocabulary every feature shares: record identity, field
//! validation, body areas and tools, and the kinds of massage.

pub mod aroma;
pub mod body;
pub mod checklist;
pub mod dates;
pub mod log;
pub mod massage;
pub mod plain_words;
pub mod profile;
pub mod race;
pub mod recommend;
pub mod record;
pub mod routine;
pub mod safety;
pub mod sorting;
pub mod timer;
pub mod training;
pub mod validation;
pub mod words;
pub mod zone;
