//! Rule 12: red flags before any advice. A whole-body flag stops every massage and self-massage on
//! Today and in the plan until a professional clears it; a local one keeps massage off its area;
//! either way the warning comes first and says to see a doctor or physio, with no diagnosis.

use crate::common::today::*;
use crate::common::*;
use chrono::{DateTime, Utc};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::{Notice, Reason};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::safety::RedFlag;

fn reported(flag: RedFlag, area: Option<BodyArea>, at: DateTime<Utc>) -> LogEntry {
    LogEntry {
        id: RecordId(format!("flag-{}", flag.key())),
        updated_at: at,
        at,
        kind: LogKind::RedFlag {
            flag,
            area,
            cleared: None,
        },
    }
}

fn runner_with(flags: Vec<LogEntry>) -> Data {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 4;
    data.log = flags;
    data
}

#[test]
fn every_whole_body_flag_stops_all_massage_and_leads_the_warnings() {
    let now = local(LONDON, 2026, 5, 12, 9, 0);
    for flag in RedFlag::ALL.into_iter().filter(|flag| !flag.is_local()) {
        let data = runner_with(vec![reported(
            flag,
            None,
            local(LONDON, 2026, 5, 11, 20, 0),
        )]);
        let day = day_at(&data, now);
        assert!(
            day.recommendations.is_empty(),
            "{flag:?}: {:?}",
            day.recommendations
        );
        assert_eq!(day.self_massage, None, "{flag:?}: no routine offered");
        assert!(!day.stretch_after_race, "{flag:?}: no stretches offered");
        assert_eq!(day.stop, Some(flag), "{flag:?}");
        // With no race near, the kinds that matter every day say why; each says it once.
        assert_eq!(day.withheld.len(), 2, "{flag:?}: {:?}", day.withheld);
        for kind in [MassageKind::General, MassageKind::SelfMassage] {
            assert_eq!(
                withheld(&day, kind),
                Some(&Reason::RedFlagStop { flag }),
                "{flag:?}"
            );
        }
        assert_eq!(day.warnings[0], Notice::RedFlag { flag, area: None });
        let message = day.warnings[0].message();
        assert!(message.contains("See a doctor"), "{message}");
    }
}

#[test]
fn a_local_flag_keeps_massage_off_its_area_only() {
    let now = local(LONDON, 2026, 5, 12, 9, 0);
    let data = runner_with(vec![reported(
        RedFlag::BrokenSkin,
        Some(BodyArea::Calves),
        local(LONDON, 2026, 5, 12, 7, 0),
    )]);
    let day = day_at(&data, now);
    assert_eq!(
        kinds(&day),
        [MassageKind::General],
        "the rest of the body carries on"
    );
    // One hands-on session a day: the rolling waits for a day without the therapist.
    assert_eq!(
        withheld(&day, MassageKind::SelfMassage),
        Some(&Reason::OneSessionADay {
            kind: MassageKind::General,
            logged: false
        })
    );
    assert_eq!(day.stop, None);
    for rec in &day.recommendations {
        assert!(rec.avoid.contains(&BodyArea::Calves), "{rec:?}");
        assert!(!rec.focus.contains(&BodyArea::Calves), "{rec:?}");
    }
    assert_eq!(
        day.warnings[0],
        Notice::RedFlag {
            flag: RedFlag::BrokenSkin,
            area: Some(BodyArea::Calves)
        }
    );
    assert!(day.warnings[0].message().contains("(calves)"));
}

#[test]
fn a_cleared_flag_stops_nothing_from_the_day_it_was_cleared() {
    let mut flag = reported(
        RedFlag::FeverOrUnwell,
        None,
        local(LONDON, 2026, 5, 10, 9, 0),
    );
    if let LogKind::RedFlag { cleared, .. } = &mut flag.kind {
        *cleared = Some(date(2026, 5, 12));
    }
    let data = runner_with(vec![flag]);
    assert!(day_at(&data, local(LONDON, 2026, 5, 11, 9, 0))
        .recommendations
        .is_empty());
    let cleared_day = day_at(&data, local(LONDON, 2026, 5, 12, 9, 0));
    assert!(kinds(&cleared_day).contains(&MassageKind::General));
    assert!(cleared_day.warnings.is_empty());
}

#[test]
fn the_plan_books_nothing_while_a_whole_body_flag_is_in_force() {
    let mut flag = reported(
        RedFlag::CalfPainOrSwelling,
        None,
        local(LONDON, 2026, 5, 10, 9, 0),
    );
    if let LogKind::RedFlag { cleared, .. } = &mut flag.kind {
        *cleared = Some(date(2026, 5, 20));
    }
    let data = runner_with(vec![flag]);
    let sessions = plan(&data.inputs(), date(2026, 5, 1), date(2026, 5, 31), LONDON);
    assert!(sessions.iter().any(|s| s.date < date(2026, 5, 10)));
    assert!(sessions.iter().any(|s| s.date >= date(2026, 5, 20)));
    assert!(
        sessions
            .iter()
            .all(|s| s.date < date(2026, 5, 10) || s.date >= date(2026, 5, 20)),
        "{sessions:?}"
    );
}

#[test]
fn every_flag_asks_plainly_and_sends_the_runner_to_a_professional() {
    for flag in RedFlag::ALL {
        assert!(
            !flag.question().is_empty() && !flag.label().is_empty(),
            "{flag:?}"
        );
        let advice = flag.advice();
        assert!(advice.starts_with("See a doctor"), "{flag:?}: {advice}");
        for diagnosis in ["you have", "it is a", "probably"] {
            assert!(
                !advice.to_lowercase().contains(diagnosis),
                "{flag:?}: {advice}"
            );
        }
    }
    // Every key is distinct: the check's controls are told apart by it.
    let mut keys: Vec<_> = RedFlag::ALL.iter().map(|flag| flag.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), RedFlag::ALL.len());
}
