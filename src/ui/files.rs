//! Reading the file the runner picked in a file input (saving goes through
//! `platform::download`).

use crate::store::import::{check_size, ImportError};
use dioxus::prelude::*;

/// Reads the file chosen in the `<input type="file">` with `input_id`. Large files are refused
/// from their size alone, before being read. `Ok(None)` means no file was chosen.
pub async fn read_chosen_file(input_id: &str) -> Result<Option<String>, ImportError> {
    let id = serde_json::to_string(input_id).unwrap_or_default();
    let script = format!(
        "const input = document.getElementById({id});
         const file = input && input.files && input.files[0];
         if (!file) return null;
         if (file.size > {max}) return {{ size: file.size, text: null }};
         return {{ size: file.size, text: await file.text() }};",
        max = crate::store::import::MAX_IMPORT_BYTES
    );
    let value = document::eval(&script)
        .await
        .map_err(|error| ImportError::Malformed {
            detail: format!("the file could not be read: {error}"),
        })?;
    if value.is_null() {
        return Ok(None);
    }
    check_size(value["size"].as_u64().unwrap_or(0))?;
    Ok(value["text"].as_str().map(str::to_string))
}
