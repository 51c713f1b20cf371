//! The native backend: one JSON file in the app's data folder, written atomically.

use crate::store::backend::Backend;
use crate::store::error::StoreError;
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

const CURRENT_NAME: &str = "fresh-legs.json";
const BACKUP_NAME: &str = "fresh-legs.json.bak";

/// Stores the document as `fresh-legs.json` in `dir`, with the previous good copy beside it.
#[derive(Debug, Clone)]
pub struct FileBackend {
    dir: PathBuf,
}

impl FileBackend {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileBackend { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn current_path(&self) -> PathBuf {
        self.dir.join(CURRENT_NAME)
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_NAME)
    }

    fn read_optional(&self, path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
        match fs::read(path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(StoreError::Read {
                location: path.display().to_string(),
                detail: error.to_string(),
            }),
        }
    }
}

/// Writes `bytes` to `target` in `dir` through a temp file in the same folder, fsync, then a
/// rename over `target`: a reader (or a crash) sees either the old file or the new one, never
/// half of one.
pub(crate) fn write_atomically(dir: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|error| error.error)?;
    sync_dir(dir)
}

/// Makes the rename itself durable. Directories cannot be opened for syncing on Windows, where
/// the rename is already durable once it returns.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// The running guided session, beside the document.
const SESSION_FILE: &str = "fresh-legs.player.json";

impl Backend for FileBackend {
    fn location(&self) -> String {
        self.current_path().display().to_string()
    }

    fn folder(&self) -> Option<PathBuf> {
        Some(self.dir.clone())
    }

    fn read_current(&self) -> Result<Option<Vec<u8>>, StoreError> {
        self.read_optional(&self.current_path())
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        self.read_optional(&self.backup_path())
    }

    fn stamp(&self) -> Option<(SystemTime, u64)> {
        let meta = fs::metadata(self.current_path()).ok()?;
        Some((meta.modified().ok()?, meta.len()))
    }

    fn set_aside_current(&self, stamp: &str) -> Result<String, StoreError> {
        let current = self.current_path();
        let mut aside = self.dir.join(format!("fresh-legs.unreadable-{stamp}.json"));
        let mut attempt = 1;
        while aside.exists() {
            attempt += 1;
            aside = self
                .dir
                .join(format!("fresh-legs.unreadable-{stamp}-{attempt}.json"));
        }
        fs::rename(&current, &aside).map_err(|error| StoreError::SetAside {
            location: current.display().to_string(),
            detail: error.to_string(),
        })?;
        Ok(aside.display().to_string())
    }

    fn read_session(&self) -> Option<String> {
        fs::read_to_string(self.dir.join(SESSION_FILE)).ok()
    }

    fn write_session(&self, text: &str) {
        // Best effort, as the trait says: the session is not the runner's data.
        let _ = write_atomically(&self.dir, &self.dir.join(SESSION_FILE), text.as_bytes());
    }

    fn clear_session(&self) {
        let _ = fs::remove_file(self.dir.join(SESSION_FILE));
    }

    fn discard_current(&self) -> Result<(), StoreError> {
        match fs::remove_file(self.current_path()) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(StoreError::Write {
                location: self.current_path().display().to_string(),
                detail: error.to_string(),
            }),
        }
    }

    fn write_current(&self, text: &str) -> Result<(), StoreError> {
        let write_error = |error: std::io::Error| match error.kind() {
            // A full disk gets the same ways out as a full browser.
            std::io::ErrorKind::StorageFull => StoreError::Full {
                location: self.dir.display().to_string(),
            },
            _ => StoreError::Write {
                location: self.current_path().display().to_string(),
                detail: error.to_string(),
            },
        };
        fs::create_dir_all(&self.dir).map_err(write_error)?;
        if let Some(previous) = self.read_current()? {
            write_atomically(&self.dir, &self.backup_path(), &previous).map_err(write_error)?;
        }
        write_atomically(&self.dir, &self.current_path(), text.as_bytes()).map_err(write_error)
    }
}
