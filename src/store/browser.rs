//! The web backend: the document lives in this browser's localStorage.

use crate::store::backend::Backend;
use crate::store::error::StoreError;
use web_sys::Storage;

/// The key the document is stored under: another tab's save announces itself with a `storage`
/// event for it.
pub const CURRENT_KEY: &str = "fresh-legs/document";
const BACKUP_KEY: &str = "fresh-legs/document.bak";
const ASIDE_PREFIX: &str = "fresh-legs/unreadable-";
const SESSION_KEY: &str = "fresh-legs/player";
const LOCATION: &str = "this browser's storage for this site";

/// Stores the document under fixed localStorage keys; each `setItem` is atomic.
#[derive(Debug, Clone, Default)]
pub struct BrowserBackend;

fn storage() -> Result<Storage, StoreError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| StoreError::Read {
            location: LOCATION.into(),
            detail: "the browser does not allow this site to store data (private mode?)".into(),
        })
}

fn read_key(key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    storage()?
        .get_item(key)
        .map(|value| value.map(String::into_bytes))
        .map_err(|_| StoreError::Read {
            location: LOCATION.into(),
            detail: "the browser refused to read it".into(),
        })
}

fn write_key(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StoreError::Write {
            location: LOCATION.into(),
            detail: "the browser's storage is full or blocked".into(),
        })
}

impl Backend for BrowserBackend {
    fn location(&self) -> String {
        LOCATION.into()
    }

    fn read_current(&self) -> Result<Option<Vec<u8>>, StoreError> {
        read_key(CURRENT_KEY)
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        read_key(BACKUP_KEY)
    }

    fn set_aside_current(&self, stamp: &str) -> Result<String, StoreError> {
        let storage = storage()?;
        let unreadable = storage
            .get_item(CURRENT_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        let aside_key = format!("{ASIDE_PREFIX}{stamp}");
        let set_aside_error = |detail: &str| StoreError::SetAside {
            location: LOCATION.into(),
            detail: detail.into(),
        };
        storage
            .set_item(&aside_key, &unreadable)
            .map_err(|_| set_aside_error("the browser's storage is full"))?;
        storage
            .remove_item(CURRENT_KEY)
            .map_err(|_| set_aside_error("the browser refused to change it"))?;
        Ok(format!("{LOCATION}, under the key \"{aside_key}\""))
    }

    fn read_session(&self) -> Option<String> {
        storage().ok()?.get_item(SESSION_KEY).ok().flatten()
    }

    fn write_session(&self, text: &str) {
        // Best effort, as the trait says: the session is not the runner's data.
        if let Ok(storage) = storage() {
            let _ = storage.set_item(SESSION_KEY, text);
        }
    }

    fn clear_session(&self) {
        if let Ok(storage) = storage() {
            let _ = storage.remove_item(SESSION_KEY);
        }
    }

    fn discard_current(&self) -> Result<(), StoreError> {
        storage()?
            .remove_item(CURRENT_KEY)
            .map_err(|_| StoreError::Write {
                location: LOCATION.into(),
                detail: "the browser refused to change it".into(),
            })
    }

    fn write_current(&self, text: &str) -> Result<(), StoreError> {
        if let Some(previous) = read_key(CURRENT_KEY)? {
            write_key(BACKUP_KEY, &String::from_utf8_lossy(&previous))?;
        }
        write_key(CURRENT_KEY, text)
    }
}
