//! The runner's data in Settings: where it lives, export, import (merge, or replace behind a
//! confirmation and with Undo) and "Delete all data" behind a confirmation.

use crate::store::export::{export_file_name, export_text};
use crate::store::import::{read_import, ImportMode, ImportSummary};
use crate::store::room::Room;
use crate::store::Document;
use crate::ui::clock::use_clock;
use crate::ui::components::TextArea;
use crate::ui::files::PickJsonFile;
use crate::ui::platform::download::save_download;
use crate::ui::state::{
    use_app_state, use_document_update, DocumentUpdater, StoreHandle, UpdateError,
};
use crate::ui::views::settings::replace::{use_replacing, ConfirmReplace, Replacing};
use crate::ui::views::settings::requests::{DataRequest, DataRequests};
use crate::ui::views::settings::room_check::{
    measure_room, RoomCheck, RoomStatement, ROOM_CHECK_ID,
};
use dioxus::prelude::*;

fn plural(count: usize, one: &str, many: &str) -> String {
    crate::core::validation::count(i64::try_from(count).unwrap_or(i64::MAX), one, many)
}

/// How a checked file is described before the runner chooses what to do with it.
pub fn describe(summary: ImportSummary) -> String {
    let mut text = format!(
        "The file is an export with {}, {}, {}, {} and {}.",
        plural(summary.races, "race", "races"),
        plural(summary.blocks, "training block", "training blocks"),
        plural(summary.log_entries, "log entry", "log entries"),
        plural(summary.routines, "routine", "routines"),
        plural(
            summary.activities,
            "imported activity",
            "imported activities"
        )
    );
    if summary.set_aside > 0 {
        text.push_str(&format!(
            " {} in it could not be used; they come along set aside, unchanged, and can be downloaded from the notice.",
            plural(summary.set_aside, "record", "records")
        ));
    }
    text
}

/// Merges `incoming` into the runner's data, or (asked first) replaces the data with it, and
/// says how that went: (is an error, the sentence).
pub fn import_into(
    update: DocumentUpdater,
    replacing: Replacing,
    incoming: Document,
    mode: ImportMode,
) -> (bool, String) {
    match mode {
        ImportMode::Replace => replacing.replace(update, incoming),
        ImportMode::Merge => match update.send(mode.change(incoming)) {
            Ok(()) => (
                false,
                "Imported: the file is merged with your data.".to_string(),
            ),
            Err(UpdateError::NotSaved(problem)) => (true, format!("Not imported: {problem}")),
        },
    }
}

/// Control ids, as expressions so component tests can find them.
const IMPORT_FILE: &str = "import-file";
const IMPORT_TEXT: &str = "import-text";
const CHECK_PASTED: &str = "import-check";
const MERGE: &str = "import-merge";
const REPLACE: &str = "import-replace";
const UNDO_REPLACE: &str = "undo-replace";

