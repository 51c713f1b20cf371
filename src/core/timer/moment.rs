//! The instant type the timer is fed: whole milliseconds since an origin the shell chooses.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// An instant, in whole milliseconds since an origin the caller picks and keeps.
///
/// Integer milliseconds rather than `DateTime<Utc>` or `std::time::Instant`: the web shell has
/// `Date.now()` (milliseconds as a float), the native shell has `SystemTime`/`chrono::Utc::now()`,
/// and both convert losslessly; `Instant` does not exist on `wasm32-unknown-unknown`. Wall-clock
/// time is the right feed on phones because it keeps counting while the device sleeps, which is
/// exactly when the timer must stay right. Whole milliseconds keep the arithmetic exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Moment(i64);

impl Moment {
    /// The instant `millis` milliseconds after the caller's origin (e.g. `Date.now()`).
    pub const fn from_millis(millis: i64) -> Self {
        Moment(millis)
    }

    /// Milliseconds since the caller's origin.
    pub const fn as_millis(self) -> i64 {
        self.0
    }

    /// Saturates instead of overflowing, so absurd inputs cannot panic.
    pub(crate) fn plus(self, millis: i64) -> Moment {
        Moment(self.0.saturating_add(millis))
    }

    /// Negative when `earlier` is in fact later (a clock set back); callers clamp.
    pub(crate) fn millis_since(self, earlier: Moment) -> i64 {
        self.0.saturating_sub(earlier.0)
    }
}

impl From<DateTime<Utc>> for Moment {
    fn from(at: DateTime<Utc>) -> Self {
        Moment(at.timestamp_millis())
    }
}
