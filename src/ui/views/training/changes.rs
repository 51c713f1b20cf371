//! The changes the Training screen makes to the runner's activities, each one function over the
//! document: adding an import, keeping a doubtful activity, removing activities (with the
//! tombstones every deletion leaves, so a merge with another copy does not bring them back) and
//! putting them back. Kept apart from the screens so each can become a named store change.

use crate::core::record::{RecordId, Tombstone};
use crate::core::training::activity::{add_new, Activity, BatchCounts};
use crate::store::Document;
use chrono::{DateTime, Utc};

/// Adds the activities of an import that are not already kept. One removed earlier comes back:
/// the runner picked its file again.
pub fn add_import(document: &mut Document, found: Vec<Activity>) -> BatchCounts {
    let before = document.activities.len();
    let counts = add_new(&mut document.activities, found);
    let added: Vec<&RecordId> = document.activities[before..]
        .iter()
        .map(|a| &a.id)
        .collect();
    document
        .tombstones
        .retain(|stone| !added.contains(&&stone.id));
    counts
}

/// Counts a doubtful activity from now on: the runner has looked and keeps it.
pub fn keep_activity(document: &mut Document, id: &RecordId, now: DateTime<Utc>) {
    if let Some(activity) = document.activities.iter_mut().find(|a| &a.id == id) {
        activity.doubts.clear();
        activity.updated_at = now;
    }
}

/// Takes the activities `ids` out, leaving a tombstone for each, and returns them as they were
/// (for an undo).
pub fn remove_activities(
    document: &mut Document,
    ids: &[RecordId],
    now: DateTime<Utc>,
) -> Vec<Activity> {
    let (removed, kept) = std::mem::take(&mut document.activities)
        .into_iter()
        .partition(|activity| ids.contains(&activity.id));
    document.activities = kept;
    document.tombstones.retain(|stone| !ids.contains(&stone.id));
    document
        .tombstones
        .extend(removed.iter().map(|activity: &Activity| Tombstone {
            id: activity.id.clone(),
            deleted_at: now,
        }));
    removed
}

/// Puts removed activities back, newer than their tombstones, which go.
pub fn restore_activities(document: &mut Document, removed: Vec<Activity>, now: DateTime<Utc>) {
    let ids: Vec<RecordId> = removed.iter().map(|a| a.id.clone()).collect();
    document.tombstones.retain(|stone| !ids.contains(&stone.id));
    document
        .activities
        .extend(removed.into_iter().map(|activity| Activity {
            updated_at: now,
            ..activity
        }));
}
