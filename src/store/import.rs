//! Importing an exported file: everything is checked before anything changes, then the file
//! either replaces the runner's data or is merged into it.

use crate::core::words::{decimal, language, message, message_with, Arg};
use crate::store::change::Change;
use crate::store::document::Document;
use crate::store::load::{migrated_value, ParseError};
use crate::store::records::read_records;
use chrono::{DateTime, Utc};
use std::fmt;
use thiserror::Error;

/// Files larger than this are refused before they are read: an export is a few hundred KB even
/// for years of data, so anything this big is not one (and would stall a phone).
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// Every top-level section an export has, with the message naming what it holds; a file
/// missing one was cut short or hand-edited. (Older versions' exports are checked after
/// migration, which adds the sections they lacked.)
const SECTIONS: [(&str, &str); 9] = [
    ("profile", "store-section-profile"),
    ("races", "store-section-races"),
    ("blocks", "store-section-blocks"),
    ("log", "store-section-log"),
    ("checklists", "store-section-checklists"),
    ("oil_marks", "store-section-oil-marks"),
    ("routines", "store-section-routines"),
    ("activities", "store-section-activities"),
    ("tombstones", "store-section-tombstones"),
];

/// The byte-order mark some editors put at the start of a text file they save (Windows Notepad
/// does): it says how the file is encoded, and is not part of the text.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// `bytes` without a byte-order mark at the start.
pub fn without_byte_order_mark(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes)
}

/// Why a file was refused. Every message ends by saying the current data is untouched.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ImportError {
    Empty,
    TooLarge {
        megabytes: f64,
    },
    NotText,
    Truncated,
    Malformed {
        detail: String,
    },
    Newer {
        found: u32,
    },
    /// `missing`: the parts the file lacks, in the words of the language it was checked in.
    Partial {
        missing: String,
    },
}

impl fmt::Display for ImportError {
    /// Why, in the app's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ImportError::Empty => message("store-import-empty"),
            ImportError::TooLarge { megabytes } => message_with(
                "store-import-too-large",
                &[(
                    "megabytes",
                    Arg::from(decimal(*megabytes, 1, 1, language())),
                )],
            ),
            ImportError::NotText => message("store-import-not-text"),
            ImportError::Truncated => message("store-import-truncated"),
            ImportError::Malformed { detail } => message_with(
                "store-import-malformed",
                &[("detail", Arg::from(detail.as_str()))],
            ),
            // A version is shown as digits: it is a name, not a quantity.
            ImportError::Newer { found } => message_with(
                "store-import-newer",
                &[("found", Arg::from(found.to_string()))],
            ),
            ImportError::Partial { missing } => message_with(
                "store-import-partial",
                &[("missing", Arg::from(missing.as_str()))],
            ),
        };
        f.write_str(&text)
    }
}

/// What to do with a file that passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// The file's data takes the place of everything on this device.
    Replace,
    /// Both are kept, record by record (see `merge`).
    Merge,
}

/// What a checked file holds, to show before the runner chooses replace or merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub races: usize,
    pub blocks: usize,
    pub log_entries: usize,
    /// The runner's own routines (the built-in ones are never in a file).
    pub routines: usize,
    /// Activities imported from training files.
    pub activities: usize,
    /// Records in the file that could not be used and are kept aside, not yet dismissed.
    pub set_aside: usize,
}

impl ImportSummary {
    pub fn of(document: &Document) -> Self {
        ImportSummary {
            races: document.races.len(),
            blocks: document.blocks.len(),
            log_entries: document.log.len(),
            routines: document.routines.len(),
            activities: document.activities.len(),
            set_aside: document.set_aside.iter().filter(|r| !r.dismissed).count(),
        }
    }
}

fn refuse_size(bytes: usize) -> Result<(), ImportError> {
    match bytes {
        0 => Err(ImportError::Empty),
        size if size > MAX_IMPORT_BYTES => Err(ImportError::TooLarge {
            megabytes: size as f64 / (1024.0 * 1024.0),
        }),
        _ => Ok(()),
    }
}

/// Refuses a file of `bytes` bytes before reading it (the web reads files asynchronously, and
/// should not read 200 MB only to refuse it).
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    refuse_size(usize::try_from(bytes).unwrap_or(usize::MAX))
}

/// `bytes` as text, or the refusal for a file that is not UTF-8 text (read as bytes and checked,
/// so such a file is never stored with replacement characters where its bytes were).
pub fn as_text(bytes: &[u8]) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)
}

/// Checks a file completely and returns the document it holds, migrated to this version. A
/// byte-order mark at the start is ignored.
pub fn read_import(bytes: &[u8]) -> Result<Document, ImportError> {
    let bytes = without_byte_order_mark(bytes);
    refuse_size(bytes.len())?;
    as_text(bytes)?;
    let raw = migrated_value(bytes).map_err(|error| match error {
        ParseError::Newer { found } => ImportError::Newer { found },
        ParseError::Malformed { detail } => {
            let cut_off = serde_json::from_slice::<serde_json::Value>(bytes)
                .err()
                .is_some_and(|error| error.is_eof());
            if cut_off {
                ImportError::Truncated
            } else {
                ImportError::Malformed { detail }
            }
        }
    })?;
    let missing: Vec<String> = SECTIONS
        .into_iter()
        .filter(|(key, _)| raw.get(key).is_none())
        .map(|(_, words)| message(words))
        .collect();
    if !missing.is_empty() {
        let missing = match missing.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => message_with(
                "store-list-or",
                &[
                    ("rest", Arg::from(rest.join(", "))),
                    ("last", Arg::from(last.as_str())),
                ],
            ),
            None => String::new(),
        };
        return Err(ImportError::Partial { missing });
    }
    // Record by record, as on load: whatever is sound comes in, and the rest is kept aside.
    Ok(read_records(raw))
}

impl ImportMode {
    /// The change that puts the checked document `incoming` into the runner's data this way.
    pub fn change(self, incoming: Document) -> Change {
        match self {
            ImportMode::Replace => Change::Replace(incoming),
            ImportMode::Merge => Change::Merge(incoming),
        }
    }
}

/// Checks `bytes` and, only if every check passes, applies them to `current` as a change made at
/// `now`.
pub fn import_into(
    current: &mut Document,
    bytes: &[u8],
    mode: ImportMode,
    now: DateTime<Utc>,
) -> Result<ImportSummary, ImportError> {
    let incoming = read_import(bytes)?;
    let summary = ImportSummary::of(&incoming);
    current.apply(mode.change(incoming), now);
    Ok(summary)
}
