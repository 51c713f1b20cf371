//! Merge as a lattice, over whole documents with every collection and the set-aside list: the same
//! result in either order and in any grouping of three copies, merging again changes nothing, the
//! newer edit of a record wins, a deletion removes every version it came after, and nothing valid
//! is dropped. The expected document is worked out here record by record from the rules in
//! `store/merge.rs`'s module docs, not by calling the merge.

use crate::common::{block, date, massage, race, utc};
use chrono::{DateTime, Duration, Utc};
use fresh_legs::core::aroma::{OilMark, OilStatus};
use fresh_legs::core::checklist::state::RaceChecklist;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::race::Priority;
use fresh_legs::core::record::{Record, RecordId, Tombstone};
use fresh_legs::core::routine::catalog::{builtin, FULL_BODY};
use fresh_legs::core::training::activity::Activity;
use fresh_legs::core::training::BlockKind;
use fresh_legs::store::merge::merge;
use fresh_legs::store::set_aside::SetAsideRecord;
use fresh_legs::store::Document;
use proptest::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

fn at(hours: u8) -> DateTime<Utc> {
    utc(2026, 11, 1, 0, 0) + Duration::hours(i64::from(hours))
}

/// One version of a record: which of four ids, changed at which hour, with which content.
#[derive(Debug, Clone, Copy)]
struct Version {
    id: u8,
    hour: u8,
    content: u8,
}

fn version() -> impl Strategy<Value = Version> {
    (0u8..4, 0u8..6, 0u8..3).prop_map(|(id, hour, content)| Version { id, hour, content })
}

fn rid(kind: &str, id: u8) -> RecordId {
    RecordId(format!("{kind}-{id}"))
}

fn a_race(v: Version) -> fresh_legs::core::race::Race {
    let mut r = race(
        &rid("race", v.id).0,
        date(2027, 4, 11),
        9,
        chrono_tz::UTC,
        10.0,
        Priority::B,
    );
    r.name = format!("Race {}", v.content);
    r.updated_at = at(v.hour);
    r
}

fn a_block(v: Version) -> fresh_legs::core::training::TrainingBlock {
    let kind = [BlockKind::Base, BlockKind::Build, BlockKind::Peak][usize::from(v.content)];
    let mut b = block(
        &rid("block", v.id).0,
        date(2027, 2, 1),
        date(2027, 2, 28),
        kind,
        false,
    );
    b.updated_at = at(v.hour);
    b
}

fn an_entry(v: Version) -> fresh_legs::core::log::LogEntry {
    let kind = [
        MassageKind::General,
        MassageKind::PreEvent,
        MassageKind::PostEvent,
    ][usize::from(v.content)];
    let mut e = massage(
        &rid("log", v.id).0,
        utc(2026, 10, 1, 9, 0),
        kind,
        Pressure::Medium,
        None,
    );
    e.updated_at = at(v.hour);
    e
}

fn a_checklist(v: Version) -> RaceChecklist {
    let mut ticked = BTreeMap::new();
    for item in 0..v.content {
        ticked.insert(format!("tpl-{item}"), at(v.hour));
    }
    RaceChecklist {
        id: rid("checklist", v.id),
        race_id: rid("race", v.id),
        ticked,
        own: Vec::new(),
        updated_at: at(v.hour),
    }
}

fn a_mark(v: Version) -> OilMark {
    OilMark {
        id: rid("oil", v.id),
        oil: "lavender".into(),
        status: [OilStatus::NotMarked, OilStatus::New, OilStatus::PatchTested]
            [usize::from(v.content)],
        updated_at: at(v.hour),
    }
}

fn a_routine(v: Version) -> fresh_legs::core::routine::Routine {
    let mut r = builtin(FULL_BODY, Default::default()).expect("the full-body routine");
    r.id = rid("routine", v.id);
    r.name = format!("My routine {}", v.content);
    r.built_in = false;
    r.updated_at = at(v.hour);
    r
}

fn an_activity(v: Version) -> Activity {
    serde_json::from_value(serde_json::json!({
        "id": rid("activity", v.id).0,
        "start": "2026-09-01T07:00:00Z",
        "sport": "run",
        "name": format!("Run {}", v.content),
        "duration_s": 3600,
        "updated_at": at(v.hour),
    }))
    .expect("a minimal activity summary")
}

/// A copy of the data: some versions of records of every kind, some deletions, some set-aside
/// records.
#[derive(Debug, Clone)]
struct Copy {
    versions: Vec<(usize, Version)>,
    deleted: Vec<(usize, u8, u8)>,
    aside: Vec<(u8, bool)>,
}

const KINDS: [&str; 7] = [
    "race",
    "block",
    "log",
    "checklist",
    "oil",
    "routine",
    "activity",
];

fn copy() -> impl Strategy<Value = Copy> {
    (
        prop::collection::vec((0usize..KINDS.len(), version()), 0..14),
        prop::collection::vec((0usize..KINDS.len(), 0u8..4, 0u8..6), 0..4),
        prop::collection::vec((0u8..3, any::<bool>()), 0..3),
    )
        .prop_map(|(versions, deleted, aside)| Copy {
            versions,
            deleted,
            aside,
        })
}

