//! Today: what the runner should do today.

use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use dioxus::prelude::*;

#[component]
pub fn Today() -> Element {
    let state = use_app_state();
    let name = state.read().profile().display_name.clone();
    let greeting = if name.is_empty() {
        "Welcome to Fresh Legs".to_string()
    } else {
        format!("Welcome back, {name}")
    };
    rsx! {
        h1 { "Today" }
        section { class: "card",
            h2 { "{greeting}" }
            p { "Fresh Legs plans massage and self-massage around your races, offline and private: your data stays on this device." }
            Link { class: "button", to: Route::Settings {}, "Set up your profile" }
        }
    }
}
