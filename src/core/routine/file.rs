//! Routine files: export to versioned JSON text and all-or-nothing import from it.
//!
//! Pure text in, values out: the shell reads and writes the file or the clipboard.

use crate::core::plain_words::{parse_problem, problem_in};
use crate::core::routine::catalog::is_builtin;
use crate::core::routine::Routine;
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use thiserror::Error;

/// The `format` tag every routines file carries, so another app's JSON is not mistaken for ours.
pub const ROUTINES_FORMAT: &str = "fresh-legs-routines";
/// The version this app writes, and the newest it reads.
pub const ROUTINES_VERSION: u32 = 1;

/// Why a routines file was refused. Nothing is imported when any of these is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RoutineImportError {
    NotJson(String),
    WrongFormat,
    NewerVersion {
        found: u64,
        supported: u32,
    },
    Malformed(String),
    Empty,
    MissingId {
        number: usize,
    },
    DuplicateId {
        id: String,
    },
    BuiltIn {
        name: String,
    },
    Invalid {
        /// 1-based position in the file.
        number: usize,
        name: String,
        /// Every problem, joined into one sentence for the message.
        summary: String,
        errors: FieldErrors,
    },
}

impl fmt::Display for RoutineImportError {
    /// What to do about it, in the app's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Numbers as digits: a version or a place in the file is not a quantity to format.
        let digits = |number: &dyn ToString| Arg::from(number.to_string());
        let text = match self {
            RoutineImportError::NotJson(problem) => message_with(
                "forms-routines-not-json",
                &[("problem", Arg::from(problem.as_str()))],
            ),
            RoutineImportError::WrongFormat => message("forms-routines-wrong-format"),
            RoutineImportError::NewerVersion { found, supported } => message_with(
                "forms-routines-newer",
                &[("found", digits(found)), ("supported", digits(supported))],
            ),
            RoutineImportError::Malformed(problem) => message_with(
                "forms-routines-damaged",
                &[("problem", Arg::from(problem.as_str()))],
            ),
            RoutineImportError::Empty => message("forms-routines-empty"),
            RoutineImportError::MissingId { number } => {
                message_with("forms-routines-missing-id", &[("number", digits(number))])
            }
            RoutineImportError::DuplicateId { id } => message_with(
                "forms-routines-duplicate-id",
                &[("id", Arg::from(id.as_str()))],
            ),
            RoutineImportError::BuiltIn { name } => message_with(
                "forms-routines-built-in",
                &[("name", Arg::from(name.as_str()))],
            ),
            RoutineImportError::Invalid {
                number,
                name,
                summary,
                ..
            } => message_with(
                "forms-routines-invalid",
                &[
                    ("number", digits(number)),
                    ("name", Arg::from(name.as_str())),
                    ("summary", Arg::from(summary.as_str())),
                ],
            ),
        };
        f.write_str(&text)
    }
}

/// The file as written; borrowed so export does not clone the routines.
#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u32,
    routines: &'a [Routine],
}

/// Read first and alone, so a newer file is refused for its version, not for a shape we cannot know.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u64,
}

#[derive(Deserialize)]
struct ImportFile {
    routines: Vec<Routine>,
}

/// Writes `routines` as a versioned, human-readable JSON document.
pub fn export_routines(routines: &[Routine]) -> String {
    let file = ExportFile {
        format: ROUTINES_FORMAT,
        version: ROUTINES_VERSION,
        routines,
    };
    serde_json::to_string_pretty(&file).expect("routines are plain data with string keys")
}

/// Parses and validates a routines file; either every routine is valid and returned, or an error
/// says what to fix. Built-in routines are refused: the app already has them, and a file must not be
/// able to replace them.
pub fn import_routines(text: &str) -> Result<Vec<Routine>, RoutineImportError> {
    // A byte-order mark (Windows Notepad saves one) says how the file is encoded; it is not text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|error| RoutineImportError::NotJson(parse_problem(&error)))?;
    let header = Header::deserialize(&value).map_err(|_| RoutineImportError::WrongFormat)?;
    if header.format != ROUTINES_FORMAT || header.version == 0 {
        return Err(RoutineImportError::WrongFormat);
    }
    if header.version > u64::from(ROUTINES_VERSION) {
        return Err(RoutineImportError::NewerVersion {
            found: header.version,
            supported: ROUTINES_VERSION,
        });
    }
    let file = ImportFile::deserialize(&value)
        .map_err(|error| RoutineImportError::Malformed(problem_in(&error, &value)))?;
    if file.routines.is_empty() {
        return Err(RoutineImportError::Empty);
    }
    let mut ids = BTreeSet::new();
    for (index, routine) in file.routines.iter().enumerate() {
        let number = index + 1;
        if routine.id.as_str().trim().is_empty() {
            return Err(RoutineImportError::MissingId { number });
        }
        if !ids.insert(routine.id.as_str()) {
            return Err(RoutineImportError::DuplicateId {
                id: routine.id.to_string(),
            });
        }
        // A built-in's id would hide the imported routine behind the built-in of that id.
        if routine.built_in || is_builtin(routine.id.as_str()) {
            return Err(RoutineImportError::BuiltIn {
                name: routine.name.clone(),
            });
        }
        if let Err(errors) = routine.validate() {
            let summary = errors
                .0
                .iter()
                .map(|error| error.message.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            return Err(RoutineImportError::Invalid {
                number,
                name: routine.name.clone(),
                summary,
                errors,
            });
        }
    }
    Ok(file.routines)
}
