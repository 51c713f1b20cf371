//! Rule 11: deep (general) sessions are spaced by the runner's setting (default 7 days, never
//! under 3), counting sessions had and sessions booked, on Today and in the season plan alike.

use crate::common::today::*;
use crate::common::*;
use chrono::Datelike;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::Reason;

fn general_at(id: &str, at: chrono::DateTime<chrono::Utc>) -> fresh_legs::core::log::LogEntry {
    massage(id, at, MassageKind::General, Pressure::Medium, None)
}

#[test]
fn a_general_massage_booked_within_the_spacing_keeps_today_clear_and_says_so() {
    let now = local(LONDON, 2026, 5, 12, 9, 0);
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 4;
    assert!(kinds(&day_at(&data, now)).contains(&MassageKind::General));

    data.log
        .push(general_at("booked", local(LONDON, 2026, 5, 15, 18, 0)));
    let day = day_at(&data, now);
    assert!(
        !kinds(&day).contains(&MassageKind::General),
        "{:?}",
        day.recommendations
    );
    assert_eq!(
        withheld(&day, MassageKind::General),
        Some(&Reason::BookedWithinSpacing {
            days_ahead: 3,
            spacing: 7
        })
    );

    // Booked a week or more ahead, today is still free for one.
    data.log[0] = general_at("booked", local(LONDON, 2026, 5, 19, 18, 0));
    assert!(kinds(&day_at(&data, now)).contains(&MassageKind::General));
}

#[test]
fn the_spacing_is_the_runners_and_never_under_the_budgets_rhythm() {
    let now = local(LONDON, 2026, 5, 12, 9, 0);
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 8; // rhythm of 28 / 8 = 3 days
    data.log
        .push(general_at("had", local(LONDON, 2026, 5, 8, 9, 0)));
    data.profile.general_spacing_days = 3;
    assert!(
        kinds(&day_at(&data, now)).contains(&MassageKind::General),
        "4 days on, spacing 3"
    );
    data.profile.general_spacing_days = 7;
    assert_eq!(
        withheld(&day_at(&data, now), MassageKind::General),
        Some(&Reason::TooSoonSinceLast {
            days: 4,
            spacing: 7
        })
    );
}

/// The plan books no general session within the spacing of one had or booked, and its own are
/// spaced too; the gaps are measured here on the calendar, not with the plan's own helpers.
#[test]
fn the_plan_keeps_its_general_sessions_apart_from_each_other_and_from_the_log() {
    for spacing in [3u8, 7, 10, 28] {
        let mut data = Data::default();
        data.profile.massage_budget_per_month = 8;
        data.profile.general_spacing_days = spacing;
        data.log
            .push(general_at("booked", local(LONDON, 2026, 3, 14, 18, 0)));
        data.log
            .push(general_at("had", local(LONDON, 2026, 2, 27, 9, 0)));
        let sessions = plan(&data.inputs(), date(2026, 3, 1), date(2026, 4, 30), LONDON);
        let planned: Vec<_> = sessions
            .iter()
            .filter(|s| s.kind == MassageKind::General)
            .map(|s| s.date)
            .collect();
        assert!(
            !planned.is_empty(),
            "spacing {spacing}: a generous budget plans sessions"
        );
        let logged = [date(2026, 3, 14), date(2026, 2, 27)];
        for (i, day) in planned.iter().enumerate() {
            let others = planned
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, d)| d);
            for other in others.chain(logged.iter()) {
                let apart = (day.num_days_from_ce() - other.num_days_from_ce()).abs();
                assert!(
                    apart >= i32::from(spacing),
                    "spacing {spacing}: {day} and {other} are {apart} days apart"
                );
            }
        }
    }
}
