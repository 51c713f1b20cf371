//! Hands a file the app made (a calendar, routines, a full export) to the runner: where they
//! choose in a save dialog on a Linux computer, into the Downloads folder on other computers and phones, to the share sheet or a download on the web. Nothing
//! leaves the device unless the runner sends it on. And takes the file the installed web app was
//! opened with or shared.

/// Asks where to save `text` as `file_name` (the Downloads folder first), writes it there for
/// the runner's eyes only, and says where in words. Where no dialog can open, it goes to the
/// Downloads folder and the sentence says so.
#[cfg(all(target_os = "linux", not(target_arch = "wasm32")))]
pub async fn save_download(file_name: &str, mime: &str, text: &str) -> Result<String, String> {
    use crate::core::words::{message, message_with, Arg};
    use crate::store::export::{export_dir, write_private};
    use crate::ui::platform::dialog::{choose_where_to_save, FileKind, JSON_FILES};
    const CALENDARS: FileKind = FileKind {
        name: "components-calendar-files",
        patterns: &["*.ics", "*.ICS"],
    };
    let folder = export_dir().map_err(|error| error.to_string())?;
    let kind = if mime == "text/calendar" {
        CALENDARS
    } else {
        JSON_FILES
    };
    let title = message_with("components-save-title", &[("file", Arg::from(file_name))]);
    match choose_where_to_save(&title, kind, &folder, file_name).await {
        Ok(Some(path)) => {
            write_private(&path, text).map_err(|error| error.to_string())?;
            Ok(saved_to(&path))
        }
        Ok(None) => Ok(message("components-save-closed")),
        Err(no_dialog) => {
            let saved = save_in(&folder, file_name, text)?;
            Ok(format!("{no_dialog} {saved}"))
        }
    }
}

/// Saves `text` as `file_name` where the runner will find it, and says where in words.
#[cfg(not(any(target_arch = "wasm32", target_os = "linux")))]
pub async fn save_download(file_name: &str, _mime: &str, text: &str) -> Result<String, String> {
    let folder = crate::store::export::export_dir().map_err(|error| error.to_string())?;
    save_in(&folder, file_name, text)
}

/// Writes `text` as `file_name` in `folder` without replacing a file, and says where.
#[cfg(not(target_arch = "wasm32"))]
fn save_in(folder: &std::path::Path, file_name: &str, text: &str) -> Result<String, String> {
    let path = crate::store::export::write_export(folder, file_name, text)
        .map_err(|error| error.to_string())?;
    Ok(saved_to(&path))
}

/// "Saved to /home/…/fresh-legs-export.json".
#[cfg(not(target_arch = "wasm32"))]
fn saved_to(path: &std::path::Path) -> String {
    use crate::core::words::{message_with, Arg};
    message_with(
        "components-saved-to",
        &[("path", Arg::from(path.display().to_string()))],
    )
}

/// On a phone, offers `text` as `file_name` in the share sheet; elsewhere downloads it. Says
/// which in words.
#[cfg(target_arch = "wasm32")]
pub async fn save_download(file_name: &str, mime: &str, text: &str) -> Result<String, String> {
    let went =
        crate::ui::platform::device::ask("send-file", serde_json::json!([file_name, mime, text]));
    use crate::core::words::{message_with, Arg};
    let id = match went.as_deref() {
        Some("shared") => "components-ready-to-share",
        _ => "components-downloaded",
    };
    Ok(message_with(id, &[("file", Arg::from(file_name))]))
}

/// Whether this build can be given files to open (only the installed web app is).
pub const RECEIVES_FILES: bool = cfg!(target_arch = "wasm32");

/// The Fresh Legs file the installed app was opened with or was shared, as (name, text), once.
#[cfg(target_arch = "wasm32")]
pub fn take_incoming() -> Option<(String, String)> {
    let answer = crate::ui::platform::device::ask("take-incoming", serde_json::json!([]))?;
    let value: serde_json::Value = serde_json::from_str(&answer).ok()?;
    Some((
        value["name"].as_str()?.to_string(),
        value["text"].as_str()?.to_string(),
    ))
}

/// Only the installed web app is opened with files; the other builds import from Settings.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_incoming() -> Option<(String, String)> {
    None
}
