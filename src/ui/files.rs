//! Reading the file the runner picked in a file input (saving goes through
//! `platform::download`).

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
            detail: format!("{} could not be read: {error}", file.name()),
        })?;
    // Read as bytes and checked, so a file that is not text is refused instead of being stored
    // with replacement characters where its bytes were.
    as_text(&bytes).map(|text| Some(text.to_string()))
}
