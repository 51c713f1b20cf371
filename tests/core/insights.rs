//! Insights: sessions per week, the home-care streak and professional sessions per block.

use crate::common::{block, checkin, date, massage, utc, LONDON};
use chrono::{DateTime, Utc};
use fresh_legs::core::log::insights::{
    home_care_streak, sessions_per_block, sessions_per_week, week_start, CHART_WEEKS,
};
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::BlockKind;

fn roll(id: &str, at: DateTime<Utc>) -> LogEntry {
    LogEntry {
        id: RecordId(id.into()),
        updated_at: at,
        at,
        kind: LogKind::SelfMassage {
            routine_name: "Calf roll".into(),
            seconds: 360,
        },
    }
}

/// Wednesday 2026-06-10, noon in London.
fn now() -> DateTime<Utc> {
    utc(2026, 6, 10, 11, 0)
}

#[test]
fn weeks_start_on_monday() {
    assert_eq!(week_start(date(2026, 6, 10)), date(2026, 6, 8));
    assert_eq!(week_start(date(2026, 6, 8)), date(2026, 6, 8));
    assert_eq!(week_start(date(2026, 6, 14)), date(2026, 6, 8));
    assert_eq!(
        week_start(date(2024, 3, 1)),
        date(2024, 2, 26),
        "across a leap day"
    );
}

#[test]
fn sessions_are_counted_per_local_week_for_26_weeks() {
    let log = vec![
        massage(
            "log-1",
            utc(2026, 6, 9, 9, 0),
            MassageKind::General,
            Pressure::Medium,
            None,
        ),
        roll("log-2", utc(2026, 6, 8, 7, 0)),
        // Sunday 22:30 UTC is 23:30 in London (summer time): still the previous week.
        roll("log-3", utc(2026, 6, 7, 22, 30)),
        // Monday 00:30 in London (Sunday 23:30 UTC) belongs to this week.
        roll("log-4", utc(2026, 6, 7, 23, 30)),
        checkin("log-5", utc(2026, 6, 9, 9, 0), 24, 2, false),
        roll("log-old", utc(2025, 12, 1, 9, 0)),
        massage(
            "log-booked",
            utc(2026, 6, 12, 9, 0),
            MassageKind::General,
            Pressure::Medium,
            None,
        ),
    ];
    let weeks = sessions_per_week(&log, now(), LONDON);
    assert_eq!(weeks.len(), CHART_WEEKS);
    assert_eq!(weeks[0].week_start, date(2025, 12, 15));
    let last = weeks[CHART_WEEKS - 1];
    assert_eq!(last.week_start, date(2026, 6, 8));
    assert_eq!(
        (last.professional, last.home),
        (1, 2),
        "check-ins and booked sessions do not count"
    );
    assert_eq!(weeks[CHART_WEEKS - 2].home, 1);
    assert_eq!(
        weeks.iter().map(|w| w.total()).sum::<u32>(),
        4,
        "older weeks fall off the chart"
    );
}

#[test]
fn the_streak_counts_back_from_this_week_and_forgives_a_week_not_yet_over() {
    let weekly = |weeks: &[i64]| -> Vec<LogEntry> {
        weeks
            .iter()
            .map(|back| {
                roll(
                    &format!("log-{back}"),
                    now() - chrono::Duration::weeks(*back),
                )
            })
            .collect()
    };
    assert_eq!(home_care_streak(&weekly(&[0, 1, 2]), now(), LONDON), 3);
    assert_eq!(
        home_care_streak(&weekly(&[1, 2]), now(), LONDON),
        2,
        "this week is not over"
    );
    assert_eq!(
        home_care_streak(&weekly(&[0, 2, 3]), now(), LONDON),
        1,
        "a missed week ends it"
    );
    assert_eq!(home_care_streak(&weekly(&[2, 3]), now(), LONDON), 0);
    assert_eq!(home_care_streak(&[], now(), LONDON), 0);
    let therapist = vec![massage(
        "log-t",
        now(),
        MassageKind::General,
        Pressure::Medium,
        None,
    )];
    assert_eq!(
        home_care_streak(&therapist, now(), LONDON),
        0,
        "a therapist session is not home care"
    );
}

#[test]
fn professional_sessions_are_counted_per_block_against_the_budget() {
    let blocks = vec![
        block(
            "block-peak",
            date(2026, 3, 2),
            date(2026, 4, 26),
            BlockKind::Peak,
            true,
        ),
        block(
            "block-base",
            date(2026, 1, 5),
            date(2026, 3, 1),
            BlockKind::Base,
            false,
        ),
    ];
    let log = vec![
        massage(
            "log-1",
            utc(2026, 3, 10, 9, 0),
            MassageKind::General,
            Pressure::Deep,
            None,
        ),
        massage(
            "log-2",
            utc(2026, 3, 24, 9, 0),
            MassageKind::General,
            Pressure::Deep,
            None,
        ),
        massage(
            "log-3",
            utc(2026, 4, 7, 9, 0),
            MassageKind::General,
            Pressure::Deep,
            None,
        ),
        roll("log-home", utc(2026, 3, 11, 9, 0)),
        massage(
            "log-4",
            utc(2026, 2, 2, 9, 0),
            MassageKind::General,
            Pressure::Medium,
            None,
        ),
    ];
    let usage = sessions_per_block(&blocks, &log, 1, LONDON);
    assert_eq!(usage[0].block_id.as_str(), "block-base", "in date order");
    assert_eq!((usage[0].sessions, usage[0].budget), (1, 2));
    assert_eq!(
        (usage[1].sessions, usage[1].budget),
        (3, 2),
        "56 days of a one-a-month budget"
    );
    assert!(usage[1].over_budget());
    assert!(!usage[0].over_budget());
}
