//! Reading the file the runner picked in a file input (saving goes through
//! `platform::download`).

use crate::store::import::{check_size, ImportError};
use dioxus::prelude::*;

/// Reads the first file chosen in a file input's change event. A file over the import limit is
/// refused from its size alone, before it is read. `Ok(None)` means no file was chosen.
pub async fn read_chosen_file(event: &FormEvent) -> Result<Option<String>, ImportError> {
    let Some(file) = event.files().into_iter().next() else {
        return Ok(None);
    };
    check_size(file.size())?;
    file.read_string()
        .await
        .map(Some)
        .map_err(|error| ImportError::Malformed {
            detail: format!("{} could not be read: {error}", file.name()),
        })
}
