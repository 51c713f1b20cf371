//! Every older schema kept under tests/fixtures loads into today's document.

use fresh_legs::core::aroma::OilStatus;
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
    assert_eq!(document.log.len(), 2);
    assert_eq!(document.checklists.len(), 1);
    assert_eq!(document.oil_marks.len(), 1);
    assert_eq!(document.routines.len(), 1);
    let routine = &document.routines[0];
    assert_eq!(routine.name, "Evening calves");
    assert_eq!(routine.steps.len(), 2);
    assert!(!routine.built_in);
    assert_eq!(routine.validate(), Ok(()));
    assert!(!document.profile.cues.vibrate);
    assert_eq!(document.profile.cues.get_ready_seconds, 10);
    assert_eq!(document.races[0].expected_minutes, Some(235));
    assert_eq!(document.profile.general_spacing_days, 10);
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
