//! The calendar export button: races and the sessions to book as an .ics file.

use crate::core::recommend::calendar::{season_calendar, FILE_NAME};
use crate::core::recommend::plan::PlannedSession;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::platform::download::save_download;
use crate::ui::state::use_app_state;
use dioxus::prelude::*;

/// Exports the races and the bookable `sessions` as an .ics file, and says where it went.
#[component]
pub fn CalendarExport(sessions: Vec<PlannedSession>) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let mut status = use_signal(String::new);
    let export = move |_| {
        // In the app's language: the runner reads these events in their own calendar. (What
        // the app saves for itself stays English; this file is not read back.)
        let text = {
            let state = state.read();
            season_calendar(
                &state.document.races,
                &sessions,
                state.profile().units,
                clock.now(),
            )
        };
        async move {
            status.set(
                match save_download(FILE_NAME, "text/calendar", &text).await {
                    Ok(done) => done,
                    Err(error) => {
                        message_with("races-not-exported", &[("reason", Arg::from(error))])
                    }
                },
            );
        }
    };
    rsx! {
        section { class: "card calendar-export", "aria-labelledby": "calendar-heading",
            h2 { id: "calendar-heading", {message("races-calendar-heading")} }
            p { class: "hint", {message("races-calendar-hint")} }
            div { class: "form-actions",
                button { r#type: "button", class: "button primary", onclick: export, {message("races-export-calendar")} }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}
