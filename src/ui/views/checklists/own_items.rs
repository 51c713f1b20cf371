//! The runner's own checklist items: a row to tick, reword, move and remove one, and the form that
//! adds one to a list.

use crate::core::checklist::state::{validate_text, Move};
use crate::core::checklist::{ChecklistItem, Group, ListKind};
use crate::core::record::RecordId;
use crate::ui::clock::use_clock;
use crate::ui::components::{change_checklist, ChecklistTick, SelectField, TextField};
use crate::ui::form_keys::{from_key, key_of};
use crate::ui::ids::use_new_record;
use crate::ui::state::{use_app_state, use_document_update};
use dioxus::prelude::*;

/// One of the runner's own items, with buttons named after the item so each is told apart.
#[component]
pub fn OwnItemRow(race_id: RecordId, item: ChecklistItem, first: bool, last: bool) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    // Whether the item is being reworded, and the words being typed.
    let mut editing = use_signal(|| false);
    let mut text = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let id = RecordId(item.id.clone());
    let edit_id = format!("edit-{}", item.id);

    let mover = {
        let (race_id, id) = (race_id.clone(), id.clone());
        move |direction: Move| {
            change_checklist(update, state, &race_id, clock.now(), |saved| {
                saved.move_item(&id, direction, clock.now());
                None
            })
        }
    };
    let remove = {
        let (race_id, id) = (race_id.clone(), id.clone());
        move |_| {
            change_checklist(update, state, &race_id, clock.now(), |saved| {
                saved.remove(&id, clock.now()).then(|| id.clone())
            })
        }
    };
    let save = {
        let (race_id, id) = (race_id.clone(), id.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let typed = text.read().clone();
            match validate_text(&typed) {
                Ok(text) => {
                    change_checklist(update, state, &race_id, clock.now(), |saved| {
                        // Already validated above, so the only outcome is the change itself.
                        let _ = saved.edit(&id, &text, clock.now());
                        None
                    });
                    error.set(None);
                    editing.set(false);
                }
                Err(errors) => error.set(errors.for_field("item_text").map(str::to_string)),
            }
        }
    };

    rsx! {
        li { class: "checklist-item own-item",
            if editing() {
                form { class: "own-item-edit", onsubmit: save, novalidate: true,
                    TextField {
                        id: "{edit_id}",
                        label: "Edit item",
                        text,
                        error: error(),
                    }
                    div { class: "item-actions",
                        button { r#type: "submit", class: "button primary", "Save item" }
                        button {
                            r#type: "button",
                            class: "button",
                            onclick: move |_| {
                                error.set(None);
                                editing.set(false);
                            },
                            "Cancel"
                        }
                    }
                }
            } else {
                ChecklistTick { race_id: race_id.clone(), item: item.clone() }
                div { class: "item-actions",
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": "Move up: {item.text}",
                        disabled: first,
                        onclick: {
                            let mover = mover.clone();
                            move |_| mover(Move::Up)
                        },
                        "↑"
                    }
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": "Move down: {item.text}",
                        disabled: last,
                        onclick: {
                            let mover = mover.clone();
                            move |_| mover(Move::Down)
                        },
                        "↓"
                    }
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": "Edit: {item.text}",
                        onclick: {
                            let words = item.text.clone();
                            move |_| {
                                text.set(words.clone());
                                editing.set(true);
                            }
                        },
                        "Edit"
                    }
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": "Remove: {item.text}",
                        onclick: remove,
                        "Remove"
                    }
                }
            }
        }
    }
}

/// Adds the runner's own item to one list, in the group they choose.
#[component]
pub fn AddItemForm(race_id: RecordId, list: ListKind) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let mut text = use_signal(String::new);
    let mut group = use_signal(|| list.groups()[0]);
    let mut error = use_signal(|| None::<String>);
    let mut status = use_signal(String::new);
    let new_item = use_new_record("item");
    let key = list.key();

    let add = move |event: FormEvent| {
        event.prevent_default();
        let typed = text.read().clone();
        let chosen: Group = group();
        // A second tap on the form its first tap already saved and cleared.
        let Some(id) = new_item.id_for(&(typed.clone(), chosen)) else {
            return;
        };
        match validate_text(&typed) {
            Ok(valid) => {
                let now = clock.now();
                change_checklist(update, state, &race_id, now, |saved| {
                    // Already validated above, so the only outcome is the change itself.
                    let _ = saved.add(id, chosen, &valid, now);
                    None
                });
                status.set(format!(
                    "Added “{valid}” to {}.",
                    chosen.label().to_lowercase()
                ));
                error.set(None);
                text.set(String::new());
                new_item.saved((String::new(), chosen), now);
            }
            Err(errors) => {
                status.set(String::new());
                error.set(errors.for_field("item_text").map(str::to_string));
            }
        }
    };

    let options: Vec<(String, String)> = list
        .groups()
        .iter()
        .map(|group| (key_of(group), group.label().to_string()))
        .collect();
    rsx! {
        form { class: "add-item", onsubmit: add, novalidate: true,
            TextField {
                id: "new-item-{key}",
                label: "Your own item",
                text,
                error: error(),
            }
            SelectField {
                id: "new-item-{key}-group",
                label: "When",
                options,
                selected: key_of(&group()),
                onchange: move |value: String| {
                    if let Some(chosen) = from_key::<Group>(&value) {
                        group.set(chosen);
                    }
                },
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "Add item" }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}
