//! A FIT file's times made real dates: seconds from the FIT epoch as most watches write them, or,
//! below `0x10000000`, seconds from the device's power-on, which older watches write and date only
//! once, through the activity message's local time.

use chrono::{DateTime, Duration, Utc};

/// FIT counts seconds from 1989-12-31 00:00 UTC.
const FIT_EPOCH_UNIX: i64 = 631_065_600;
/// Below this a FIT time counts from the device's power-on, not from the epoch.
pub(super) const FIT_MIN_DATE: u64 = 0x1000_0000;
/// A difference between local and UTC time of more than this is a device without a set clock,
/// not a time zone.
const MAX_OFFSET_MINUTES: i64 = 14 * 60;

/// How one FIT file's times become instants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Clock {
    /// What to add to a device-relative time to make it a UTC time on the FIT clock, when the
    /// file says.
    relative_to_utc: Option<i64>,
    /// Local time minus UTC, in minutes, where known.
    pub offset_minutes: Option<i32>,
}

impl Clock {
    /// The clock of a file whose activity message, if any, gave `activity` = (timestamp,
    /// local_timestamp). `home_offset_minutes` is the runner's own offset from UTC, which places
    /// a device-relative file that gives only a local time.
    pub fn new(activity: Option<(u64, u64)>, home_offset_minutes: i32) -> Clock {
        let Some((utc, local)) = activity else {
            return Clock {
                relative_to_utc: None,
                offset_minutes: None,
            };
        };
        let (utc, local) = (utc as i64, local as i64);
        if utc >= FIT_MIN_DATE as i64 {
            let minutes = ((local - utc) as f64 / 60.0).round() as i64;
            return Clock {
                relative_to_utc: None,
                offset_minutes: (minutes.abs() <= MAX_OFFSET_MINUTES).then_some(minutes as i32),
            };
        }
        if local < FIT_MIN_DATE as i64 {
            return Clock {
                relative_to_utc: None,
                offset_minutes: None,
            };
        }
        // The activity ended at device time `utc`, which was `local` on the watch's wall clock;
        // the runner's own offset is the best guess of that wall clock's zone.
        let home = i64::from(home_offset_minutes) * 60;
        Clock {
            relative_to_utc: Some(local - home - utc),
            offset_minutes: Some(home_offset_minutes),
        }
    }

    /// The instant of the FIT time `raw`, or `None` for a device-relative time the file does not
    /// date.
    pub fn instant(&self, raw: u64) -> Option<DateTime<Utc>> {
        let raw = i64::try_from(raw).ok()?;
        let on_fit_clock = if raw >= FIT_MIN_DATE as i64 {
            raw
        } else {
            raw.checked_add(self.relative_to_utc?)?
        };
        DateTime::from_timestamp(FIT_EPOCH_UNIX.checked_add(on_fit_clock)?, 0)
    }
}

/// The seconds between two instants, never negative.
pub(super) fn seconds_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).max(Duration::zero()).num_milliseconds() as f64 / 1000.0
}
