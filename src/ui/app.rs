//! The root components: load the runner's data, provide it, and hand over to the router.

use crate::core::words::Language;
use crate::store::{self, Backend, Loaded};
use crate::ui::clock::{file_stamp, Clock};
use crate::ui::language::use_spoken_language;
use crate::ui::routes::Route;
use crate::ui::state::{use_document_update, AppState, StoreHandle};
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use dioxus::router::components::HistoryProvider;
use std::rc::Rc;

const MAIN_CSS: &str = include_str!("../../assets/styling/main.css");

/// The app as launched on a device: loads the document from this platform's storage first.
#[cfg(any(not(target_arch = "wasm32"), feature = "web"))]
#[component]
pub fn App() -> Element {
    let clock = use_hook(Clock::system);
    let booted = use_hook(|| {
        let open = || {
            let backend: Rc<dyn Backend> = Rc::from(store::platform_backend()?);
            let loaded = store::load(backend.as_ref(), &file_stamp(clock.now()))?;
            Ok::<_, store::StoreError>((loaded, StoreHandle(backend)))
        };
        open().map_err(|error| error.to_string())
    });
    let device_languages = crate::ui::platform::locale::use_device_languages();
    match booted {
        Ok((loaded, store)) => rsx! {
            AppWithData { loaded, store, clock, device_languages }
        },
        Err(error) => rsx! {
            style { {MAIN_CSS} }
            div { class: "app", "data-theme": "system",
                main { class: "startup-error",
                    h1 { {crate::core::words::message("components-could-not-open")} }
                    p { role: "alert", "{error}" }
                }
            }
        },
    }
}

/// The app around already-loaded data; tests use it directly with a backend and route of their own.
#[component]
pub fn AppWithData(
    loaded: Loaded,
    store: StoreHandle,
    /// Where every screen reads the time: the device's clock, or a chosen instant in tests.
    clock: Clock,
    /// Start at this path with in-memory history instead of the platform's (tests, previews).
    initial_path: Option<String>,
    /// The device's languages, most wanted first; none (tests, previews) is English.
    #[props(default)]
    device_languages: Vec<String>,
) -> Element {
    let state = use_context_provider(|| Signal::new(AppState::from_loaded(loaded)));
    use_context_provider(|| store);
    use_context_provider(|| clock);
    crate::ui::season_plan::use_season_plan_provider(state);
    crate::ui::platform::other_copies::use_other_copies(use_document_update());
    #[cfg(feature = "desktop")]
    {
        crate::ui::platform::desktop::window::use_remember_window_size();
        crate::ui::platform::desktop::window::use_first_paint_probe();
    }
    let theme = state.read().profile().theme.key();
    let motion = state.read().profile().motion.key();
    let choice = state.read().profile().language;
    let spoken = use_spoken_language(choice, &device_languages);
    rsx! {
        style { {MAIN_CSS} }
        div { class: "app", "data-theme": theme, "data-motion": motion, lang: spoken.map(Language::code),
            // Keyed by the language: a new language draws every screen anew in its words (what
            // the runner typed is kept in the app's state, above the screens).
            for language in spoken {
                Screens { key: "{language.code()}", initial_path: initial_path.clone() }
            }
        }
    }
}

/// The router and its screens, from `initial_path` in memory or the platform's history.
#[component]
fn Screens(initial_path: Option<String>) -> Element {
    match initial_path {
        Some(path) => rsx! {
            HistoryProvider {
                history: move |_| Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>,
                Router::<Route> {}
            }
        },
        None => rsx! { Router::<Route> {} },
    }
}
