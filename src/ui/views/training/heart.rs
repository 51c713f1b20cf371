//! The runner's maximum and resting heart rates, which the training load is measured against.

use crate::core::profile::{HeartRateSettings, Profile};
use crate::core::training::load::HeartRates;
use crate::core::validation::FieldErrors;
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
                status.set("Not saved: please fix the fields marked below.".into());
                return;
            }
        };
        errors.set(FieldErrors::default());
        let profile = Profile {
            heart,
            ..state.peek().profile().clone()
        };
        status.set(match update.send(Change::SetProfile(profile)) {
            Ok(()) => "Saved your heart rates.".into(),
            Err(UpdateError::NotSaved(message)) => format!("Not saved: {message}"),
        });
    };
    let estimate = match estimated {
        Some(rates) if set.max_bpm.is_none() || set.resting_bpm.is_none() => format!(
            "Until you set them, the load uses {:.0} bpm as your maximum and {:.0} bpm at rest.",
            rates.max, rates.rest
        ),
        _ => String::new(),
    };
    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    rsx! {
        form { class: "form card", onsubmit: save, novalidate: true, "aria-labelledby": "heart-heading",
            h2 { id: "heart-heading", "Your heart rates" }
            p { class: "hint",
                "The load of a session with heart rate is measured against these. Left empty, the "
                "maximum is taken from your files and the resting rate is taken as 60 bpm. {estimate}"
            }
            div { class: "field-row",
                TextField { id: "max-hr", label: "Maximum (bpm)", text: max, inputmode: "numeric",
                    error: error("max_hr") }
                TextField { id: "resting-hr", label: "Resting (bpm)", text: resting, inputmode: "numeric",
                    error: error("resting_hr") }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "Save heart rates" }
                p { class: "form-status", role: "status", {status.read().clone()} }
            }
        }
    }
}