#[component]
pub fn DataSettings() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let location = use_hook(|| {
        try_consume_context::<StoreHandle>().map_or_else(String::new, |store| store.0.location())
    });
    let store = use_hook(|| CopyValue::new(try_consume_context::<StoreHandle>()));
    let mut pending = use_signal(|| None::<Document>);
    let mut room = use_signal(|| None::<Room>);
    let mut message = use_signal(|| None::<(bool, String)>);
    let pasted = use_signal(String::new);
    let mut confirming = use_signal(|| false);
    let mut asking_to_replace = use_signal(|| false);
    let replacing = use_replacing();

    let mut check = move |bytes: &[u8]| match read_import(bytes) {
        Ok(document) => {
            asking_to_replace.set(false);
            message.set(Some((false, describe(ImportSummary::of(&document)))));
            room.set(measure_room(store.read().as_ref()));
            pending.set(Some(document));
        }
        Err(error) => {
            pending.set(None);
            message.set(Some((true, error.to_string())));
        }
    };
    let export_now = move || async move {
        let text = export_text(&state.read().document);
        let result = save_download(&export_file_name(clock.now()), "application/json", &text).await;
        message.set(Some(match result {
            Ok(place) => (false, place),
            Err(problem) => (true, problem),
        }));
    };
    let export = move |_| export_now();
    let picked = move |picked: Result<String, String>| match picked {
        Ok(text) => check(text.as_bytes()),
        Err(problem) => {
            pending.set(None);
            message.set(Some((true, problem)));
        }
    };
    // What the desktop menu asked for, carried out here where its messages show.
    let requests = use_hook(try_consume_context::<DataRequests>);
    use_effect(move || {
        let Some(DataRequests(mut request)) = requests else {
            return;
        };
        let Some(asked) = request() else {
            return;
        };
        request.set(None);
        match asked {
            DataRequest::Export => {
                spawn(export_now());
            }
            DataRequest::Import => {
                #[cfg(all(target_os = "linux", not(target_arch = "wasm32")))]
                spawn(async move {
                    if let Some(result) = crate::ui::files::pick_json_file().await {
                        let mut picked = picked;
                        picked(result);
                    }
                });
            }
            DataRequest::ShowFolder => {
                #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
                if let Some(folder) =
                    try_consume_context::<StoreHandle>().and_then(|store| store.0.folder())
                {
                    spawn(async move {
                        if let Err(problem) =
                            crate::ui::platform::folder::show_folder(&folder).await
                        {
                            message.set(Some((true, problem)));
                        }
                    });
                }
            }
        }
    });
    let mut finish = move |mode: ImportMode| {
        asking_to_replace.set(false);
        if let Some(incoming) = pending.take() {
            message.set(Some(import_into(update, replacing, incoming, mode)));
        }
    };
    let erase = move |_| {
        confirming.set(false);
        message.set(Some(match update.erase_all() {
            Ok(()) => (
                false,
                "All data deleted. Fresh Legs is as new on this device.".to_string(),
            ),
            Err(UpdateError::NotSaved(problem)) => (true, format!("Not deleted: {problem}")),
        }));
    };

    // Merging a large file takes a moment: worked out when the file, the data or the room
    // changes, not on every keystroke elsewhere on the screen.
    let room_check = use_memo(move || match (pending.read().as_ref(), room()) {
        (Some(incoming), Some(room)) => Some(RoomCheck::of(
            &state.read().document,
            incoming,
            room,
            clock.now(),
        )),
        _ => None,
    });
    let room_check = room_check();
    let merge_fits = room_check.is_none_or(|check| check.merge_fits());
    let replace_fits = room_check.is_none_or(|check| check.replace_fits());
    rsx! {
        section { class: "card data", "aria-labelledby": "data-heading",
            h2 { id: "data-heading", "Your data" }
            p { "Your data stays on this device, in " strong { class: "data-location", "{location}" } ". Nothing is sent anywhere." }
            ShowDataFolder {}
            h3 { "Export" }
            p { class: "hint", "One file with everything, to keep as a backup or to carry to another device." }
            button { r#type: "button", class: "button", onclick: export, "Export my data" }
            h3 { "Import" }
            PickJsonFile { id: IMPORT_FILE, label: "Import from a file", on_picked: picked }
            TextArea { id: IMPORT_TEXT, label: "Or paste an export here", text: pasted }
            button { r#type: "button", class: "button", id: CHECK_PASTED, onclick: move |_| check(pasted.read().as_bytes()), "Check pasted data" }
            if let Some((is_error, text)) = message() {
                p { class: if is_error { "field-error" } else { "form-status" }, role: if is_error { "alert" } else { "status" }, "{text}" }
            }
            if replacing.can_undo() {
                button { r#type: "button", class: "button", id: UNDO_REPLACE,
                    onclick: move |_| message.set(Some(replacing.undo(update))), "Undo"
                }
            }
            if let Some(check) = room_check {
                RoomStatement { check }
            }
            if pending.read().is_some() {
                if asking_to_replace() {
                    ConfirmReplace {
                        on_yes: move |()| finish(ImportMode::Replace),
                        on_no: move |()| asking_to_replace.set(false),
                    }
                } else {
                    div { class: "form-actions",
                        button { r#type: "button", class: "button primary", id: MERGE, disabled: !merge_fits,
                            "aria-describedby": (!merge_fits).then_some(ROOM_CHECK_ID),
                            onclick: move |_| finish(ImportMode::Merge), "Merge with my data" }
                        button { r#type: "button", class: "button", id: REPLACE, disabled: !replace_fits,
                            "aria-describedby": (!replace_fits).then_some(ROOM_CHECK_ID),
                            onclick: move |_| asking_to_replace.set(true), "Replace my data" }
                        button { r#type: "button", class: "button", onclick: move |_| pending.set(None), "Cancel import" }
                    }
                }
            }
            h3 { "Delete all data" }
            if confirming() {
                div { class: "confirm", role: "alertdialog", "aria-labelledby": "confirm-delete-text",
                    p { id: "confirm-delete-text",
                        "This deletes every race, training block, log entry and setting on this device. It cannot be undone; export first if you may want them back."
                    }
                    div { class: "form-actions",
                        button { r#type: "button", class: "button danger", onclick: erase, "Yes, delete everything" }
                        button { r#type: "button", class: "button", onclick: move |_| confirming.set(false), "Keep my data" }
                    }
                }
            } else {
                button { r#type: "button", class: "button danger", onclick: move |_| confirming.set(true), "Delete all data" }
            }
        }
    }
}

/// A button that opens the data folder in the file manager, on computers where the runner can
/// reach it; nothing at all on the web and on phones.
#[component]
fn ShowDataFolder() -> Element {
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    {
        let folder =
            use_hook(|| try_consume_context::<StoreHandle>().and_then(|store| store.0.folder()));
        let mut problem = use_signal(|| None::<String>);
        let Some(folder) = folder else {
            return rsx! {};
        };
        let show = move |_| {
            let folder = folder.clone();
            async move {
                problem.set(None);
                problem.set(
                    crate::ui::platform::folder::show_folder(&folder)
                        .await
                        .err(),
                );
            }
        };
        rsx! {
            button { r#type: "button", class: "button", onclick: show, "Show data folder" }
            if let Some(text) = problem() {
                p { class: "field-error", role: "alert", "{text}" }
            }
        }
    }
    #[cfg(any(target_arch = "wasm32", target_os = "android", target_os = "ios"))]
    rsx! {}
}
