//! Reading a document record by record: every record that parses and passes its checks is used,
//! and each one that does not, or repeats another's id, is set aside whole with the reason, so
//! one bad value never hides the rest of the runner's data.

use crate::core::aroma::{oil, OilMark};
use crate::core::checklist::state::{validate_text, RaceChecklist};
use crate::core::log::LogEntry;
use crate::core::plain_words::{parse_problem, problem_in};
use crate::core::profile::Profile;
use crate::core::race::Race;
use crate::core::record::{Record, Tombstone};
use crate::core::routine::Routine;
use crate::core::training::activity::Activity;
use crate::core::training::TrainingBlock;
use crate::core::validation::FieldErrors;
use crate::core::words::in_english;
use crate::store::document::Document;
use crate::store::kinds::{read_sections, sections_sound};
use crate::store::set_aside::SetAsideRecord;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The checks a stored record must pass, the same ones its form runs (bar today's date window).
pub trait Checked {
    fn check(&self) -> Result<(), FieldErrors>;
}

impl Checked for Race {
    fn check(&self) -> Result<(), FieldErrors> {
        Race::check(self)
    }
}

impl Checked for Activity {
    fn check(&self) -> Result<(), FieldErrors> {
        Activity::check(self)
    }
}

impl Checked for TrainingBlock {
    fn check(&self) -> Result<(), FieldErrors> {
        TrainingBlock::check(self)
    }
}

impl Checked for LogEntry {
    fn check(&self) -> Result<(), FieldErrors> {
        LogEntry::check(self)
    }
}

impl Checked for Routine {
    fn check(&self) -> Result<(), FieldErrors> {
        self.validate()
    }
}

impl Checked for RaceChecklist {
    fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        for item in &self.own {
            if let Err(found) = validate_text(&item.text) {
                errors.0.extend(found.0);
            }
        }
        errors.into_result()
    }
}

impl Checked for OilMark {
    fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if oil(&self.oil).is_none() {
            errors.push(
                "oil",
                format!("\"{}\" is not an oil in the guide", self.oil),
            );
        }
        errors.into_result()
    }
}

