//! Sharing routines: export the runner's own routines as JSON, import them from a file or a paste.

use crate::core::routine::file::{export_routines, import_routines};
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::components::TextArea;
use crate::ui::files::PickJsonFile;
use crate::ui::platform::download::save_download;
use crate::ui::state::{use_app_state, use_document_update, DocumentUpdater, UpdateError};
use crate::ui::views::timers::reason_said;
use dioxus::prelude::*;

/// The exported file's name; the date is left out so a newer export replaces an older one.
const EXPORT_FILE: &str = "fresh-legs-routines.json";

/// Export and import of the runner's own routines.
#[component]
pub fn RoutineFiles() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut pasted = use_signal(String::new);
    let mut status = use_signal(|| None::<(bool, String)>);
    let has_routines = !state.read().document.routines.is_empty();

    let export = move |_| async move {
        let text = export_routines(&state.read().document.routines);
        status.set(Some(
            match save_download(EXPORT_FILE, "application/json", &text).await {
                Ok(message) => (true, message),
                Err(reason) => (false, reason_said("timers-not-exported", reason)),
            },
        ));
    };
    let import_pasted = move |_| {
        let text = pasted.read().clone();
        status.set(Some(import_text(update, &text)));
        if matches!(*status.peek(), Some((true, _))) {
            pasted.set(String::new());
        }
    };
    let import_file = move |picked: Result<String, String>| {
        status.set(Some(match picked {
            Ok(text) => import_text(update, &text),
            Err(problem) => (false, problem),
        }));
    };

    let heading = message("timers-share");
    let from_file = message("timers-import-file");
    let paste = message("timers-import-paste");
    rsx! {
        section { class: "card", "aria-labelledby": "files-heading",
            h2 { id: "files-heading", "{heading}" }
            p { class: "hint", {message("timers-share-hint")} }
            button { class: "button", disabled: !has_routines, onclick: export, {message("timers-export")} }
            PickJsonFile { id: "import-file", label: from_file, on_picked: import_file }
            TextArea { id: "import-text", label: paste, text: pasted }
            button { class: "button", disabled: pasted.read().trim().is_empty(), onclick: import_pasted, {message("timers-import")} }
            match status() {
                Some((true, message)) => rsx! { p { class: "form-status", role: "status", "{message}" } },
                Some((false, message)) => rsx! { p { class: "field-error", role: "alert", "{message}" } },
                None => rsx! {},
            }
        }
    }
}

/// Imports every routine in `text` or none: (succeeded, what to tell the runner).
fn import_text(update: DocumentUpdater, text: &str) -> (bool, String) {
    let routines = match import_routines(text) {
        Ok(routines) => routines,
        Err(error) => {
            return (
                false,
                reason_said("timers-import-unread", error.to_string()),
            )
        }
    };
    let count = routines.len();
    // A routine already here (same id) is replaced by the imported copy; new ones go to the end.
    match update.send_all(routines.into_iter().map(Change::put).collect()) {
        Ok(()) => (
            true,
            message_with(
                "timers-imported",
                &[
                    ("count", Arg::from(count)),
                    ("digits", Arg::from(count.to_string())),
                ],
            ),
        ),
        Err(UpdateError::NotSaved(reason)) => {
            (false, reason_said("timers-import-not-saved", reason))
        }
    }
}
