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
    // JSON string literals are valid JavaScript string literals, so any text passes through intact.
    let quote = |value: &str| serde_json::to_string(value).map_err(|error| error.to_string());
    let script = format!(
        "const blob = new Blob([{text}], {{ type: {mime} }});
         const url = URL.createObjectURL(blob);
         const link = document.createElement('a');
         link.href = url;
         link.download = {name};
         document.body.appendChild(link);
         link.click();
         link.remove();
         setTimeout(() => URL.revokeObjectURL(url), 10000);",
        text = quote(text)?,
        mime = quote(mime)?,
        name = quote(file_name)?,
    );
    let _ = dioxus::document::eval(&script);
    Ok(format!(
        "Downloaded {file_name}: your browser keeps it with your other downloads."
    ))
}