/// Pushes `record` unless the document holds that id already (a copy has one version of each).
fn push_once<T: Record>(list: &mut Vec<T>, record: T) {
    if !list.iter().any(|held| held.id() == record.id()) {
        list.push(record);
    }
}

fn document(copy: &Copy) -> Document {
    let mut d = Document::default();
    for (kind, v) in &copy.versions {
        let v = *v;
        match *kind {
            0 => push_once(&mut d.races, a_race(v)),
            1 => push_once(&mut d.blocks, a_block(v)),
            2 => push_once(&mut d.log, an_entry(v)),
            3 => push_once(&mut d.checklists, a_checklist(v)),
            4 => push_once(&mut d.oil_marks, a_mark(v)),
            5 => push_once(&mut d.routines, a_routine(v)),
            _ => push_once(&mut d.activities, an_activity(v)),
        }
    }
    for (kind, id, hour) in &copy.deleted {
        d.tombstones.push(Tombstone {
            id: rid(KINDS[*kind], *id),
            deleted_at: at(*hour),
        });
    }
    for (n, dismissed) in &copy.aside {
        d.set_aside.push(SetAsideRecord {
            section: "races".into(),
            reason: format!("the distance is not a number ({n})"),
            record: serde_json::json!({ "id": format!("broken-{n}") }),
            dismissed: *dismissed,
        });
    }
    d
}

/// What survives of one collection, by id: the version changed last (the larger JSON text on a
/// tie) unless a deletion came at or after it; worked out from the copies' own lists.
fn expected<T: Record + Serialize + Clone>(
    lists: &[&[T]],
    stones: &[&[Tombstone]],
) -> BTreeMap<RecordId, String> {
    let mut best: BTreeMap<RecordId, (DateTime<Utc>, String)> = BTreeMap::new();
    for record in lists.iter().flat_map(|list| list.iter()) {
        let text = serde_json::to_string(record).unwrap();
        let candidate = (record.updated_at(), text);
        let held = best.entry(record.id().clone()).or_insert(candidate.clone());
        if candidate > *held {
            *held = candidate;
        }
    }
    best.into_iter()
        .filter(|(id, (changed, _))| {
            !stones
                .iter()
                .flat_map(|list| list.iter())
                .any(|stone| &stone.id == id && stone.deleted_at >= *changed)
        })
        .map(|(id, (_, text))| (id, text))
        .collect()
}

fn as_map<T: Record + Serialize>(list: &[T]) -> BTreeMap<RecordId, String> {
    list.iter()
        .map(|record| (record.id().clone(), serde_json::to_string(record).unwrap()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn merge_is_a_lattice_over_every_collection(a in copy(), b in copy(), c in copy()) {
        let (a, b, c) = (document(&a), document(&b), document(&c));
        let ab = merge(&a, &b);
        prop_assert_eq!(&ab, &merge(&b, &a), "either order");
        prop_assert_eq!(merge(&ab, &c), merge(&a, &merge(&b, &c)), "any grouping of three");
        prop_assert_eq!(merge(&ab, &b), ab.clone(), "merging again changes nothing");
        prop_assert_eq!(merge(&ab, &ab), ab.clone());

        let stones: [&[Tombstone]; 2] = [&a.tombstones, &b.tombstones];
        prop_assert_eq!(as_map(&ab.races), expected(&[&a.races, &b.races], &stones));
        prop_assert_eq!(as_map(&ab.blocks), expected(&[&a.blocks, &b.blocks], &stones));
        prop_assert_eq!(as_map(&ab.log), expected(&[&a.log, &b.log], &stones));
        prop_assert_eq!(as_map(&ab.checklists), expected(&[&a.checklists, &b.checklists], &stones));
        prop_assert_eq!(as_map(&ab.oil_marks), expected(&[&a.oil_marks, &b.oil_marks], &stones));
        prop_assert_eq!(as_map(&ab.routines), expected(&[&a.routines, &b.routines], &stones));
        prop_assert_eq!(as_map(&ab.activities), expected(&[&a.activities, &b.activities], &stones));

        // Every deletion is kept (the latest per id), so a third, older copy cannot bring one back.
        let deleted: BTreeSet<&RecordId> = a.tombstones.iter().chain(&b.tombstones).map(|s| &s.id).collect();
        let kept: BTreeSet<&RecordId> = ab.tombstones.iter().map(|s| &s.id).collect();
        prop_assert_eq!(kept, deleted);
        // Set-aside records from both, each once; one dismissed anywhere stays dismissed.
        let reasons: BTreeSet<&String> = a.set_aside.iter().chain(&b.set_aside).map(|r| &r.reason).collect();
        prop_assert_eq!(ab.set_aside.len(), reasons.len());
        for record in &ab.set_aside {
            let dismissed_anywhere = a.set_aside.iter().chain(&b.set_aside)
                .any(|other| other.reason == record.reason && other.dismissed);
            prop_assert_eq!(record.dismissed, dismissed_anywhere);
        }
        // The profile changed later wins.
        let mut older = a.clone();
        older.profile.display_name = "Old".into();
        older.profile.updated_at = at(1);
        let mut newer = b.clone();
        newer.profile.display_name = "New".into();
        newer.profile.updated_at = at(2);
        prop_assert_eq!(&merge(&older, &newer).profile.display_name, "New");
        prop_assert_eq!(&merge(&newer, &older).profile.display_name, "New");
    }
}
