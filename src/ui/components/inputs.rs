//! Form controls used across screens, each with its label and its validation message.

use crate::ui::components::typed_text::use_typed_text;
use crate::ui::components::{error_id, Field};
use dioxus::prelude::*;

/// A number field that keeps what was typed; shows the number keypad on phones (with a decimal
/// mark when `decimal` is set).
#[component]
pub fn NumberField(
    id: String,
    label: String,
    /// The draft's text for this field; the field owns it while the runner types.
    text: WriteSignal<String>,
    error: Option<String>,
    #[props(default)] decimal: bool,
    /// Runs after each keystroke has reached `text`.
    oninput: Option<EventHandler<String>>,
) -> Element {
    rsx! {
        TextField { id, label, text, error, inputmode: if decimal { "decimal" } else { "numeric" }, oninput }
    }
}

/// A one-line text field of any `input` type (text, date, time, datetime-local…); `list` names a
/// `datalist` of suggestions, which makes a long list of choices searchable by typing.
///
/// A keystroke writes `text` and renders nothing but what else reads `text`; the DOM keeps the
/// letters typed, so none is lost however far the typing runs ahead of the app
/// (see `typed_text.rs`).
#[component]
pub fn TextField(
    id: String,
    label: String,
    /// The draft's text for this field; the field owns it while the runner types.
    text: WriteSignal<String>,
    error: Option<String>,
    #[props(default = "text".to_string())] kind: String,
    /// Which on-screen keyboard phones show (`numeric`, `decimal`…); `None` leaves it to the type.
    inputmode: Option<String>,
    /// The id of a `datalist` of suggestions.
    list: Option<String>,
    /// Runs after each keystroke has reached `text` (a setting saved as it is typed, say).
    oninput: Option<EventHandler<String>>,
) -> Element {
    let (value, typed) = use_typed_text(text);
    let described = error.is_some().then(|| error_id(&id));
    rsx! {
        Field { control_id: id.clone(), label, error: error.clone(),
            input {
                id: "{id}",
                r#type: "{kind}",
                inputmode,
                // The literal name: written only when the text changes from outside (typed_text.rs).
                "value": "{value}",
                autocomplete: if list.is_some() { "off" },
                list,
                "aria-invalid": error.is_some(),
                "aria-describedby": described,
                oninput: move |event| {
                    let value = event.value();
                    typed.typed(value.clone());
                    if let Some(oninput) = oninput {
                        oninput.call(value);
                    }
                },
            }
        }
    }
}

/// A labelled text area that owns its text as [`TextField`] does (pasted files, notes).
#[component]
pub fn TextArea(
    id: String,
    label: String,
    text: WriteSignal<String>,
    #[props(default = 4)] rows: u8,
) -> Element {
    let (value, typed) = use_typed_text(text);
    rsx! {
        Field { control_id: id.clone(), label, error: None,
            textarea { id: "{id}", rows: "{rows}", "value": "{value}",
                oninput: move |event| typed.typed(event.value()) }
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
