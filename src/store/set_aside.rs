//! Records the app could not use, kept whole in the document so nothing is ever lost, with what
//! was wrong in plain words.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One record (or one profile setting) the app set aside instead of using.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAsideRecord {
    /// The section it came from: "races", "log", "profile" and so on.
    #[serde(default)]
    pub section: String,
    /// Why it was set aside, as a phrase ("the soreness goes from 0 to 10, not 11").
    #[serde(default)]
    pub reason: String,
    /// The record exactly as it was stored.
    #[serde(default)]
    pub record: Value,
    /// Whether the runner has closed the notice about it; the record stays either way.
    #[serde(default)]
    pub dismissed: bool,
}

impl SetAsideRecord {
    pub fn new(section: &str, reason: impl Into<String>, record: Value) -> Self {
        SetAsideRecord {
            section: section.to_string(),
            reason: reason.into(),
            record,
            dismissed: false,
        }
    }
}

/// What the runner reads about the records not yet dismissed, e.g. "2 records could not be used
/// and were set aside: a race (the number 1000 is …); a log entry (…)."; `None` when there are none.
pub fn notice_text(records: &[SetAsideRecord]) -> Option<String> {
    let open: Vec<&SetAsideRecord> = records.iter().filter(|r| !r.dismissed).collect();
    if open.is_empty() {
        return None;
    }
    let what: Vec<String> = open
        .iter()
        .map(|record| format!("{} ({})", section_noun(&record.section), record.reason))
        .collect();
    let head = if open.len() == 1 {
        "1 record could not be used and was set aside, unchanged".to_string()
    } else {
        format!(
            "{} records could not be used and were set aside, unchanged",
            open.len()
        )
    };
    Some(format!(
        "{head}: {}. Everything else loaded.",
        what.join("; ")
    ))
}

/// "a race", "a log entry": what one record of `section` is called.
fn section_noun(section: &str) -> &'static str {
    match section {
        "races" => "a race",
        "blocks" => "a training block",
        "log" => "a log entry",
        "checklists" => "a race checklist",
        "oil_marks" => "an oil mark",
        "routines" => "a routine",
        "tombstones" => "a deletion record",
        "profile" => "a setting",
        "document" => "all the saved data",
        _ => "a record",
    }
}

/// The set-aside records as a file the runner can keep, e.g. to fix by hand and import again.
pub fn export_text(records: &[SetAsideRecord]) -> String {
    serde_json::to_string_pretty(&serde_json::json!({ "set_aside": records }))
        .expect("set-aside records always serialize")
}
