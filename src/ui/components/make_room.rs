//! Ways out when the runner's data does not fit in its storage: download a copy, and remove the
//! bulkiest things they may do without (imported training summaries, log entries older than
//! two years), each saying how much room it frees. Shown by the notice after a save failed for
//! room, and by an import's review when the file would not fit.

use crate::core::dates;
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
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
    let [count, digits] = counted(training.len());
    let remove_training = message_with("components-remove-training", &[count, digits]);
    let [count, digits] = counted(old_log.len());
    let date = dates::day_month_year(before.date_naive());
    let remove_old_log = message_with(
        "components-remove-old-log",
        &[count, digits, ("date", Arg::from(date))],
    );
    let candidates = [(remove_training, training), (remove_old_log, old_log)];
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
                {message("components-download-copy")}
            }
            for (index, way) in options.iter().enumerate() {
                button { key: "{index}", r#type: "button", class: "button", id: way_id(index),
                    onclick: move |_| asking.set(Some(index)),
                    {message_with("components-frees", &[("way", Arg::from(way.what.as_str())), ("amount", Arg::from(storage_amount(way.frees)))])}
                }
            }
            if let Some(way) = chosen {
                div { class: "confirm", role: "alertdialog", "aria-labelledby": "make-room-question",
                    p { id: "make-room-question",
                        {message_with("components-remove-question", &[("way", Arg::from(way.what.as_str()))])}
                    }
                    div { class: "form-actions",
                        button { r#type: "button", class: "button danger", id: CONFIRM_ID,
                            onclick: move |_| {
                                asking.set(None);
                                match update.send_all(way.changes.clone()) {
                                    // The notice goes with the failure, so the news goes where
                                    // the runner's messages go.
                                    Ok(()) => toasts.say(message_with("components-removed", &[("amount", Arg::from(storage_amount(way.frees)))])),
                                    Err(UpdateError::NotSaved(problem)) => status.set(message_with("components-still-not-saved", &[("problem", Arg::from(problem))])),
                                }
                            },
                            {message("components-remove-yes")}
                        }
                        button { r#type: "button", class: "button", onclick: move |_| asking.set(None), {message("components-remove-no")} }
                    }
                }
            }
            p { class: "hint", role: "status", "{status}" }
        }
    }
}
