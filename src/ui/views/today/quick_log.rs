//! A short form on Today for logging a massage, a soreness check-in, an injury or self-massage,
//! so the follow-up and injury rules can act on them.

use crate::core::words::message;
use crate::ui::views::log::form::LogForm;
use dioxus::prelude::*;

#[component]
pub fn QuickLog() -> Element {
    rsx! {
        details { class: "card quick-log",
            summary { {message("today-quick-log")} }
            LogForm { prefix: "log" }
        }
    }
}
