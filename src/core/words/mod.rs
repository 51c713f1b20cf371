//! The words a runner reads, in the runner's language: Fluent catalogues, one per feature and
//! language under `i18n/`, with English as the source and the fallback of every message.
//!
//! The wording functions read the language the app has set on this thread (`set_language`) through `message(id)`,
//! the way dates read the device's date order: what the rules decide stays pure and
//! language-free, and only the last step, turning a decision into a sentence, asks for words.
//! One thread per app (the web page, the desktop window), and one per test, so tests in
//! different languages never see each other's choice.

mod catalogue;
mod current;
mod language;
mod numbers;
mod pseudo;
mod sources;

pub use catalogue::{Arg, Catalogue};
pub use current::{in_english, language, message, message_with, set_language};
pub use language::Language;
pub use numbers::{counted, decimal, decimal_mark};
pub use sources::{catalogue_files, FEATURES};
