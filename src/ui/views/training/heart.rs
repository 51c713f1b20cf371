//! The runner's maximum and resting heart rates, which the training load is measured against.

use crate::core::profile::{HeartRateSettings, Profile};
use crate::core::training::copy::not_saved;
use crate::core::training::load::HeartRates;
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::components::TextField;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use dioxus::prelude::*;

/// `""` for a figure not set, so the field shows empty.
fn shown(bpm: Option<u8>) -> String {
    bpm.map(|bpm| bpm.to_string()).unwrap_or_default()
}

#[component]
pub fn HeartRateForm(estimated: Option<HeartRates>) -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let set = state.read().profile().heart;
    let max = use_signal(|| shown(set.max_bpm));
    let resting = use_signal(|| shown(set.resting_bpm));
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(String::new);
    let save = move |event: FormEvent| {
        event.prevent_default();
        let heart = match HeartRateSettings::from_typed(&max.read(), &resting.read()) {
            Ok(heart) => heart,
            Err(found) => {
                errors.set(found);
                status.set(message("training-heart-fix"));
                return;
            }
        };
        errors.set(FieldErrors::default());
        let profile = Profile {
            heart,
            ..state.peek().profile().clone()
        };
        status.set(match update.send(Change::SetProfile(profile)) {
            Ok(()) => message("training-heart-saved"),
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };
    let estimate = match estimated {
        Some(rates) if set.max_bpm.is_none() || set.resting_bpm.is_none() => message_with(
            "training-heart-estimate",
            &[
                ("max", Arg::from(rates.max)),
                ("rest", Arg::from(rates.rest)),
            ],
        ),
        _ => String::new(),
    };
    let hint = message("training-heart-hint");
    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    rsx! {
        form { class: "form card", onsubmit: save, novalidate: true, "aria-labelledby": "heart-heading",
            h2 { id: "heart-heading", {message("training-heart-heading")} }
            p { class: "hint", "{hint} {estimate}" }
            div { class: "field-row",
                TextField { id: "max-hr", label: message("training-heart-max"), text: max, inputmode: "numeric",
                    error: error("max_hr") }
                TextField { id: "resting-hr", label: message("training-heart-resting"), text: resting, inputmode: "numeric",
                    error: error("resting_hr") }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", {message("training-heart-save")} }
                p { class: "form-status", role: "status", {status.read().clone()} }
            }
        }
    }
}
