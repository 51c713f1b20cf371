//! Loading the document through any backend, with the safety rules in one place: unreadable
//! data is set aside (never overwritten) and newer documents are read-only. Saving is `sync`'s.

use crate::core::plain_words::parse_problem;
use crate::store::backend::Backend;
use crate::store::document::Document;
#[cfg(not(target_arch = "wasm32"))]
use crate::store::document::SCHEMA_VERSION;
use crate::store::error::StoreError;
use crate::store::migrate::{check_version, migrate, VersionCheck};
#[cfg(not(target_arch = "wasm32"))]
use crate::store::records::all_sound;
use crate::store::records::read_records;
use crate::store::set_aside::{SetAsideRecord, WHOLE_DOCUMENT};
use crate::store::sync::Revision;
use serde_json::Value;

/// Something the runner should be told about the data they just opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// The stored data could not be read; it was moved to `kept_at` untouched.
    SetAside {
        kept_at: String,
        /// Whether the previous good copy was opened instead of an empty document.
        restored_backup: bool,
    },
    /// The data comes from a newer app version and is open read-only.
    NewerVersion { found: u32 },
    /// The stored data could not be read and could not be moved aside either (storage full):
    /// the app is open read-only over the last good copy (or nothing), with the unreadable text
    /// here for the runner to download before starting fresh.
    Stuck { unreadable: String, detail: String },
}

/// A loaded document and how it was obtained.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub document: Document,
    pub notice: Option<LoadNotice>,
    /// True when saving must not happen (a newer document is open).
    pub read_only: bool,
    /// What storage held when it was read, where the first save starts from (see `sync`).
    pub revision: Revision,
}

/// Why a document's text could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON, not an object, or fields of the wrong shape: `detail` says what.
    Malformed { detail: String },
    /// Written by a newer app version.
    Newer { found: u32 },
}

/// Parses document text into raw JSON brought up to the current schema, without trusting the
/// fields yet. Shared by loading and importing (which checks more before deserializing).
pub fn migrated_value(bytes: &[u8]) -> Result<Value, ParseError> {
    let raw: Value = serde_json::from_slice(bytes).map_err(|error| ParseError::Malformed {
        detail: parse_problem(&error),
    })?;
    if !raw.is_object() {
        return Err(ParseError::Malformed {
            detail: "the data is not a Fresh Legs document".into(),
        });
    }
    match check_version(&raw) {
        VersionCheck::Current => Ok(raw),
        VersionCheck::Older(found) if found >= 1 => Ok(migrate(raw, found)),
        VersionCheck::Older(_) | VersionCheck::Missing => Err(ParseError::Malformed {
            detail: "it has no valid schema_version".into(),
        }),
        VersionCheck::Newer(found) => Err(ParseError::Newer { found }),
    }
}

/// Parses document text, migrating older versions. Shared by loading and importing.
pub fn parse_document(bytes: &[u8]) -> Result<Document, ParseError> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(document) = straight_into_types(bytes) {
        return Ok(document);
    }
    // The careful path migrates, says exactly what is wrong, and reads a document that parses but
    // holds bad records record by record (see `records`): everything sound is used and the rest
    // set aside. It also brings older cut-offs inside their ranges (`records::read_profile`).
    Ok(read_records(migrated_value(bytes)?))
}

/// Desktop and mobile: the usual case, a sound document of this version, read straight into its
/// types, about twice as fast as going through raw JSON first (BENCHMARKS.md, "Store"). The web
/// build always takes the careful path: this second way of reading every record type costs its
/// bundle more than the milliseconds it saves on a phone's small document.
#[cfg(not(target_arch = "wasm32"))]
fn straight_into_types(bytes: &[u8]) -> Option<Document> {
    serde_json::from_slice::<Document>(bytes)
        .ok()
        .filter(|document| document.schema_version == SCHEMA_VERSION && all_sound(document))
}

/// Best effort at showing a newer document: the fields this version knows, read-only.
fn parse_newer_for_viewing(bytes: &[u8]) -> Document {
    serde_json::from_slice::<Value>(bytes)
        .ok()
        .and_then(|raw| serde_json::from_value::<Document>(raw).ok())
        .unwrap_or_default()
}

/// Loads the document. `stamp` names a set-aside copy (the caller passes the current time, so this
/// function stays free of clock reads and is easy to test).
pub fn load(backend: &dyn Backend, stamp: &str) -> Result<Loaded, StoreError> {
    let Some(bytes) = backend.read_current()? else {
        return Ok(Loaded {
            document: Document::default(),
            notice: None,
            read_only: false,
            revision: Revision::NOTHING,
        });
    };
    let revision = Revision::of(Some(&bytes));
    match parse_document(&bytes) {
        Ok(document) => Ok(Loaded {
            document,
            notice: None,
            read_only: false,
            revision,
        }),
        // A read-only copy starts from no revision: a save would find storage holding something
        // else, read it again, and refuse what it cannot merge (see `sync`).
        Err(ParseError::Newer { found }) => Ok(Loaded {
            document: parse_newer_for_viewing(&bytes),
            notice: Some(LoadNotice::NewerVersion { found }),
            read_only: true,
            revision: Revision::NOTHING,
        }),
        Err(ParseError::Malformed { detail }) => {
            let backup = backend
                .read_backup()?
                .and_then(|bytes| parse_document(&bytes).ok());
            let mut document = backup.clone().unwrap_or_default();
            let unreadable = String::from_utf8_lossy(&bytes).into_owned();
            let (notice, read_only, revision) = match backend.set_aside_current(stamp) {
                Ok(kept_at) => {
                    // Also kept in the document's own set-aside list, so the notice stays until
                    // dismissed and offers the download, on the web too.
                    // Bytes that are not text are listed as numbers, so the download is exact.
                    let record = match std::str::from_utf8(&bytes) {
                        Ok(text) => Value::String(text.to_string()),
                        Err(_) => Value::from(bytes.clone()),
                    };
                    document.set_aside.push(SetAsideRecord::new(
                        WHOLE_DOCUMENT,
                        format!("unreadable as a whole ({detail}); also kept at {kept_at}"),
                        record,
                    ));
                    let notice = LoadNotice::SetAside {
                        kept_at,
                        restored_backup: backup.is_some(),
                    };
                    // Moved away: nothing is stored now.
                    (notice, false, Revision::NOTHING)
                }
                // Never a dead end: open read-only, so the unreadable copy stays where it is
                // until the runner has downloaded it.
                Err(error) => (
                    LoadNotice::Stuck {
                        unreadable,
                        detail: error.to_string(),
                    },
                    true,
                    Revision::NOTHING,
                ),
            };
            Ok(Loaded {
                notice: Some(notice),
                document,
                read_only,
                revision,
            })
        }
    }
}
