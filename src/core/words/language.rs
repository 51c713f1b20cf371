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
}
