//! Lists the screens behind "More" with what each is for. Wide windows never need it (their side
//! bar lists every screen), but it works there too, for a bookmark or a window made narrow.

use crate::core::words::message;
use crate::ui::components::behind_more;
use dioxus::prelude::*;

#[component]
pub fn More() -> Element {
    rsx! {
        h1 { {message("nav-more")} }
        ul { class: "more-list",
            for item in behind_more() {
                li { key: "{item.label}",
                    Link { class: "more-link", to: item.route,
                        svg { class: "nav-icon", view_box: "0 0 24 24", "aria-hidden": "true",
                            path { d: item.icon }
                        }
                        span { class: "more-text",
                            strong { "{item.label}" }
                            span { class: "hint", "{item.purpose}" }
                        }
                    }
                }
            }
        }
    }
}
