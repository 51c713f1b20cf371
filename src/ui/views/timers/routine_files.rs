//! Sharing routines: export the runner's own routines as JSON, import them from a file or a paste.

use crate::core::routine::file::{export_routines, import_routines};
use crate::store::Change;
use crate::ui::components::TextArea;
use crate::ui::files::PickJsonFile;
use crate::ui::platform::download::save_download;
use crate::ui::state::{use_app_state, use_document_update, DocumentUpdater, UpdateError};
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
                Err(message) => (false, format!("Not exported: {message}")),
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

    rsx! {
        section { class: "card", "aria-labelledby": "files-heading",
            h2 { id: "files-heading", "Share routines" }
            p { class: "hint", "Export your own routines to keep a copy or move them to another device; import a file exported from Fresh Legs." }
            button { class: "button", disabled: !has_routines, onclick: export, "Export my routines" }
            PickJsonFile { id: "import-file", label: "Import from a file", on_picked: import_file }
            TextArea { id: "import-text", label: "Or paste routines JSON", text: pasted }
            button { class: "button", disabled: pasted.read().trim().is_empty(), onclick: import_pasted, "Import routines" }
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
        Err(error) => return (false, format!("Nothing imported. {error}")),
    };
    let count = routines.len();
    // A routine already here (same id) is replaced by the imported copy; new ones go to the end.
    match update.send_all(routines.into_iter().map(Change::put).collect()) {
        Ok(()) if count == 1 => (true, "Imported 1 routine.".into()),
        Ok(()) => (true, format!("Imported {count} routines.")),
        Err(UpdateError::NotSaved(message)) => (false, format!("Nothing imported: {message}")),
    }
}
