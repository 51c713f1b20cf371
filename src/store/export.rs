//! Exporting everything as one versioned JSON file the runner keeps or carries to another device.

use crate::store::document::Document;
use chrono::{DateTime, Utc};

/// The export's file name, dated so several exports sort and never overwrite one another.
pub fn export_file_name(now: DateTime<Utc>) -> String {
    format!(
        "fresh-legs-export-{}.json",
        crate::core::dates::dashed_stamp(now.naive_utc())
    )
}

/// The export's text: the whole document with its schema version, exactly as stored.
pub fn export_text(document: &Document) -> String {
    document.to_json()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::store::data_dir::data_dir;
    use crate::store::error::StoreError;
    use std::path::{Path, PathBuf};

    /// Where exports go: the Downloads folder, or the data folder when there is none (Android,
    /// headless systems).
    pub fn export_dir() -> Result<PathBuf, StoreError> {
        let downloads = directories::UserDirs::new()
            .and_then(|dirs| dirs.download_dir().map(Path::to_path_buf));
        match downloads {
            Some(dir) => Ok(dir),
            None => data_dir(),
        }
    }

    /// Writes `text` as `name` in `dir` (never over an existing file) and returns the full path.
    pub fn write_export(dir: &Path, name: &str, text: &str) -> Result<PathBuf, StoreError> {
        let write_error = |error: std::io::Error| StoreError::Write {
            location: dir.display().to_string(),
            detail: error.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(write_error)?;
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        let mut path = dir.join(name);
        let mut attempt = 1;
        while path.exists() {
            attempt += 1;
            path = dir.join(format!("{stem}-{attempt}.{extension}"));
        }
        std::fs::write(&path, text).map_err(write_error)?;
        Ok(path)
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{export_dir, write_export};
