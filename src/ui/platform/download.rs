//! Hands a file the app made (the calendar export) to the runner: into the Downloads folder on
//! desktop and phones, as a browser download on the web. Nothing leaves the device.

/// Saves `text` as `file_name` where the runner will find it, and says where in words.
#[cfg(not(target_arch = "wasm32"))]
pub fn save_download(file_name: &str, _mime: &str, text: &str) -> Result<String, String> {
    let folder = match directories::UserDirs::new()
        .and_then(|dirs| dirs.download_dir().map(std::path::Path::to_path_buf))
    {
        Some(downloads) => downloads,
        // No Downloads folder (Android, minimal Linux installs): the app's own data folder.
        None => crate::store::data_dir::data_dir().map_err(|error| error.to_string())?,
    };
    std::fs::create_dir_all(&folder)
        .map_err(|error| format!("could not open {}: {error}", folder.display()))?;
    let path = folder.join(file_name);
    std::fs::write(&path, text)
        .map_err(|error| format!("could not write {}: {error}", path.display()))?;
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
        "Downloaded {file_name}: your browser put it with your other downloads."
    ))
}
