//! Where each language's catalogues come from. English is compiled into every build. The
//! other languages are compiled into the native builds (desktop, tests); the web build leaves
//! them out of its start-up bundle.

use crate::core::words::Language;

/// The one list of features that have a catalogue (`i18n/<language>/<feature>.ftl`), handed to
/// `then!` so the names and every language's files are made from the same list.
macro_rules! features {
    ($then:ident $(, $language:literal)?) => {
        $then!($($language;)? "shell", "dates", "checklists", "aromatherapy", "safety", "training", "settings", "log", "timers", "routines", "components", "forms", "store", "desktop", "races", "today", "massages", "zones")
    };
}

macro_rules! names {
    ($($feature:literal),+) => {
        [$($feature),+]
    };
}

macro_rules! files {
    ($language:literal; $($feature:literal),+) => {
        // The copies `build.rs` makes without the translators' comments.
        [$(include_str!(concat!(env!("OUT_DIR"), "/i18n/", $language, "/", $feature, ".ftl"))),+]
    };
}

/// Every feature with a catalogue, in the order each language's files are given.
pub const FEATURES: [&str; 18] = features!(names);

const ENGLISH: [&str; FEATURES.len()] = features!(files, "en");
#[cfg(not(target_arch = "wasm32"))]
const GERMAN: [&str; FEATURES.len()] = features!(files, "de");
#[cfg(not(target_arch = "wasm32"))]
const FRENCH: [&str; FEATURES.len()] = features!(files, "fr");
#[cfg(not(target_arch = "wasm32"))]
const SPANISH: [&str; FEATURES.len()] = features!(files, "es");

/// The text of `language`'s catalogue files compiled into this build, one per feature; `None`
/// where this build does not hold them.
pub fn catalogue_files(language: Language) -> Option<&'static [&'static str]> {
    match language {
        Language::English => Some(&ENGLISH),
        #[cfg(not(target_arch = "wasm32"))]
        Language::German => Some(&GERMAN),
        #[cfg(not(target_arch = "wasm32"))]
        Language::French => Some(&FRENCH),
        #[cfg(not(target_arch = "wasm32"))]
        Language::Spanish => Some(&SPANISH),
        #[cfg(target_arch = "wasm32")]
        Language::German | Language::French | Language::Spanish => None,
    }
}
