//! The soreness question Today asks 24 and 48 hours after a general massage (rule 6), answered
//! in one step.

use crate::core::log::{LogEntry, LogKind};
use crate::core::recommend::follow_up::follow_up_due;
use crate::core::validation::parse_count;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{Checkbox, NumberField};
use crate::ui::ids::use_new_record;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use dioxus::prelude::*;

/// Why an answer on Today was not saved, as its status says it.
pub fn not_saved(reason: String) -> String {
    message_with("today-not-saved", &[("reason", Arg::from(reason))])
}

#[component]
pub fn FollowUpPrompt() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let zone = clock.zone();
    let mut level = use_signal(String::new);
    let mut bruising = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let mut status = use_signal(String::new);
    let check_in = use_new_record::<(String, bool)>("log");
    let due = follow_up_due(&state.read().document.log, clock.now());

    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        let Some(due) = follow_up_due(&state.read().document.log, now) else {
            return;
        };
        let Some(id) = check_in.id_for(&(level(), bruising())) else {
            return;
        };
        let parsed = match parse_count(&level.read()) {
            // Above 255 it cannot be a soreness at all; the range check below names the limit.
            Ok(value) => u8::try_from(value).unwrap_or(u8::MAX),
            Err(message) => {
                error.set(Some(message));
                return;
            }
        };
        let entry = LogEntry {
            id,
            updated_at: now,
            at: now,
            kind: LogKind::SorenessCheckIn {
                hours_after: due.hours_since,
                level: parsed,
                bruising: bruising(),
                after: Some(due.massage_id.clone()),
            },
        };
        if let Err(found) = entry.validate(now) {
            error.set(found.0.first().map(|problem| problem.message.clone()));
            return;
        }
        error.set(None);
        status.set(match update.send(Change::put(entry)) {
            Ok(()) => {
                // Cleared for the next follow-up (48 hours on), a check-in of its own.
                level.set(String::new());
                bruising.set(false);
                check_in.saved((String::new(), false), now);
                message("today-follow-up-saved")
            }
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };

    rsx! {
        p { class: "form-status", role: "status", "{status}" }
        if let Some(due) = due {
            section { class: "card follow-up", "aria-labelledby": "follow-up-heading",
                h2 { id: "follow-up-heading", {message("today-follow-up-heading")} }
                p {
                    {message_with("today-follow-up-text", &[
                        ("hours", Arg::from(u32::from(due.hours_since))),
                        ("date", Arg::from(crate::core::dates::weekday_day_month(due.massage_at.with_timezone(&zone).date_naive()))),
                    ])}
                }
                form { class: "form", onsubmit: save, novalidate: true,
                    NumberField { id: "follow-up-level", label: message("today-follow-up-level"),
                        text: level, error: error() }
                    Checkbox { id: "follow-up-bruising", label: message("today-follow-up-bruising"), checked: bruising(),
                        onchange: move |checked| bruising.set(checked) }
                    div { class: "form-actions",
                        button { r#type: "submit", class: "button primary", {message("today-follow-up-save")} }
                    }
                }
            }
        }
    }
}
