//! Every older schema kept under tests/fixtures loads into today's document.

use fresh_legs::core::aroma::OilStatus;
use fresh_legs::core::log::LogKind;
use fresh_legs::core::massage::Technique;
use fresh_legs::core::profile::cue_prefs::CuePreferences;
use fresh_legs::core::profile::{PreEventPreference, Units};
use fresh_legs::store::{parse_document, ParseError, SCHEMA_VERSION};
use std::path::Path;

fn fixture(version: u32) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-v{version}.json"));
    std::fs::read(&path)
        .unwrap_or_else(|_| panic!("keep a fixture for schema {version} at {path:?}"))
}

#[test]
fn every_schema_version_has_a_fixture_that_loads() {
    for version in 1..=SCHEMA_VERSION {
        let document = parse_document(&fixture(version)).unwrap();
        assert_eq!(
            document.schema_version, SCHEMA_VERSION,
            "fixture v{version}"
        );
        assert_eq!(
            document.profile.display_name, "Fixture Runner",
            "fixture v{version}"
        );
        assert_eq!(document.profile.units, Units::Mi, "fixture v{version}");
        assert_eq!(
            document.profile.pre_event_preference,
            PreEventPreference::NoTouch { days: 4 },
            "fixture v{version}"
        );
    }
}

#[test]
fn version_1_documents_gain_empty_race_block_and_log_lists() {
    let document = parse_document(&fixture(1)).unwrap();
    assert!(document.races.is_empty());
    assert!(document.blocks.is_empty());
    assert!(document.log.is_empty());
}

#[test]
fn version_6_documents_gain_an_empty_activity_list_and_unset_heart_rates() {
    let document = parse_document(&fixture(6)).unwrap();
    assert!(document.activities.is_empty());
    assert_eq!(document.profile.heart, Default::default());
    assert_eq!(document.routines.len(), 1, "the v6 routine is kept");
}

#[test]
fn version_2_documents_gain_empty_checklists_and_oil_marks_and_keep_their_races() {
    let document = parse_document(&fixture(2)).unwrap();
    assert!(document.checklists.is_empty());
    assert!(document.oil_marks.is_empty());
    assert_eq!(document.races.len(), 1);
}

#[test]
fn version_3_keeps_own_checklist_items_ticks_and_oil_marks() {
    let document = parse_document(&fixture(3)).unwrap();
    let checklist = &document.checklists[0];
    assert_eq!(checklist.race_id.as_str(), "race-fixture-1");
    assert_eq!(checklist.own[0].text, "Pin the bib to the vest");
    assert!(checklist.is_ticked("tpl-hydrate-two-days"));
    assert!(checklist.is_ticked("own-fixture-1"));
    assert_eq!(document.oil_marks[0].status, OilStatus::PatchTested);
}

#[test]
fn version_4_documents_estimate_their_race_times_and_keep_general_massages_a_week_apart() {
    let document = parse_document(&fixture(4)).unwrap();
    assert_eq!(document.races[0].expected_minutes, None);
    assert_eq!(document.profile.general_spacing_days, 7);
}

