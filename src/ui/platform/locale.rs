//! The device's locale, read once as the app starts: the order its dates are written in
//! (`core::dates::DateOrder`) and the clock its times are read on (`HourCycle`), the same locale
//! the date and time fields of the browser or the desktop window follow, so "Mar 5" in the
//! words meets 03/05 in the fields and "5 Mar" meets 05/03, "7:30 PM" meets 07:30 PM;
//! and the languages the runner reads, most wanted first, which the app speaks unless the
//! profile chooses one.

use crate::core::dates::{self, DateOrder, HourCycle};

/// Makes the device locale's date order and clock the app's. `main` calls it before the first
/// screen; tests never do, so their words do not depend on the machine.
pub fn apply_date_and_time_forms() {
    if let Some(locale) = device_locale() {
        dates::set_order(DateOrder::for_locale(&locale));
        dates::set_hour_cycle(HourCycle::for_locale(&locale));
    }
}

/// The browser's language, as its date fields use it.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
fn device_locale() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// The variables the C library reads for dates, in their order of precedence (WebKitGTK's date
/// fields follow them); with none set it runs in the C locale.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
fn device_locale() -> Option<String> {
    let set = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    Some(
        ["LC_ALL", "LC_TIME", "LANG"]
            .into_iter()
            .find_map(set)
            .unwrap_or_else(|| "C".to_string()),
    )
}

/// Phones' webviews keep their locale away from the environment: the default order stays.
#[cfg(any(
    all(target_arch = "wasm32", not(feature = "web")),
    target_os = "android",
    target_os = "ios"
))]
fn device_locale() -> Option<String> {
    None
}

/// The browser's languages, most wanted first, as its settings list them.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub fn device_languages() -> Vec<String> {
    web::languages()
}

#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod web {
    use wasm_bindgen::prelude::*;

    // Older browsers have `navigator.language` alone.
    #[wasm_bindgen(inline_js = "export function languages() { \
        return navigator.languages?.length ? [...navigator.languages] : [navigator.language]; }")]
    extern "C" {
        pub fn languages() -> Vec<String>;
    }
}

/// The languages gettext would read messages in, in its order of precedence: `LANGUAGE` (a
/// list, "de:en"), then the locale of `LC_ALL`, `LC_MESSAGES` and `LANG`.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
pub fn device_languages() -> Vec<String> {
    let set = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let listed = set("LANGUAGE").into_iter().flat_map(|list| {
        list.split(':')
            .filter(|tag| !tag.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    });
    listed
        .chain(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .filter_map(set),
        )
        .collect()
}

/// Phones keep their locale away from the environment; their webview's `navigator.languages`
/// gives it, once the page answers (`use_device_languages`).
#[cfg(any(
    all(target_arch = "wasm32", not(feature = "web")),
    target_os = "android",
    target_os = "ios"
))]
pub fn device_languages() -> Vec<String> {
    Vec::new()
}

/// The device's languages, for the app's root: read at once where the platform tells them
/// synchronously (the web, the desktop).
#[cfg(not(any(target_os = "android", target_os = "ios")))]
pub fn use_device_languages() -> Vec<String> {
    dioxus::prelude::use_hook(device_languages)
}

/// On a phone, the webview's `navigator.languages` (the system's languages), asked once: the
/// first frame is drawn in English, or in the runner's chosen language, before it answers.
#[cfg(any(target_os = "android", target_os = "ios"))]
pub fn use_device_languages() -> Vec<String> {
    use dioxus::prelude::*;
    let mut languages = use_signal(Vec::new);
    use_future(move || async move {
        let asked = dioxus::document::eval(
            "return navigator.languages?.length ? [...navigator.languages] : [navigator.language];",
        );
        if let Ok(told) = asked.join::<Vec<String>>().await {
            languages.set(told);
        }
    });
    languages()
}
