//! The language the runner wants the app to speak: the device's, or one chosen in Settings.
//! Part of the profile, so an export carries it to the runner's other devices.

use crate::core::words::{message, Language};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which language the app speaks. Stored as a key: "device", or a language's code ("de").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum LanguageChoice {
    /// The first of the device's languages the app speaks, else English.
    #[default]
    Device,
    Chosen(Language),
}

impl LanguageChoice {
    /// The choices Settings offers: the device's language, then each language by its own name.
    pub fn choices() -> impl Iterator<Item = LanguageChoice> {
        std::iter::once(LanguageChoice::Device).chain(Language::ALL.map(LanguageChoice::Chosen))
    }

    /// Stable key used in forms and in the stored document.
    pub fn key(self) -> &'static str {
        match self {
            LanguageChoice::Device => "device",
            LanguageChoice::Chosen(language) => language.code(),
        }
    }

    pub fn from_key(key: &str) -> Option<LanguageChoice> {
        match key {
            "device" => Some(LanguageChoice::Device),
            code => Language::from_code(code).map(LanguageChoice::Chosen),
        }
    }

    /// The choice as the runner reads it. Each language is named in its own words ("Deutsch"),
    /// so a runner who cannot read the current one still finds theirs.
    pub fn label(self) -> String {
        match self {
            LanguageChoice::Device => message("settings-language-device"),
            LanguageChoice::Chosen(Language::English) => message("settings-language-en"),
            LanguageChoice::Chosen(Language::German) => message("settings-language-de"),
            LanguageChoice::Chosen(Language::French) => message("settings-language-fr"),
            LanguageChoice::Chosen(Language::Spanish) => message("settings-language-es"),
        }
    }

    /// The language to speak on a device whose languages are `device_tags`, most wanted first.
    pub fn resolve<S: AsRef<str>>(self, device_tags: &[S]) -> Language {
        match self {
            LanguageChoice::Device => Language::for_device(device_tags),
            LanguageChoice::Chosen(language) => language,
        }
    }
}

impl Serialize for LanguageChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A key this version does not know (a language a newer version added) reads as the device's
/// language: the rest of the profile must not be lost over it.
impl<'de> Deserialize<'de> for LanguageChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Ok(LanguageChoice::from_key(&key).unwrap_or_default())
    }
}