/// The messages of `errors` as one phrase.
fn reasons(errors: &FieldErrors) -> String {
    errors
        .0
        .iter()
        .map(|error| error.message.trim_end_matches('.').to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether `records` pass their checks with no id missing or repeated.
pub(crate) fn sound<T: Checked + Record>(records: &[T]) -> bool {
    let mut seen = HashSet::new();
    records.iter().all(|record| {
        !record.id().as_str().trim().is_empty()
            && seen.insert(record.id())
            && record.check().is_ok()
    })
}

/// Whether every record of an already parsed document passes its checks with no repeated id:
/// the usual case, which then needs no second, careful reading.
pub fn all_sound(document: &Document) -> bool {
    document.profile.validate().is_ok()
        && sections_sound(document)
        && document
            .tombstones
            .iter()
            .all(|stone| !stone.id.as_str().trim().is_empty())
}

/// Reads migrated document JSON record by record (see the module docs). Records set aside now
/// are added to those the document already kept, with their reasons in English: a reason is
/// saved with its record, and must not change language with the app.
pub fn read_records(raw: Value) -> Document {
    in_english(|| read_all(raw))
}

fn read_all(mut raw: Value) -> Document {
    let mut aside: Vec<SetAsideRecord> = Vec::new();
    let mut fields: Map<String, Value> =
        raw.as_object_mut().map(std::mem::take).unwrap_or_default();
    let take =
        |fields: &mut Map<String, Value>, key: &str| fields.remove(key).unwrap_or(Value::Null);
    let mut document = Document {
        profile: read_profile(take(&mut fields, "profile"), &mut aside),
        ..Document::default()
    };
    read_sections(&mut fields, &mut aside, &mut document);
    document.tombstones = read_tombstones(take(&mut fields, "tombstones"), &mut aside);
    document.replaced_at = serde_json::from_value(take(&mut fields, "replaced_at")).unwrap_or(None);
    let mut kept = read_kept(take(&mut fields, "set_aside"));
    kept.extend(aside);
    document.set_aside = kept;
    document
}

/// The elements of a section; a section that is not a list is set aside whole.
fn elements(section: &str, value: Value, aside: &mut Vec<SetAsideRecord>) -> Vec<Value> {
    match value {
        Value::Null => Vec::new(),
        Value::Array(items) => items,
        other => {
            aside.push(SetAsideRecord::new(
                section,
                "the section is not a list of records",
                other,
            ));
            Vec::new()
        }
    }
}

/// One section's records: those that parse, pass their checks and have an id of their own.
/// Of two records with one id, the later edit is used and the other set aside.
pub(crate) fn read_section<T: DeserializeOwned + Checked + Record>(
    section: &str,
    value: Value,
    aside: &mut Vec<SetAsideRecord>,
) -> Vec<T> {
    let mut kept: Vec<(T, Value)> = Vec::new();
    for item in elements(section, value, aside) {
        let record = match serde_json::from_value::<T>(item.clone()) {
            Ok(record) => record,
            Err(error) => {
                aside.push(SetAsideRecord::new(
                    section,
                    problem_in(&error, &item),
                    item,
                ));
                continue;
            }
        };
        if record.id().as_str().trim().is_empty() {
            aside.push(SetAsideRecord::new(section, "it has no id", item));
            continue;
        }
        if let Err(errors) = record.check() {
            aside.push(SetAsideRecord::new(section, reasons(&errors), item));
            continue;
        }
        match kept.iter().position(|(other, _)| other.id() == record.id()) {
            Some(at) if record.updated_at() > kept[at].0.updated_at() => {
                let (_, older) = std::mem::replace(&mut kept[at], (record, item));
                aside.push(SetAsideRecord::new(section, duplicate(), older));
            }
            Some(_) => aside.push(SetAsideRecord::new(section, duplicate(), item)),
            None => kept.push((record, item)),
        }
    }
    kept.into_iter().map(|(record, _)| record).collect()
}

fn duplicate() -> &'static str {
    "another record has the same id and a later change, so that one is used"
}

/// Tombstones that parse; a deletion with no id could never match a record.
fn read_tombstones(value: Value, aside: &mut Vec<SetAsideRecord>) -> Vec<Tombstone> {
    let mut kept = Vec::new();
    for item in elements("tombstones", value, aside) {
        match serde_json::from_value::<Tombstone>(item.clone()) {
            Ok(stone) if !stone.id.as_str().trim().is_empty() => kept.push(stone),
            Ok(_) => aside.push(SetAsideRecord::new("tombstones", "it has no id", item)),
            Err(error) => aside.push(SetAsideRecord::new(
                "tombstones",
                parse_problem(&error),
                item,
            )),
        }
    }
    kept
}

/// The records an earlier load set aside; any that no longer read are kept as they are.
fn read_kept(value: Value) -> Vec<SetAsideRecord> {
    let Value::Array(items) = value else {
        return Vec::new();
    };
    items
        .into_iter()
        .map(|item| {
            serde_json::from_value(item.clone()).unwrap_or_else(|_| {
                SetAsideRecord::new("set_aside", "it was set aside before", item)
            })
        })
        .collect()
}

/// The top-level profile setting a validation message is about.
fn setting_of(field: &str) -> &str {
    match field {
        "no_touch_days" => "pre_event_preference",
        "a_race_days" | "b_race_days" | "c_race_days" | "post_race_gap_hours" => "cutoffs",
        "get_ready_seconds" => "cues",
        other => other,
    }
}

/// The profile setting by setting: a setting that does not read, or is out of range, goes back
/// to its default and is set aside with its value, so one bad number keeps every other choice.
fn read_profile(value: Value, aside: &mut Vec<SetAsideRecord>) -> Profile {
    if let Ok(mut profile) = serde_json::from_value::<Profile>(value.clone()) {
        // Cut-offs from before their ranges narrowed are brought inside them, not set aside.
        profile.cutoffs = profile.cutoffs.within_range();
        if profile.validate().is_ok() {
            return profile;
        }
    }
    let Value::Object(settings) = value else {
        if !value.is_null() {
            aside.push(SetAsideRecord::new(
                "profile",
                "the settings are not a set of choices",
                value,
            ));
        }
        return Profile::default();
    };
    let defaults = serde_json::to_value(Profile::default()).expect("a profile serializes");
    let mut accepted = defaults.clone();
    for (key, setting) in settings {
        let mut trial = accepted.clone();
        trial[key.as_str()] = setting.clone();
        match serde_json::from_value::<Profile>(trial.clone()) {
            Ok(_) => accepted = trial,
            Err(error) => aside.push(SetAsideRecord::new(
                "profile",
                format!("{}: {}", key.replace('_', " "), parse_problem(&error)),
                serde_json::json!({ key: setting }),
            )),
        }
    }
    let mut profile: Profile = serde_json::from_value(accepted.clone()).unwrap_or_default();
    profile.cutoffs = profile.cutoffs.within_range();
    accepted["cutoffs"] = serde_json::to_value(profile.cutoffs).unwrap_or(Value::Null);
    if let Err(errors) = profile.validate() {
        for error in &errors.0 {
            let setting = setting_of(error.field);
            let stored = accepted.get(setting).cloned().unwrap_or(Value::Null);
            accepted[setting] = defaults.get(setting).cloned().unwrap_or(Value::Null);
            aside.push(SetAsideRecord::new(
                "profile",
                error.message.trim_end_matches('.').to_string(),
                serde_json::json!({ setting: stored }),
            ));
        }
        profile = serde_json::from_value(accepted).unwrap_or_default();
    }
    profile
}
