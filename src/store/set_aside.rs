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
    let open = records.iter().filter(|r| !r.dismissed);
    let (documents, records): (Vec<&SetAsideRecord>, Vec<&SetAsideRecord>) =
        open.partition(|record| record.section == WHOLE_DOCUMENT);
    let mut parts = Vec::new();
    if !documents.is_empty() {
        parts.push("A copy of saved data that could not be opened is kept here until you dismiss this notice; download it to keep it.".to_string());
    }
    if !records.is_empty() {
        let what: Vec<String> = records
            .iter()
            .map(|record| format!("{} ({})", record_name(record), record.reason))
            .collect();
        let head = if records.len() == 1 {
            "1 record could not be used and was set aside, unchanged".to_string()
        } else {
            format!(
                "{} records could not be used and were set aside, unchanged",
                records.len()
            )
        };
        parts.push(format!(
            "{head}: {}. Everything else loaded.",
            what.join("; ")
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The section name of a whole document that could not be read, kept as one record.
pub const WHOLE_DOCUMENT: &str = "document";

/// The record as the runner knows it, from what it holds: "the race “Harbour 10K” of Sat 5 Dec
/// 2026", "the soreness check-in of Sat 5 Dec 2026", "the routine “Quick feet”"; what any record
/// of its section is called ("a race") where it holds too little to tell.
fn record_name(record: &SetAsideRecord) -> String {
    let text = |key: &str| {
        record
            .record
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|text| !text.is_empty())
    };
    let day = |key: &str| {
        text(key).map(|value| {
            // A date ("2026-12-05") or an instant ("2026-12-05T18:00:00Z"), read by its date.
            chrono::NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d")
                .map_or_else(
                    |_| value.to_string(),
                    crate::core::dates::weekday_day_month_year,
                )
        })
    };
    match record.section.as_str() {
        "races" => match (text("name"), day("date")) {
            (Some(name), Some(date)) => format!("the race “{name}” of {date}"),
            (Some(name), None) => format!("the race “{name}”"),
            (None, Some(date)) => format!("the race of {date}"),
            (None, None) => section_noun(&record.section).to_string(),
        },
        "log" => {
            let kind = record
                .record
                .get("kind")
                .and_then(|kind| kind.get("type"))
                .and_then(Value::as_str)
                .and_then(|kind| match kind {
                    "massage_received" => Some("massage"),
                    "soreness_check_in" => Some("soreness check-in"),
                    "injury" => Some("injury"),
                    "self_massage" => Some("self-massage"),
                    "red_flag" => Some("red-flag answer"),
                    _ => None,
                });
            match (kind, day("at")) {
                (kind, Some(date)) => {
                    format!("the {} of {date} in your log", kind.unwrap_or("entry"))
                }
                (Some(kind), None) => format!("a {kind} in your log"),
                (None, None) => section_noun(&record.section).to_string(),
            }
        }
        "blocks" => match (day("start"), day("end")) {
            (Some(start), Some(end)) => format!("the training block of {start} to {end}"),
            _ => section_noun(&record.section).to_string(),
        },
        "routines" => text("name").map_or_else(
            || section_noun(&record.section).to_string(),
            |name| format!("the routine “{name}”"),
        ),
        "activities" => text("name").map_or_else(
            || section_noun(&record.section).to_string(),
            |name| format!("the imported activity “{name}”"),
        ),
        "profile" => "a setting".to_string(),
        section => section_noun(section).to_string(),
    }
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
        "activities" => "an imported activity",
        "tombstones" => "a deletion record",
        "profile" => "a setting",
        _ => "a record",
    }
}

/// The set-aside records as a file the runner can keep, e.g. to fix by hand and import again.
pub fn export_text(records: &[SetAsideRecord]) -> String {
    serde_json::to_string_pretty(&serde_json::json!({ "set_aside": records }))
        .expect("set-aside records always serialize")
}
