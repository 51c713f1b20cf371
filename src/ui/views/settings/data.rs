//! The runner's data in Settings: where it lives, export, import (merge, or replace behind a
//! confirmation and with Undo) and "Delete all data" behind a confirmation.

use crate::core::words::{counted, message, message_with, Arg};
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

/// How a checked file is described before the runner chooses what to do with it.
pub fn describe(summary: ImportSummary) -> String {
    let args = [
        (
            "races",
            Arg::from(message_with("settings-file-races", &counted(summary.races))),
        ),
        (
            "blocks",
            Arg::from(message_with(
                "settings-file-blocks",
                &counted(summary.blocks),
            )),
        ),
        (
            // Not log-entries: the catalogue tests read a name that starts with a feature's as an id.
            "entries",
            Arg::from(message_with(
                "settings-file-log-entries",
                &counted(summary.log_entries),
            )),
        ),
        (
            "routines",
            Arg::from(message_with(
                "settings-file-routines",
                &counted(summary.routines),
            )),
        ),
        (
            "activities",
            Arg::from(message_with(
                "settings-file-activities",
                &counted(summary.activities),
            )),
        ),
    ];
    let text = message_with("settings-file-summary", &args);
    if summary.set_aside == 0 {
        return text;
    }
    format!(
        "{text} {}",
        message_with("settings-file-set-aside", &counted(summary.set_aside))
    )
}

/// "Not imported: …" with the store's reason (in the app's language; a parser's own detail in it
/// stays English, as it is also saved with the records set aside).
pub fn not_imported(problem: String) -> String {
    message_with("settings-not-imported", &[("problem", Arg::from(problem))])
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
            Ok(()) => (false, message("settings-merged")),
            Err(UpdateError::NotSaved(problem)) => (true, not_imported(problem)),
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
    let mut said = use_signal(|| None::<(bool, String)>);
    let pasted = use_signal(String::new);
    let mut confirming = use_signal(|| false);
    let mut asking_to_replace = use_signal(|| false);
    let replacing = use_replacing();

    let mut check = move |bytes: &[u8]| match read_import(bytes) {
        Ok(document) => {
            asking_to_replace.set(false);
            said.set(Some((false, describe(ImportSummary::of(&document)))));
            room.set(measure_room(store.read().as_ref()));
            pending.set(Some(document));
        }
        Err(error) => {
            pending.set(None);
            said.set(Some((true, error.to_string())));
        }
    };
    let export_now = move || async move {
        let text = export_text(&state.read().document);
        let result = save_download(&export_file_name(clock.now()), "application/json", &text).await;
        said.set(Some(match result {
            Ok(place) => (false, place),
            Err(problem) => (true, problem),
        }));
    };
    let export = move |_| export_now();
    let picked = move |picked: Result<String, String>| match picked {
        Ok(text) => check(text.as_bytes()),
        Err(problem) => {
            pending.set(None);
            said.set(Some((true, problem)));
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
                            said.set(Some((true, problem)));
                        }
                    });
                }
            }
        }
    });
    let mut finish = move |mode: ImportMode| {
        asking_to_replace.set(false);
        if let Some(incoming) = pending.take() {
            said.set(Some(import_into(update, replacing, incoming, mode)));
        }
    };
    let erase = move |_| {
        confirming.set(false);
        said.set(Some(match update.erase_all() {
            Ok(()) => (false, message("settings-erased")),
            Err(UpdateError::NotSaved(problem)) => {
                let args = [("problem", Arg::from(problem))];
                (true, message_with("settings-not-deleted", &args))
            }
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
    // The place sits between the sentence's words, in bold: every language puts it last.
    let stays = message("settings-data-stays");
    let nothing_sent = message("settings-data-nothing-sent");
    rsx! {
        section { class: "card data", "aria-labelledby": "data-heading",
            h2 { id: "data-heading",
                {message("settings-data")}
            }
            p { "{stays} " strong { class: "data-location", "{location}" } ". {nothing_sent}" }
            ShowDataFolder {}
            h3 { {message("settings-export")} }
            p { class: "hint",
                {message("settings-export-hint")}
            }
            button { r#type: "button", class: "button", onclick: export,
                {message("settings-export-mine")}
            }
            h3 { {message("settings-import")} }
            PickJsonFile { id: IMPORT_FILE,
                label: message("settings-import-file"),
                on_picked: picked }
            TextArea { id: IMPORT_TEXT,
                label: message("settings-import-paste"),
                text: pasted }
            button { r#type: "button", class: "button", id: CHECK_PASTED, onclick: move |_| check(pasted.read().as_bytes()),
                {message("settings-import-check")}
            }
            if let Some((is_error, text)) = said() {
                p { class: if is_error { "field-error" } else { "form-status" }, role: if is_error { "alert" } else { "status" }, "{text}" }
            }
            if replacing.can_undo() {
                button { r#type: "button", class: "button", id: UNDO_REPLACE,
                    onclick: move |_| said.set(Some(replacing.undo(update))),
                    {message("settings-undo")}
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
                            onclick: move |_| finish(ImportMode::Merge),
                            {message("settings-merge-mine")}
                        }
                        button { r#type: "button", class: "button", id: REPLACE, disabled: !replace_fits,
                            "aria-describedby": (!replace_fits).then_some(ROOM_CHECK_ID),
                            onclick: move |_| asking_to_replace.set(true),
                            {message("settings-replace-mine")}
                        }
                        button { r#type: "button", class: "button", onclick: move |_| pending.set(None),
                            {message("settings-import-cancel")}
                        }
                    }
                }
            }
            h3 { {message("settings-delete")} }
            if confirming() {
                div { class: "confirm", role: "alertdialog", "aria-labelledby": "confirm-delete-text",
                    p { id: "confirm-delete-text",
                        {message("settings-delete-question")}
                    }
                    div { class: "form-actions",
                        button { r#type: "button", class: "button danger", onclick: erase,
                            {message("settings-delete-yes")}
                        }
                        button { r#type: "button", class: "button", onclick: move |_| confirming.set(false),
                            {message("settings-delete-no")}
                        }
                    }
                }
            } else {
                button { r#type: "button", class: "button danger", onclick: move |_| confirming.set(true),
                    {message("settings-delete")}
                }
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
            button { r#type: "button", class: "button", onclick: show,
                {message("settings-show-folder")}
            }
            if let Some(text) = problem() {
                p { class: "field-error", role: "alert", "{text}" }
            }
        }
    }
    #[cfg(any(target_arch = "wasm32", target_os = "android", target_os = "ios"))]
    rsx! {}
}
