//! The web backend: the document lives in this browser's localStorage.

use crate::core::words::{message, message_with, Arg};
use crate::store::backend::Backend;
use crate::store::error::StoreError;
use crate::store::room::{self, Room};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

/// The key the document is stored under: another tab's save announces itself with a `storage`
/// event for it.
pub const CURRENT_KEY: &str = "fresh-legs/document";
const BACKUP_KEY: &str = "fresh-legs/document.bak";
const ASIDE_PREFIX: &str = "fresh-legs/unreadable-";
const SESSION_KEY: &str = "fresh-legs/player";
/// A scratch key, written only while measuring the room the browser gives this site.
const PROBE_KEY: &str = "fresh-legs/measuring-room";

/// Where the data lives, as the runner reads it in the app's language ("this browser's storage
/// for this site").
fn location() -> String {
    message("store-browser-storage")
}

/// Stores the document under fixed localStorage keys; each `setItem` is atomic.
#[derive(Debug, Clone, Default)]
pub struct BrowserBackend;

fn storage() -> Result<Storage, StoreError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| StoreError::Read {
            location: location(),
            detail: message("store-browser-not-allowed"),
        })
}

fn read_key(key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    storage()?
        .get_item(key)
        .map(|value| value.map(String::into_bytes))
        .map_err(|_| StoreError::Read {
            location: location(),
            detail: message("store-browser-refused-read"),
        })
}

fn write_key(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?.set_item(key, value).map_err(|error| {
        let full = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|error| error.name() == "QuotaExceededError");
        if full {
            StoreError::Full {
                location: location(),
            }
        } else {
            StoreError::Write {
                location: location(),
                detail: message("store-browser-refused-store"),
            }
        }
    })
}

thread_local! {
    /// What this site may keep, measured once per page: it does not change while the page lives.
    static CAPACITY: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// The characters kept under each of the site's keys, by key.
fn lengths(storage: &Storage) -> Vec<(String, u64)> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            let length = room::stored_length(&key) + room::stored_length(&value);
            (key, length)
        })
        .collect()
}

/// The most this site may keep, found by trying: a scratch value grows until the browser
/// refuses it, then is narrowed down to within a few thousand characters, and removed. The
/// values are made in JavaScript, so no megabytes cross from wasm.
fn measure_capacity(storage: &Storage, used: u64) -> Option<u64> {
    let set_item: js_sys::Function = js_sys::Reflect::get(storage, &"setItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let key = JsValue::from_str(PROBE_KEY);
    let fits = |characters: u32| {
        let value = js_sys::JsString::from("x").repeat(characters as i32);
        set_item.call2(storage, &key, &value).is_ok()
    };
    let (mut low, mut high) = (0_u32, 1_u32 << 20);
    while fits(high) {
        low = high;
        if high >= 1 << 28 {
            break;
        }
        high *= 2;
    }
    while high - low > 4_096 {
        let middle = low + (high - low) / 2;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    let _ = storage.remove_item(PROBE_KEY);
    Some(used + room::stored_length(PROBE_KEY) + u64::from(low))
}

impl Backend for BrowserBackend {
    fn location(&self) -> String {
        location()
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
        let set_aside_error = |detail: String| StoreError::SetAside {
            location: location(),
            detail,
        };
        storage
            .set_item(&aside_key, &unreadable)
            .map_err(|_| set_aside_error(message("store-browser-full")))?;
        storage
            .remove_item(CURRENT_KEY)
            .map_err(|_| set_aside_error(message("store-browser-refused-change")))?;
        Ok(message_with(
            "store-browser-kept-under",
            &[
                ("place", Arg::from(location())),
                ("key", Arg::from(aside_key.as_str())),
            ],
        ))
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
                location: location(),
                detail: message("store-browser-refused-change"),
            })
    }

    fn room(&self) -> Option<Room> {
        let storage = storage().ok()?;
        let kept = lengths(&storage);
        let used: u64 = kept.iter().map(|(_, length)| length).sum();
        let other = kept
            .iter()
            .filter(|(key, _)| key != CURRENT_KEY && key != BACKUP_KEY)
            .map(|(_, length)| length)
            .sum();
        let capacity = match CAPACITY.get() {
            Some(capacity) => capacity,
            None => {
                let measured = measure_capacity(&storage, used)?;
                CAPACITY.set(Some(measured));
                measured
            }
        };
        Some(Room { capacity, other })
    }

    /// Keeps the saved copy as the backup, then saves `text`. When the storage has no room for
    /// the backup beside the saved copy, the save goes ahead without a fresh one: `setItem` is
    /// atomic, so the saved copy is replaced whole or left as it was, and a save that makes room
    /// (removing old entries) could otherwise never be stored. The older backup stays unless the
    /// new copy needs its room too; the next save with room keeps a backup again.
    fn write_current(&self, text: &str) -> Result<(), StoreError> {
        let Some(previous) = read_key(CURRENT_KEY)? else {
            return write_key(CURRENT_KEY, text);
        };
        match write_key(BACKUP_KEY, &String::from_utf8_lossy(&previous)) {
            Err(StoreError::Full { .. }) => match write_key(CURRENT_KEY, text) {
                Err(StoreError::Full { .. }) => {
                    let _ = storage()?.remove_item(BACKUP_KEY);
                    write_key(CURRENT_KEY, text)
                }
                saved => saved,
            },
            Err(error) => Err(error),
            Ok(()) => write_key(CURRENT_KEY, text),
        }
    }
}
