//! Loading is tolerant record by record: each invalid or duplicate record is set aside whole with
//! its reason, everything else loads, and nothing from the original is lost.

use crate::common::{block, checkin, injury, massage, race, utc, LONDON};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::race::Priority;
use fresh_legs::core::training::BlockKind;
use fresh_legs::store::load::migrated_value;
use fresh_legs::store::records::read_records;
use fresh_legs::store::set_aside::notice_text;
use fresh_legs::store::{parse_document, Document};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A sound document: two races, a block, three log entries.
fn sound() -> Document {
    let mut document = Document::default();
    document.profile.display_name = "Sam".into();
    document.races = vec![
        race(
            "r1",
            crate::common::date(2027, 4, 11),
            9,
            LONDON,
            42.195,
            Priority::A,
        ),
        race(
            "r2",
            crate::common::date(2027, 6, 1),
            10,
            LONDON,
            10.0,
            Priority::C,
        ),
    ];
    document.blocks = vec![block(
        "b1",
        crate::common::date(2027, 1, 4),
        crate::common::date(2027, 2, 28),
        BlockKind::Build,
        false,
    )];
    document.log = vec![
        massage(
            "m1",
            utc(2027, 1, 10, 9, 0),
            MassageKind::General,
            Pressure::Medium,
            None,
        ),
        checkin("c1", utc(2027, 1, 11, 9, 0), 24, 3, false),
        logged_at(
            injury(
                "i1",
                BodyArea::Calves,
                crate::common::date(2027, 1, 20),
                None,
            ),
            utc(2027, 1, 21, 8, 0),
        ),
    ];
    document
}

fn logged_at(
    mut entry: fresh_legs::core::log::LogEntry,
    at: chrono::DateTime<chrono::Utc>,
) -> fresh_legs::core::log::LogEntry {
    entry.at = at;
    entry
}

fn value_of(document: &Document) -> Value {
    serde_json::from_str(&document.to_json()).unwrap()
}

fn load(value: &Value) -> Document {
    parse_document(value.to_string().as_bytes()).expect("a document that parses always loads")
}

/// Every record of `section` in `value`, as stored.
fn records(value: &Value, section: &str) -> Vec<Value> {
    value[section].as_array().cloned().unwrap_or_default()
}

/// The web build reads every document the careful way (raw JSON, record by record); desktop and
/// mobile read a sound current one straight into its types. Both give the same document.
#[test]
fn both_ways_of_reading_a_sound_document_agree() {
    let text = sound().to_json();
    let careful = read_records(migrated_value(text.as_bytes()).unwrap());
    let typed: Document = serde_json::from_str(&text).unwrap();
    assert_eq!(careful, typed);
    assert_eq!(careful, sound());
    assert!(careful.set_aside.is_empty());
}

#[test]
fn each_kind_of_bad_record_is_set_aside_and_the_rest_loads() {
    let mut value = value_of(&sound());
    value["races"][0]["distance_km"] = json!(-1.0);
    value["races"][1]["time_zone"] = json!("europe/london");
    value["blocks"][0]["end"] = json!("2026-01-01");
    value["log"][1]["kind"]["level"] = json!(11);
    value["log"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "x", "at": "2027-01-01T00:00:00Z"}));
    value["oil_marks"] = json!([{"id": "oil-x", "oil": "snake_oil", "status": "new", "updated_at": "2027-01-01T00:00:00Z"}]);
    value["tombstones"] = json!([{"id": "", "deleted_at": "2027-01-01T00:00:00Z"}]);
    value["profile"]["massage_budget_per_month"] = json!(1000);
    value["profile"]["general_spacing_days"] = json!(2);
    let loaded = load(&value);

    // The sound records are all there, a lower-case zone understood.
    assert_eq!(loaded.races.len(), 1);
    assert_eq!(loaded.races[0].id.as_str(), "r2");
    assert_eq!(loaded.races[0].time_zone, LONDON);
    assert!(loaded.blocks.is_empty());
    let ids: Vec<&str> = loaded.log.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["m1", "i1"]);
    assert_eq!(
        loaded.profile.display_name, "Sam",
        "one bad setting keeps the others"
    );
    assert_eq!(loaded.profile.massage_budget_per_month, 1);
    assert_eq!(loaded.profile.general_spacing_days, 7);

    let aside: Vec<(&str, &str)> = loaded
        .set_aside
        .iter()
        .map(|r| (r.section.as_str(), r.reason.as_str()))
        .collect();
    assert_eq!(aside.len(), 8, "{aside:#?}");
    let reason = |section: &str| {
        aside
            .iter()
            .filter(|(s, _)| *s == section)
            .map(|(_, r)| *r)
            .collect::<Vec<_>>()
            .join(" | ")
    };
    assert!(reason("races").contains("greater than 0 km"), "{aside:?}");
    assert!(reason("blocks").contains("ends before it starts"));
    assert!(reason("log").contains("0 (none) to 10 (worst), not 11"));
    assert!(reason("log").contains("it has no"));
    assert!(reason("oil_marks").contains("snake_oil"));
    assert!(reason("tombstones").contains("no id"));
    assert!(reason("profile").contains("the number 1000"), "{aside:?}");
    assert!(
        reason("profile").contains("3 to 28 days apart"),
        "{aside:?}"
    );
    for (_, reason) in &aside {
        for parser_word in ["expected", "u8", "invalid value", "recursion"] {
            assert!(!reason.contains(parser_word), "{reason}");
        }
    }
    let notice = notice_text(&loaded.set_aside).unwrap();
    assert!(
        notice.starts_with("8 records could not be used and were set aside"),
        "{notice}"
    );
}

