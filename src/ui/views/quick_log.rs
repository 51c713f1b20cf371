//! A short form on Today for logging a massage, a soreness check-in or an injury, so the
//! follow-up and injury rules can act on them.

use crate::core::body::BodyArea;
use crate::core::log::Tissue;
use crate::core::massage::{MassageKind, Pressure};
use crate::core::validation::FieldErrors;
use crate::ui::clock;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::ids::new_id;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::quick_log_draft::{LogChoice, QuickLogDraft};
use dioxus::prelude::*;

fn options<T: serde::Serialize + Copy>(
    values: &[T],
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    values
        .iter()
        .map(|value| (key_of(value), label(*value).to_string()))
        .collect()
}

#[component]
pub fn QuickLog() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let zone = use_hook(clock::local_zone);
    let mut draft = use_signal(|| QuickLogDraft::new(clock::now(), zone));
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(String::new);

    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock::now();
        let entry = match draft.read().to_entry(new_id("log"), now, zone) {
            Ok(entry) => entry,
            Err(found) => {
                errors.set(found);
                status.set("Not added: please fix the fields marked below.".into());
                return;
            }
        };
        errors.set(FieldErrors::default());
        match update.apply(|document| document.log.push(entry)) {
            Ok(()) => {
                status.set("Added to your log.".into());
                draft.set(QuickLogDraft::new(now, zone));
            }
            Err(UpdateError::NotSaved(message)) => status.set(format!("Not added: {message}")),
        }
    };

    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    let current = draft.read().clone();
    let choices = LogChoice::ALL
        .iter()
        .map(|choice| (choice.key().to_string(), choice.label().to_string()))
        .collect::<Vec<_>>();
    let mut befores = vec![
        (String::new(), "Nothing in particular".to_string()),
        ("workout".to_string(), "A hard workout".to_string()),
    ];
    befores.extend(
        state
            .read()
            .document
            .races
            .iter()
            .map(|race| (race.id.to_string(), race.name.clone())),
    );

    rsx! {
        details { class: "card quick-log",
            summary { "Log a massage, soreness or an injury" }
            form { class: "form", onsubmit: save, novalidate: true,
                SelectField { id: "log-choice", label: "What to log", options: choices, selected: current.choice.key(),
                    onchange: move |key: String| {
                        if let Some(choice) = LogChoice::ALL.into_iter().find(|choice| choice.key() == key) {
                            draft.write().choice = choice;
                        }
                    }
                }
                TextField { id: "log-when", label: "When", kind: "datetime-local", value: current.when.clone(),
                    error: error("at"), oninput: move |value| draft.write().when = value }
                match current.choice {
                    LogChoice::Massage => rsx! {
                        SelectField { id: "log-massage-kind", label: "Kind of massage",
                            options: options(&MassageKind::ALL, MassageKind::label), selected: current.massage_kind.clone(),
                            onchange: move |value| draft.write().massage_kind = value }
                        SelectField { id: "log-pressure", label: "Pressure",
                            options: options(&Pressure::ALL, Pressure::label), selected: current.pressure.clone(),
                            onchange: move |value| draft.write().pressure = value }
                        SelectField { id: "log-before", label: "Before", options: befores, selected: current.before.clone(),
                            onchange: move |value| draft.write().before = value }
                        Checkbox { id: "log-therapist", label: "Given by a therapist", checked: current.with_therapist,
                            onchange: move |checked| draft.write().with_therapist = checked }
                    },
                    LogChoice::Soreness => rsx! {
                        NumberField { id: "log-hours-after", label: "Hours since the massage", value: current.hours_after.clone(),
                            error: error("hours_after"), oninput: move |value| draft.write().hours_after = value }
                        NumberField { id: "log-level", label: "Soreness (0 = none, 10 = worst)", value: current.level.clone(),
                            error: error("level"), oninput: move |value| draft.write().level = value }
                        Checkbox { id: "log-bruising", label: "Bruising", checked: current.bruising,
                            onchange: move |checked| draft.write().bruising = checked }
                    },
                    LogChoice::Injury => rsx! {
                        SelectField { id: "log-area", label: "Where", options: options(&BodyArea::ALL, BodyArea::label),
                            selected: current.area.clone(), onchange: move |value| draft.write().area = value }
                        SelectField { id: "log-tissue", label: "Tissue", options: options(&Tissue::ALL, Tissue::label),
                            selected: current.tissue.clone(), error: error("started"),
                            onchange: move |value| draft.write().tissue = value }
                    },
                }
                div { class: "form-actions",
                    button { r#type: "submit", class: "button primary", "Add to log" }
                    p { class: "form-status", role: "status", "{status}" }
                }
            }
        }
    }
}
