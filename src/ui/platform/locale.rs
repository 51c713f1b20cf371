//! The device's locale, read once as the app starts, for the order its dates are written in
//! (`core::dates::DateOrder`): the same locale the date fields of the browser or the desktop
//! window follow, so "Mar 5" in the words meets 03/05 in the fields and "5 Mar" meets 05/03.

use crate::core::dates::{self, DateOrder};

/// Makes the device locale's date order the app's. `main` calls it before the first screen;
/// tests never do, so their words do not depend on the machine.
pub fn apply_date_order() {
    if let Some(locale) = device_locale() {
        dates::set_order(DateOrder::for_locale(&locale));
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
