//! Hands a file the app made (a calendar, routines, a full export) to the runner: into the
//! Downloads folder on desktop and phones, as a browser download on the web. Nothing leaves the
//! device.

/// Saves `text` as `file_name` where the runner will find it, and says where in words.
#[cfg(not(target_arch = "wasm32"))]
pub fn save_download(file_name: &str, _mime: &str, text: &str) -> Result<String, String> {
    use crate::store::export::{export_dir, write_export};
    let path = export_dir()
        .and_then(|dir| write_export(&dir, file_name, text))
        .map_err(|error| error.to_string())?;
    Ok(format!("Saved to {}", path.display()))
}

/// Saves `text` as `file_name` where the runner will find it, and says where in words.
#[cfg(target_arch = "wasm32")]
pub fn save_download(file_name: &str, mime: &str, text: &str) -> Result<String, String> {
    crate::ui::platform::device::call("download", serde_json::json!([file_name, mime, text]));
    Ok(format!(
        "Downloaded {file_name}: your browser keeps it with your other downloads."
    ))
}
