//! "Is anything off?" on Today (rule 12): a short check the runner can open on any day. Each yes
//! is logged, and until a professional clears it Today keeps massage off that area, or off
//! altogether for the whole-body ones.

use crate::core::body::BodyArea;
use crate::core::log::{LogEntry, LogKind};
use crate::core::record::RecordId;
use crate::core::safety::RedFlag;
use crate::core::words::message;
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{Checkbox, SelectField};
use crate::ui::form_keys::{from_key, key_of};
use crate::ui::ids::use_new_record;
use crate::ui::state::{use_document_update, UpdateError};
use crate::ui::views::today::follow_up::not_saved;
use dioxus::prelude::*;
use std::collections::BTreeMap;

/// The check: a tick per red flag, an area for those about one area, and a save button.
#[component]
pub fn RedFlagCheck() -> Element {
    let clock = use_clock();
    let update = use_document_update();
    // Ticked flags, with the area chosen for a local one.
    let mut ticked = use_signal(BTreeMap::<RedFlag, BodyArea>::new);
    let mut status = use_signal(String::new);
    let answers_made = use_new_record::<BTreeMap<RedFlag, BodyArea>>("log");
    let areas: Vec<(String, String)> = BodyArea::ALL
        .iter()
        .map(|area| (key_of(area), area.label()))
        .collect();

    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        // A second tap on the form its first tap already saved and cleared.
        let Some(id) = answers_made.id_for(&*ticked.read()) else {
            return;
        };
        let answers: Vec<Change> = ticked
            .read()
            .iter()
            .map(|(flag, area)| LogEntry {
                id: RecordId(format!("{id}-{}", flag.key())),
                updated_at: now,
                at: now,
                kind: LogKind::RedFlag {
                    flag: *flag,
                    area: flag.is_local().then_some(*area),
                    cleared: None,
                },
            })
            .map(Change::put)
            .collect();
        if answers.is_empty() {
            status.set(message("today-red-flags-none"));
            return;
        }
        status.set(match update.send_all(answers) {
            Ok(()) => {
                ticked.write().clear();
                answers_made.saved(BTreeMap::new(), now);
                message("today-red-flags-saved")
            }
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };

    rsx! {
        details { class: "card red-flags",
            summary { {message("today-red-flags-heading")} }
            form { class: "form", onsubmit: save, novalidate: true,
                p { class: "hint", {message("today-red-flags-hint")} }
                for flag in RedFlag::ALL {
                    Checkbox { key: "{flag.key()}", id: "red-flag-{flag.key()}", label: flag.question(),
                        checked: ticked.read().contains_key(&flag),
                        onchange: move |checked: bool| {
                            if checked {
                                ticked.write().insert(flag, BodyArea::Calves);
                            } else {
                                ticked.write().remove(&flag);
                            }
                        }
                    }
                    if flag.is_local() {
                        if let Some(area) = ticked.read().get(&flag).copied() {
                            SelectField { id: "red-flag-{flag.key()}-area", label: message("today-red-flags-where"), options: areas.clone(),
                                selected: key_of(&area),
                                onchange: move |key: String| {
                                    if let Some(area) = from_key::<BodyArea>(&key) {
                                        ticked.write().insert(flag, area);
                                    }
                                }
                            }
                        }
                    }
                }
                div { class: "form-actions",
                    button { r#type: "submit", class: "button", {message("today-red-flags-save")} }
                    p { class: "form-status", role: "status", "{status}" }
                }
            }
        }
    }
}
