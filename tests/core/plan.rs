//! Table tests for `plan()`: budget rhythm, hard blocks, race windows, no-touch, DST and 29 February.

use crate::common::*;
use chrono::{Datelike, NaiveDate};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::{PreEventPreference, TightBudget};
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::plan::{plan, PlannedSession};
use fresh_legs::core::recommend::Reason;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::BlockKind;

fn season(data: &Data, from: NaiveDate, to: NaiveDate) -> Vec<PlannedSession> {
    plan(&data.inputs(), from, to, LONDON)
}

fn dates_of(sessions: &[PlannedSession], kind: MassageKind) -> Vec<NaiveDate> {
    sessions
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.date)
        .collect()
}

#[test]
fn a_generous_budget_gives_a_steady_rhythm() {
    // (budget per month, general sessions over 8 weeks, minimum days between them)
    for (budget, count, spacing) in [(4, 8, 7), (2, 4, 14), (1, 2, 28)] {
        let mut data = Data::default();
        data.profile.massage_budget_per_month = budget;
        let sessions = season(&data, date(2026, 1, 5), date(2026, 3, 1));
        let general = dates_of(&sessions, MassageKind::General);
        assert_eq!(general.len(), count, "budget {budget}: {general:?}");
        assert!(general
            .windows(2)
            .all(|pair| (pair[1] - pair[0]).num_days() >= spacing));
        assert!(sessions
            .iter()
            .filter(|s| s.kind == MassageKind::General)
            .all(|s| matches!(s.reasons[..], [Reason::RegularRhythm { .. }])));
        // Every other day is a self-massage day.
        assert_eq!(sessions.len(), 56);
    }
}

