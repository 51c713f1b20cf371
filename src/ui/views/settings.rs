//! Settings: the runner's name, units and theme, saved to the store.

use crate::core::profile::{Theme, Units};
use crate::core::validation::FieldErrors;
use crate::ui::clock;
use crate::ui::components::{error_id, Field};
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use dioxus::prelude::*;

#[component]
pub fn Settings() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let stored = state.read().profile().clone();
    let mut name = use_signal(|| stored.display_name.clone());
    let mut units = use_signal(|| stored.units);
    let mut theme = use_signal(|| stored.theme);
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(|| None::<String>);

    let save = move |event: FormEvent| {
        event.prevent_default();
        let mut profile = state.read().profile().clone();
        profile.display_name = name.read().trim().to_string();
        profile.units = units();
        profile.theme = theme();
        profile.updated_at = clock::now();
        if let Err(found) = profile.validate() {
            errors.set(found);
            status.set(None);
            return;
        }
        errors.set(FieldErrors::default());
        let result = update.apply(|document| document.profile = profile);
        status.set(Some(match result {
            Ok(()) => "Saved.".to_string(),
            Err(UpdateError::NotSaved(message)) => format!("Not saved: {message}"),
        }));
    };

    let name_error = errors.read().for_field("display_name").map(str::to_string);
    rsx! {
        h1 { "Settings" }
        form { class: "card form", onsubmit: save, novalidate: true,
            h2 { "Profile" }
            Field { control_id: "display-name", label: "Display name", error: name_error.clone(),
                input {
                    id: "display-name",
                    r#type: "text",
                    autocomplete: "nickname",
                    value: "{name}",
                    "aria-invalid": name_error.is_some(),
                    "aria-describedby": if name_error.is_some() { error_id("display-name") },
                    oninput: move |event| name.set(event.value()),
                }
            }
            Field { control_id: "units", label: "Units",
                select {
                    id: "units",
                    onchange: move |event| {
                        if let Some(chosen) = Units::from_key(&event.value()) {
                            units.set(chosen);
                        }
                    },
                    for option_units in Units::ALL {
                        option { value: option_units.key(), selected: units() == option_units, {option_units.label()} }
                    }
                }
            }
            Field { control_id: "theme", label: "Theme",
                select {
                    id: "theme",
                    onchange: move |event| {
                        if let Some(chosen) = Theme::from_key(&event.value()) {
                            theme.set(chosen);
                        }
                    },
                    for option_theme in Theme::ALL {
                        option { value: option_theme.key(), selected: theme() == option_theme, {option_theme.label()} }
                    }
                }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "Save settings" }
                p { class: "form-status", role: "status", {status().unwrap_or_default()} }
            }
        }
    }
}
