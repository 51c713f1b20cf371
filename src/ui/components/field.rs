//! A labelled form field with its validation message right beside it.

use dioxus::prelude::*;

/// Wraps one control: `children` must contain the control with `id` equal to `control_id`, and
/// should set `aria-describedby` to [`error_id`] of the same id so the message is read with it.
#[component]
pub fn Field(
    control_id: String,
    label: String,
    error: Option<String>,
    children: Element,
) -> Element {
    rsx! {
        div { class: if error.is_some() { "field field-invalid" } else { "field" },
            label { r#for: "{control_id}", "{label}" }
            {children}
            if let Some(message) = &error {
                p { id: error_id(&control_id), class: "field-error", role: "alert", "{message}" }
            }
        }
    }
}

/// The id of the message element that belongs to the control `control_id`.
pub fn error_id(control_id: &str) -> String {
    format!("{control_id}-error")
}
