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

    /// Where exports go, or where the save dialog starts: the Downloads folder, else the home
    /// folder, and the data folder only where there is neither (Android). Never the data folder
    /// on a computer, where "reset: delete the data folder" would take the exports with it.
    pub fn export_dir() -> Result<PathBuf, StoreError> {
        let user = directories::UserDirs::new();
        // Without the desktop's folder settings (`user-dirs.dirs`) the Downloads folder is
        // still the usual one in the home folder when it is there.
        let chosen = user.as_ref().map(|dirs| {
            let usual = dirs.home_dir().join("Downloads");
            dirs.download_dir()
                .filter(|dir| dir.is_dir())
                .map(Path::to_path_buf)
                .or_else(|| usual.is_dir().then_some(usual))
                .unwrap_or_else(|| dirs.home_dir().to_path_buf())
        });
        match chosen {
            Some(dir) => Ok(dir),
            None => data_dir(),
        }
    }

    fn write_error(dir: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
        move |error| StoreError::Write {
            location: dir.display().to_string(),
            detail: error.to_string(),
        }
    }

    /// Writes `text` as `name` in `dir` (never over an existing file) and returns the full path.
    /// Only the runner's account can read it (0600 on Unix), like the data file it copies.
    pub fn write_export(dir: &Path, name: &str, text: &str) -> Result<PathBuf, StoreError> {
        std::fs::create_dir_all(dir).map_err(write_error(dir))?;
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        let mut attempt = 1;
        loop {
            let path = match attempt {
                1 => dir.join(name),
                _ => dir.join(format!("{stem}-{attempt}.{extension}")),
            };
            // The temporary file is private from the start, and moving it into place refuses
            // a name that exists, even one taken since the last look.
            let temp = private_temp(dir, text).map_err(write_error(dir))?;
            match temp.persist_noclobber(&path) {
                Ok(_) => return Ok(path),
                Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => {
                    attempt += 1;
                }
                Err(error) => return Err(write_error(dir)(error.error)),
            }
        }
    }

    /// Writes `text` to `path`, the place the runner chose in a save dialog (which asked before
    /// replacing a file there), readable by the runner's account only.
    pub fn write_private(path: &Path, text: &str) -> Result<(), StoreError> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let temp = private_temp(dir, text).map_err(write_error(dir))?;
        temp.persist(path)
            .map(|_| ())
            .map_err(|error| write_error(dir)(error.error))
    }

    /// `text` in a new file in `dir` that only its owner can read (how `tempfile` makes them).
    fn private_temp(dir: &Path, text: &str) -> std::io::Result<tempfile::NamedTempFile> {
        use std::io::Write;
        let mut temp = tempfile::NamedTempFile::new_in(dir)?;
        temp.write_all(text.as_bytes())?;
        temp.as_file().sync_all()?;
        Ok(temp)
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{export_dir, write_export, write_private};
