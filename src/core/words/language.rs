//! The languages the app speaks.

/// A language with a full set of catalogues. English is the source every other is translated
/// from, and the fallback for a message a translation lacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    German,
    French,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
    ];

    /// The language's code, as in `i18n/<code>/` and a BCP 47 tag: "en", "de", "fr", "es".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
        }
    }

    /// The language whose code is `code` ("de"), as stored in the profile and named in files.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code() == code)
    }

    /// The language of a locale tag as devices give them: a browser's "de-AT" or "fr", or a
    /// system's "fr_CA.UTF-8"; `None` for a language the app does not speak, and for the C
    /// library's "C" and "POSIX", which name no language.
    pub fn of_locale(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or_default();
        Language::from_code(&primary.to_ascii_lowercase())
    }

    /// The language to speak on a device that prefers `tags`, most wanted first: the first
    /// the app speaks, else English (a Dutch runner who also reads German gets German).
    pub fn for_device<S: AsRef<str>>(tags: &[S]) -> Language {
        tags.iter()
            .find_map(|tag| Language::of_locale(tag.as_ref()))
            .unwrap_or_default()
    }
}
