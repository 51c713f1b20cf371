//! Records the app could not use, kept whole in the document so nothing is ever lost, with what
//! was wrong in plain words.

use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
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
/// Each record's reason was saved in English and is shown as saved.
pub fn notice_text(records: &[SetAsideRecord]) -> Option<String> {
    let open = records.iter().filter(|r| !r.dismissed);
    let (documents, records): (Vec<&SetAsideRecord>, Vec<&SetAsideRecord>) =
        open.partition(|record| record.section == WHOLE_DOCUMENT);
    let mut parts = Vec::new();
    if !documents.is_empty() {
        parts.push(message("store-set-aside-document"));
    }
    if !records.is_empty() {
        let what: Vec<String> = records
            .iter()
            .map(|record| format!("{} ({})", record_name(record), record.reason))
            .collect();
        let [count, digits] = counted(records.len());
        parts.push(message_with(
            "store-set-aside-records",
            &[count, digits, ("records", Arg::from(what.join("; ")))],
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
    let named = |id: &str, args: &[(&str, Option<&str>)]| {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .filter_map(|(name, value)| Some((*name, Arg::from((*value)?))))
            .collect();
        message_with(id, &args)
    };
    match record.section.as_str() {
        "races" => {
            let (name, date) = (text("name"), day("date"));
            let args = [("name", name), ("date", date.as_deref())];
            match (name, &date) {
                (Some(_), Some(_)) => named("store-record-race-named-dated", &args),
                (Some(_), None) => named("store-record-race-named", &args),
                (None, Some(_)) => named("store-record-race-dated", &args),
                (None, None) => section_noun(&record.section),
            }
        }
        "log" => {
            // The message's choice of the entry's kind.
            let kind = record
                .record
                .get("kind")
                .and_then(|kind| kind.get("type"))
                .and_then(Value::as_str)
                .and_then(|kind| match kind {
                    "massage_received" => Some("massage"),
                    "soreness_check_in" => Some("soreness"),
                    "injury" => Some("injury"),
                    "self_massage" => Some("self-massage"),
                    "red_flag" => Some("red-flag"),
                    _ => None,
                });
            match (kind, day("at")) {
                (kind, Some(date)) => named(
                    "store-record-log-dated",
                    &[
                        ("kind", Some(kind.unwrap_or("entry"))),
                        ("date", Some(&date)),
                    ],
                ),
                (Some(kind), None) => named("store-record-log-kind", &[("kind", Some(kind))]),
                (None, None) => section_noun(&record.section),
            }
        }
        "blocks" => match (day("start"), day("end")) {
            (Some(start), Some(end)) => named(
                "store-record-block-dated",
                &[("start", Some(&start)), ("end", Some(&end))],
            ),
            _ => section_noun(&record.section),
        },
        "routines" => text("name").map_or_else(
            || section_noun(&record.section),
            |name| named("store-record-routine", &[("name", Some(name))]),
        ),
        "activities" => text("name").map_or_else(
            || section_noun(&record.section),
            |name| named("store-record-activity", &[("name", Some(name))]),
        ),
        section => section_noun(section),
    }
}

/// "a race", "a log entry": what one record of `section` is called.
fn section_noun(section: &str) -> String {
    message_with("store-record-in", &[("section", Arg::from(section))])
}

/// The set-aside records as a file the runner can keep, e.g. to fix by hand and import again.
pub fn export_text(records: &[SetAsideRecord]) -> String {
    serde_json::to_string_pretty(&serde_json::json!({ "set_aside": records }))
        .expect("set-aside records always serialize")
}
