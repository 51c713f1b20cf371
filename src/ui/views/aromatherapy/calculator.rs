//! The blend calculator: carrier oil and each oil's strength in, drops out, worked out as the
//! runner types. A refusal (a strength too high for skin in the sun, numbers out of bounds)
//! appears under its field, or under the blend when it is about the oils together.

use crate::core::aroma::copy::sun_hint;
use crate::core::aroma::{
    mix, oil, oils, percent, Part, SunReason, BLEND_FIELD, DROP_ML, MAX_BLEND_OILS, MAX_CARRIER_ML,
    PERCENT_FIELDS,
};
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use crate::ui::components::{SelectField, TextField};
use dioxus::prelude::*;

/// Reads a decimal the way people type it: "2", "2.5" or "2,5".
fn parse_decimal(text: &str) -> f64 {
    text.trim().replace(',', ".").parse().unwrap_or(f64::NAN)
}

/// The name of the blend's row at `index`: "Oil 1".
fn oil_number(index: usize) -> String {
    message_with(
        "aromatherapy-oil-number",
        &[("number", Arg::from(index + 1))],
    )
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
        .map(|oil| (oil.key.to_string(), oil.name()))
        .collect();
    let count = typed.len();
    rsx! {
        section { class: "card calculator", "aria-labelledby": "calculator-heading",
            h2 { id: "calculator-heading", {message("aromatherapy-calculator")} }
            p { class: "hint",
                {message_with("aromatherapy-calculator-hint", &[("ml", Arg::from(DROP_ML))])}
            }
            if let Some(reason) = &sun {
                p { class: "hint", {sun_hint(reason)} }
            }
            TextField {
                id: "calc-carrier",
                label: message("aromatherapy-carrier"),
                text: carrier,
                inputmode: "decimal",
                error: error("carrier_ml"),
            }
            for (index, row) in typed.iter().enumerate() {
                fieldset { key: "{index}", class: "blend-row",
                    legend { {oil_number(index)} }
                    SelectField {
                        id: "calc-oil-{index + 1}",
                        label: oil_number(index),
                        options: options.clone(),
                        selected: row.oil.clone(),
                        onchange: move |value| rows.index(index).oil().set(value),
                    }
                    TextField {
                        id: "calc-percent-{index + 1}",
                        label: message_with("aromatherapy-oil-dilution", &[("number", Arg::from(index + 1))]),
                        text: rows.index(index).percent(),
                        inputmode: "decimal",
                        error: error(PERCENT_FIELDS[index]),
                    }
                    if count > 1 {
                        button {
                            r#type: "button",
                            class: "button",
                            "aria-label": message_with("aromatherapy-remove-oil", &[("number", Arg::from(index + 1))]),
                            onclick: move |_| {
                                rows.remove(index);
                            },
                            {message("aromatherapy-remove")}
                        }
                    }
                }
            }
            if count < MAX_BLEND_OILS {
                button {
                    r#type: "button",
                    class: "button",
                    onclick: move |_| rows.write().push(Row { oil: oils()[0].key.to_string(), percent: "1".to_string() }),
                    {message("aromatherapy-add-oil")}
                }
            } else {
                p { class: "hint",
                    {message_with("aromatherapy-blend-full", &[("max", Arg::from(MAX_BLEND_OILS))])}
                }
            }
            if let Some(refusal) = error(BLEND_FIELD) {
                p { id: "calc-blend-error", class: "field-error", role: "alert", "{refusal}" }
            }
            p { class: "calculator-result", role: "status",
                match &result {
                    Ok(found) => {
                        let drops: Vec<String> = found
                            .parts
                            .iter()
                            .zip(&parts)
                            .map(|(mixed, part)| {
                                message_with(
                                    "aromatherapy-drops",
                                    &[("drops", Arg::from(mixed.drops)), ("oil", Arg::from(part.oil.name()))],
                                )
                            })
                            .collect();
                        let rounded = found
                            .parts
                            .iter()
                            .any(|mixed| (mixed.exact_drops - f64::from(mixed.drops)).abs() > 1e-6);
                        let carrier = message_with(
                            "aromatherapy-result",
                            &[
                                ("rounding", Arg::from(if rounded { "down" } else { "none" })),
                                ("ml", Arg::from(ml)),
                                ("percent", Arg::from(percent(found.actual_percent))),
                            ],
                        );
                        rsx! {
                            strong { {drops.join(&message("aromatherapy-drops-joiner"))} }
                            " {carrier}"
                            if let Some(note) = &found.note {
                                " {note}"
                            }
                        }
                    }
                    Err(_) => rsx! {
                        {message_with("aromatherapy-result-error", &[("max", Arg::from(MAX_CARRIER_ML))])}
                    },
                }
            }
        }
    }
}
