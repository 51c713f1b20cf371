//! Shown for an address the app does not know (an old bookmark, a typo).

use crate::ui::routes::Route;
use dioxus::prelude::*;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let path = format!("/{}", segments.join("/"));
    rsx! {
        h1 { "Page not found" }
        section { class: "card",
            p { "There is no page at {path}. Your data is fine." }
            Link { class: "button primary", to: Route::Today {}, "Go to Today" }
        }
    }
}
