//! Deletions, written once: how a change leaves a tombstone, and how a merge reads them.
//!
//! - Deleting leaves one tombstone for the id, stamped with the deletion's time; one already there
//!   for that id is replaced, so an id has at most one tombstone, its latest deletion.
//! - Restoring lifts the tombstone and stamps the record with the restore's time, later than the
//!   deletion, so a copy that still holds the tombstone keeps the record too.
//! - A merge keeps the latest tombstone per id from both copies and drops every copy of a record
//!   last changed at or before it. A record changed *after* it was deleted elsewhere survives: the
//!   later edit is the runner's latest intent, and losing an edit silently is worse than seeing a
//!   deleted record again.
//!
//! Ids never repeat across kinds (each starts with its kind), so one list serves every kind, and
//! also what has no record of its own: the runner's checklist items and dismissed proposals.

use crate::core::record::{RecordId, Tombstone};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Records the deletion of `id` at `at`, replacing an earlier tombstone for it.
pub(crate) fn bury(tombstones: &mut Vec<Tombstone>, id: RecordId, at: DateTime<Utc>) {
    lift(tombstones, &id);
    tombstones.push(Tombstone { id, deleted_at: at });
}

/// Forgets the deletion of `id`: the record is back.
pub(crate) fn lift(tombstones: &mut Vec<Tombstone>, id: &RecordId) {
    tombstones.retain(|stone| &stone.id != id);
}

/// The latest deletion time per id across both copies.
pub(crate) fn latest(a: &[Tombstone], b: &[Tombstone]) -> BTreeMap<RecordId, DateTime<Utc>> {
    let mut latest = BTreeMap::new();
    for stone in a.iter().chain(b) {
        latest
            .entry(stone.id.clone())
            .and_modify(|at: &mut DateTime<Utc>| *at = (*at).max(stone.deleted_at))
            .or_insert(stone.deleted_at);
    }
    latest
}

/// Whether a record `id` last changed at `changed_at` outlives the deletions in `latest`.
pub(crate) fn survives(
    latest: &BTreeMap<RecordId, DateTime<Utc>>,
    id: &RecordId,
    changed_at: DateTime<Utc>,
) -> bool {
    latest
        .get(id)
        .is_none_or(|deleted_at| changed_at > *deleted_at)
}
