//! Adding a batch of imported activities to those kept, without doubles.

use crate::core::record::RecordId;
use crate::core::training::activity::Activity;
use chrono::{DateTime, Duration, Utc};
use std::collections::{BTreeMap, HashSet};

/// How far apart two recordings of one activity may start: a watch's file and the app it synced
/// to round the start differently.
const SAME_START: Duration = Duration::minutes(2);
/// How far apart their durations may be, as a share: auto-pause and trimming differ a little.
const SAME_DURATION: f64 = 0.05;
/// How far apart their distances may be, as a share: the same track, smoothed differently.
/// Distance decides where both have one, because one copy may count the stops (elapsed time)
/// and the other not (timer time).
const SAME_DISTANCE: f64 = 0.03;

/// What a batch added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchCounts {
    pub added: usize,
    /// Already kept: the same file again, or the same activity from another source (the watch's
    /// FIT file and the Strava archive's copy of it).
    pub already_had: usize,
}

/// Whether `a` and `b` are one activity: the same id, or the same start and length.
pub fn same_activity(a: &Activity, b: &Activity) -> bool {
    if a.id == b.id {
        return true;
    }
    let close = |x: u32, y: u32, share: f64| {
        let (long, short) = (x.max(y), x.min(y));
        f64::from(long - short) <= share * f64::from(long)
    };
    (a.start - b.start).abs() <= SAME_START
        && match (a.distance_m, b.distance_m) {
            (Some(x), Some(y)) => close(x, y, SAME_DISTANCE),
            _ => close(a.duration_s, b.duration_s, SAME_DURATION),
        }
}

/// Adds each of `incoming` that is not already in `kept` (nor earlier in `incoming`). Each is
/// compared only with those starting within [`SAME_START`] of it, so a file of thousands of legs
/// adds in time that grows with their number, not its square.
pub fn add_new(kept: &mut Vec<Activity>, incoming: Vec<Activity>) -> BatchCounts {
    let mut ids: HashSet<RecordId> = kept.iter().map(|a| a.id.clone()).collect();
    let mut by_start: BTreeMap<DateTime<Utc>, Vec<usize>> = BTreeMap::new();
    for (index, activity) in kept.iter().enumerate() {
        by_start.entry(activity.start).or_default().push(index);
    }
    let mut counts = BatchCounts::default();
    for activity in incoming {
        let window = activity.start - SAME_START..=activity.start + SAME_START;
        let known = ids.contains(&activity.id)
            || by_start
                .range(window)
                .flat_map(|(_, indices)| indices)
                .any(|&index| same_activity(&kept[index], &activity));
        if known {
            counts.already_had += 1;
        } else {
            ids.insert(activity.id.clone());
            by_start.entry(activity.start).or_default().push(kept.len());
            kept.push(activity);
            counts.added += 1;
        }
    }
    counts
}