#[test]
fn the_current_fixture_keeps_every_record() {
    let document = parse_document(&fixture(SCHEMA_VERSION)).unwrap();
    assert_eq!(document.races.len(), 1);
    assert_eq!(document.races[0].name, "Valencia Marathon");
    assert_eq!(document.blocks.len(), 1);
    assert_eq!(document.log.len(), 4);
    assert_eq!(document.checklists.len(), 1);
    assert_eq!(document.oil_marks.len(), 1);
    assert_eq!(document.routines.len(), 1);
    let routine = &document.routines[0];
    assert_eq!(routine.name, "Evening calves");
    assert_eq!(routine.steps.len(), 3);
    assert_eq!(routine.steps[2].tool, None, "a stretch needs no tool");
    assert!(!routine.built_in);
    assert_eq!(routine.validate(), Ok(()));
    assert!(document.profile.trains_outdoors_in_daylight);
    assert!(!document.profile.cues.vibrate);
    assert_eq!(document.profile.cues.get_ready_seconds, 10);
    assert_eq!(document.races[0].expected_minutes, Some(235));
    assert_eq!(document.profile.general_spacing_days, 10);
    assert_eq!(document.profile.heart.max_bpm, Some(188));
    assert_eq!(document.activities.len(), 1);
    let activity = &document.activities[0];
    assert_eq!(
        (activity.name.as_str(), activity.avg_hr),
        ("Riverside 10K", Some(176))
    );
    assert_eq!(activity.seconds_profiled(), 2640);
    assert!(matches!(
        &document.log[2].kind,
        LogKind::SorenessCheckIn { after: Some(id), .. } if id.as_str() == "log-fixture-1"
    ));
    assert!(matches!(
        document.log[3].kind,
        LogKind::MassageReceived {
            technique: Some(Technique::Compression),
            ..
        }
    ));
}

#[test]
fn version_5_documents_keep_their_tools_and_do_not_train_in_the_sun() {
    let document = parse_document(&fixture(5)).unwrap();
    assert!(document.routines[0]
        .steps
        .iter()
        .all(|step| step.tool.is_some()));
    assert!(!document.profile.trains_outdoors_in_daylight);
}

#[test]
fn version_2_documents_gain_an_empty_routine_list_and_default_cues() {
    let document = parse_document(&fixture(2)).unwrap();
    assert!(document.routines.is_empty());
    assert_eq!(document.log.len(), 1, "the v2 log is kept");
    assert_eq!(document.profile.cues, CuePreferences::default());
}

#[test]
fn version_3_documents_gain_an_empty_routine_list_and_keep_their_checklists() {
    let document = parse_document(&fixture(3)).unwrap();
    assert!(document.routines.is_empty());
    assert_eq!(document.checklists.len(), 1);
}

#[test]
fn custom_routines_survive_a_save_and_reload() {
    let document = parse_document(&fixture(SCHEMA_VERSION)).unwrap();
    let again = parse_document(document.to_json().as_bytes()).unwrap();
    assert_eq!(again, document);
}