#[test]
fn a_reason_is_saved_in_english_whatever_language_the_app_speaks() {
    use crate::support::words::in_language;
    use fresh_legs::core::words::{language, Language};
    let mut value = value_of(&sound());
    value["checklists"] = json!([{
        "id": "list-1",
        "race_id": "r2",
        "own": [{"id": "own-1", "group": "day_before", "text": "x".repeat(200), "updated_at": "2027-01-01T00:00:00Z"}],
        "updated_at": "2027-01-01T00:00:00Z"
    }]);
    let (loaded, spoken_after) = in_language(Language::German, || {
        let loaded = read_records(value);
        let spoken_after = language();
        (loaded, spoken_after)
    });
    let reasons: Vec<&str> = loaded
        .set_aside
        .iter()
        .filter(|record| record.section == "checklists")
        .map(|record| record.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        ["That is 200 characters; keep it to 120 or fewer"],
        "saved with the record"
    );
    assert_eq!(spoken_after, Language::German, "the app goes on in German");
}

#[test]
fn nothing_from_the_original_is_lost() {
    let mut value = value_of(&sound());
    value["races"][0]["priority"] = json!("Z");
    value["log"][0]["kind"]["notes"] = json!("x".repeat(501));
    let original: Vec<Value> = ["races", "blocks", "log"]
        .iter()
        .flat_map(|s| records(&value, s))
        .collect();
    let loaded = load(&value);
    let reloaded = value_of(&loaded);
    let kept: Vec<Value> = ["races", "blocks", "log"]
        .iter()
        .flat_map(|s| records(&reloaded, s))
        .chain(loaded.set_aside.iter().map(|r| r.record.clone()))
        .collect();
    assert_eq!(kept.len(), original.len());
    for record in &original {
        assert!(kept.contains(record), "lost {record}");
    }
    // Saved and read again, the set-aside records stay, waiting for the runner.
    let again = load(&reloaded);
    assert_eq!(again.set_aside, loaded.set_aside);
}

#[test]
fn of_two_records_with_one_id_the_later_edit_is_used() {
    let mut document = sound();
    let mut older = document.races[0].clone();
    older.name = "Older copy".into();
    older.updated_at = utc(2020, 1, 1, 0, 0);
    document.races[0].updated_at = utc(2026, 1, 1, 0, 0);
    document.races.insert(0, older.clone());
    let loaded = load(&value_of(&document));
    assert_eq!(loaded.races.len(), 2);
    assert!(loaded.races.iter().all(|r| r.name != "Older copy"));
    assert_eq!(loaded.set_aside.len(), 1);
    assert_eq!(
        loaded.set_aside[0].record,
        serde_json::to_value(&older).unwrap()
    );
}

