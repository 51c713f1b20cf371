//! Getting files in and out: saving an export (a download on the web, the Downloads folder on
//! native) and reading the file the runner picked in a file input.

use crate::store::import::{check_size, ImportError};
use dioxus::prelude::*;

/// Saves the export `text` as `name` and says where it went, or why it could not.
pub async fn save_export(name: String, text: String) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        // JSON string literals are valid JavaScript string literals, so the text is embedded safely.
        let literal = |value: &str| serde_json::to_string(value).unwrap_or_default();
        let script = format!(
            "const blob = new Blob([{}], {{ type: 'application/json' }});
             const link = document.createElement('a');
             link.href = URL.createObjectURL(blob);
             link.download = {};
             document.body.appendChild(link);
             link.click();
             link.remove();
             setTimeout(() => URL.revokeObjectURL(link.href), 1000);
             return true;",
            literal(&text),
            literal(&name)
        );
        document::eval(&script)
            .await
            .map(|_| format!("Downloaded {name}: your browser keeps it with its other downloads."))
            .map_err(|error| format!("The download did not start ({error})."))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use crate::store::export::{export_dir, write_export};
        let path = export_dir()
            .and_then(|dir| write_export(&dir, &name, &text))
            .map_err(|error| error.to_string())?;
        Ok(format!("Saved to {}", path.display()))
    }
}

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
