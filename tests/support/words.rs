//! Tests that read the app's words in another language.

use fresh_legs::core::profile::LanguageChoice;
use fresh_legs::core::words::{set_language, Catalogue, Language};
use fresh_legs::store::Document;

/// What `work` returns with this thread speaking `language`. The thread speaks English again
/// afterwards, even when `work` panics: tests share no thread, but a failing check must not
/// leave a language behind for the code after it.
pub fn in_language<T>(language: Language, work: impl FnOnce() -> T) -> T {
    set_language(catalogue(language));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    set_language(Catalogue::english());
    outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// `language`'s catalogue as this native build compiles it in.
pub fn catalogue(language: Language) -> Catalogue {
    Catalogue::compiled(language).expect("native builds hold every language")
}

/// `document` with its profile set to speak `language`, as a runner chooses it in Settings:
/// the app then draws every screen in it.
pub fn speaking(mut document: Document, language: Language) -> Document {
    document.profile.language = LanguageChoice::Chosen(language);
    document
}