/// One way to break one record so its checks or its parsing fail.
fn corruption() -> impl Strategy<Value = (&'static str, Value)> {
    prop_oneof![
        Just(("distance_km", json!(-3.0))),
        Just(("distance_km", json!("far"))),
        Just(("priority", json!("Q"))),
        Just(("name", json!(""))),
        Just(("time_zone", json!("Mars/Base"))),
        Just(("date", json!("2027-02-30"))),
        Just(("id", json!(""))),
        Just(("updated_at", json!(12))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random seasons with random single-record corruptions: load never fails, never drops a
    /// sound record, and sets aside exactly the broken ones.
    #[test]
    fn corrupt_records_are_set_aside_and_sound_ones_never_dropped(
        count in 1usize..12,
        broken in prop::collection::btree_map(0usize..12, corruption(), 0..6),
    ) {
        let document = Document {
            races: (0..count)
                .map(|i| race(&format!("r{i}"), crate::common::date(2027, 1, 1) + chrono::Days::new(i as u64 * 9), 9, LONDON, 10.0, Priority::B))
                .collect(),
            ..Document::default()
        };
        let mut value = value_of(&document);
        let mut expected_aside = Vec::new();
        for (index, (field, bad)) in &broken {
            if *index < count {
                value["races"][*index][*field] = bad.clone();
                expected_aside.push(value["races"][*index].clone());
            }
        }
        let loaded = load(&value);
        prop_assert_eq!(loaded.races.len() + loaded.set_aside.len(), count);
        for (index, _) in broken.iter().filter(|(i, _)| **i < count) {
            let id = format!("r{index}");
            prop_assert!(loaded.races.iter().all(|r| r.id.as_str() != id));
        }
        for record in &expected_aside {
            prop_assert!(loaded.set_aside.iter().any(|r| &r.record == record));
        }
        for i in (0..count).filter(|i| !broken.contains_key(i)) {
            let id = format!("r{i}");
            prop_assert!(loaded.races.iter().any(|r| r.id.as_str() == id), "{} dropped", id);
        }
    }
}

/// A store with no room left: it can be read, but nothing can be moved aside.
struct FullStore;

impl fresh_legs::store::Backend for FullStore {
    fn location(&self) -> String {
        "a full store".into()
    }
    fn read_current(&self) -> Result<Option<Vec<u8>>, fresh_legs::store::StoreError> {
        Ok(Some(b"{ not json".to_vec()))
    }
    fn read_backup(&self) -> Result<Option<Vec<u8>>, fresh_legs::store::StoreError> {
        Ok(None)
    }
    fn set_aside_current(&self, _: &str) -> Result<String, fresh_legs::store::StoreError> {
        Err(fresh_legs::store::StoreError::SetAside {
            location: "a full store".into(),
            detail: "it is full".into(),
        })
    }
    fn write_current(&self, _: &str) -> Result<(), fresh_legs::store::StoreError> {
        unreachable!("nothing is written while the data is unreadable")
    }
    fn discard_current(&self) -> Result<(), fresh_legs::store::StoreError> {
        unreachable!("only the runner starts fresh")
    }
    fn read_session(&self) -> Option<String> {
        None
    }
    fn write_session(&self, _: &str) {}
    fn clear_session(&self) {}
}

#[test]
fn unreadable_data_that_cannot_be_moved_aside_opens_read_only_with_the_text_to_download() {
    let loaded = fresh_legs::store::load(&FullStore, "stamp").expect("never a dead end");
    assert!(loaded.read_only);
    match loaded.notice {
        Some(fresh_legs::store::LoadNotice::Stuck { unreadable, detail }) => {
            assert_eq!(unreadable, "{ not json");
            assert!(detail.contains("it is full"), "{detail}");
        }
        other => panic!("expected the stuck notice, got {other:?}"),
    }
}

#[test]
fn a_wholly_unreadable_document_is_announced_apart_from_single_records() {
    use fresh_legs::store::set_aside::{SetAsideRecord, WHOLE_DOCUMENT};
    let mut records = vec![SetAsideRecord::new(
        WHOLE_DOCUMENT,
        "unreadable as a whole",
        json!("{ broken"),
    )];
    let text = notice_text(&records).unwrap();
    assert!(
        text.starts_with("A copy of saved data that could not be opened is kept here"),
        "{text}"
    );
    assert!(!text.contains("Everything else loaded"), "{text}");
    records.push(SetAsideRecord::new("races", "it has no id", json!({})));
    let text = notice_text(&records).unwrap();
    assert!(
        text.contains(
            "1 record could not be used and was set aside, unchanged: a race (it has no id)."
        ),
        "{text}"
    );
    records
        .iter_mut()
        .for_each(|record| record.dismissed = true);
    assert_eq!(notice_text(&records), None);
}

/// The notice names each record by what it holds (a race by its name and date, a log entry by
/// its kind and day) and the field the problem is in, so the runner knows what to look at.
#[test]
fn set_aside_notices_name_the_record_and_the_field() {
    let mut value = value_of(&sound());
    value["races"][0]["name"] = json!("Harbour 10K");
    value["races"][0]["date"] = json!("2026-12-05");
    value["races"][0]["priority"] = json!("Z");
    value["log"][0]["at"] = json!("2026-11-28T18:00:00Z");
    value["log"][0]["kind"]["pressure"] = json!("medium-ish");
    let loaded = load(&value);
    let notice = notice_text(&loaded.set_aside).unwrap();
    assert!(
        notice.contains("the race “Harbour 10K” of Sat 5 Dec 2026 (priority: \"Z\" is not one of the choices the app knows)"),
        "{notice}"
    );
    assert!(
        notice.contains("of Sat 28 Nov 2026 in your log (pressure: \"medium-ish\""),
        "{notice}"
    );
}
