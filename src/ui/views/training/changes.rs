//! The named changes the Training screen sends for the runner's activities: adding an import,
//! keeping a doubtful activity, removing activities (each leaving its tombstone, so a merge with
//! another copy does not bring them back) and putting them back.

use crate::core::record::RecordId;
use crate::core::training::activity::{add_new, Activity, BatchCounts};
use crate::store::{Change, Document};

/// The activities of an import not already kept, as changes, with the counts of the batch. One
/// removed earlier comes back (its tombstone lifted): the runner picked its file again.
pub fn add_import(document: &Document, found: Vec<Activity>) -> (Vec<Change>, BatchCounts) {
    let mut activities = document.activities.clone();
    let kept = activities.len();
    let counts = add_new(&mut activities, found);
    let changes = activities
        .split_off(kept)
        .into_iter()
        .map(Change::restore)
        .collect();
    (changes, counts)
}

/// Counts a doubtful activity from now on: the runner has looked and keeps it.
pub fn keep_activity(document: &Document, id: &RecordId) -> Option<Change> {
    let activity = document.activities.iter().find(|a| &a.id == id)?;
    Some(Change::put(Activity {
        doubts: Vec::new(),
        ..activity.clone()
    }))
}

/// Deletes the activities `ids`, and returns them as they were (for an undo).
pub fn remove_activities(document: &Document, ids: &[RecordId]) -> (Vec<Change>, Vec<Activity>) {
    let removed: Vec<Activity> = document
        .activities
        .iter()
        .filter(|activity| ids.contains(&activity.id))
        .cloned()
        .collect();
    let changes = removed
        .iter()
        .map(|activity| Change::Delete(activity.id.clone()))
        .collect();
    (changes, removed)
}

/// Puts removed activities back, newer than their tombstones, which go.
pub fn restore_activities(removed: Vec<Activity>) -> Vec<Change> {
    removed.into_iter().map(Change::restore).collect()
}
