//! Merging two diverging copies of the runner's data: the same result in either order, deletions
//! respected, later edits kept.

use crate::common::{block, checkin, date, massage, race, utc};
use chrono::{DateTime, Utc};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::race::Priority;
use fresh_legs::core::record::{RecordId, Tombstone};
use fresh_legs::core::training::BlockKind;
use fresh_legs::store::merge::merge;
use fresh_legs::store::Document;
use proptest::prelude::*;

fn at(hour: u32) -> DateTime<Utc> {
    utc(2026, 11, 20, hour, 0)
}

fn id(text: &str) -> RecordId {
    RecordId(text.into())
}

/// The copy both devices started from, all records last changed at 01:00.
fn base() -> Document {
    let mut document = Document::default();
    document.profile.updated_at = at(1);
    let mut spring = race(
        "race-spring",
        date(2027, 4, 11),
        9,
        chrono_tz::UTC,
        42.2,
        Priority::A,
    );
    spring.updated_at = at(1);
    document.races.push(spring);
    let mut peak = block(
        "block-peak",
        date(2027, 2, 1),
        date(2027, 3, 14),
        BlockKind::Peak,
        true,
    );
    peak.updated_at = at(1);
    document.blocks.push(peak);
    for (name, hours) in [("log-a", 2), ("log-b", 3)] {
        let mut entry = massage(
            name,
            utc(2026, 11, 1, hours, 0),
            MassageKind::General,
            Pressure::Deep,
            None,
        );
        entry.updated_at = at(1);
        document.log.push(entry);
    }
    document
}

fn tombstone(text: &str, deleted_at: DateTime<Utc>) -> Tombstone {
    Tombstone {
        id: id(text),
        deleted_at,
    }
}

/// The desktop renames the race, deletes log-a, edits the block after the phone deleted it, and
/// adds a block.
fn desktop() -> Document {
    let mut document = base();
    document.races[0].name = "Spring Marathon (desktop)".into();
    document.races[0].updated_at = at(6);
    document.log.retain(|entry| entry.id != id("log-a"));
    document.tombstones.push(tombstone("log-a", at(10)));
    document.blocks[0].speed_work = false;
    document.blocks[0].updated_at = at(9);
    let mut build = block(
        "block-build",
        date(2027, 1, 4),
        date(2027, 1, 31),
        BlockKind::Build,
        false,
    );
    build.updated_at = at(4);
    document.blocks.push(build);
    document
}

/// The phone renames the runner, edits log-a before the desktop deleted it, deletes the block,
/// deletes log-b, and adds a check-in.
fn phone() -> Document {
    let mut document = base();
    document.profile.display_name = "Sam on the phone".into();
    document.profile.updated_at = at(7);
    document.log[0].updated_at = at(5);
    document.blocks.clear();
    document.tombstones.push(tombstone("block-peak", at(8)));
    document.log.retain(|entry| entry.id != id("log-b"));
    document.tombstones.push(tombstone("log-b", at(8)));
    let mut sore = checkin("log-c", utc(2026, 11, 2, 9, 0), 40, 5, false);
    sore.updated_at = at(8);
    document.log.push(sore);
    document
}

#[test]
fn diverging_copies_merge_to_the_same_result_in_either_order() {
    let (a, b) = (desktop(), phone());
    let merged = merge(&a, &b);
    assert_eq!(merged, merge(&b, &a));

    assert_eq!(
        merged.races[0].name, "Spring Marathon (desktop)",
        "the only race edit is kept"
    );
    assert_eq!(
        merged.profile.display_name, "Sam on the phone",
        "the later profile wins"
    );
    let log_ids: Vec<&str> = merged.log.iter().map(|entry| entry.id.as_str()).collect();
    assert_eq!(
        log_ids,
        ["log-c"],
        "log-a: deleted after its last edit; log-b: deleted"
    );
    let block_ids: Vec<&str> = merged
        .blocks
        .iter()
        .map(|block| block.id.as_str())
        .collect();
    assert_eq!(
        block_ids,
        ["block-build", "block-peak"],
        "the peak block was edited after the phone deleted it, so the edit survives"
    );
    assert!(!merged.blocks[1].speed_work);
    let stones: Vec<&str> = merged
        .tombstones
        .iter()
        .map(|stone| stone.id.as_str())
        .collect();
    assert_eq!(
        stones,
        ["block-peak", "log-a", "log-b"],
        "tombstones are kept for later merges"
    );
}

