//! Soreness follow-ups (rule 6): when Today asks, and the pressure step-down after a too-deep session.

use crate::common::{checkin, following, massage, utc};
use chrono::Duration;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::recommend::follow_up::{follow_up_due, next_recommended_pressure, too_deep};

fn general(pressure: Pressure) -> fresh_legs::core::log::LogEntry {
    massage(
        "log-general",
        utc(2026, 5, 4, 18, 0),
        MassageKind::General,
        pressure,
        None,
    )
}

#[test]
fn today_asks_at_24_and_48_hours_until_answered_and_stops_after_three_days() {
    let massage_at = utc(2026, 5, 4, 18, 0);
    let log = vec![general(Pressure::Medium)];
    let table = [
        (10, None),
        (24, Some(24)),
        (30, Some(24)),
        (48, Some(48)),
        (71, Some(48)),
        (72, None),
    ];
    for (hours, expected) in table {
        let due = follow_up_due(&log, massage_at + Duration::hours(hours));
        assert_eq!(due.as_ref().map(|f| f.checkpoint), expected, "at {hours} h");
        if let Some(due) = due {
            assert_eq!(i64::from(due.hours_since), hours);
        }
    }

    let mut answered = log.clone();
    answered.push(following(
        checkin("log-c1", massage_at + Duration::hours(22), 22, 3, false),
        "log-general",
    ));
    assert_eq!(
        follow_up_due(&answered, massage_at + Duration::hours(26)),
        None,
        "an early answer counts"
    );
    let at_48 = follow_up_due(&answered, massage_at + Duration::hours(49)).unwrap();
    assert_eq!(
        at_48.checkpoint, 48,
        "the 24 h answer does not answer the 48 h question"
    );
}

#[test]
fn only_general_massage_brings_follow_ups() {
    let log = vec![massage(
        "log-pre",
        utc(2026, 5, 4, 18, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        None,
    )];
    assert_eq!(follow_up_due(&log, utc(2026, 5, 5, 19, 0)), None);
}

#[test]
fn soreness_past_36_hours_or_bruising_steps_the_next_pressure_down() {
    let massage_at = utc(2026, 5, 4, 18, 0);
    let now = massage_at + Duration::hours(45);
    let table = [
        (Pressure::Deep, 40, 6, false, Some(Pressure::Medium)),
        (Pressure::Medium, 40, 6, false, Some(Pressure::Light)),
        (Pressure::Light, 24, 2, true, Some(Pressure::Light)),
        (Pressure::Deep, 24, 6, false, None),
        (Pressure::Deep, 40, 0, false, None),
    ];
    for (pressure, hours_after, level, bruising, expected) in table {
        let log = vec![
            general(pressure),
            following(
                checkin(
                    "log-c",
                    massage_at + Duration::hours(i64::from(hours_after)),
                    hours_after,
                    level,
                    bruising,
                ),
                "log-general",
            ),
        ];
        assert_eq!(
            next_recommended_pressure(&log, now, 36),
            expected,
            "{pressure:?} {hours_after} h level {level}"
        );
    }
}

#[test]
fn a_newer_general_massage_starts_afresh() {
    let first = utc(2026, 5, 4, 18, 0);
    let mut log = vec![
        general(Pressure::Deep),
        following(
            checkin("log-c", first + Duration::hours(40), 40, 6, false),
            "log-general",
        ),
    ];
    assert!(too_deep(&log, first + Duration::hours(41), 36).is_some());
    log.push(massage(
        "log-second",
        first + Duration::days(10),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    assert_eq!(too_deep(&log, first + Duration::days(11), 36), None);
}
