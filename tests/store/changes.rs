//! The named changes, applied in their one place (`Document::apply`): every kind of record is put
//! once by id and stamped, deleted with one tombstone that a merge respects, and restored later
//! than its deletion; every change applied twice leaves what it left once.

use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::checklist::state::checklist_of;
use fresh_legs::core::record::{Record, RecordId};
use fresh_legs::store::merge::merge;
use fresh_legs::store::set_aside::SetAsideRecord;
use fresh_legs::store::{parse_document, AnyRecord, Change, Document, SCHEMA_VERSION};
use std::path::Path;

/// The current fixture: one record of every kind, all changed before [`now`].
fn fixture() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-v{SCHEMA_VERSION}.json"));
    parse_document(&std::fs::read(path).unwrap()).unwrap()
}

/// When the changes here are made: after everything in the fixture.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 10, 9, 0, 0).unwrap()
}

/// One record of each kind the document keeps, from the fixture.
fn one_of_each(document: &Document) -> Vec<AnyRecord> {
    vec![
        document.races[0].clone().into(),
        document.blocks[0].clone().into(),
        document.log[0].clone().into(),
        document.checklists[0].clone().into(),
        document.oil_marks[0].clone().into(),
        document.routines[0].clone().into(),
        document.activities[0].clone().into(),
    ]
}

/// The records of `document` with `id`, of any kind, with their last change.
fn found(document: &Document, id: &RecordId) -> Vec<DateTime<Utc>> {
    fn of<T: Record>(records: &[T], id: &RecordId) -> Vec<DateTime<Utc>> {
        records
            .iter()
            .filter(|record| record.id() == id)
            .map(Record::updated_at)
            .collect()
    }
    [
        of(&document.races, id),
        of(&document.blocks, id),
        of(&document.log, id),
        of(&document.checklists, id),
        of(&document.oil_marks, id),
        of(&document.routines, id),
        of(&document.activities, id),
    ]
    .concat()
}

/// The deletion times recorded for `id`.
fn tombstones(document: &Document, id: &RecordId) -> Vec<DateTime<Utc>> {
    document
        .tombstones
        .iter()
        .filter(|stone| &stone.id == id)
        .map(|stone| stone.deleted_at)
        .collect()
}

#[test]
fn the_fixture_has_one_record_of_every_kind() {
    let document = fixture();
    for record in one_of_each(&document) {
        assert_eq!(found(&document, record.id()).len(), 1, "{record:?}");
        assert!(found(&document, record.id())[0] < now());
    }
}

#[test]
fn putting_a_record_of_any_kind_adds_it_once_then_updates_it_stamped_with_the_change() {
    let source = fixture();
    for record in one_of_each(&source) {
        let id = record.id().clone();
        let mut document = Document::default();
        document.apply(Change::Put(record.clone()), now());
        assert_eq!(
            found(&document, &id),
            vec![now()],
            "added and stamped: {id}"
        );
        document.apply(Change::Put(record.clone()), now() + Duration::minutes(1));
        assert_eq!(
            found(&document, &id),
            vec![now() + Duration::minutes(1)],
            "updated in place, never a second copy: {id}"
        );
    }
}

#[test]
fn deleting_a_record_of_any_kind_leaves_one_tombstone_that_a_merge_respects() {
    let original = fixture();
    for record in one_of_each(&original) {
        let id = record.id().clone();
        let mut document = original.clone();
        document.apply(Change::Delete(id.clone()), now());
        assert!(found(&document, &id).is_empty(), "{id} is gone");
        assert_eq!(tombstones(&document, &id), vec![now()], "{id}");

        // Deleted again (say, in a copy that had it back): still one tombstone, the latest.
        let later = now() + Duration::hours(1);
        document.apply(Change::Delete(id.clone()), later);
        assert_eq!(tombstones(&document, &id), vec![later], "{id}");

        // A copy from before the deletion cannot bring the record back, whichever side it is.
        for merged in [merge(&document, &original), merge(&original, &document)] {
            assert!(found(&merged, &id).is_empty(), "{id} stays deleted");
            assert_eq!(tombstones(&merged, &id), vec![later]);
        }
    }
}

#[test]
fn restoring_a_record_of_any_kind_brings_it_back_later_than_its_deletion() {
    let original = fixture();
    for record in one_of_each(&original) {
        let id = record.id().clone();
        let mut deleted = original.clone();
        deleted.apply(Change::Delete(id.clone()), now());
        let mut restored = deleted.clone();
        let later = now() + Duration::minutes(5);
        restored.apply(Change::Restore(record.clone()), later);
        assert_eq!(found(&restored, &id), vec![later], "{id} is back");
        assert!(
            tombstones(&restored, &id).is_empty(),
            "{id}'s tombstone is lifted"
        );

        // A copy that still holds the deletion keeps the restored record: it changed later.
        assert_eq!(found(&merge(&deleted, &restored), &id), vec![later], "{id}");
    }
}

