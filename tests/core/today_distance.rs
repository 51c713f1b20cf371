//! Rule 5's refinement on Today: windows widen with distance. Deep work stops at least 5 days
//! before a marathon or longer whatever its priority, and waits longer after a marathon (120 h)
//! and an ultra (168 h); the reasons carry the figures.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::race::{Priority, RaceLength};
use fresh_legs::core::recommend::Reason;

#[test]
fn four_days_before_a_c_marathon_deep_work_has_stopped_but_not_before_a_c_10k() {
    let now = local(LONDON, 2026, 9, 16, 10, 0);
    let mut ten_k = Data::with_races(vec![race(
        "t",
        date(2026, 9, 20),
        9,
        LONDON,
        10.0,
        Priority::C,
    )]);
    // Room for the race's own sessions and general work: only the windows decide.
    ten_k.profile.massage_budget_per_month = 4;
    assert!(kinds(&day_at(&ten_k, now)).contains(&MassageKind::General));

    let marathon = Data::with_races(vec![race(
        "m",
        date(2026, 9, 20),
        9,
        LONDON,
        42.195,
        Priority::C,
    )]);
    let day = day_at(&marathon, now);
    assert!(!kinds(&day).contains(&MassageKind::General));
    assert_eq!(
        withheld(&day, MassageKind::General),
        Some(&Reason::DeepWorkCutoff {
            race: "m race".into(),
            priority: Priority::C,
            length: RaceLength::Marathon,
            days: 5,
        })
    );
}

#[test]
fn after_a_100_km_ultra_deep_work_waits_a_week() {
    let data = Data::with_races(vec![race(
        "u",
        date(2026, 9, 19),
        6,
        LONDON,
        100.0,
        Priority::B,
    )]);
    let finish = data.races[0].estimated_finish();
    let four_days_on = day_at(&data, finish + Duration::hours(100));
    assert_eq!(
        withheld(&four_days_on, MassageKind::General),
        Some(&Reason::PostRaceGap {
            race: "u race".into(),
            length: RaceLength::Ultra,
            hours: 168,
        })
    );
    let a_week_on = day_at(&data, finish + Duration::hours(24 * 8));
    assert!(kinds(&a_week_on).contains(&MassageKind::General));
}
