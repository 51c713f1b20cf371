//! Form controls used across screens, each with its label and its validation message.

use crate::ui::components::{error_id, Field};
use dioxus::prelude::*;

/// A number field that keeps what was typed; shows the number keypad on phones (with a decimal
/// mark when `decimal` is set).
#[component]
pub fn NumberField(
    id: String,
    label: String,
    value: String,
    error: Option<String>,
    #[props(default)] decimal: bool,
    oninput: EventHandler<String>,
) -> Element {
    rsx! {
        TextField { id, label, value, error, inputmode: if decimal { "decimal" } else { "numeric" }, oninput }
    }
}

/// A one-line text field of any `input` type (text, date, time, datetime-local…); `list` names a
/// `datalist` of suggestions, which makes a long list of choices searchable by typing.
#[component]
pub fn TextField(
    id: String,
    label: String,
    value: String,
    error: Option<String>,
    #[props(default = "text".to_string())] kind: String,
    /// Which on-screen keyboard phones show (`numeric`, `decimal`…); `None` leaves it to the type.
    inputmode: Option<String>,
    /// The id of a `datalist` of suggestions.
    list: Option<String>,
    oninput: EventHandler<String>,
) -> Element {
    let described = error.is_some().then(|| error_id(&id));
    rsx! {
        Field { control_id: id.clone(), label, error: error.clone(),
            input {
                id: "{id}",
                r#type: "{kind}",
                inputmode,
                value: "{value}",
                autocomplete: if list.is_some() { "off" },
                list,
                "aria-invalid": error.is_some(),
                "aria-describedby": described,
                oninput: move |event| oninput.call(event.value()),
            }
        }
    }
}

/// A labelled `select`; `options` are (value, label) pairs.
#[component]
pub fn SelectField(
    id: String,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
    error: Option<String>,
    onchange: EventHandler<String>,
) -> Element {
    rsx! {
        Field { control_id: id.clone(), label, error,
            select {
                id: "{id}",
                onchange: move |event| onchange.call(event.value()),
                for (value, text) in options {
                    option { key: "{value}", selected: value == selected, value: "{value}", "{text}" }
                }
            }
        }
    }
}

/// A checkbox with its label beside it; the whole row is the touch target.
#[component]
pub fn Checkbox(id: String, label: String, checked: bool, onchange: EventHandler<bool>) -> Element {
    rsx! {
        div { class: "checkbox-row",
            input {
                id: "{id}",
                r#type: "checkbox",
                checked,
                onchange: move |event| onchange.call(event.checked()),
            }
            label { r#for: "{id}", "{label}" }
        }
    }
}