#[test]
fn merging_is_idempotent_and_a_copy_merged_with_itself_is_unchanged() {
    let merged = merge(&desktop(), &phone());
    assert_eq!(merge(&merged, &merged), merged);
    assert_eq!(
        merge(&merged, &desktop()),
        merged,
        "merging again adds nothing"
    );
}

/// The same race edited on both devices: whichever edit is newer wins, from either side. The
/// expected document is built by hand, not by merging.
#[test]
fn the_newer_of_two_edits_to_one_record_wins_from_either_side() {
    let (mut laptop, mut phone) = (base(), base());
    laptop.races[0].name = "Spring Marathon (laptop, 10:00)".into();
    laptop.races[0].updated_at = at(10);
    phone.races[0].name = "Spring Marathon (phone, 11:00)".into();
    phone.races[0].distance_km = 21.1;
    phone.races[0].updated_at = at(11);

    let mut expected = base();
    expected.races[0].name = "Spring Marathon (phone, 11:00)".into();
    expected.races[0].distance_km = 21.1;
    expected.races[0].updated_at = at(11);
    assert_eq!(merge(&laptop, &phone), expected);
    assert_eq!(merge(&phone, &laptop), expected);
}

#[test]
fn same_time_conflicts_are_settled_the_same_way_from_both_sides() {
    let mut a = base();
    let mut b = base();
    a.races[0].name = "Alpha".into();
    b.races[0].name = "Beta".into();
    a.profile.display_name = "A".into();
    b.profile.display_name = "B".into();
    assert_eq!(merge(&a, &b), merge(&b, &a));
}

/// A small random document: ids and times from small pools so copies collide often.
fn arb_document() -> impl Strategy<Value = Document> {
    let entry =
        (0..6u8, 0..12u32, 0..11u8, any::<bool>()).prop_map(|(n, hour, level, bruising)| {
            let mut entry = checkin(
                &format!("log-{n}"),
                utc(2026, 11, 1, 0, 0),
                24,
                level,
                bruising,
            );
            entry.updated_at = at(hour);
            entry
        });
    let stone = (0..6u8, 0..12u32).prop_map(|(n, hour)| tombstone(&format!("log-{n}"), at(hour)));
    let name = "[ab]{0,2}";
    (
        prop::collection::vec(entry, 0..6),
        prop::collection::vec(stone, 0..3),
        name,
        0..12u32,
    )
        .prop_map(|(log, tombstones, display_name, hour)| {
            let mut document = Document {
                log,
                tombstones,
                ..Document::default()
            };
            document.profile.display_name = display_name;
            document.profile.updated_at = at(hour);
            document
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn merge_is_commutative_and_respects_newer_tombstones(a in arb_document(), b in arb_document()) {
        let merged = merge(&a, &b);
        prop_assert_eq!(&merged, &merge(&b, &a));
        for entry in &merged.log {
            let deleted = merged.tombstones.iter().find(|stone| stone.id == entry.id);
            prop_assert!(deleted.is_none_or(|stone| entry.updated_at > stone.deleted_at));
        }
        // Nothing appears from nowhere, and a record survives unless a newer deletion exists.
        for entry in a.log.iter().chain(&b.log) {
            let deleted_after = merged.tombstones.iter().any(|stone| {
                stone.id == entry.id && stone.deleted_at >= entry.updated_at
            });
            let kept = merged.log.iter().any(|kept| kept.id == entry.id);
            prop_assert!(kept || deleted_after, "{} vanished", entry.id);
        }
        prop_assert!(merged.log.iter().all(|kept| a.log.iter().chain(&b.log).any(|e| e == kept)));
    }
}
