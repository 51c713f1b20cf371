//! Shown for an address the app does not know (an old bookmark, a typo).

use crate::core::words::{message, message_with, Arg};
use crate::ui::routes::Route;
use dioxus::prelude::*;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let path = format!("/{}", segments.join("/"));
    rsx! {
        h1 { {message("not-found-heading")} }
        section { class: "card",
            p { {message_with("not-found-text", &[("path", Arg::from(path))])} }
            Link { class: "button primary", to: Route::Today {}, {message("not-found-go-today")} }
        }
    }
}