#[test]
fn a_record_edited_after_another_copy_deleted_it_is_kept() {
    let original = fixture();
    let race = original.races[0].clone();
    let mut deleted_here = original.clone();
    deleted_here.apply(Change::Delete(race.id.clone()), now());
    let mut edited_there = original;
    edited_there.apply(Change::put(race.clone()), now() + Duration::minutes(1));
    let merged = merge(&deleted_here, &edited_there);
    assert_eq!(found(&merged, &race.id), vec![now() + Duration::minutes(1)]);
}

#[test]
fn removing_ones_own_checklist_item_leaves_its_tombstone() {
    let original = fixture();
    let race_id = original.races[0].id.clone();
    let item = RecordId("own-fixture-1".into());
    let mut checklist = checklist_of(&original.checklists, &race_id, now());
    assert!(checklist.remove(&item, now()));
    let mut document = original.clone();
    document.apply(Change::put(checklist), now());
    document.apply(Change::Delete(item.clone()), now());
    assert!(document.checklists[0].own.is_empty());
    assert_eq!(tombstones(&document, &item), vec![now()]);
    assert_eq!(document.checklists.len(), 1, "the race's checklist stays");
}

#[test]
fn setting_the_profile_stamps_it_so_the_latest_settings_win_a_merge() {
    let original = fixture();
    let mut profile = original.profile.clone();
    profile.display_name = "Ana".into();
    let mut document = original.clone();
    document.apply(Change::SetProfile(profile), now());
    assert_eq!(document.profile.updated_at, now());
    assert_eq!(merge(&original, &document).profile.display_name, "Ana");
}

#[test]
fn moving_a_routine_puts_it_at_the_place_asked_and_no_further_than_the_end() {
    let mut document = fixture();
    let first = document.routines[0].clone();
    let mut second = first.clone();
    second.id = RecordId("routine-second".into());
    document.apply(Change::put(second.clone()), now());
    document.apply(
        Change::MoveRoutine {
            id: second.id.clone(),
            to: 0,
        },
        now(),
    );
    let order = |document: &Document| -> Vec<String> {
        document
            .routines
            .iter()
            .map(|routine| routine.id.to_string())
            .collect()
    };
    assert_eq!(order(&document), ["routine-second", "routine-fixture-1"]);
    document.apply(
        Change::MoveRoutine {
            id: second.id,
            to: 9,
        },
        now(),
    );
    assert_eq!(order(&document), ["routine-fixture-1", "routine-second"]);
}

#[test]
fn dismissing_the_set_aside_notice_keeps_every_record_set_aside() {
    let mut document = fixture();
    document.set_aside.push(SetAsideRecord::new(
        "races",
        "it has no id",
        serde_json::json!({"name": "Lost"}),
    ));
    document.apply(Change::DismissSetAside, now());
    assert_eq!(document.set_aside.len(), 1);
    assert!(document.set_aside[0].dismissed);
}

#[test]
fn merging_is_the_merge_replacing_takes_the_file_and_deleting_all_empties() {
    let mine = fixture();
    let mut theirs = Document::default();
    let mut race = mine.races[0].clone();
    race.id = RecordId("race-theirs".into());
    theirs.races.push(race);

    let mut merged = mine.clone();
    merged.apply(Change::Merge(theirs.clone()), now());
    assert_eq!(merged, merge(&mine, &theirs));

    let mut replaced = mine.clone();
    replaced.apply(Change::Replace(theirs.clone()), now());
    assert_eq!(
        replaced,
        Document {
            replaced_at: Some(now()),
            ..theirs
        }
    );

    let mut emptied = mine;
    emptied.apply(Change::DeleteAll, now());
    assert_eq!(
        emptied,
        Document {
            replaced_at: Some(now()),
            ..Document::default()
        },
        "no record, no tombstone, nothing left behind"
    );
}

/// Every kind of change, as the screens send them.
fn every_change(document: &Document) -> Vec<Change> {
    let mut changes: Vec<Change> = one_of_each(document)
        .into_iter()
        .flat_map(|record| {
            [
                Change::Put(record.clone()),
                Change::Delete(record.id().clone()),
                Change::Restore(record),
            ]
        })
        .collect();
    let mut profile = document.profile.clone();
    profile.display_name = "Twice".into();
    changes.extend([
        Change::SetProfile(profile),
        Change::MoveRoutine {
            id: document.routines[0].id.clone(),
            to: 0,
        },
        Change::DismissSetAside,
        Change::Merge(Document::default()),
        Change::Replace(document.clone()),
        Change::DeleteAll,
    ]);
    changes
}

#[test]
fn every_change_applied_twice_leaves_what_applying_it_once_left() {
    let original = fixture();
    for change in every_change(&original) {
        let mut once = original.clone();
        once.apply(change.clone(), now());
        let mut twice = once.clone();
        twice.apply(change.clone(), now());
        assert_eq!(twice, once, "{change:?}");
    }
}
