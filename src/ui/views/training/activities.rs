//! The activities kept from the runner's files: those waiting for the runner's word (partly read,
//! or with totals no watch in order gives) with Keep and Remove, and every import with its
//! activities, each removable, and the whole import undoable. Every removal says what it changed
//! in the proposals, and the last one can be taken back.

use crate::core::record::RecordId;
use crate::core::sorting;
use crate::core::training::activity::Activity;
use crate::core::training::copy::{
    activities, activity_facts, activity_title, doubt_text, import_title, proposals_change,
};
use crate::core::training::detect::{read_season, Proposal};
use crate::core::words::{message, message_with, Arg};
use crate::core::zone::Zone;
use crate::store::Document;
use crate::ui::clock::use_clock;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::training::changes::{keep_activity, remove_activities, restore_activities};
use chrono::{DateTime, NaiveDate, Utc};
use dioxus::prelude::*;

/// The `id`s of the buttons that take the last removal back, among the imports and among the
/// activities to check.
const UNDO_ID: &str = "undo-removal";
const UNDO_DOUBTFUL_ID: &str = "undo-doubtful-removal";

/// How many activities of an import are listed at a time: an archive holds a thousand.
const SHOWN_AT_ONCE: usize = 20;

/// What the files propose for `document` today.
fn proposals_of(document: &Document, zone: &Zone, today: NaiveDate) -> Vec<Proposal> {
    read_season(&document.activities, document.profile.heart, zone, today).proposals(
        &document.blocks,
        &document.races,
        &document.tombstones,
    )
}

/// The imports kept, newest first, each with its activities in the order they started.
fn imports(activities: &[Activity]) -> Vec<(DateTime<Utc>, Vec<Activity>)> {
    let mut batches: Vec<(DateTime<Utc>, Vec<Activity>)> = Vec::new();
    for activity in activities {
        let at = activity.import_batch();
        match batches.iter_mut().find(|(batch, _)| *batch == at) {
            Some((_, members)) => members.push(activity.clone()),
            None => batches.push((at, vec![activity.clone()])),
        }
    }
    sorting::sort_by(&mut batches, |a, b| b.0.cmp(&a.0));
    for (_, members) in &mut batches {
        sorting::sort_by(members, |a, b| a.start.cmp(&b.start));
    }
    batches
}

/// The last removal, for Undo, and what the section last said.
#[derive(Clone, Copy, PartialEq)]
struct Removals {
    last: Signal<Option<Vec<Activity>>>,
    status: Signal<String>,
}

/// Removes activities by id, naming them as given in the message, which says how the proposals
/// changed: the hooks it needs are taken where a component starts, the removal runs in handlers.
fn use_remover(removals: Removals) -> impl Fn(Vec<RecordId>, String) + Copy {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    move |ids: Vec<RecordId>, what: String| {
        let Removals {
            mut last,
            mut status,
        } = removals;
        let (zone, now) = (clock.zone(), clock.now());
        let today = now.with_timezone(&zone).date_naive();
        let before = proposals_of(&state.read().document, &zone, today);
        let (changes, removed) = remove_activities(&state.read().document, &ids);
        let result = update.send_all(changes);
        match result {
            Ok(()) => {
                let after = proposals_of(&state.read().document, &zone, today);
                status.set(message_with(
                    "training-removed",
                    &[
                        ("what", Arg::from(what)),
                        ("change", Arg::from(proposals_change(&before, &after))),
                    ],
                ));
                last.set(Some(removed));
            }
            Err(UpdateError::NotSaved(reason)) => {
                status.set(not_done("training-not-removed", reason))
            }
        }
    }
}

/// The removal state of one section.
fn use_removals() -> Removals {
    Removals {
        last: use_signal(|| None),
        status: use_signal(String::new),
    }
}

/// Why a change to the activities was not made, as the section says it: `id` says which.
fn not_done(id: &str, reason: String) -> String {
    message_with(id, &[("reason", Arg::from(reason))])
}

/// What the section did last, with Undo when it removed something; `id` is Undo's.
#[component]
fn UndoBar(removals: Removals, id: String) -> Element {
    let update = use_document_update();
    let Removals {
        mut last,
        mut status,
    } = removals;
    let undo = move |_| {
        let Some(removed) = last.take() else {
            return;
        };
        let count = removed.len();
        match update.send_all(restore_activities(removed.clone())) {
            Ok(()) => status.set(message_with(
                "training-put-back",
                &[("activities", Arg::from(activities(count)))],
            )),
            Err(UpdateError::NotSaved(reason)) => {
                last.set(Some(removed));
                status.set(not_done("training-not-put-back", reason));
            }
        }
    };
    rsx! {
        div { class: "undo-bar", role: "status",
            if !status.read().is_empty() {
                span { {status.read().clone()} }
            }
            if last.read().is_some() {
                button { r#type: "button", class: "button", id: "{id}", onclick: undo, {message("training-undo")} }
            }
        }
    }
}

/// The activities waiting for the runner's word, each with Keep and Remove.
#[component]
pub fn DoubtfulActivities() -> Element {
    let state = use_app_state();
    let removals = use_removals();
    let doubtful: Vec<Activity> = state
        .read()
        .document
        .activities
        .iter()
        .filter(|a| !a.counts())
        .cloned()
        .collect();
    if doubtful.is_empty() && removals.status.read().is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "card doubtful", "aria-labelledby": "doubtful-heading",
            h2 { id: "doubtful-heading", {message("training-doubtful-heading")} }
            if !doubtful.is_empty() {
                p { class: "hint", {message("training-doubtful-hint")} }
            }
            ul { class: "proposal-list",
                for activity in doubtful {
                    DoubtfulCard { key: "{activity.id}", activity, removals }
                }
            }
            UndoBar { removals, id: UNDO_DOUBTFUL_ID }
        }
    }
}

