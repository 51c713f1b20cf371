//! The one form for log entries: the quick log on Today, and adding and editing on the Log screen.

use crate::core::dates;
use crate::core::log::{LogEntry, Tissue};
use crate::core::massage::{MassageKind, Pressure, Technique};
use crate::core::sorting;
use crate::core::validation::FieldErrors;
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
use crate::core::zone::Zone;
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{BodyMapPicker, Checkbox, NumberField, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::ids::use_new_record;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::log::draft::{LogChoice, QuickLogDraft, QuickLogDraftStoreExt};
use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;

fn options<T: serde::Serialize + Copy, S: Into<String>>(
    values: &[T],
    label: impl Fn(T) -> S,
) -> Vec<(String, String)> {
    values
        .iter()
        .map(|value| (key_of(value), label(*value).into()))
        .collect()
}

/// The massages a check-in can follow: "none" first, then those of the last two weeks, newest
/// first, named by kind and local time ("General · Sat 5 Dec 18:00").
fn follows_options(log: &[LogEntry], now: DateTime<Utc>, zone: Zone) -> Vec<(String, String)> {
    let mut recent: Vec<&LogEntry> = log
        .iter()
        .filter(|entry| entry.massage_kind().is_some())
        .filter(|entry| entry.at <= now && now - entry.at <= Duration::days(14))
        .collect();
    sorting::sort_by(&mut recent, |a, b| (b.at, &b.id).cmp(&(a.at, &a.id)));
    let mut choices = vec![(String::new(), message("log-after-none"))];
    choices.extend(recent.into_iter().filter_map(|entry| {
        let kind = entry.massage_kind()?;
        let local = entry.at.with_timezone(&zone);
        let when = format!(
            "{} {}",
            dates::weekday_day_month(local.date_naive()),
            dates::clock(local.time())
        );
        // Short enough to show whole in the closed list on a 360 px phone.
        Some((
            entry.id.to_string(),
            format!("{} · {when}", kind.short_label()),
        ))
    }));
    choices
}

/// Adds a new entry, or saves changes to `existing` (keeping its id). `prefix` keeps control ids
/// unique when several forms are on one page; `on_saved` runs after a successful save.
#[component]
pub fn LogForm(
    prefix: String,
    existing: Option<LogEntry>,
    on_saved: Option<EventHandler<()>>,
) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let zone = clock.zone();
    let editing = existing.clone();
    let mut draft = use_store(|| match &existing {
        Some(entry) => QuickLogDraft::from_entry(entry, zone),
        None => QuickLogDraft::new(clock.now(), zone, &state.peek().document.log),
    });
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(String::new);
    let new_entry = use_new_record::<QuickLogDraft>("log");

    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        let id = match &editing {
            Some(entry) => entry.id.clone(),
            None => match new_entry.id_for(&*draft.peek()) {
                Some(id) => id,
                // A second tap on the form its first tap already saved and cleared.
                None => return,
            },
        };
        let entry = match draft
            .read()
            .to_entry(id, now, zone, &state.peek().document.log)
        {
            Ok(entry) => entry,
            Err(found) => {
                errors.set(found);
                status.set(message("log-fix-fields"));
                return;
            }
        };
        errors.set(FieldErrors::default());
        let is_edit = editing.is_some();
        match update.send(Change::put(entry)) {
            Ok(()) if is_edit => status.set(message("log-changes-saved")),
            Ok(()) => {
                status.set(message("log-added"));
                let blank = QuickLogDraft::new(now, zone, &state.peek().document.log);
                draft.set(blank.clone());
                new_entry.saved(blank, now);
            }
            Err(UpdateError::NotSaved(reason)) => {
                status.set(message_with(
                    "log-not-saved",
                    &[("reason", Arg::from(reason))],
                ));
                return;
            }
        }
        if let Some(on_saved) = on_saved {
            on_saved.call(());
        }
    };

    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    let id = |name: &str| format!("{prefix}-{name}");
    let choice = draft.choice().cloned();
    let choices = LogChoice::ALL
        .iter()
        .map(|choice| (choice.key().to_string(), choice.label()))
        .collect::<Vec<_>>();
    let mut befores = vec![
        (String::new(), message("log-before-nothing")),
        ("workout".to_string(), message("log-before-workout")),
    ];
    befores.extend(
        state
            .read()
            .document
            .races
            .iter()
            .map(|race| (race.id.to_string(), race.name.clone())),
    );
    let massages = follows_options(&state.read().document.log, clock.now(), zone);
    let submit = message(if existing.is_some() {
        "log-save"
    } else {
        "log-add"
    });

    rsx! {
        form { class: "form", onsubmit: save, novalidate: true,
            SelectField { id: id("choice"), label: message("log-field-choice"), options: choices, selected: choice.key(),
                onchange: move |key: String| {
                    if let Some(choice) = LogChoice::ALL.into_iter().find(|choice| choice.key() == key) {
                        draft.choice().set(choice);
                    }
                }
            }
            TextField { id: id("when"), label: message("log-field-when"), kind: "datetime-local", text: draft.when(),
                error: error("at") }
            match choice {
                LogChoice::Massage => rsx! {
                    SelectField { id: id("massage-kind"), label: message("log-field-massage-kind"),
                        options: options(&MassageKind::ALL, MassageKind::label), selected: draft.massage_kind().cloned(),
                        onchange: move |value| draft.massage_kind().set(value) }
                    SelectField { id: id("pressure"), label: message("log-field-pressure"),
                        options: options(&Pressure::ALL, Pressure::label), selected: draft.pressure().cloned(),
                        onchange: move |value| draft.pressure().set(value) }
                    if *draft.massage_kind().read() == key_of(&MassageKind::PreEvent) {
                        SelectField { id: id("technique"), label: message("log-field-technique"),
                            options: options(&Technique::ALL, Technique::label), selected: draft.technique().cloned(),
                            onchange: move |value| draft.technique().set(value) }
                    }
                    SelectField { id: id("before"), label: message("log-field-before"), options: befores, selected: draft.before().cloned(),
                        onchange: move |value| draft.before().set(value) }
                    Checkbox { id: id("therapist"), label: message("log-field-therapist"), checked: draft.with_therapist().cloned(),
                        onchange: move |checked| draft.with_therapist().set(checked) }
                    TextField { id: id("notes"), label: message("log-field-notes"), text: draft.notes(),
                        error: error("notes") }
                },
                LogChoice::Soreness => rsx! {
                    SelectField { id: id("after"), label: message("log-field-after"), options: massages,
                        selected: draft.after().cloned(), onchange: move |value| draft.after().set(value) }
                    HoursAfter { id: id("hours-after"), draft, error: error("hours_after") }
                    NumberField { id: id("level"), label: message("log-field-level"), text: draft.level(),
                        error: error("level") }
                    Checkbox { id: id("bruising"), label: message("log-field-bruising"), checked: draft.bruising().cloned(),
                        onchange: move |checked| draft.bruising().set(checked) }
                },
                LogChoice::Injury => rsx! {
                    BodyMapPicker { label: message("log-field-area"), selected: draft.area().cloned(),
                        onselect: move |value| draft.area().set(value) }
                    SelectField { id: id("tissue"), label: message("log-field-tissue"), options: options(&Tissue::ALL, Tissue::label),
                        selected: draft.tissue().cloned(), onchange: move |value| draft.tissue().set(value) }
                    TextField { id: id("started"), label: message("log-field-started"), kind: "date", text: draft.started(),
                        error: error("started") }
                    TextField { id: id("resolved"), label: message("log-field-healed"), kind: "date",
                        text: draft.resolved(), error: error("resolved") }
                },
                LogChoice::SelfMassage => rsx! {
                    TextField { id: id("routine"), label: message("log-field-routine"), text: draft.routine_name() }
                    NumberField { id: id("minutes"), label: message("log-field-minutes"), text: draft.minutes(),
                        error: error("minutes") }
                },
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "{submit}" }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}

/// The check-in's hours since what it follows: worked out from the chosen massage and the
/// check-in's own time, or typed after a race or a hard run. A component of its own, so that
/// typing elsewhere in the form does not work them out again.
#[component]
fn HoursAfter(id: String, draft: Store<QuickLogDraft>, error: Option<String>) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let hours = draft
        .read()
        .hours_since_massage(&state.read().document.log, clock.zone());
    match hours {
        Some(hours) => rsx! {
            p { class: "computed-field", id, role: "status",
                match hours {
                    // As digits: a check-in typed years ahead counts thousands of hours.
                    Some(hours) => rsx! { {message_with("log-hours-after", &counted(usize::from(hours)))} },
                    None => rsx! { {message("log-hours-before")} },
                }
            }
            if let Some(message) = error {
                p { class: "field-error", role: "alert", "{message}" }
            }
        },
        None => rsx! {
            NumberField { id, label: message("log-field-hours"), text: draft.hours_after(), error }
        },
    }
}
