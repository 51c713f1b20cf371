//! The runner's own checklist items: a row to tick, reword, move and remove one, and the form that
//! adds one to a list.

use crate::core::checklist::state::{validate_text, Move};
use crate::core::checklist::{ChecklistItem, Group, ListKind};
use crate::core::record::RecordId;
use crate::core::words::{message, message_with, Arg};
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
    // Each button's name carries the item's words, so a screen reader tells the rows apart.
    let item_words = [("item", Arg::from(item.text.as_str()))];

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
                        label: message("checklists-edit-field"),
                        text,
                        error: error(),
                    }
                    div { class: "item-actions",
                        button { r#type: "submit", class: "button primary", {message("checklists-save")} }
                        button {
                            r#type: "button",
                            class: "button",
                            onclick: move |_| {
                                error.set(None);
                                editing.set(false);
                            },
                            {message("checklists-cancel")}
                        }
                    }
                }
            } else {
                ChecklistTick { race_id: race_id.clone(), item: item.clone() }
                div { class: "item-actions",
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": message_with("checklists-move-up-named", &item_words),
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
                        "aria-label": message_with("checklists-move-down-named", &item_words),
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
                        "aria-label": message_with("checklists-edit-named", &item_words),
                        onclick: {
                            let words = item.text.clone();
                            move |_| {
                                text.set(words.clone());
                                editing.set(true);
                            }
                        },
                        {message("checklists-edit")}
                    }
                    button {
                        r#type: "button",
                        class: "button",
                        "aria-label": message_with("checklists-remove-named", &item_words),
                        onclick: remove,
                        {message("checklists-remove")}
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
                // Each language words the group in the sentence its own way, so the message
                // chooses by the group's key rather than take its heading.
                let args = [
                    ("item", Arg::from(valid.as_str())),
                    ("group", Arg::from(key_of(&chosen))),
                ];
                status.set(message_with("checklists-added", &args));
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
        .map(|group| (key_of(group), group.label()))
        .collect();
    rsx! {
        form { class: "add-item", onsubmit: add, novalidate: true,
            TextField {
                id: "new-item-{key}",
                label: message("checklists-own-item"),
                text,
                error: error(),
            }
            SelectField {
                id: "new-item-{key}-group",
                label: message("checklists-own-item-when"),
                options,
                selected: key_of(&group()),
                onchange: move |value: String| {
                    if let Some(chosen) = from_key::<Group>(&value) {
                        group.set(chosen);
                    }
                },
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", {message("checklists-add")} }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}
