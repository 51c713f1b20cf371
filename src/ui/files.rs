//! Picking a file to import and reading it: a file input, or the computer's own dialog (saving
//! goes through `platform::download`).

use crate::core::words::{message_with, Arg};
use crate::store::import::{as_text, check_size, ImportError};
use dioxus::prelude::*;

/// Reads the first file chosen in a file input's change event. A file over the import limit is
/// refused from its size alone, before it is read. `Ok(None)` means no file was chosen.
pub async fn read_chosen_file(event: &FormEvent) -> Result<Option<String>, ImportError> {
    let Some(file) = event.files().into_iter().next() else {
        return Ok(None);
    };
    check_size(file.size())?;
    let bytes = file
        .read_bytes()
        .await
        .map_err(|error| ImportError::Malformed {
            detail: unreadable(&file.name(), &error.to_string()),
        })?;
    // Read as bytes and checked, so a file that is not text is refused instead of being stored
    // with replacement characters where its bytes were.
    as_text(&bytes).map(|text| Some(text.to_string()))
}

/// A control that picks one Fresh Legs JSON file and hands over its text, or a sentence saying
/// why there is none: a file input on the web and phones, the computer's own open dialog on a
/// Linux computer (where the webview's file input depends on a portal service or `zenity`).
/// Closing the dialog hands over nothing.
#[component]
pub fn PickJsonFile(
    id: String,
    label: String,
    on_picked: EventHandler<Result<String, String>>,
) -> Element {
    #[cfg(all(target_os = "linux", not(target_arch = "wasm32")))]
    {
        let pick = move |_| async move {
            if let Some(picked) = pick_json_file().await {
                on_picked.call(picked);
            }
        };
        rsx! {
            div { class: "field",
                button { id, r#type: "button", class: "button", onclick: pick, "{label}…" }
            }
        }
    }
    #[cfg(not(all(target_os = "linux", not(target_arch = "wasm32"))))]
    {
        let chosen = move |event: FormEvent| async move {
            match read_chosen_file(&event).await {
                Ok(Some(text)) => on_picked.call(Ok(text)),
                Ok(None) => {}
                Err(error) => on_picked.call(Err(error.to_string())),
            }
        };
        rsx! {
            div { class: "field",
                label { r#for: "{id}", "{label}" }
                input { id, r#type: "file", accept: ".json,application/json", onchange: chosen }
            }
        }
    }
}

/// Shows the open dialog and reads the chosen file: `None` when the runner closed the dialog.
#[cfg(all(target_os = "linux", not(target_arch = "wasm32")))]
pub async fn pick_json_file() -> Option<Result<String, String>> {
    use crate::core::words::message;
    use crate::ui::platform::dialog::{choose_file_to_open, JSON_FILES};
    let path = match choose_file_to_open(&message("components-open-title"), JSON_FILES).await {
        Ok(path) => path?,
        Err(no_dialog) => {
            let paste = message("components-paste-instead");
            return Some(Err(format!("{no_dialog} {paste}")));
        }
    };
    let read = || {
        let refused = |error: std::io::Error| ImportError::Malformed {
            detail: unreadable(&path.display().to_string(), &error.to_string()),
        };
        check_size(std::fs::metadata(&path).map_err(refused)?.len())?;
        let bytes = std::fs::read(&path).map_err(refused)?;
        as_text(&bytes).map(str::to_string)
    };
    Some(read().map_err(|error| error.to_string()))
}

/// "notes.json could not be read: …": why a chosen file gave no text.
fn unreadable(name: &str, problem: &str) -> String {
    message_with(
        "store-file-unreadable",
        &[("name", Arg::from(name)), ("problem", Arg::from(problem))],
    )
}

/// What to do when no open dialog could show, as English says it (`components-paste-instead`,
/// which the screens show): the tests look for it on the page.
pub const PASTE_INSTEAD: &str =
    "Open the file in a text editor, copy all of it and paste it in the box below.";
