//! The race's "Time zone" field: whatever people type for a zone (a city, a country, "JST", an
//! IANA name) with suggestions under it as they type, each saying why it is offered. A word that
//! could mean several zones ("EST") lists them, and saving waits for a choice.

use crate::core::words::{message, message_with, Arg};
use crate::core::zone::finder::suggest;
use crate::ui::components::TextField;
use dioxus::prelude::*;

/// The field's `id`.
const ZONE_ID: &str = "race-zone";

/// The field, its hint and the suggestions for what `text` holds; a tapped suggestion becomes
/// the text. `onchange` runs after each change, typed or tapped.
#[component]
pub fn ZoneField(
    text: WriteSignal<String>,
    error: Option<String>,
    onchange: EventHandler<()>,
) -> Element {
    let mut text = text;
    // Every zone the device knows, read once: typing never asks the browser again.
    let names = use_hook(crate::core::zone::names);
    let typed = text.read().trim().to_string();
    // A zone's own name, once picked, needs no list under it; the form opens with one (the
    // device's zone, or the race's), so the search waits until the runner types something else.
    // Only names with a region count: "EST" is a zone of its own too, yet still asks.
    let picked = (typed.contains('/') || typed == "UTC")
        && names.iter().any(|name| name.eq_ignore_ascii_case(&typed));
    let choices: Vec<_> = if picked {
        Vec::new()
    } else {
        suggest(&typed, &names)
            .into_iter()
            .filter(|choice| !choice.zone.eq_ignore_ascii_case(&typed))
            .collect()
    };
    rsx! {
        TextField { id: ZONE_ID, label: message("races-field-zone"), text, error, oninput: move |_| onchange.call(()) }
        p { class: "hint zone-hint", {message("races-zone-hint")} }
        if !choices.is_empty() {
            ul { class: "zone-choices", "aria-label": message_with("races-zone-choices", &[("typed", Arg::from(typed.as_str()))]),
                for (index, choice) in choices.into_iter().enumerate() {
                    li { key: "{choice.zone}",
                        button { r#type: "button", class: "button zone-choice", id: "zone-choice-{index}",
                            onclick: {
                                let zone = choice.zone.clone();
                                move |_| {
                                    text.set(zone.clone());
                                    onchange.call(());
                                }
                            },
                            span { class: "zone-name", "{choice.zone}" }
                            span { class: "zone-why", "{choice.why}" }
                        }
                    }
                }
            }
        }
    }
}
