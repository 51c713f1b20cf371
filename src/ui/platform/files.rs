//! Saving an exported file where the runner can find it: a download on the web, the Downloads
//! folder on desktop.

/// Offers `text` as a download named `file_name` and says what happened, in words for the runner.
#[cfg(target_arch = "wasm32")]
pub fn save_export(file_name: &str, text: &str) -> Result<String, String> {
    let name = serde_json::to_string(file_name).map_err(|error| error.to_string())?;
    let body = serde_json::to_string(text).map_err(|error| error.to_string())?;
    // A Blob and a temporary link: the browser's own download flow, no server involved.
    let _ = dioxus::document::eval(&format!(
        "const url = URL.createObjectURL(new Blob([{body}], {{ type: 'application/json' }})); \
         const link = document.createElement('a'); link.href = url; link.download = {name}; \
         document.body.appendChild(link); link.click(); link.remove(); \
         setTimeout(() => URL.revokeObjectURL(url), 10000);"
    ));
    Ok(format!("Downloaded {file_name}."))
}

/// Writes `text` to `file_name` in the Downloads folder and says where it went.
#[cfg(not(target_arch = "wasm32"))]
pub fn save_export(file_name: &str, text: &str) -> Result<String, String> {
    let folder = directories::UserDirs::new()
        .and_then(|dirs| dirs.download_dir().map(std::path::Path::to_path_buf))
        .ok_or_else(|| "This device has no Downloads folder to save the file in.".to_string())?;
    let path = folder.join(file_name);
    std::fs::write(&path, text)
        .map_err(|error| format!("Could not write {}: {error}", path.display()))?;
    Ok(format!("Saved to {}.", path.display()))
}
