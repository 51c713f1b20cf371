//! Merging two copies of the runner's data (say, the desktop's and the phone's) record by record.
//!
//! The rules, chosen so the result never depends on which copy is "ours":
//! - Records are matched by id in each collection; the copy with the later `updated_at` wins.
//! - Deletions follow the tombstone rules in `tombstones`, which are also where changes write
//!   them: the latest per id is kept, so a third, older copy cannot bring a record back.
//! - The profile with the later `updated_at` wins.
//! - Exact ties (same id, same time, different content, e.g. from a faulty clock) are broken by
//!   the records' JSON text, so both directions still pick the same one.
//! - Collections come out sorted by id, so `merge(a, b) == merge(b, a)`.
//! - Set-aside records from both are kept, each once.
//! - The later of the two "replaced at" times is kept; `sync::reconcile` reads it, not this merge.

use crate::core::record::{Record, RecordId, Tombstone};
use crate::store::document::Document;
use crate::store::kinds::merge_sections;
use crate::store::set_aside::SetAsideRecord;
use crate::store::tombstones;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The one rule for two versions of the same thing: the one changed at `b_at` wins over the
/// one changed at `a_at` if it changed later, or at the same time with the larger JSON text
/// (`texts` gives both, and is only asked on a tie).
fn second_wins(
    a_at: DateTime<Utc>,
    b_at: DateTime<Utc>,
    texts: impl FnOnce() -> (String, String),
) -> bool {
    let by_text = || {
        let (a, b) = texts();
        a.cmp(&b)
    };
    a_at.cmp(&b_at).then_with(by_text) == Ordering::Less
}

/// Which of two versions of the same thing wins (see `second_wins`).
fn newer<T: Serialize>(a: T, a_at: DateTime<Utc>, b: T, b_at: DateTime<Utc>) -> T {
    let text = |value: &T| serde_json::to_string(value).unwrap_or_default();
    if second_wins(a_at, b_at, || (text(&a), text(&b))) {
        b
    } else {
        a
    }
}

/// One collection: the winning version per id, minus records deleted after their last change.
/// Only the cloning of the winners is per record type; choosing them works on ids, times and
/// indices and is compiled once for every collection (the web bundle carried seven copies of
/// the map code otherwise).
pub(crate) fn merge_records<T: Record + Serialize + Clone>(
    a: &[T],
    b: &[T],
    tombstones: &BTreeMap<RecordId, DateTime<Utc>>,
) -> Vec<T> {
    let all: Vec<&T> = a.iter().chain(b).collect();
    let stamps: Vec<(&RecordId, DateTime<Utc>)> = all
        .iter()
        .map(|record| (record.id(), record.updated_at()))
        .collect();
    let text = |index: usize| serde_json::to_string(all[index]).unwrap_or_default();
    winners(&stamps, &text, tombstones)
        .into_iter()
        .map(|index| all[index].clone())
        .collect()
}

/// Which of the records (by id and last change, in the order met) win, as indices sorted by
/// id: per id the one `second_wins` picks (`text` of an index on a tie), unless a tombstone
/// deleted it at or after that change.
fn winners(
    stamps: &[(&RecordId, DateTime<Utc>)],
    text: &dyn Fn(usize) -> String,
    tombstones: &BTreeMap<RecordId, DateTime<Utc>>,
) -> Vec<usize> {
    let mut chosen: BTreeMap<&RecordId, usize> = BTreeMap::new();
    for (index, (id, at)) in stamps.iter().enumerate() {
        let pick = match chosen.get(id) {
            Some(&current)
                if !second_wins(stamps[current].1, *at, || (text(current), text(index))) =>
            {
                current
            }
            _ => index,
        };
        chosen.insert(id, pick);
    }
    chosen
        .into_values()
        .filter(|&index| {
            let (id, at) = stamps[index];
            tombstones::survives(tombstones, id, at)
        })
        .collect()
}

/// Both copies combined (see the module docs for the rules). The result has this build's
/// schema version (the default document's); both inputs must already be parsed (and so
/// migrated) documents.
pub fn merge(a: &Document, b: &Document) -> Document {
    let latest = tombstones::latest(&a.tombstones, &b.tombstones);
    let mut merged = Document {
        profile: newer(
            a.profile.clone(),
            a.profile.updated_at,
            b.profile.clone(),
            b.profile.updated_at,
        ),
        set_aside: merged_set_aside(&a.set_aside, &b.set_aside),
        replaced_at: a.replaced_at.max(b.replaced_at),
        ..Document::default()
    };
    merge_sections(a, b, &latest, &mut merged);
    merged.tombstones = latest
        .into_iter()
        .map(|(id, deleted_at)| Tombstone { id, deleted_at })
        .collect();
    merged
}

/// Both copies' set-aside records, each once (sorted by their JSON text, so the order never
/// depends on which copy is which); one dismissed in either copy stays dismissed.
fn merged_set_aside(a: &[SetAsideRecord], b: &[SetAsideRecord]) -> Vec<SetAsideRecord> {
    let mut by_content: BTreeMap<String, SetAsideRecord> = BTreeMap::new();
    for record in a.iter().chain(b) {
        let key = serde_json::to_string(&(&record.section, &record.reason, &record.record))
            .unwrap_or_default();
        by_content
            .entry(key)
            .and_modify(|kept| kept.dismissed |= record.dismissed)
            .or_insert_with(|| record.clone());
    }
    by_content.into_values().collect()
}
