//! Adding a batch of imported activities to those kept, without doubles.

use crate::core::training::activity::Activity;
use chrono::Duration;

/// How far apart two recordings of one activity may start: a watch's file and the app it synced
/// to round the start differently.
const SAME_START: Duration = Duration::minutes(2);
/// How far apart their durations may be, as a share: auto-pause and trimming differ a little.
const SAME_DURATION: f64 = 0.05;

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
    let starts = (a.start - b.start).abs() <= SAME_START;
    let (long, short) = (
        a.duration_s.max(b.duration_s),
        a.duration_s.min(b.duration_s),
    );
    starts && f64::from(long - short) <= SAME_DURATION * f64::from(long)
}

/// Adds each of `incoming` that is not already in `kept` (nor earlier in `incoming`).
pub fn add_new(kept: &mut Vec<Activity>, incoming: Vec<Activity>) -> BatchCounts {
    let mut counts = BatchCounts::default();
    for activity in incoming {
        if kept.iter().any(|old| same_activity(old, &activity)) {
            counts.already_had += 1;
        } else {
            kept.push(activity);
            counts.added += 1;
        }
    }
    counts
}
