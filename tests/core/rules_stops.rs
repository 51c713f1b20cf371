//! What stops massage (rules 7 and 12): a whole-body red flag stops everything everywhere (every
//! massage, booking, routine, massage checklist item and oil suggestion) until it is cleared; a
//! fresh injury gets no massage at all in its first 72 hours, then injury work from a professional.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::checklist::due_between;
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::{Notice, Reason};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::safety::RedFlag;

fn reported(flag: RedFlag, at: chrono::DateTime<chrono::Utc>) -> LogEntry {
    LogEntry {
        id: RecordId(format!("flag-{}", flag.key())),
        updated_at: at,
        at,
        kind: LogKind::RedFlag {
            flag,
            area: None,
            cleared: None,
        },
    }
}

/// Point 3: calf pain after the flight to the race, on race eve; dark urine after a long race.
#[test]
fn a_whole_body_red_flag_stops_every_massage_prompt_and_routine() {
    let marathon = race("m", date(2026, 10, 4), 9, LONDON, 42.195, Priority::A);
    let eve = local(LONDON, 2026, 10, 3, 18, 0);
    let mut data = Data::with_races(vec![marathon.clone()]);
    data.profile.massage_budget_per_month = 4;
    let before = day_at(&data, eve);
    assert!(
        kinds(&before).contains(&MassageKind::PreEvent),
        "{before:?}"
    );

    data.log.push(reported(
        RedFlag::CalfPainOrSwelling,
        eve - Duration::hours(2),
    ));
    let day = day_at(&data, eve);
    assert_eq!(day.stop, Some(RedFlag::CalfPainOrSwelling));
    assert!(day.recommendations.is_empty(), "{:?}", day.recommendations);
    assert!(day.self_massage.is_none(), "no routine offered");
    assert_eq!(
        day.warnings[0],
        Notice::RedFlag {
            flag: RedFlag::CalfPainOrSwelling,
            area: None
        }
    );
    assert!(day.warnings[0].message().contains("See a doctor"));
    // The checklist's booking prompt and massage items are held back; drinking is not.
    let (from, to) = (eve, eve + Duration::hours(6));
    let due = due_between(&data.profile, &data.races, &[], from, to);
    assert!(
        due.iter().any(|due| due.item.hands_on),
        "the list has massage items"
    );
    assert!(due.iter().any(|due| !due.item.hands_on), "and others");
    // The plan books nothing hands-on while the flag is in force, on race day either.
    let sessions = plan(
        &data.inputs(),
        date(2026, 10, 3),
        date(2026, 10, 10),
        LONDON,
    );
    assert!(sessions.is_empty(), "{sessions:?}");

    // Dark urine after the marathon: no flush, no post-race routine, no stretches.
    let mut after = Data::with_races(vec![marathon.clone()]);
    let evening = marathon.estimated_finish() + Duration::hours(4);
    after.log.push(reported(
        RedFlag::DarkUrineOrHeatIllness,
        evening - Duration::hours(1),
    ));
    let day = day_at(&after, evening);
    assert!(day.recommendations.is_empty(), "{:?}", day.recommendations);
    assert!(day.self_massage.is_none());
    assert!(!day.stretch_after_race);
    assert!(day.withheld.iter().all(|held| held.reason
        == Reason::RedFlagStop {
            flag: RedFlag::DarkUrineOrHeatIllness
        }));
}

/// Point 4: an injury logged yesterday is for assessing, with no massage on it at all; four days
/// on, injury work from a professional.
#[test]
fn a_fresh_injury_gets_no_massage_in_its_first_72_hours() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 0;
    data.log.push(injury(
        "strain",
        BodyArea::Hamstrings,
        date(2026, 5, 10),
        None,
    ));
    let next_day = day_at(&data, local(LONDON, 2026, 5, 11, 10, 0));
    assert!(!kinds(&next_day).contains(&MassageKind::Injury));
    assert_eq!(
        withheld(&next_day, MassageKind::Injury),
        Some(&Reason::InjuryTooFresh {
            areas: vec![BodyArea::Hamstrings],
            until: date(2026, 5, 13)
        })
    );
    let Notice::ActiveInjury { acute_until, .. } = &next_day.warnings[0] else {
        panic!("{:?}", next_day.warnings);
    };
    assert_eq!(*acute_until, Some(date(2026, 5, 13)));
    assert!(next_day.warnings[0].message().contains("assessed"));
    // Self-massage keeps off the area all along.
    let roll = recommendation(&next_day, MassageKind::SelfMassage);
    assert!(roll.avoid.contains(&BodyArea::Hamstrings));
    assert!(!roll.focus.contains(&BodyArea::Hamstrings));

    // The third day is still acute; the fourth is not.
    let third = day_at(&data, local(LONDON, 2026, 5, 12, 22, 0));
    assert!(!kinds(&third).contains(&MassageKind::Injury));
    let four_days_on = day_at(&data, local(LONDON, 2026, 5, 14, 10, 0));
    assert!(kinds(&four_days_on).contains(&MassageKind::Injury));
    let Notice::ActiveInjury { acute_until, .. } = &four_days_on.warnings[0] else {
        panic!("{:?}", four_days_on.warnings);
    };
    assert_eq!(*acute_until, None);
}
