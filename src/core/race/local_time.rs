//! Turning a runner's wall-clock times into instants, correctly across daylight-saving changes.

use crate::core::zone::Zone;
use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};

/// The instant a local wall-clock time names in `tz`.
///
/// A time that falls in a spring-forward gap never happens, so it resolves to the first instant after
/// the gap (the moment the clocks jump to). A time that happens twice in a fall-back overlap resolves to
/// the earlier one, because for a race start the earlier reading is the one that must not be missed.
pub fn resolve_local(tz: Zone, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(first, second) => first.min(second).with_timezone(&Utc),
        LocalResult::None => end_of_gap(tz, local),
    }
}

/// The two instants a wall-clock time names when it happens twice (the night the clocks go
/// back), earlier first; `None` for any other time.
pub fn repeated_hour(tz: Zone, local: NaiveDateTime) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    match tz.from_local_datetime(&local) {
        LocalResult::Ambiguous(a, b) => {
            let (a, b) = (a.with_timezone(&Utc), b.with_timezone(&Utc));
            Some((a.min(b), a.max(b)))
        }
        _ => None,
    }
}

/// The first instant whose local reading is at or after `local`, for a `local` inside a gap.
fn end_of_gap(tz: Zone, local: NaiveDateTime) -> DateTime<Utc> {
    // Offsets two days either side bracket the transition; gaps (even Samoa's skipped day) are shorter.
    let margin = Duration::days(2);
    let before = tz
        .offset_from_utc_datetime(&(local - margin))
        .fix()
        .local_minus_utc();
    let after = tz
        .offset_from_utc_datetime(&(local + margin))
        .fix()
        .local_minus_utc();
    let wall = local.and_utc().timestamp();
    let reaches = |secs: i64| -> bool {
        DateTime::from_timestamp(secs, 0)
            .map(|at| at.with_timezone(&tz).naive_local() >= local)
            .unwrap_or(true)
    };
    // Binary search over whole seconds: every tz-database transition falls on a whole second.
    let mut lo = wall - i64::from(before.max(after));
    let mut hi = wall - i64::from(before.min(after));
    if reaches(lo) {
        return DateTime::from_timestamp(lo, 0).unwrap_or(DateTime::<Utc>::MIN_UTC);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if reaches(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    DateTime::from_timestamp(hi, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// The instant a local calendar day starts in `tz` (not always 00:00: some zones skip midnight).
pub fn start_of_day(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    resolve_local(tz, date.and_time(chrono::NaiveTime::MIN))
}

/// The instants a local calendar day runs between in `tz`: `[start, end)`. Not always 24 hours long.
pub fn day_span(tz: Zone, date: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let end = date
        .succ_opt()
        .map_or(DateTime::<Utc>::MAX_UTC, |next| start_of_day(tz, next));
    (start_of_day(tz, date), end)
}

/// The calendar date `at` falls on for someone living in `tz`.
pub fn local_date(tz: Zone, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}
