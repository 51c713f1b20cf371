//! The language the app speaks: the profile's choice, else the first of the device's languages
//! the app has words for, else English. The words live on the app's thread (`core::words`);
//! this hook keeps them in step with the profile, so a choice made in Settings, or in another
//! open copy, changes every screen at once.

use crate::core::profile::LanguageChoice;
use crate::core::words::{self, Catalogue, Language};
use dioxus::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// Where fetching a language's words stands (the web build holds English alone).
#[derive(Clone, Copy, PartialEq)]
enum Fetch {
    Idle,
    Waiting(Language),
    /// Its file could not be had (offline before it was ever kept): the app goes on in the
    /// language it speaks, and tries again when the runner chooses anew or reloads.
    Failed(Language),
}

/// Makes the app speak what `choice` asks for on a device whose languages are `device_tags`;
/// gives the language to draw the screens in, or `None` while the first language's words are
/// still on their way (the web's start in German: a moment without words beats a flash of
/// English).
pub fn use_spoken_language(choice: LanguageChoice, device_tags: &[String]) -> Option<Language> {
    let wanted = choice.resolve(device_tags);
    // Changed when a fetch ends, so the app draws again in the language that arrived.
    let fetched = use_signal(|| 0_u32);
    fetched.read();
    let fetch = use_hook(|| Rc::new(Cell::new(Fetch::Idle)));
    let drawn = use_hook(|| Rc::new(Cell::new(false)));

    if words::language() != wanted {
        match Catalogue::compiled(wanted) {
            Some(catalogue) => words::set_language(catalogue),
            None => {
                if !matches!(fetch.get(), Fetch::Waiting(on) | Fetch::Failed(on) if on == wanted) {
                    fetch.set(Fetch::Waiting(wanted));
                    fetch_words(wanted, fetch.clone(), fetched);
                }
                if fetch.get() == Fetch::Waiting(wanted) && !drawn.get() {
                    return None;
                }
            }
        }
    }
    drawn.set(true);
    Some(words::language())
}

/// Fetches `language`'s words and speaks it once they are in, if it is still the one wanted.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn fetch_words(language: Language, fetch: Rc<Cell<Fetch>>, mut fetched: Signal<u32>) {
    spawn(async move {
        let loaded = crate::ui::platform::catalogues::fetch(language).await;
        if fetch.get() != Fetch::Waiting(language) {
            return;
        }
        match loaded {
            Ok(catalogue) => {
                words::set_language(catalogue);
                fetch.set(Fetch::Idle);
            }
            Err(problem) => {
                tracing::warn!("the {} words did not load: {problem}", language.code());
                fetch.set(Fetch::Failed(language));
            }
        }
        fetched += 1;
    });
}

/// Native builds hold every language, so this is never asked; a build without the web's fetch
/// would stay in the language it speaks.
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
fn fetch_words(language: Language, fetch: Rc<Cell<Fetch>>, _fetched: Signal<u32>) {
    fetch.set(Fetch::Failed(language));
}
