//! The dilution calculator: carrier oil and strength in, drops out, worked out as the runner types.
//! A refusal (a strength too high for a sunny race, numbers out of bounds) appears under its field.

use crate::core::aroma::{format_percent, mix, oil, oils, MAX_CARRIER_ML};
use crate::core::race::Race;
use crate::core::validation::FieldErrors;
use crate::ui::components::{SelectField, TextField};
use dioxus::prelude::*;

/// Reads a decimal the way people type it: "2", "2.5" or "2,5".
fn parse_decimal(text: &str) -> f64 {
    text.trim().replace(',', ".").parse().unwrap_or(f64::NAN)
}

/// The calculator; `sun_race` is the next race when it is outdoors in daylight.
#[component]
pub fn Calculator(sun_race: Option<Race>) -> Element {
    let mut carrier = use_signal(|| "10".to_string());
    let mut percent = use_signal(|| "2".to_string());
    let mut oil_key = use_signal(|| oils()[0].key.to_string());

    let chosen = oil(&oil_key.read()).unwrap_or(&oils()[0]);
    let ml = parse_decimal(&carrier.read());
    let strength = parse_decimal(&percent.read());
    let result = mix(chosen, ml, strength, sun_race.as_ref());
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
    rsx! {
        section { class: "card calculator", "aria-labelledby": "calculator-heading",
            h2 { id: "calculator-heading", "Dilution calculator" }
            p { class: "hint",
                "One drop is about 0.05 ml. Drops are rounded down, so the mix is never stronger than you asked for."
            }
            if let Some(race) = &sun_race {
                p { class: "hint",
                    "{race.name} is outdoors in daylight, so sun-sensitising oils are held to their sun-safe strength."
                }
            }
            SelectField {
                id: "calc-oil",
                label: "Oil",
                options,
                selected: chosen.key.to_string(),
                onchange: move |value| oil_key.set(value),
            }
            TextField {
                id: "calc-carrier",
                label: "Carrier oil (ml)",
                value: carrier(),
                inputmode: "decimal",
                error: error("carrier_ml"),
                oninput: move |value| carrier.set(value),
            }
            TextField {
                id: "calc-percent",
                label: "Dilution (%)",
                value: percent(),
                inputmode: "decimal",
                error: error("percent"),
                oninput: move |value| percent.set(value),
            }
            p { class: "calculator-result", role: "status",
                match &result {
                    Ok(found) => {
                        let drops = if found.drops == 1 { "drop" } else { "drops" };
                        rsx! {
                            strong { "{found.drops} {drops} of {chosen.name}" }
                            " in {format_percent(ml)} ml of carrier oil"
                            if (found.exact_drops - f64::from(found.drops)).abs() > 1e-6 {
                                " (exactly {found.exact_drops:.1}, rounded down: the mix comes to {format_percent(found.actual_percent)} %)"
                            }
                            "."
                            if let Some(note) = &found.note {
                                " {note}"
                            }
                        }
                    }
                    Err(_) => rsx! { "Fix the field marked above to see the drops (carrier oil up to {MAX_CARRIER_ML:.0} ml)." },
                }
            }
        }
    }
}
