//! Table tests for `today()` on the care side: warnings (rules 2, 4, 6, 7), injuries, the budget
//! and the soreness follow-up, over fixed dates.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::body::{BodyArea, ToolsOwned};
use fresh_legs::core::log::PreEventFor;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::today::Place;
use fresh_legs::core::recommend::{Advice, Notice, Reason};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::catalog::{builtin, PRE_RACE_FLUSH};

#[test]
fn rule_2_warns_about_an_untried_pre_event_approach() {
    let base = Data::with_races(vec![race(
        "a",
        date(2026, 7, 5),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    let now = local(LONDON, 2026, 6, 5, 10, 0);
    assert_eq!(warning_rules(&day_at(&base, now)), [2]);

    let mut tried = base.clone();
    tried.log.push(massage(
        "m",
        utc(2026, 5, 1, 9, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        Some(PreEventFor::Workout),
    ));
    assert!(day_at(&tried, now).warnings.is_empty());

    let mut compression = tried.clone();
    compression.profile.pre_event_preference = PreEventPreference::Compression;
    assert_eq!(
        warning_rules(&day_at(&compression, now)),
        [2],
        "a light flush is not compression"
    );

    let mut only_for_this_race = base.clone();
    only_for_this_race.log.push(massage(
        "m",
        utc(2026, 5, 1, 9, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        Some(PreEventFor::Race {
            race_id: RecordId("a".into()),
        }),
    ));
    assert_eq!(warning_rules(&day_at(&only_for_this_race, now)), [2]);

    let mut no_touch = base.clone();
    no_touch.profile.pre_event_preference = PreEventPreference::NoTouch { days: 3 };
    assert!(day_at(&no_touch, now).warnings.is_empty());
}

#[test]
fn rule_6_flags_soreness_past_36_hours_or_bruising_until_the_next_general_massage() {
    let general = massage(
        "g",
        utc(2026, 5, 1, 9, 0),
        MassageKind::General,
        Pressure::Deep,
        None,
    );
    let now = utc(2026, 5, 4, 9, 0);
    // (hours after, level, bruising, warned)
    let cases = [
        (48, 3, false, true),
        (30, 5, false, false),
        (48, 0, false, false),
        (20, 1, true, true),
    ];
    for (hours, level, bruising, warned) in cases {
        let data = Data {
            log: vec![
                general.clone(),
                following(
                    checkin("c", utc(2026, 5, 3, 9, 0), hours, level, bruising),
                    "g",
                ),
            ],
            ..Data::default()
        };
        let day = day_at(&data, now);
        assert_eq!(
            warning_rules(&day) == [6],
            warned,
            "{hours} h, level {level}, bruising {bruising}"
        );
    }
    let mut data = Data {
        log: vec![
            general,
            following(checkin("c", utc(2026, 5, 3, 9, 0), 48, 4, true), "g"),
        ],
        ..Data::default()
    };
    assert!(matches!(
        day_at(&data, now).warnings[0],
        Notice::TooDeep {
            lasted_too_long: true,
            bruised: true,
            ..
        }
    ));
    data.log.push(massage(
        "g2",
        utc(2026, 5, 3, 18, 0),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    assert!(
        day_at(&data, now).warnings.is_empty(),
        "a newer session clears the flag"
    );
}

#[test]
fn rule_4_warns_about_general_work_had_or_booked_inside_a_cut_off() {
    let tried = massage(
        "t",
        utc(2026, 1, 1, 9, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        Some(PreEventFor::Workout),
    );
    let cases = [
        (
            utc(2026, 6, 17, 9, 0),
            local(LONDON, 2026, 6, 18, 10, 0),
            Some(false),
        ),
        (
            utc(2026, 6, 19, 9, 0),
            local(LONDON, 2026, 6, 10, 10, 0),
            Some(true),
        ),
        (
            utc(2026, 6, 10, 9, 0),
            local(LONDON, 2026, 6, 12, 10, 0),
            None,
        ),
    ];
    for (massage_at, now, expected) in cases {
        let mut data = Data::with_races(vec![race(
            "a",
            date(2026, 6, 20),
            9,
            LONDON,
            42.2,
            Priority::A,
        )]);
        data.log = vec![
            tried.clone(),
            massage("g", massage_at, MassageKind::General, Pressure::Deep, None),
        ];
        let day = day_at(&data, now);
        let booked = day.warnings.iter().find_map(|w| match w {
            Notice::GeneralInsideWindow { booked, .. } => Some(*booked),
            _ => None,
        });
        assert_eq!(booked, expected, "{massage_at}");
    }
}

#[test]
fn an_active_injury_goes_to_a_professional_and_self_massage_keeps_off_it() {
    let mut data = Data::default();
    // No therapist budget: the rolling is the day's session.
    data.profile.massage_budget_per_month = 0;
    data.log
        .push(injury("i", BodyArea::Calves, date(2026, 5, 1), None));
    let day = day_at(&data, local(LONDON, 2026, 5, 5, 10, 0));
    assert_eq!(warning_rules(&day), [7]);
    let care = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::Injury)
        .unwrap();
    assert_eq!(
        (care.place.clone(), care.minutes),
        (Place::Therapist, None),
        "no protocol from the app"
    );
    let roll = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::SelfMassage)
        .unwrap();
    assert_eq!(roll.avoid, [BodyArea::Calves]);
    assert!(!roll.focus.contains(&BodyArea::Calves));
    assert!(
        roll.reasons.contains(&Reason::KeepOffInjuries {
            areas: vec![BodyArea::Calves]
        }),
        "{:?}",
        roll.reasons
    );

    data.log[0] = injury(
        "i",
        BodyArea::Calves,
        date(2026, 5, 1),
        Some(date(2026, 5, 4)),
    );
    let healed = day_at(&data, local(LONDON, 2026, 5, 5, 10, 0));
    assert!(healed.warnings.is_empty());
    assert!(!kinds(&healed).contains(&MassageKind::Injury));
}

#[test]
fn a_pre_event_massage_already_had_is_not_repeated() {
    let mut data = Data::with_races(vec![race(
        "a",
        date(2026, 6, 20),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    data.log.push(massage(
        "p",
        local(LONDON, 2026, 6, 18, 17, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        Some(PreEventFor::Race {
            race_id: RecordId("a".into()),
        }),
    ));
    let day = day_at(&data, local(LONDON, 2026, 6, 19, 10, 0));
    assert!(!kinds(&day).contains(&MassageKind::PreEvent));
    assert!(day.home_care.contains(&Notice::AfterMassage));
}

#[test]
fn a_spent_budget_sends_the_pre_event_flush_home_and_says_why() {
    // Budget 1; a general massage earlier this month used it. The A race is on 20 June.
    let mut data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        21.1,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 1;
    // The day before: when the plan books the pre-event session.
    let now = utc(2026, 6, 19, 8, 0);
    let day = day_at(&data, now);
    let pre = recommendation(&day, MassageKind::PreEvent);
    assert_eq!(pre.place, Place::Therapist, "the budget is still free");

    data.log.push(massage(
        "log-g",
        utc(2026, 6, 3, 18, 0),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    let day = day_at(&data, now);
    let pre = recommendation(&day, MassageKind::PreEvent);
    assert!(matches!(pre.place, Place::Home { .. }), "{pre:?}");
    assert_eq!(pre.reasons[0].rule(), 1, "{:?}", pre.reasons);
    assert_eq!(pre.reasons[1], Reason::BudgetSpentSoAtHome { budget: 1 });
    // Rule 10: the home substitute is the built-in pre-race routine at its real length, not a
    // 25-minute copy of a therapist's session.
    let routine = builtin(PRE_RACE_FLUSH, ToolsOwned::default()).unwrap();
    // Played with the default pauses, rounded to the minute, as every card shows it.
    let played = routine.total_seconds(fresh_legs::core::routine::Pacing::default());
    let minutes = u16::try_from((played + 30) / 60).unwrap();
    assert!(minutes < 15, "{minutes}");
    assert_eq!(pre.minutes, Some(minutes));
    assert_eq!(
        pre.advice,
        Advice::HomeFlush {
            routine: routine.name.clone(),
            minutes,
            before_race: true
        }
    );

    // A new month brings the budget back.
    let july = Data {
        races: vec![race("r", date(2026, 7, 2), 9, LONDON, 21.1, Priority::A)],
        ..data.clone()
    };
    let day = day_at(&july, utc(2026, 7, 1, 8, 0));
    let pre = recommendation(&day, MassageKind::PreEvent);
    assert_eq!(pre.place, Place::Therapist);
}

#[test]
fn after_a_too_deep_general_massage_the_next_one_asks_for_lighter_pressure() {
    let massage_at = utc(2026, 5, 1, 18, 0);
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 4;
    data.log.push(massage(
        "log-g",
        massage_at,
        MassageKind::General,
        Pressure::Deep,
        None,
    ));
    let general = |data: &Data| {
        let day = day_at(data, utc(2026, 5, 12, 9, 0));
        day.recommendations
            .into_iter()
            .find(|rec| rec.kind == MassageKind::General)
            .expect("general work is due again")
    };
    assert_eq!(
        general(&data).advice,
        Advice::General { lighter: None },
        "no step down without a reason"
    );

    data.log.push(following(
        checkin("log-c", massage_at + Duration::hours(40), 40, 5, false),
        "log-g",
    ));
    let lighter = general(&data);
    assert_eq!(
        lighter.advice,
        Advice::General {
            lighter: Some(Pressure::Medium)
        }
    );
    assert!(
        lighter.reasons.contains(&Reason::StepLighter),
        "{:?}",
        lighter.reasons
    );
}
