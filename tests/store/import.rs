//! Importing files: anything malformed, partial, oversized or too new is refused with a reason and
//! leaves the current data exactly as it was; a good file replaces or merges.

use crate::common::{checkin, massage, utc};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::store::import::{
    check_size, import_into, read_import, ImportError, ImportMode, ImportSummary, MAX_IMPORT_BYTES,
};
use fresh_legs::store::merge::merge;
use fresh_legs::store::set_aside::SetAsideRecord;
use fresh_legs::store::Document;
use proptest::prelude::*;
use std::path::Path;

fn fixture() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v2.json"))
        .expect("the v2 fixture")
}

/// When the imports here happen.
fn now() -> chrono::DateTime<chrono::Utc> {
    utc(2026, 12, 1, 9, 0)
}

/// `document` as a replace at [`now`] leaves it: the file's data, marked as replacing everything.
fn replaced_by(document: Document) -> Document {
    Document {
        replaced_at: Some(now()),
        ..document
    }
}

/// The data already on the device.
fn current() -> Document {
    let mut document = Document::default();
    document.profile.display_name = "On this phone".into();
    document.log.push(massage(
        "log-here",
        utc(2026, 11, 1, 9, 0),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    document
        .log
        .push(checkin("log-sore", utc(2026, 11, 2, 9, 0), 24, 3, false));
    document
}

fn refused(bytes: &[u8]) -> ImportError {
    let mut document = current();
    let error = import_into(&mut document, bytes, ImportMode::Replace, now()).unwrap_err();
    assert_eq!(
        document,
        current(),
        "a refused import changed the data: {error}"
    );
    assert!(
        error.to_string().ends_with("Nothing was changed."),
        "{error}"
    );
    error
}

#[test]
fn refusals_say_what_is_wrong() {
    assert_eq!(refused(b""), ImportError::Empty);
    assert_eq!(
        refused(b"{\"schema_version\": 2, \"races\": ["),
        ImportError::Truncated
    );
    assert!(matches!(refused(b"hello"), ImportError::Malformed { .. }));
    assert!(matches!(refused(b"[1, 2]"), ImportError::Malformed { .. }));
    assert_eq!(
        refused(br#"{"schema_version": 9, "profile": {}}"#),
        ImportError::Newer { found: 9 }
    );
    let partial = refused(br#"{"schema_version": 2, "profile": {}, "races": [], "blocks": []}"#);
    assert_eq!(
        partial.to_string(),
        "The file is incomplete, as if it was cut short or edited by hand: it has no log or record of deletions. Export it again from Fresh Legs. Nothing was changed."
    );
    let noise = refused(b"{\"schema_version\": 2, \"races\": [1,}");
    assert!(
        !noise.to_string().contains("expected"),
        "no parser words: {noise}"
    );
}

/// One bad value no longer refuses the whole file: the record that holds it comes in set aside
/// with the reason in plain words, and everything else is imported.
#[test]
fn a_bad_value_sets_its_record_aside_and_the_rest_comes_in() {
    let text = String::from_utf8(fixture()).unwrap();
    let typo = text.replace("\"priority\": \"A\"", "\"priority\": \"Z\"");
    let document = read_import(typo.as_bytes()).unwrap();
    let clean = read_import(&fixture()).unwrap();
    assert_eq!(document.races.len() + 1, clean.races.len());
    assert_eq!(document.log, clean.log);
    assert_eq!(document.set_aside[0].section, "races");
    assert_eq!(
        document.set_aside[0].reason, "priority: \"Z\" is not one of the choices the app knows",
        "the field is named"
    );
    let budget = text.replace(
        "\"massage_budget_per_month\": 2",
        "\"massage_budget_per_month\": 90",
    );
    let document = read_import(budget.as_bytes()).unwrap();
    assert_eq!(
        document.profile.massage_budget_per_month, 1,
        "back to the default"
    );
    assert_eq!(
        document.profile.display_name, clean.profile.display_name,
        "the rest kept"
    );
    assert_eq!(document.set_aside[0].section, "profile");
    assert_eq!(
        document.set_aside[0].record,
        serde_json::json!({ "massage_budget_per_month": 90 })
    );
}

#[test]
fn duplicate_ids_keep_the_later_edit_and_set_the_other_aside() {
    let mut document = current();
    document.log[1].id = document.log[0].id.clone();
    let later = document.log[0].updated_at.max(document.log[1].updated_at);
    let imported = read_import(document.to_json().as_bytes()).unwrap();
    assert_eq!(imported.log.len(), 1);
    assert_eq!(imported.log[0].updated_at, later);
    assert_eq!(imported.set_aside.len(), 1);
    assert!(
        imported.set_aside[0].reason.contains("same id"),
        "{:?}",
        imported.set_aside
    );
}

#[test]
fn files_over_ten_megabytes_are_refused_before_parsing() {
    let mut big = b"{\"schema_version\": 2, \"profile\": {\"display_name\": \"".to_vec();
    big.resize(MAX_IMPORT_BYTES + 1, b'x');
    let error = refused(&big);
    assert!(matches!(error, ImportError::TooLarge { .. }));
    assert!(error.to_string().contains("10.0 MB"), "{error}");
    assert!(check_size(MAX_IMPORT_BYTES as u64).is_ok());
    assert!(check_size(MAX_IMPORT_BYTES as u64 + 1).is_err());
}

#[test]
fn replace_takes_the_file_and_merge_keeps_both() {
    let incoming = read_import(&fixture()).unwrap();

    let mut replaced = current();
    let summary = import_into(&mut replaced, &fixture(), ImportMode::Replace, now()).unwrap();
    assert_eq!(replaced, replaced_by(incoming.clone()));
    assert_eq!(
        (summary.races, summary.blocks, summary.log_entries),
        (1, 1, 1)
    );

    let mut merged = current();
    import_into(&mut merged, &fixture(), ImportMode::Merge, now()).unwrap();
    assert_eq!(merged, merge(&current(), &incoming));
    assert_eq!(merged.log.len(), 3, "both copies' log entries are kept");
    assert_eq!(
        merged.profile.display_name, "Fixture Runner",
        "the newer profile wins"
    );
}

/// The imported records are the file's own: the same ids and names as its JSON says, read here
/// straight from the file rather than through the importer.
#[test]
fn an_import_brings_in_exactly_the_files_records() {
    let file: serde_json::Value = serde_json::from_slice(&fixture()).unwrap();
    let listed = |section: &str, field: &str| -> Vec<String> {
        let mut values: Vec<String> = file[section]
            .as_array()
            .unwrap()
            .iter()
            .map(|record| record[field].as_str().unwrap().to_string())
            .collect();
        values.sort();
        values
    };
    let mut document = current();
    import_into(&mut document, &fixture(), ImportMode::Replace, now()).unwrap();
    let mut race_ids: Vec<String> = document.races.iter().map(|r| r.id.0.clone()).collect();
    let mut race_names: Vec<String> = document.races.iter().map(|r| r.name.clone()).collect();
    let mut block_ids: Vec<String> = document.blocks.iter().map(|b| b.id.0.clone()).collect();
    let mut log_ids: Vec<String> = document.log.iter().map(|e| e.id.0.clone()).collect();
    for values in [&mut race_ids, &mut race_names, &mut block_ids, &mut log_ids] {
        values.sort();
    }
    assert_eq!(race_ids, listed("races", "id"));
    assert_eq!(race_names, listed("races", "name"));
    assert_eq!(block_ids, listed("blocks", "id"));
    assert_eq!(log_ids, listed("log", "id"));
    assert_eq!(
        document.profile.display_name,
        file["profile"]["display_name"].as_str().unwrap()
    );

    // Merge keeps this phone's entries beside the file's.
    let mut merged = current();
    import_into(&mut merged, &fixture(), ImportMode::Merge, now()).unwrap();
    let mut merged_log: Vec<String> = merged.log.iter().map(|e| e.id.0.clone()).collect();
    merged_log.sort();
    let mut expected_log = listed("log", "id");
    expected_log.extend(["log-here".to_string(), "log-sore".to_string()]);
    expected_log.sort();
    assert_eq!(merged_log, expected_log);
}

#[test]
fn an_export_imports_back_to_the_same_data() {
    let exported = fresh_legs::store::export::export_text(&current());
    let mut document = Document::default();
    import_into(
        &mut document,
        exported.as_bytes(),
        ImportMode::Replace,
        now(),
    )
    .unwrap();
    assert_eq!(document, replaced_by(current()));
}

/// Bytes an import might meet: noise, a valid export cut short, or a valid export with one byte
/// changed.
fn arb_file() -> impl Strategy<Value = Vec<u8>> {
    let valid = fixture();
    let len = valid.len();
    let cut = valid.clone();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        (0..len).prop_map(move |end| cut[..end].to_vec()),
        (0..len, any::<u8>()).prop_map(move |(index, byte)| {
            let mut bytes = valid.clone();
            bytes[index] = byte;
            bytes
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn imports_never_panic_and_refusals_change_nothing(bytes in arb_file(), merge_mode in any::<bool>()) {
        let mode = if merge_mode { ImportMode::Merge } else { ImportMode::Replace };
        let mut document = current();
        match import_into(&mut document, &bytes, mode, now()) {
            Err(error) => {
                prop_assert_eq!(&document, &current());
                prop_assert!(error.to_string().ends_with("Nothing was changed."));
            }
            Ok(_) => {
                let incoming = read_import(&bytes).unwrap();
                let expected = match mode {
                    ImportMode::Replace => replaced_by(incoming),
                    ImportMode::Merge => merge(&current(), &incoming),
                };
                prop_assert_eq!(document, expected);
            }
        }
    }
}

/// A current-version export with one routine, as JSON to take apart.
fn export_with_a_routine() -> serde_json::Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v7.json"),
    )
    .expect("the current fixture");
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(
        !value["routines"].as_array().unwrap().is_empty(),
        "the current fixture carries a routine"
    );
    value["schema_version"] = fresh_legs::store::SCHEMA_VERSION.into();
    value
}

#[test]
fn every_section_of_a_current_export_must_be_there() {
    for (section, words) in [
        ("routines", "routines of your own"),
        ("checklists", "race checklists"),
        ("oil_marks", "notes on oils"),
        ("activities", "imported training"),
    ] {
        let mut value = export_with_a_routine();
        value.as_object_mut().unwrap().remove(section);
        let error = refused(value.to_string().as_bytes());
        assert_eq!(
            error,
            ImportError::Partial {
                missing: words.into()
            }
        );
        assert!(!error.to_string().contains('_'), "no raw keys: {error}");
    }
}

#[test]
fn routines_are_checked_like_the_editor_checks_them_and_bad_ones_come_in_set_aside() {
    let mut value = export_with_a_routine();
    value["routines"][0]["steps"][0]["seconds"] = 0.into();
    let document =
        read_import(value.to_string().as_bytes()).expect("the rest of the file comes in");
    assert!(document.routines.is_empty());
    assert_eq!(document.set_aside.len(), 1);
    assert_eq!(document.set_aside[0].section, "routines");
    assert!(
        document.set_aside[0]
            .reason
            .contains("between 5 and 600 seconds"),
        "{:?}",
        document.set_aside
    );
    assert_eq!(document.set_aside[0].record, value["routines"][0]);

    // Two routines with one id: the later edit is used, the other set aside (the file is no
    // longer refused).
    let mut value = export_with_a_routine();
    let mut copy = value["routines"][0].clone();
    copy["name"] = "Older copy".into();
    copy["updated_at"] = "2001-01-01T00:00:00Z".into();
    value["routines"].as_array_mut().unwrap().push(copy.clone());
    let document = read_import(value.to_string().as_bytes()).unwrap();
    assert_eq!(document.routines.len(), 1);
    assert_ne!(document.routines[0].name, "Older copy");
    assert_eq!(document.set_aside.len(), 1);
    assert_eq!(document.set_aside[0].record, copy);
}

#[test]
fn a_file_that_is_not_text_is_refused_with_a_message() {
    let mut bytes = fixture();
    let at = bytes.len() / 2;
    bytes[at] = 0xFF;
    assert_eq!(refused(&bytes), ImportError::NotText);
    assert!(ImportError::NotText.to_string().contains("not UTF-8"));
}

/// Windows Notepad saves a file with a byte-order mark in front: the export still reads, whole.
#[test]
fn an_export_saved_with_a_byte_order_mark_is_read_as_it_is() {
    let mut marked = b"\xEF\xBB\xBF".to_vec();
    marked.extend(fixture());
    assert_eq!(
        read_import(&marked).unwrap(),
        read_import(&fixture()).unwrap()
    );
    // Only at the start: one anywhere else is not part of any export.
    let mut inside = fixture();
    inside.splice(1..1, b"\xEF\xBB\xBF".iter().copied());
    assert!(matches!(refused(&inside), ImportError::Malformed { .. }));
}

/// The review before an import counts the set-aside records still waiting for the runner; one
/// they have dismissed is not counted again (a gap the mutation check found).
#[test]
fn the_summary_counts_only_the_set_aside_records_not_yet_dismissed() {
    let mut document = Document::default();
    for (reason, dismissed) in [
        ("it has no id", true),
        ("its date is not a date", false),
        ("its priority is not one the app knows", false),
    ] {
        let mut record = SetAsideRecord::new("races", reason, serde_json::json!({"name": "Lost"}));
        record.dismissed = dismissed;
        document.set_aside.push(record);
    }
    assert_eq!(ImportSummary::of(&document).set_aside, 2);
}
