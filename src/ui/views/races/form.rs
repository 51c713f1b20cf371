//! The add/edit race form: every field labelled, each problem shown beside its field, and the rest
//! of the form kept exactly as typed.

use crate::core::race::{Priority, DISTANCE_PRESETS};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::races::draft::{RaceDraft, FIRST, SECOND};
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::zone_field::ZoneField;
use dioxus::prelude::*;

/// Adds a race, or saves the one `editor` is editing.
#[component]
pub fn RaceForm(editor: Editor<RaceDraft>) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let zone = clock.zone();
    let mut form_top = use_signal(|| None::<std::rc::Rc<MountedData>>);
    let units = state.read().profile().units;
    let mut confirmed_clash = use_signal(|| None::<crate::core::record::RecordId>);

    // Bring the form into view when an Edit button elsewhere on the screen loads a race into it.
    use_effect(move || {
        if editor.editing.read().is_some() {
            if let Some(top) = form_top.peek().clone() {
                spawn(async move {
                    let _ = top.scroll_to(ScrollBehavior::Smooth).await;
                });
            }
        }
    });

    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        let today = now.with_timezone(&zone).date_naive();
        let editing = editor.editing.read().clone();
        // A second tap on the form its first tap already saved and cleared.
        let Some(id) = editor.record_id() else {
            return;
        };
        let checked = editor.draft.read().to_race(id, now, today);
        let race = match checked {
            Ok(race) => race,
            Err(found) => {
                editor.refuse(found, "Not saved: please fix the fields marked below.");
                return;
            }
        };
        let name = race.name.clone();
        let mut status = editor.status;
        // Two races at the same minute is almost always the same race entered twice: ask once.
        let clash = state
            .read()
            .document
            .races
            .iter()
            .find(|other| other.id != race.id && other.start_instant() == race.start_instant())
            .map(|other| (other.id.clone(), other.name.clone()));
        if let Some((other_id, other_name)) = clash {
            if confirmed_clash.peek().as_ref() != Some(&other_id) {
                confirmed_clash.set(Some(other_id));
                status.set(format!(
                    "{other_name} starts at the same minute. Save again to keep both races."
                ));
                return;
            }
        }
        match update.send(Change::put(race)) {
            Ok(()) => {
                editor.saved(RaceDraft::new(zone, units), now);
                status.set(if editing.is_some() {
                    format!("Saved {name}.")
                } else {
                    format!("Added {name}.")
                });
            }
            Err(UpdateError::NotSaved(message)) => status.set(format!("Not saved: {message}")),
        }
    };

    let mut draft = editor.draft;
    let current = draft.read().clone();
    let priorities = Priority::ALL
        .iter()
        .map(|priority| (key_of(priority), priority.label().to_string()))
        .collect::<Vec<_>>();
    let heading = if editor.is_editing() {
        format!("Edit {}", current.name)
    } else {
        "Add a race".to_string()
    };
    rsx! {
        section { class: "card race-form", "aria-labelledby": "race-form-heading",
            onmounted: move |event| form_top.set(Some(event.data())),
            h2 { id: "race-form-heading", "{heading}" }
            form { class: "form", onsubmit: save, novalidate: true,
                TextField { id: "race-name", label: "Race name", value: current.name.clone(),
                    error: editor.error_while_unchanged("name", |draft| draft.name.trim().to_string()), oninput: move |value| draft.write().name = value }
                div { class: "field-row",
                    TextField { id: "race-date", label: "Date", kind: "date", value: current.date.clone(),
                        error: editor.error_while_unchanged("date", |draft| draft.date.clone()), oninput: move |value| draft.write().date = value }
                    TextField { id: "race-start", label: "Start time", kind: "time", value: current.start_time.clone(),
                        error: editor.error_while_unchanged("start_time", |draft| draft.start_time.clone()), oninput: move |value| draft.write().start_time = value }
                }
                ZoneField { value: current.time_zone.clone(),
                    error: editor.error_while_unchanged("time_zone", |draft| draft.time_zone.trim().to_string()),
                    oninput: move |value| draft.write().time_zone = value }
                if let Some(options) = repeated_choices(&current) {
                    SelectField { id: "race-repeated-hour", label: "Which {current.start_time}?", options,
                        selected: current.repeated_hour.clone(),
                        onchange: move |value| draft.write().repeated_hour = value }
                }
                NumberField { id: "race-distance", label: format!("Distance ({})", units.abbreviation()),
                    value: current.distance.clone(), decimal: true, error: editor.error_while_unchanged("distance_km", |draft| draft.distance.clone()),
                    oninput: move |value| draft.write().set_distance(value) }
                div { class: "presets", role: "group", "aria-label": "Common distances",
                    for (label, km) in DISTANCE_PRESETS {
                        button { key: "{label}", r#type: "button", class: "button",
                            "aria-pressed": current.exact_km == Some(km),
                            onclick: move |_| draft.write().set_preset(km), "{label}" }
                    }
                }
                TextField { id: "race-expected", label: "Expected time (h:mm, optional)", value: current.expected_time.clone(),
                    inputmode: "text".to_string(), error: editor.error_while_unchanged("expected_minutes", |draft| draft.expected_time.clone()),
                    oninput: move |value| draft.write().expected_time = value }
                p { class: "hint", "Leave it empty to estimate it from the distance. The post-race windows open from your finish." }
                SelectField { id: "race-priority", label: "Priority", options: priorities,
                    selected: current.priority.clone(), onchange: move |value| draft.write().priority = value }
                Checkbox { id: "race-outdoor", label: "Outdoor", checked: current.outdoor,
                    onchange: move |checked| draft.write().outdoor = checked }
                div { class: "form-actions",
                    button { r#type: "submit", class: "button primary",
                        if editor.is_editing() { "Save race" } else { "Add race" }
                    }
                    if editor.is_editing() {
                        button { r#type: "button", class: "button",
                            onclick: move |_| {
                                editor.reset(RaceDraft::new(zone, units));
                                let mut status = editor.status;
                                status.set(String::new());
                            },
                            "Cancel editing"
                        }
                    }
                    p { class: "form-status", role: "status", {editor.status.read().clone()} }
                }
            }
        }
    }
}

/// The choice between the two starts a time that happens twice could mean, with each one's UTC
/// offset; `None` when the typed time happens once.
fn repeated_choices(draft: &RaceDraft) -> Option<Vec<(String, String)>> {
    let (first, second) = draft.repeated()?;
    let zone = crate::core::race::parse_time_zone(&draft.time_zone).ok()?;
    let offset = |at: chrono::DateTime<chrono::Utc>| {
        crate::core::dates::utc_offset(*at.with_timezone(&zone).offset())
    };
    Some(vec![
        (String::new(), "Choose one".to_string()),
        (
            FIRST.to_string(),
            format!("The first, before the clocks go back ({})", offset(first)),
        ),
        (
            SECOND.to_string(),
            format!("The second, after the clocks go back ({})", offset(second)),
        ),
    ])
}
