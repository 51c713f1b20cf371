//! The add/edit race form: every field labelled, each problem shown beside its field, and the rest
//! of the form kept exactly as typed.

use crate::core::race::{Priority, DISTANCE_PRESETS};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::races::draft::{
    exact_distance, repeated, RaceDraft, RaceDraftStoreExt, FIRST, SECOND,
};
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::zone_field::ZoneField;
use dioxus::prelude::*;

/// The `id` of the race name field, which File → New race focuses.
pub const RACE_NAME_ID: &str = "race-name";

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

    let draft = editor.draft;
    let priorities = Priority::ALL
        .iter()
        .map(|priority| (key_of(priority), priority.label().to_string()))
        .collect::<Vec<_>>();
    // The stored name while editing, so the heading stays put while the runner renames the race.
    let heading = match editor.editing.read().as_ref() {
        Some(id) => state
            .read()
            .document
            .races
            .iter()
            .find(|race| race.id == *id)
            .map_or_else(
                || "Edit the race".to_string(),
                |race| format!("Edit {}", race.name),
            ),
        None => "Add a race".to_string(),
    };
    rsx! {
        section { class: "card race-form", "aria-labelledby": "race-form-heading",
            onmounted: move |event| form_top.set(Some(event.data())),
            h2 { id: "race-form-heading", "{heading}" }
            form { class: "form", onsubmit: save, novalidate: true,
                TextField { id: RACE_NAME_ID, label: "Race name", text: draft.name(), error: editor.error("name"),
                    oninput: move |_| editor.field_changed("name") }
                div { class: "field-row",
                    TextField { id: "race-date", label: "Date", kind: "date", text: draft.date(), error: editor.error("date"),
                        oninput: move |_| editor.field_changed("date") }
                    TextField { id: "race-start", label: "Start time", kind: "time", text: draft.start_time(),
                        error: editor.error("start_time"), oninput: move |_| editor.field_changed("start_time") }
                }
                ZoneField { text: draft.time_zone(), error: editor.error("time_zone"),
                    onchange: move |_| editor.field_changed("time_zone") }
                RepeatedHour { draft }
                NumberField { id: "race-distance", label: format!("Distance ({})", units.abbreviation()),
                    text: draft.distance(), decimal: true, error: editor.error("distance_km"),
                    oninput: move |_| editor.field_changed("distance_km") }
                Presets { draft }
                TextField { id: "race-expected", label: "Expected time (h:mm, optional)", text: draft.expected_time(),
                    inputmode: "text".to_string(), error: editor.error("expected_minutes"),
                    oninput: move |_| editor.field_changed("expected_minutes") }
                p { class: "hint", "Leave it empty to estimate it from the distance. The post-race windows open from your finish." }
                SelectField { id: "race-priority", label: "Priority", options: priorities,
                    selected: draft.priority().cloned(), onchange: move |value| draft.priority().set(value) }
                Checkbox { id: "race-outdoor", label: "Outdoor", checked: draft.outdoor().cloned(),
                    onchange: move |checked| draft.outdoor().set(checked) }
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

/// The common distances; the one the distance field shows is pressed.
#[component]
fn Presets(draft: Store<RaceDraft>) -> Element {
    let mut draft = draft;
    // Reads the distance's parts only, so typing elsewhere in the form leaves the buttons alone.
    let shown = exact_distance(
        draft.units().cloned(),
        draft.exact_km().cloned(),
        &draft.distance().read(),
    );
    rsx! {
        div { class: "presets", role: "group", "aria-label": "Common distances",
            for (label, km) in DISTANCE_PRESETS {
                button { key: "{label}", r#type: "button", class: "button",
                    id: "preset-{label.to_lowercase()}",
                    "aria-pressed": shown == Some(km),
                    onclick: move |_| draft.write().set_preset(km), "{label}" }
            }
        }
    }
}

/// Which of the two starts a time that happens twice means (the night the clocks go back), asked
/// only when the typed date, time and zone make one.
#[component]
fn RepeatedHour(draft: Store<RaceDraft>) -> Element {
    let date = draft.date().cloned();
    let start_time = draft.start_time().cloned();
    let time_zone = draft.time_zone().cloned();
    let Some(options) = repeated_choices(&date, &start_time, &time_zone) else {
        return rsx! {};
    };
    rsx! {
        SelectField { id: "race-repeated-hour", label: "Which {start_time}?", options,
            selected: draft.repeated_hour().cloned(),
            onchange: move |value| draft.repeated_hour().set(value) }
    }
}

/// The choice between the two starts a time that happens twice could mean, with each one's UTC
/// offset; `None` when the typed time happens once.
fn repeated_choices(
    date: &str,
    start_time: &str,
    time_zone: &str,
) -> Option<Vec<(String, String)>> {
    let (first, second) = repeated(date, start_time, time_zone)?;
    let zone = crate::core::race::parse_time_zone(time_zone).ok()?;
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
