//! Time left until a race start, broken into the parts a countdown shows.

use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Utc};

/// What is left until `target` at a given instant. Both instants are absolute, so the race's own
/// time zone and daylight-saving changes are already settled when the start instant was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
    pub seconds: i64,
    /// The target has passed (or is now).
    pub started: bool,
}

impl Countdown {
    /// Whole units left, rounded down; once the target passes everything is zero and `started` is set.
    pub fn between(now: DateTime<Utc>, target: DateTime<Utc>) -> Countdown {
        let left = (target - now).num_seconds();
        if left <= 0 {
            return Countdown {
                days: 0,
                hours: 0,
                minutes: 0,
                seconds: 0,
                started: true,
            };
        }
        Countdown {
            days: left / 86_400,
            hours: left % 86_400 / 3_600,
            minutes: left % 3_600 / 60,
            seconds: left % 60,
            started: false,
        }
    }

    /// Compact text: days, hours and minutes; on the last day hours, minutes and seconds.
    pub fn text(&self) -> String {
        // As digits, two to each part under a day, so the countdown keeps its width as it ticks;
        // the days of a race years away get no thousands mark.
        let two = |value: i64| Arg::from(format!("{value:02}"));
        if self.started {
            message("races-countdown-started")
        } else if self.days > 0 {
            message_with(
                "races-countdown-days",
                &[
                    ("days", Arg::from(self.days.to_string())),
                    ("hours", two(self.hours)),
                    ("minutes", two(self.minutes)),
                ],
            )
        } else {
            message_with(
                "races-countdown-hours",
                &[
                    ("hours", two(self.hours)),
                    ("minutes", two(self.minutes)),
                    ("seconds", two(self.seconds)),
                ],
            )
        }
    }

    /// Whether the display changes every second (the last 24 hours) or every minute.
    pub fn shows_seconds(&self) -> bool {
        !self.started && self.days == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, h, m, s).unwrap()
    }

    #[test]
    fn splits_into_days_hours_minutes_and_seconds() {
        let target = Utc.with_ymd_and_hms(2026, 11, 28, 9, 30, 15).unwrap();
        let left = Countdown::between(at(8, 0, 0), target);
        assert_eq!(
            (left.days, left.hours, left.minutes, left.seconds),
            (2, 1, 30, 15)
        );
        assert_eq!(left.text(), "2d 01h 30m");
        assert!(!left.shows_seconds());
    }

    #[test]
    fn the_last_day_shows_seconds_and_a_past_start_says_started() {
        let soon = Countdown::between(at(8, 0, 0), at(8, 0, 30));
        assert_eq!(soon.text(), "00h 00m 30s");
        assert!(soon.shows_seconds());
        let gone = Countdown::between(at(9, 0, 0), at(8, 0, 0));
        assert!(gone.started);
        assert_eq!(gone.text(), "Started");
        assert_eq!(
            Countdown::between(at(8, 0, 0), at(8, 0, 0)).text(),
            "Started"
        );
    }
}