/// Every import, newest first, with its activities (a few at a time), each removable, and the
/// whole import undoable.
#[component]
pub fn YourImports() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let removals = use_removals();
    let zone = clock.zone();
    let batches = imports(&state.read().document.activities);
    if batches.is_empty() && removals.status.read().is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "card imports", "aria-labelledby": "imports-heading",
            h2 { id: "imports-heading", {message("training-imports-heading")} }
            ul { class: "import-list",
                for (at, members) in batches {
                    ImportEntry { key: "{at.timestamp_millis()}", key_ms: at.timestamp_millis(), title: import_title(at, &zone, members.len()), members, removals }
                }
            }
            UndoBar { removals, id: UNDO_ID }
        }
    }
}

#[component]
fn DoubtfulCard(activity: Activity, removals: Removals) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let mut status = removals.status;
    let title = activity_title(&activity, &clock.zone());
    let id = activity.id.clone();
    let keep_id = id.clone();
    let keep_title = title.clone();
    let state = use_app_state();
    let keep = move |_| {
        let Some(change) = keep_activity(&state.read().document, &keep_id) else {
            return;
        };
        status.set(match update.send(change) {
            Ok(()) => message_with(
                "training-kept-activity",
                &[("title", Arg::from(keep_title.as_str()))],
            ),
            Err(UpdateError::NotSaved(reason)) => not_done("training-not-kept", reason),
        });
    };
    let remover = use_remover(removals);
    let remove_title = title.clone();
    let remove = move |_| remover(vec![id.clone()], remove_title.clone());
    rsx! {
        li { class: "card proposal",
            h3 { class: "proposal-title", "{title}" }
            p { {activity_facts(&activity)} }
            ul { class: "doubts",
                for (index, doubt) in activity.doubts.iter().enumerate() {
                    li { key: "{index}", {doubt_text(doubt)} }
                }
            }
            div { class: "card-actions",
                button { r#type: "button", class: "button primary", id: "keep-{activity.id}", onclick: keep,
                    {message("training-keep")}
                    span { class: "visually-hidden", " {title}" }
                }
                button { r#type: "button", class: "button", id: "remove-doubtful-{activity.id}", onclick: remove,
                    {message("training-remove")}
                    span { class: "visually-hidden", " {title}" }
                }
            }
        }
    }
}

#[component]
fn ImportEntry(key_ms: i64, title: String, members: Vec<Activity>, removals: Removals) -> Element {
    let clock = use_clock();
    let zone = clock.zone();
    let mut shown = use_signal(|| 0usize);
    let ids: Vec<RecordId> = members.iter().map(|a| a.id.clone()).collect();
    let what = message_with(
        "training-this-import",
        &[("activities", Arg::from(activities(members.len())))],
    );
    let remover = use_remover(removals);
    let undo_import = move |_| remover(ids.clone(), what.clone());
    let total = members.len();
    let listed = shown().min(total);
    rsx! {
        li { class: "import-entry",
            h3 { class: "proposal-title", "{title}" }
            div { class: "card-actions",
                button { r#type: "button", class: "button", id: "undo-import-{key_ms}", onclick: undo_import,
                    {message("training-undo-import")}
                    span { class: "visually-hidden", " ({title})" }
                }
                if listed < total {
                    button { r#type: "button", class: "button", id: "show-import-{key_ms}",
                        onclick: move |_| shown.set((listed + SHOWN_AT_ONCE).min(total)),
                        if listed == 0 { {message("training-show-activities")} } else { {message("training-show-more")} }
                        span { class: "visually-hidden", " ({title})" }
                    }
                }
            }
            if listed > 0 {
                ul { class: "activity-list",
                    for activity in members.into_iter().take(listed) {
                        ActivityRow { key: "{activity.id}", title: activity_title(&activity, &zone), facts: activity_facts(&activity), id: activity.id.clone(), removals }
                    }
                }
            }
        }
    }
}

#[component]
fn ActivityRow(title: String, facts: String, id: RecordId, removals: Removals) -> Element {
    let remover = use_remover(removals);
    let name = title.clone();
    rsx! {
        li { class: "activity-row",
            span { {message_with("training-activity-row", &[("title", Arg::from(title.as_str())), ("facts", Arg::from(facts.as_str()))])} }
            button { r#type: "button", class: "button", id: "remove-{id}",
                onclick: move |_| remover(vec![id.clone()], name.clone()),
                {message("training-remove")}
                span { class: "visually-hidden", " {title}" }
            }
        }
    }
}