#[test]
fn no_budget_means_home_work_only() {
    let mut data = Data::with_races(vec![race(
        "a",
        date(2026, 2, 15),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 0;
    let sessions = season(&data, date(2026, 1, 1), date(2026, 3, 31));
    assert!(sessions.iter().all(|s| s.at_home), "nothing to book");
    // The race's flushes are still planned, at home, and say why.
    let race_sessions: Vec<&PlannedSession> = sessions
        .iter()
        .filter(|s| s.kind != MassageKind::SelfMassage)
        .collect();
    assert_eq!(
        race_sessions
            .iter()
            .map(|s| (s.kind, s.date))
            .collect::<Vec<_>>(),
        [
            (MassageKind::PreEvent, date(2026, 2, 14)),
            (MassageKind::PostEvent, date(2026, 2, 15))
        ]
    );
    assert!(race_sessions
        .iter()
        .all(|s| s.reasons.last() == Some(&Reason::NoBudgetSoAtHome)));
    assert!(sessions
        .iter()
        .filter(|s| s.kind == MassageKind::SelfMassage)
        .all(|s| matches!(s.reasons[..], [Reason::SelfMassageDose(_)])));
}

#[test]
fn a_tight_budget_goes_to_the_hard_blocks() {
    let mut data = Data::default();
    // Below one a month: two sessions per training block (rule 5's tight budget).
    data.profile.massage_budget_per_month = 0;
    data.profile.tight_budget = Some(TightBudget::Block(2));
    data.log.push(tried());
    data.blocks = vec![
        block(
            "base",
            date(2026, 1, 5),
            date(2026, 2, 15),
            BlockKind::Base,
            false,
        ),
        block(
            "peak",
            date(2026, 3, 16),
            date(2026, 4, 19),
            BlockKind::Peak,
            false,
        ),
        block(
            "speed",
            date(2026, 5, 4),
            date(2026, 5, 17),
            BlockKind::Build,
            true,
        ),
    ];
    let sessions = season(&data, date(2026, 1, 1), date(2026, 6, 30));
    let general = dates_of(&sessions, MassageKind::General);
    // Two in the five-week peak block (one in March, one in April) and one in the short speed block.
    assert_eq!(general.len(), 3, "{general:?}");
    assert!(data.blocks[1].contains(general[0]) && data.blocks[1].contains(general[1]));
    assert_ne!(general[0].month(), general[1].month());
    assert!(data.blocks[2].contains(general[2]));
    let reasons = &sessions
        .iter()
        .find(|s| s.kind == MassageKind::General)
        .unwrap()
        .reasons;
    assert_eq!(
        reasons,
        &[Reason::TightBudgetInBlock {
            block: BlockKind::Peak,
            speed_work: false
        }]
    );
    // Hard weeks get the longer self-massage session, at the length of the routine it plays.
    let minutes_on = |day| {
        let session = sessions.iter().find(|s| s.date == day).unwrap();
        assert_eq!(session.kind, MassageKind::SelfMassage);
        session.minutes
    };
    let hard = fresh_legs::core::routine::catalog::builtin(
        fresh_legs::core::routine::catalog::HARD_BLOCK_TARGETED,
        data.profile.tools,
    )
    .unwrap();
    let in_peak = minutes_on(date(2026, 3, 17));
    assert_eq!(in_peak, hard.minutes(data.profile.cues.pacing()));
    assert!(in_peak > minutes_on(date(2026, 1, 14)));
}

#[test]
fn races_get_pre_and_post_event_sessions_and_general_work_keeps_clear() {
    let mut data = Data::with_races(vec![race(
        "a",
        date(2026, 4, 26),
        10,
        LONDON,
        42.2,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 8;
    data.log.push(tried());
    let sessions = season(&data, date(2026, 4, 1), date(2026, 5, 31));
    assert_eq!(
        dates_of(&sessions, MassageKind::PreEvent),
        [date(2026, 4, 25)]
    );
    // The marathon's finish is estimated at about 15:06, so the flush window opens that evening.
    assert_eq!(
        dates_of(&sessions, MassageKind::PostEvent),
        [date(2026, 4, 26)]
    );
    let general = dates_of(&sessions, MassageKind::General);
    // Cut-off from 21 April; after a marathon the gap is at least 120 h, to about 15:06 on 1 May
    // (finish estimated at 15:06 on race day), so 2 May is the first free day.
    assert!(
        general
            .iter()
            .all(|d| *d < date(2026, 4, 21) || *d >= date(2026, 5, 2)),
        "{general:?}"
    );
    assert!(general.contains(&date(2026, 5, 2)), "{general:?}");
    let april = sessions
        .iter()
        .filter(|s| s.kind.is_professional() && s.date.month() == 4)
        .count();
    assert_eq!(april, 5, "pre, post and three weekly sessions: within 8");
    data.profile.massage_budget_per_month = 4;
    let tight_april = season(&data, date(2026, 4, 1), date(2026, 4, 30));
    // The race sessions come first; two general sessions fill the rest of April's four.
    assert_eq!(
        dates_of(&tight_april, MassageKind::General),
        [date(2026, 4, 1), date(2026, 4, 8)]
    );
    // Race day holds the evening flush and nothing else.
    assert_eq!(
        sessions
            .iter()
            .filter(|s| s.date == date(2026, 4, 26))
            .map(|s| s.kind)
            .collect::<Vec<_>>(),
        [MassageKind::PostEvent]
    );
}

#[test]
fn a_c_race_three_days_before_an_a_race() {
    let races = vec![
        race("c", date(2026, 6, 10), 9, LONDON, 5.0, Priority::C),
        race("a", date(2026, 6, 13), 9, LONDON, 42.2, Priority::A),
    ];
    let mut data = Data::with_races(races);
    data.profile.massage_budget_per_month = 6;
    data.log.push(tried());
    let sessions = season(&data, date(2026, 6, 1), date(2026, 6, 30));
    let race_of = |s: &PlannedSession| s.race_id.clone().map(|id| id.0);
    let on = |d: NaiveDate| sessions.iter().find(|s| s.date == d).unwrap();
    assert_eq!(
        (on(date(2026, 6, 12)).kind, race_of(on(date(2026, 6, 12)))),
        (MassageKind::PreEvent, Some("a".into()))
    );
    assert_eq!(
        (on(date(2026, 6, 9)).kind, race_of(on(date(2026, 6, 9)))),
        (MassageKind::PreEvent, Some("c".into()))
    );
    // The 5K's flush comes that same afternoon; the marathon's the day after it.
    assert_eq!(
        (on(date(2026, 6, 10)).kind, race_of(on(date(2026, 6, 10)))),
        (MassageKind::PostEvent, Some("c".into()))
    );
    assert_eq!(on(date(2026, 6, 13)).kind, MassageKind::PostEvent);
    let general = dates_of(&sessions, MassageKind::General);
    assert!(
        general
            .iter()
            .all(|d| *d < date(2026, 6, 8) || *d > date(2026, 6, 16)),
        "{general:?}"
    );

    // With four no-touch days before the A race, the C race's flush (10 June) is dropped too.
    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 4 };
    let hands_off = season(&data, date(2026, 6, 1), date(2026, 6, 30));
    assert!(dates_of(&hands_off, MassageKind::PreEvent).is_empty());
    assert!(
        !hands_off
            .iter()
            .any(|s| (date(2026, 6, 9)..=date(2026, 6, 12)).contains(&s.date)),
        "{hands_off:?}"
    );
    assert_eq!(
        dates_of(&hands_off, MassageKind::PostEvent),
        [date(2026, 6, 13)]
    );
}

#[test]
fn a_tight_budget_spends_the_race_month_on_the_a_race() {
    let mut data = Data::with_races(vec![
        race("b", date(2026, 9, 6), 9, LONDON, 21.1, Priority::B),
        race("a", date(2026, 9, 27), 9, LONDON, 42.2, Priority::A),
    ]);
    data.log.push(tried());
    let sessions = season(&data, date(2026, 9, 1), date(2026, 9, 30));
    let pro: Vec<&PlannedSession> = sessions.iter().filter(|s| !s.at_home).collect();
    assert_eq!(pro.len(), 1);
    assert_eq!(
        (pro[0].kind, pro[0].date),
        (MassageKind::PreEvent, date(2026, 9, 26))
    );
    // The other race sessions are flushes at home, saying the month's session is used.
    let home: Vec<(MassageKind, NaiveDate)> = sessions
        .iter()
        .filter(|s| s.at_home && s.kind != MassageKind::SelfMassage)
        .map(|s| (s.kind, s.date))
        .collect();
    assert_eq!(
        home,
        [
            (MassageKind::PreEvent, date(2026, 9, 5)),
            (MassageKind::PostEvent, date(2026, 9, 6)),
            (MassageKind::PostEvent, date(2026, 9, 27))
        ]
    );
}

#[test]
fn an_untried_approach_is_tested_before_a_smaller_race_first() {
    let data = Data::with_races(vec![
        race("c", date(2026, 8, 9), 9, LONDON, 10.0, Priority::C),
        race("a", date(2026, 9, 27), 9, LONDON, 42.2, Priority::A),
    ]);
    let sessions = season(&data, date(2026, 8, 1), date(2026, 9, 30));
    let test = sessions
        .iter()
        .find(|s| s.race_id == Some(RecordId("c".into())))
        .unwrap();
    assert_eq!(
        (test.kind, test.date),
        (MassageKind::PreEvent, date(2026, 8, 8))
    );
    assert!(
        matches!(&test.reasons[..], [Reason::TryApproachFirst { a_race, .. }] if a_race == "a race"),
        "{:?}",
        test.reasons
    );
}

#[test]
fn race_days_on_a_dst_change_and_on_29_february() {
    let mut data = Data::with_races(vec![
        race("dst", date(2026, 3, 29), 10, LONDON, 10.0, Priority::A),
        race("leap", date(2028, 3, 1), 10, LONDON, 10.0, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 3;
    data.log.push(tried());
    let spring = season(&data, date(2026, 3, 1), date(2026, 4, 30));
    assert_eq!(
        dates_of(&spring, MassageKind::PreEvent),
        [date(2026, 3, 28)]
    );
    assert_eq!(
        dates_of(&spring, MassageKind::PostEvent),
        [date(2026, 3, 29)]
    );
    let leap = season(&data, date(2028, 2, 1), date(2028, 3, 31));
    assert_eq!(dates_of(&leap, MassageKind::PreEvent), [date(2028, 2, 29)]);
    assert_eq!(leap.iter().filter(|s| s.date.month() == 2).count(), 29);
}

#[test]
fn a_race_abroad_is_planned_on_the_runners_own_calendar() {
    // Sydney, 7:00 on 4 October 2026 (the morning clocks go forward there) = 20:00 UTC on the 3rd.
    let mut data = Data::with_races(vec![race(
        "syd",
        date(2026, 10, 4),
        7,
        chrono_tz::Australia::Sydney,
        42.2,
        Priority::A,
    )]);
    data.log.push(tried());
    let sessions = season(&data, date(2026, 9, 20), date(2026, 10, 20));
    // 24 h before the start is the 2nd in London; the race fills London's 3rd.
    assert_eq!(
        dates_of(&sessions, MassageKind::PreEvent),
        [date(2026, 10, 2)]
    );
    assert!(!sessions.iter().any(|s| s.date == date(2026, 10, 3)));
}

#[test]
fn logged_sessions_take_their_day_and_their_share_of_the_budget() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 2;
    data.log.push(massage(
        "g",
        utc(2026, 1, 6, 18, 0),
        MassageKind::General,
        Pressure::Deep,
        None,
    ));
    let sessions = season(&data, date(2026, 1, 1), date(2026, 1, 31));
    assert!(!sessions.iter().any(|s| s.date == date(2026, 1, 6)));
    assert_eq!(dates_of(&sessions, MassageKind::General).len(), 1);
}

#[test]
fn an_empty_or_reversed_range_plans_nothing() {
    let data = Data::default();
    assert!(season(&data, date(2026, 2, 1), date(2026, 1, 1)).is_empty());
    assert_eq!(season(&data, date(2026, 2, 1), date(2026, 2, 1)).len(), 1);
}

#[test]
fn with_the_day_after_taken_the_flush_comes_on_the_second_day() {
    // An evening 10K: the flush window runs from about 21:00 on race day to the evening two days
    // on. Race day itself is the race's, and a massage is already logged for the day after, so
    // the flush goes on the second day after (the window's last whole morning).
    let mut data = Data::with_races(vec![race(
        "c",
        date(2026, 6, 13),
        18,
        LONDON,
        10.0,
        Priority::C,
    )]);
    data.profile.massage_budget_per_month = 4;
    data.log.push(tried());
    data.log.push(massage(
        "next-day",
        utc(2026, 6, 14, 16, 0),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    let sessions = season(&data, date(2026, 6, 1), date(2026, 6, 30));
    assert_eq!(
        dates_of(&sessions, MassageKind::PostEvent),
        vec![date(2026, 6, 15)]
    );
}
