//! Ways out when the runner's data does not fit in its storage: download a copy, and remove the
//! bulkiest things they may do without (imported training summaries, log entries older than
//! two years), each saying how much room it frees. Shown by the notice after a save failed for
//! room, and by an import's review when the file would not fit.

use crate::core::dates;
use crate::store::export::{export_file_name, export_text};
use crate::store::room::{needed_for, storage_amount};
use crate::store::{Change, Document};
use crate::ui::clock::use_clock;
use crate::ui::components::use_toasts;
use crate::ui::platform::download::save_download;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;

/// Log entries older than this may go to make room: the rules look back far less.
const OLD_LOG_DAYS: i64 = 730;

/// One way to make room: what it removes, in a sentence, and the deletions that do it.
#[derive(Clone, PartialEq)]
struct Way {
    what: String,
    changes: Vec<Change>,
    /// How much room it frees, in stored characters.
    frees: u64,
}

/// The ways to make room in `document` at `now`, each with what it frees (the tombstones the
/// deletions leave are counted against it).
fn ways(document: &Document, now: DateTime<Utc>) -> Vec<Way> {
    let count = |n: usize, one: &str, many: &str| {
        crate::core::validation::count(i64::try_from(n).unwrap_or(i64::MAX), one, many)
    };
    let before = now - Duration::days(OLD_LOG_DAYS);
    let old_log: Vec<Change> = document
        .log
        .iter()
        .filter(|entry| entry.at < before)
        .map(|entry| Change::Delete(entry.id.clone()))
        .collect();
    let training: Vec<Change> = document
        .activities
        .iter()
        .map(|activity| Change::Delete(activity.id.clone()))
        .collect();
    let candidates = [
        (
            format!(
                "Remove {} (the summaries of your watch's files; the blocks and races you accepted stay)",
                count(training.len(), "imported training summary", "imported training summaries")
            ),
            training,
        ),
        (
            format!(
                "Remove {} from before {}",
                count(old_log.len(), "log entry", "log entries"),
                dates::day_month_year(before.date_naive())
            ),
            old_log,
        ),
    ];
    let size = needed_for(document);
    candidates
        .into_iter()
        .filter(|(_, changes)| !changes.is_empty())
        .map(|(what, changes)| {
            let mut after = document.clone();
            for change in changes.iter().cloned() {
                after.apply(change, now);
            }
            Way {
                what,
                frees: size.saturating_sub(needed_for(&after)),
                changes,
            }
        })
        .collect()
}

/// The `id`s of the controls, as expressions so component tests can find them.
const DOWNLOAD_ID: &str = "make-room-download";
fn way_id(index: usize) -> String {
    format!("make-room-{index}")
}
const CONFIRM_ID: &str = "make-room-confirm";

/// The ways out, as buttons; a removal asks once before it deletes.
#[component]
pub fn MakeRoom() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let toasts = use_toasts();
    let mut status = use_signal(String::new);
    let mut asking = use_signal(|| None::<usize>);
    let options = ways(&state.read().document, clock.now());
    let download = move |_| async move {
        let text = export_text(&state.read().document);
        status.set(
            match save_download(&export_file_name(clock.now()), "application/json", &text).await {
                Ok(place) => place,
                Err(problem) => problem,
            },
        );
    };
    let chosen = asking().and_then(|index| options.get(index).cloned());
    rsx! {
        div { class: "make-room",
            button { r#type: "button", class: "button", id: DOWNLOAD_ID, onclick: download,
                "Download a copy of your data"
            }
            for (index, way) in options.iter().enumerate() {
                button { key: "{index}", r#type: "button", class: "button", id: way_id(index),
                    onclick: move |_| asking.set(Some(index)),
                    "{way.what} (frees about {storage_amount(way.frees)})"
                }
            }
            if let Some(way) = chosen {
                div { class: "confirm", role: "alertdialog", "aria-labelledby": "make-room-question",
                    p { id: "make-room-question",
                        "{way.what}? They cannot be brought back, except from a copy you downloaded."
                    }
                    div { class: "form-actions",
                        button { r#type: "button", class: "button danger", id: CONFIRM_ID,
                            onclick: move |_| {
                                asking.set(None);
                                match update.send_all(way.changes.clone()) {
                                    // The notice goes with the failure, so the news goes where
                                    // the runner's messages go.
                                    Ok(()) => toasts.say(format!("Removed. That freed about {}, and your data is saved.", storage_amount(way.frees))),
                                    Err(UpdateError::NotSaved(problem)) => status.set(format!("Still not saved: {problem}")),
                                }
                            },
                            "Yes, remove them"
                        }
                        button { r#type: "button", class: "button", onclick: move |_| asking.set(None), "No, keep them" }
                    }
                }
            }
            p { class: "hint", role: "status", "{status}" }
        }
    }
}