#[test]
fn documents_without_a_version_or_from_the_future_are_refused() {
    assert!(matches!(
        parse_document(br#"{"profile": {}}"#),
        Err(ParseError::Malformed { .. })
    ));
    assert!(matches!(
        parse_document(br#"{"schema_version": 0}"#),
        Err(ParseError::Malformed { .. })
    ));
    assert_eq!(
        parse_document(format!(r#"{{"schema_version": {}}}"#, SCHEMA_VERSION + 1).as_bytes()),
        Err(ParseError::Newer {
            found: SCHEMA_VERSION + 1
        })
    );
}

/// Cut-offs saved when the settings still accepted 0 to 21 days (and gaps up to 336 h) load inside
/// today's ranges, for the current schema and through migration alike, instead of being refused.
#[test]
fn cut_offs_from_before_the_ranges_narrowed_load_inside_them() {
    let mut document = fresh_legs::store::Document::default();
    document.profile.cutoffs.a_race_days = 21;
    document.profile.cutoffs.c_race_days = 0;
    document.profile.cutoffs.post_race_gap_hours = 24;
    let loaded = parse_document(document.to_json().as_bytes()).unwrap();
    let cutoffs = loaded.profile.cutoffs;
    assert_eq!(
        (
            cutoffs.a_race_days,
            cutoffs.c_race_days,
            cutoffs.post_race_gap_hours
        ),
        (14, 2, 48)
    );
    assert!(loaded.profile.validate().is_ok());
    for version in 1..=SCHEMA_VERSION {
        let migrated = parse_document(&fixture(version)).unwrap();
        assert!(migrated.profile.validate().is_ok(), "fixture v{version}");
    }
}

/// Version 5 replaced the over-the-clothes flag with how a pre-event session was done, and names
/// the massage each check-in follows; version 4 entries keep what they meant.
#[test]
fn version_4_massages_get_their_technique_and_check_ins_the_massage_they_follow() {
    let v4 = r#"{
      "schema_version": 4,
      "profile": {},
      "races": [], "blocks": [], "checklists": [], "oil_marks": [], "routines": [],
      "log": [
        {"id": "pre-clothes", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-01T09:00:00Z",
         "kind": {"type": "massage_received", "kind": "pre_event", "pressure": "light", "before": null,
                  "over_clothes": true, "with_therapist": true, "notes": ""}},
        {"id": "pre-deep", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-02T09:00:00Z",
         "kind": {"type": "massage_received", "kind": "pre_event", "pressure": "deep", "before": null,
                  "with_therapist": true, "notes": ""}},
        {"id": "pre-light", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-03T09:00:00Z",
         "kind": {"type": "massage_received", "kind": "pre_event", "pressure": "medium", "before": null,
                  "over_clothes": false, "with_therapist": true, "notes": ""}},
        {"id": "general", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-10T09:00:00Z",
         "kind": {"type": "massage_received", "kind": "general", "pressure": "deep", "before": null,
                  "with_therapist": true, "notes": ""}},
        {"id": "sore-after", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-12T09:00:00Z",
         "kind": {"type": "soreness_check_in", "hours_after": 48, "level": 5, "bruising": false}},
        {"id": "sore-later", "updated_at": "2026-05-01T09:00:00Z", "at": "2026-05-14T09:00:00Z",
         "kind": {"type": "soreness_check_in", "hours_after": 96, "level": 2, "bruising": false}}
      ],
      "tombstones": []
    }"#;
    let document = parse_document(v4.as_bytes()).unwrap();
    let technique = |i: usize| match &document.log[i].kind {
        LogKind::MassageReceived { technique, .. } => *technique,
        other => panic!("{other:?}"),
    };
    assert_eq!(technique(0), Some(Technique::Compression));
    assert_eq!(technique(1), Some(Technique::Deep));
    assert_eq!(technique(2), Some(Technique::LightFlush));
    assert_eq!(technique(3), None, "only pre-event work has a technique");
    let follows = |i: usize| match &document.log[i].kind {
        LogKind::SorenessCheckIn { after, .. } => after.as_ref().map(|id| id.to_string()),
        other => panic!("{other:?}"),
    };
    assert_eq!(follows(4), Some("general".into()));
    assert_eq!(follows(5), None, "96 h on, it follows no massage");
    assert_eq!(document.profile.soreness_limit_hours, 36);
}

/// The mark a replace leaves (`replaced_at`) came without a version bump: a document never
/// replaced keeps exactly the shape this version's fixture has, a replaced one reads its mark
/// back on both the quick and the careful path, and a build that drops the mark (an older one,
/// which does not know it) still has every record and setting.
#[test]
fn the_replace_mark_needs_no_new_version_and_losing_it_loses_no_data() {
    let current = parse_document(&fixture(SCHEMA_VERSION)).unwrap();
    assert_eq!(current.replaced_at, None);
    assert!(!current.to_json().contains("replaced_at"));

    let at = chrono::DateTime::parse_from_rfc3339("2027-01-10T09:00:00Z")
        .unwrap()
        .to_utc();
    let mut replaced = current.clone();
    replaced.apply(fresh_legs::store::Change::Replace(current.clone()), at);
    let text = replaced.to_json();
    assert_eq!(parse_document(text.as_bytes()).unwrap(), replaced);
    // With one bad record the whole document is read record by record: the mark still comes.
    let mut raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    raw["races"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "bad"}));
    let careful = parse_document(raw.to_string().as_bytes()).unwrap();
    assert_eq!(careful.replaced_at, Some(at));
    assert_eq!(careful.races, replaced.races);

    // What an older build keeps of it: everything but the mark.
    raw["races"].as_array_mut().unwrap().pop();
    raw.as_object_mut().unwrap().remove("replaced_at");
    assert_eq!(parse_document(raw.to_string().as_bytes()).unwrap(), current);
}
