//! The add/edit race form: every field labelled, each problem shown beside its field, and the rest
//! of the form kept exactly as typed.

use crate::core::race::{Priority, DISTANCE_PRESETS};
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::state::{use_app_state, use_document_update};
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
        // A second tap on the form its first tap already saved and cleared.
        let Some(id) = editor.record_id() else {
            return;
        };
        let checked = editor.draft.read().to_race(id, now, today);
        let race = match checked {
            Ok(race) => race,
            Err(found) => {
                editor.refuse(found, &message("races-fix-fields"));
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
                status.set(message_with(
                    "races-same-minute",
                    &[("other", Arg::from(other_name))],
                ));
                return;
            }
        }
        editor.finish_save(
            update.send(Change::put(race)),
            name,
            RaceDraft::new(zone, units),
            now,
        );
    };

    let draft = editor.draft;
    let priorities = Priority::ALL
        .iter()
        .map(|priority| (key_of(priority), priority.label()))
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
                || message("races-form-edit"),
                |race| {
                    message_with(
                        "races-form-edit-named",
                        &[("name", Arg::from(race.name.as_str()))],
                    )
                },
            ),
        None => message("races-form-add"),
    };
    let unit = [("unit", Arg::from(units.abbreviation()))];
    rsx! {
        section { class: "card race-form", "aria-labelledby": "race-form-heading",
            onmounted: move |event| form_top.set(Some(event.data())),
            h2 { id: "race-form-heading", "{heading}" }
            form { class: "form", onsubmit: save, novalidate: true,
                TextField { id: RACE_NAME_ID, label: message("races-field-name"), text: draft.name(), error: editor.error("name"),
                    oninput: move |_| editor.field_changed("name") }
                div { class: "field-row",
                    TextField { id: "race-date", label: message("races-field-date"), kind: "date", text: draft.date(), error: editor.error("date"),
                        oninput: move |_| editor.field_changed("date") }
                    TextField { id: "race-start", label: message("races-field-start"), kind: "time", text: draft.start_time(),
                        error: editor.error("start_time"), oninput: move |_| editor.field_changed("start_time") }
                }
                ZoneField { text: draft.time_zone(), error: editor.error("time_zone"),
                    onchange: move |_| editor.field_changed("time_zone") }
                RepeatedHour { draft }
                NumberField { id: "race-distance", label: message_with("races-field-distance", &unit),
                    text: draft.distance(), decimal: true, error: editor.error("distance_km"),
                    oninput: move |_| editor.field_changed("distance_km") }
                Presets { draft }
                TextField { id: "race-expected", label: message("races-field-expected"), text: draft.expected_time(),
                    inputmode: "text".to_string(), error: editor.error("expected_minutes"),
                    oninput: move |_| editor.field_changed("expected_minutes") }
                p { class: "hint", {message("races-expected-hint")} }
                SelectField { id: "race-priority", label: message("races-field-priority"), options: priorities,
                    selected: draft.priority().cloned(), onchange: move |value| draft.priority().set(value) }
                Checkbox { id: "race-outdoor", label: message("races-field-outdoor"), checked: draft.outdoor().cloned(),
                    onchange: move |checked| draft.outdoor().set(checked) }
                div { class: "form-actions",
                    button { r#type: "submit", class: "button primary",
                        if editor.is_editing() { {message("races-save-race")} } else { {message("races-add-race")} }
                    }
                    if editor.is_editing() {
                        button { r#type: "button", class: "button",
                            onclick: move |_| {
                                editor.reset(RaceDraft::new(zone, units));
                                let mut status = editor.status;
                                status.set(String::new());
                            },
                            {message("races-cancel-editing")}
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
        div { class: "presets", role: "group", "aria-label": message("races-presets-label"),
            for (key, label, km) in DISTANCE_PRESETS {
                button { key: "{key}", r#type: "button", class: "button",
                    id: "preset-{key}",
                    "aria-pressed": shown == Some(km),
                    onclick: move |_| draft.write().set_preset(km), {message(label)} }
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
        SelectField { id: "race-repeated-hour", label: message_with("races-which-time", &[("time", Arg::from(start_time.as_str()))]), options,
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
    let choice = |id: &str, at| message_with(id, &[("offset", Arg::from(offset(at)))]);
    Some(vec![
        (String::new(), message("races-choose-one")),
        (FIRST.to_string(), choice("races-first-of-two", first)),
        (SECOND.to_string(), choice("races-second-of-two", second)),
    ])
}
