//! Helpers for the `today()` table tests: the day at an instant, and what it recommends, holds back
//! and warns about.

use super::{Data, LONDON};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::recommend::today::{today, Day};
use fresh_legs::core::recommend::{Notice, Reason};

pub fn day_in(data: &Data, now: DateTime<Utc>, tz: Tz) -> Day {
    today(&data.inputs(), now, tz)
}

pub fn day_at(data: &Data, now: DateTime<Utc>) -> Day {
    day_in(data, now, LONDON)
}

pub fn kinds(day: &Day) -> Vec<MassageKind> {
    day.recommendations.iter().map(|rec| rec.kind).collect()
}

pub fn withheld(day: &Day, kind: MassageKind) -> Option<&Reason> {
    day.withheld
        .iter()
        .find(|w| w.kind == kind)
        .map(|w| &w.reason)
}

pub fn recommendation(
    day: &Day,
    kind: MassageKind,
) -> &fresh_legs::core::recommend::today::Recommendation {
    day.recommendations
        .iter()
        .find(|rec| rec.kind == kind)
        .unwrap_or_else(|| panic!("a {kind:?} recommendation in {:?}", day.recommendations))
}

pub fn warning_rules(day: &Day) -> Vec<u8> {
    day.warnings.iter().map(Notice::rule).collect()
}
