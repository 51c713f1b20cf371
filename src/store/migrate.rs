//! Brings documents written by older versions of the app up to the current schema.
//!
//! Each step is a function from version N to N+1 on raw JSON, so an old document never has to
//! deserialize into today's types until it has been brought up to date.

use crate::store::document::SCHEMA_VERSION;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

/// One migration step: the JSON of version N becomes the JSON of version N+1.
type Step = fn(Value) -> Value;

/// `STEPS[i]` migrates version `i + 1` to `i + 2`.
const STEPS: [Step; SCHEMA_VERSION as usize - 1] =
    [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7];

/// Version 2 added races, training blocks and the log. The version went up because a version 1
/// build would silently drop those on its next save; now it opens them read-only instead.
fn v1_to_v2(mut raw: Value) -> Value {
    if let Some(fields) = raw.as_object_mut() {
        for key in ["races", "blocks", "log"] {
            fields
                .entry(key)
                .or_insert_with(|| Value::Array(Vec::new()));
        }
    }
    raw
}

/// Version 3 added the runner's checklist items and ticks (`checklists`) and their marks on
/// essential oils (`oil_marks`). The version went up because a version 2 build would drop both
/// on its next save; now it opens a version 3 document read-only instead.
fn v2_to_v3(mut raw: Value) -> Value {
    if let Some(fields) = raw.as_object_mut() {
        for key in ["checklists", "oil_marks"] {
            fields
                .entry(key)
                .or_insert_with(|| Value::Array(Vec::new()));
        }
    }
    raw
}

/// Version 4 added the runner's own self-massage routines. The version went up because a version
/// 3 build does not know the `routines` list and would drop every custom routine on its next save;
/// with the bump it opens a version 4 document read-only instead.
fn v3_to_v4(mut raw: Value) -> Value {
    if let Some(fields) = raw.as_object_mut() {
        fields
            .entry("routines")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    raw
}

/// Version 5 added the runner's expected time on races (`expected_minutes`, absent means
/// estimate it), the spacing between general massages, the soreness limit and a budget below one
/// a month (`tight_budget`, absent means none) in the profile, how
/// a pre-event massage was done (`technique`, replacing the `over_clothes` flag) and the massage a
/// soreness check-in follows (`after`). The version went up because a version 4 build would drop
/// all of these on its next save. Older documents keep what they meant: the spacing and limit the
/// app used before they were settings (7 days, 36 h), a technique read from the flag and the
/// pressure, and each check-in linked to the latest general massage of the 72 h before it, the
/// massage the app used to judge it by.
fn v4_to_v5(mut raw: Value) -> Value {
    if let Some(profile) = raw.get_mut("profile").and_then(Value::as_object_mut) {
        profile
            .entry("general_spacing_days")
            .or_insert_with(|| Value::from(7));
        profile
            .entry("soreness_limit_hours")
            .or_insert_with(|| Value::from(36));
    }
    let Some(log) = raw.get_mut("log").and_then(Value::as_array_mut) else {
        return raw;
    };
    let at = |entry: &Value| {
        entry
            .get("at")
            .and_then(Value::as_str)
            .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
            .map(|at| at.with_timezone(&Utc))
    };
    let generals: Vec<(DateTime<Utc>, Value)> = log
        .iter()
        .filter(|entry| {
            entry["kind"]["type"] == "massage_received" && entry["kind"]["kind"] == "general"
        })
        .filter_map(|entry| Some((at(entry)?, entry.get("id")?.clone())))
        .collect();
    for entry in log.iter_mut() {
        let when = at(entry);
        let Some(kind) = entry.get_mut("kind").and_then(Value::as_object_mut) else {
            continue;
        };
        match kind.get("type").and_then(Value::as_str) {
            Some("massage_received") => {
                let over_clothes = kind.remove("over_clothes").and_then(|flag| flag.as_bool());
                let technique = if kind.get("kind").and_then(Value::as_str) != Some("pre_event") {
                    Value::Null
                } else if over_clothes == Some(true) {
                    Value::from("compression")
                } else if kind.get("pressure").and_then(Value::as_str) == Some("deep") {
                    Value::from("deep")
                } else {
                    Value::from("light_flush")
                };
                kind.entry("technique").or_insert(technique);
            }
            Some("soreness_check_in") => {
                let follows = when.and_then(|when| {
                    generals
                        .iter()
                        .filter(|(at, _)| *at <= when && when - *at <= Duration::hours(72))
                        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.as_str().cmp(&b.1.as_str())))
                        .map(|(_, id)| id.clone())
                });
                kind.entry("after")
                    .or_insert(follows.unwrap_or(Value::Null));
            }
            _ => {}
        }
    }
    raw
}

/// How a document's version compares to what this build understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionCheck {
    Current,
    Older(u32),
    Newer(u32),
    Missing,
}

/// Reads `schema_version` without trusting the rest of the document.
pub fn check_version(raw: &Value) -> VersionCheck {
    match raw.get("schema_version").and_then(Value::as_u64) {
        None => VersionCheck::Missing,
        Some(found) => {
            let found = u32::try_from(found).unwrap_or(u32::MAX);
            match found.cmp(&SCHEMA_VERSION) {
                std::cmp::Ordering::Equal => VersionCheck::Current,
                std::cmp::Ordering::Less => VersionCheck::Older(found),
                std::cmp::Ordering::Greater => VersionCheck::Newer(found),
            }
        }
    }
}

/// Version 6 lets a routine step have no tool (a stretch, stored as `"tool": null`) and records
/// whether the runner trains outdoors in daylight. A version 5 build would set the whole
/// document aside over a step with no tool, and drop the answer on its next save, so the version
/// went up; a version 5 document needs nothing: every step names a tool and the answer is "no".
fn v5_to_v6(raw: Value) -> Value {
    raw
}

/// Version 7 keeps summaries of the activities imported from training files (`activities`), and
/// the runner's maximum and resting heart rates in the profile. A version 6 build would drop them
/// all on its next save, so the version went up; a version 6 document has none of them.
fn v6_to_v7(mut raw: Value) -> Value {
    if let Some(fields) = raw.as_object_mut() {
        fields
            .entry("activities")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    raw
}

/// Applies every step from `from` up to the current version and stamps the new version.
/// `from` must be older than the current version and at least 1.
pub fn migrate(mut raw: Value, from: u32) -> Value {
    for step in STEPS.iter().skip(from.saturating_sub(1) as usize) {
        raw = step(raw);
    }
    raw["schema_version"] = Value::from(SCHEMA_VERSION);
    raw
}
