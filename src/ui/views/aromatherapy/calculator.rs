//! The blend calculator: carrier oil and each oil's strength in, drops out, worked out as the
//! runner types. A refusal (a strength too high for skin in the sun, numbers out of bounds)
//! appears under its field, or under the blend when it is about the oils together.

use crate::core::aroma::copy::sun_hint;
use crate::core::aroma::{
    format_percent, mix, oil, oils, percent, Part, SunReason, BLEND_FIELD, MAX_BLEND_OILS,
    MAX_CARRIER_ML, PERCENT_FIELDS,
};
use crate::core::validation::FieldErrors;
use crate::ui::components::{SelectField, TextField};
use dioxus::prelude::*;

/// Reads a decimal the way people type it: "2", "2.5" or "2,5".
fn parse_decimal(text: &str) -> f64 {
    text.trim().replace(',', ".").parse().unwrap_or(f64::NAN)
}

/// One row of the blend as typed: the oil's key and its strength.
#[derive(Debug, Clone, PartialEq, Store)]
struct Row {
    oil: String,
    percent: String,
}

/// The calculator; `sun` says why sun limits hold today, when they do.
#[component]
pub fn Calculator(sun: Option<SunReason>) -> Element {
    let carrier = use_signal(|| "10".to_string());
    let mut rows = use_store(|| {
        vec![Row {
            oil: oils()[0].key.to_string(),
            percent: "2".to_string(),
        }]
    });

    let typed = rows.read().clone();
    let ml = parse_decimal(&carrier.read());
    let parts: Vec<Part> = typed
        .iter()
        .map(|row| Part {
            oil: oil(&row.oil).unwrap_or(&oils()[0]),
            percent: parse_decimal(&row.percent),
        })
        .collect();
    let result = mix(&parts, ml, sun.as_ref());
    let errors = result
        .as_ref()
        .err()
        .cloned()
        .unwrap_or_else(FieldErrors::default);
    let error = |field: &str| errors.for_field(field).map(str::to_string);
    let options: Vec<(String, String)> = oils()
        .iter()
        .map(|oil| (oil.key.to_string(), oil.name.to_string()))
        .collect();
    let count = typed.len();
    rsx! {
        section { class: "card calculator", "aria-labelledby": "calculator-heading",
            h2 { id: "calculator-heading", "Blend calculator" }
            p { class: "hint",
                "One drop is about 0.05\u{a0}ml. Drops are rounded down, so the blend is never stronger than you asked for."
            }
            if let Some(reason) = &sun {
                p { class: "hint", {sun_hint(reason)} }
            }
            TextField {
                id: "calc-carrier",
                label: "Carrier oil (ml)",
                text: carrier,
                inputmode: "decimal",
                error: error("carrier_ml"),
            }
            for (index, row) in typed.iter().enumerate() {
                fieldset { key: "{index}", class: "blend-row",
                    legend { "Oil {index + 1}" }
                    SelectField {
                        id: "calc-oil-{index + 1}",
                        label: "Oil {index + 1}",
                        options: options.clone(),
                        selected: row.oil.clone(),
                        onchange: move |value| rows.index(index).oil().set(value),
                    }
                    TextField {
                        id: "calc-percent-{index + 1}",
                        label: "Oil {index + 1} dilution (%)",
                        text: rows.index(index).percent(),
                        inputmode: "decimal",
                        error: error(PERCENT_FIELDS[index]),
                    }
                    if count > 1 {
                        button {
                            r#type: "button",
                            class: "button",
                            "aria-label": "Remove oil {index + 1}",
                            onclick: move |_| {
                                rows.remove(index);
                            },
                            "Remove"
                        }
                    }
                }
            }
            if count < MAX_BLEND_OILS {
                button {
                    r#type: "button",
                    class: "button",
                    onclick: move |_| rows.write().push(Row { oil: oils()[0].key.to_string(), percent: "1".to_string() }),
                    "Add an oil"
                }
            } else {
                p { class: "hint", "A blend holds at most {MAX_BLEND_OILS} oils." }
            }
            if let Some(message) = error(BLEND_FIELD) {
                p { id: "calc-blend-error", class: "field-error", role: "alert", "{message}" }
            }
            p { class: "calculator-result", role: "status",
                match &result {
                    Ok(found) => {
                        let drops: Vec<String> = found
                            .parts
                            .iter()
                            .zip(&parts)
                            .map(|(mixed, part)| {
                                let word = if mixed.drops == 1 { "drop" } else { "drops" };
                                format!("{}\u{a0}{word} of {}", mixed.drops, part.oil.name)
                            })
                            .collect();
                        let rounded = found
                            .parts
                            .iter()
                            .any(|mixed| (mixed.exact_drops - f64::from(mixed.drops)).abs() > 1e-6);
                        rsx! {
                            strong { {drops.join(" and ")} }
                            " in {format_percent(ml)}\u{a0}ml of carrier oil"
                            if rounded {
                                " (rounded down: the blend comes to {percent(found.actual_percent)})"
                            }
                            "."
                            if let Some(note) = &found.note {
                                " {note}"
                            }
                        }
                    }
                    Err(_) => rsx! { "Fix the field marked above to see the drops (carrier oil up to {MAX_CARRIER_ML:.0}\u{a0}ml)." },
                }
            }
        }
    }
}
