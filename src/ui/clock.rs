//! The UI's only window on the wall clock, so the core never reads it and tests can avoid it.

use chrono::{DateTime, Utc};

/// The current instant (on the web, from the browser's `Date`).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A compact timestamp for naming set-aside data, e.g. `20261126T093000Z`.
pub fn file_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}
