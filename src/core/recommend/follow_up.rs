//! Soreness follow-ups after general work (rule 6): when to ask how sore the runner is, what the
//! answers mean, and how firm the next session should be.

use crate::core::log::{LogEntry, LogKind};
use crate::core::massage::{MassageKind, Pressure};
use crate::core::record::RecordId;
use chrono::{DateTime, Duration, Utc};

/// Soreness still this strong (0–10) past the runner's limit means the work was too deep; a
/// trace of 1 or 2 on day two is ordinary and never flags a session (rule 6's floor).
pub const TOO_DEEP_LEVEL: u8 = 3;
/// A check-in follows the latest general massage of this many hours before it by default.
pub const FOLLOWS_WITHIN_HOURS: i64 = 72;

/// Hours after a general massage at which Today asks how sore the runner is.
pub const CHECKPOINT_HOURS: [u16; 2] = [24, 48];

/// A check-in this many hours before a checkpoint already answers it (runners check in early).
const CHECKPOINT_SLACK_HOURS: i64 = 6;

/// A question Today should ask: how sore is the runner `hours` after their general massage?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The massage asked about; the answer names it.
    pub massage_id: RecordId,
    /// When the massage was.
    pub massage_at: DateTime<Utc>,
    /// The checkpoint being asked about (24 or 48).
    pub checkpoint: u16,
    /// Whole hours since the massage, to store with the answer.
    pub hours_since: u16,
}

/// The latest general massage at or before `now`, if any. Two logged for the same minute are
/// told apart by id, so the answer never depends on the order of the log.
pub fn last_general(log: &[LogEntry], now: DateTime<Utc>) -> Option<&LogEntry> {
    log.iter()
        .filter(|entry| entry.massage_kind() == Some(MassageKind::General) && entry.at <= now)
        .max_by_key(|entry| (entry.at, &entry.id))
}

/// The follow-up question due at `now`: the latest checkpoint passed since the last general
/// massage, unless a check-in already answered it. After the last checkpoint's day has passed the
/// question is dropped: a late answer says little about how the work felt.
pub fn follow_up_due(log: &[LogEntry], now: DateTime<Utc>) -> Option<FollowUp> {
    let massage = last_general(log, now)?;
    let elapsed = now - massage.at;
    let last = *CHECKPOINT_HOURS.last()?;
    if elapsed >= Duration::hours(i64::from(last) + 24) {
        return None;
    }
    let checkpoint = CHECKPOINT_HOURS
        .into_iter()
        .rev()
        .find(|hours| elapsed >= Duration::hours(i64::from(*hours)))?;
    let answered_from =
        massage.at + Duration::hours(i64::from(checkpoint) - CHECKPOINT_SLACK_HOURS);
    let answered = log
        .iter()
        .any(|entry| follows(entry, &massage.id) && answered_from <= entry.at && entry.at <= now);
    (!answered).then(|| FollowUp {
        massage_id: massage.id.clone(),
        massage_at: massage.at,
        checkpoint,
        hours_since: crate::core::log::hours_after(massage.at, now).unwrap_or_default(),
    })
}

/// Whether `entry` is a soreness check-in that names the massage `massage_id`.
fn follows(entry: &LogEntry, massage_id: &RecordId) -> bool {
    matches!(&entry.kind, LogKind::SorenessCheckIn { after: Some(id), .. } if id == massage_id)
}

/// The massage a new check-in at `at` follows unless the runner picks another: the latest general
/// massage in the 72 hours before it, or none (soreness after a race or a hard run).
pub fn default_massage_for_check_in(log: &[LogEntry], at: DateTime<Utc>) -> Option<&LogEntry> {
    last_general(log, at).filter(|massage| at - massage.at <= Duration::hours(FOLLOWS_WITHIN_HOURS))
}

/// What the check-ins naming the last general massage say (rule 6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    /// The pressure that massage was logged with.
    pub pressure: Pressure,
    /// The runner's soreness limit the check-ins were judged against, in hours.
    pub limit_hours: u16,
    /// Some soreness was still there past the limit.
    pub lasted_too_long: bool,
    pub bruised: bool,
}

impl TooDeep {
    /// The pressure to ask for next time: one step lighter than last time.
    pub fn next_pressure(&self) -> Pressure {
        self.pressure.lighter()
    }
}

/// Whether the most recent general massage was too deep: a check-in naming it (up to `now`) with
/// bruising, or with soreness of [`TOO_DEEP_LEVEL`] or more past `limit_hours`. Only check-ins that
/// follow that massage count; a newer general massage starts the question afresh.
pub fn too_deep(log: &[LogEntry], now: DateTime<Utc>, limit_hours: u16) -> Option<TooDeep> {
    let massage = last_general(log, now)?;
    let pressure = match massage.kind {
        LogKind::MassageReceived { pressure, .. } => pressure,
        _ => return None,
    };
    let (lasted_too_long, bruised) = log
        .iter()
        .filter(|entry| follows(entry, &massage.id) && entry.at <= now)
        .fold((false, false), |(too_long, bruised), entry| {
            match entry.kind {
                LogKind::SorenessCheckIn {
                    hours_after,
                    level,
                    bruising,
                    ..
                } => (
                    too_long || (hours_after > limit_hours && level >= TOO_DEEP_LEVEL),
                    bruised || bruising,
                ),
                _ => (too_long, bruised),
            }
        });
    (lasted_too_long || bruised).then_some(TooDeep {
        pressure,
        limit_hours,
        lasted_too_long,
        bruised,
    })
}

/// The pressure to ask for at the next general massage, when the last one was too deep.
pub fn next_recommended_pressure(
    log: &[LogEntry],
    now: DateTime<Utc>,
    limit_hours: u16,
) -> Option<Pressure> {
    too_deep(log, now, limit_hours).map(|finding| finding.next_pressure())
}
