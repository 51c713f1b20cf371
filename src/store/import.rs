//! Importing an exported file: everything is checked before anything changes, then the file
//! either replaces the runner's data or is merged into it.

use crate::store::change::Change;
use crate::store::document::Document;
use crate::store::load::{migrated_value, ParseError};
use crate::store::records::read_records;
use chrono::{DateTime, Utc};
use thiserror::Error;

/// Files larger than this are refused before they are read: an export is a few hundred KB even
/// for years of data, so anything this big is not one (and would stall a phone).
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// Every top-level section an export has, with what it holds in words; a file missing one was
/// cut short or hand-edited. (Older versions' exports are checked after migration, which adds
/// the sections they lacked.)
const SECTIONS: [(&str, &str); 9] = [
    ("profile", "settings"),
    ("races", "races"),
    ("blocks", "training blocks"),
    ("log", "log"),
    ("checklists", "race checklists"),
    ("oil_marks", "notes on oils"),
    ("routines", "routines of your own"),
    ("activities", "imported training"),
    ("tombstones", "record of deletions"),
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
    #[error("The file is empty. Nothing was changed.")]
    Empty,
    #[error("The file is {megabytes:.1} MB, larger than the 10 MB an export could ever be, so it is not a Fresh Legs export. Nothing was changed.")]
    TooLarge { megabytes: f64 },
    #[error("The file is not text: some of its bytes are not UTF-8, so it is not a Fresh Legs export. Nothing was changed.")]
    NotText,
    #[error("The file ends too early: it looks cut off, perhaps by an unfinished download or copy. Nothing was changed.")]
    Truncated,
    #[error("This is not a Fresh Legs export ({detail}). Nothing was changed.")]
    Malformed { detail: String },
    #[error("The file comes from a newer version of Fresh Legs (format {found}); update the app to import it. Nothing was changed.")]
    Newer { found: u32 },
    #[error("The file is incomplete, as if it was cut short or edited by hand: it has no {missing}. Export it again from Fresh Legs. Nothing was changed.")]
    Partial { missing: String },
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
    let missing: Vec<&str> = SECTIONS
        .into_iter()
        .filter(|(key, _)| raw.get(key).is_none())
        .map(|(_, words)| words)
        .collect();
    if !missing.is_empty() {
        let missing = match missing.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
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
