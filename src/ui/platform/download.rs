//! Hands a file the app made (a calendar, routines, a full export) to the runner: into the
//! Downloads folder on desktop and phones, to the share sheet or a download on the web. Nothing
//! leaves the device unless the runner sends it on. And takes the file the installed web app was
//! opened with or shared.

/// Saves `text` as `file_name` where the runner will find it, and says where in words.
#[cfg(not(target_arch = "wasm32"))]
pub fn save_download(file_name: &str, _mime: &str, text: &str) -> Result<String, String> {
    use crate::store::export::{export_dir, write_export};
    let path = export_dir()
        .and_then(|dir| write_export(&dir, file_name, text))
        .map_err(|error| error.to_string())?;
    Ok(format!("Saved to {}", path.display()))
}

/// On a phone, offers `text` as `file_name` in the share sheet; elsewhere downloads it. Says
/// which in words.
#[cfg(target_arch = "wasm32")]
pub fn save_download(file_name: &str, mime: &str, text: &str) -> Result<String, String> {
    let went =
        crate::ui::platform::device::ask("send-file", serde_json::json!([file_name, mime, text]));
    Ok(match went.as_deref() {
        Some("shared") => format!("{file_name} is ready to share: pick where it goes."),
        _ => format!("Downloaded {file_name}: your browser keeps it with your other downloads."),
    })
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
