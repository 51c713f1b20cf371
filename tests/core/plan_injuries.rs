//! The season plan's self-massage around injuries (rule 7): each day keeps off exactly the areas
//! injured on it, from the day the injury started to the day before it healed. The expected days
//! are written out here from the injuries' dates.

use crate::common::{date, injury, Data, LONDON};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::Reason;

/// The areas the plan's self-massage keeps off on `day`, if any.
fn kept_off(
    sessions: &[fresh_legs::core::recommend::plan::PlannedSession],
    day: chrono::NaiveDate,
) -> Vec<BodyArea> {
    sessions
        .iter()
        .filter(|s| s.date == day && s.kind == MassageKind::SelfMassage)
        .flat_map(|s| s.reasons.iter())
        .find_map(|reason| match reason {
            Reason::KeepOffInjuries { areas } => Some(areas.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn self_massage_keeps_off_each_injury_from_the_day_it_started_to_the_day_before_it_healed() {
    let mut data = Data::default();
    data.log.push(injury(
        "calf",
        BodyArea::Calves,
        date(2026, 6, 10),
        Some(date(2026, 6, 20)),
    ));
    data.log
        .push(injury("hip", BodyArea::HipFlexors, date(2026, 6, 15), None));
    let sessions = plan(&data.inputs(), date(2026, 6, 1), date(2026, 6, 30), LONDON);
    let table = [
        (9, vec![]),
        (10, vec![BodyArea::Calves]),
        (14, vec![BodyArea::Calves]),
        (15, vec![BodyArea::HipFlexors, BodyArea::Calves]),
        (19, vec![BodyArea::HipFlexors, BodyArea::Calves]),
        (20, vec![BodyArea::HipFlexors]),
        (30, vec![BodyArea::HipFlexors]),
    ];
    for (day, mut expected) in table {
        let mut found = kept_off(&sessions, date(2026, 6, day));
        found.sort_by_key(|area| *area as u8);
        expected.sort_by_key(|area| *area as u8);
        assert_eq!(found, expected, "{day} June");
    }
}

/// The minutes of self-massage the plan gives `day`.
fn minutes_on(
    sessions: &[fresh_legs::core::recommend::plan::PlannedSession],
    day: chrono::NaiveDate,
) -> u16 {
    sessions
        .iter()
        .find(|s| s.date == day && s.kind == MassageKind::SelfMassage)
        .map(|s| s.minutes)
        .expect("a self-massage day")
}

#[test]
fn an_injury_logged_twice_is_still_kept_off_and_shortens_the_dose() {
    let mut data = Data::default();
    data.log
        .push(injury("calf", BodyArea::Calves, date(2026, 6, 10), None));
    // The same calf logged again a few days later, overlapping the first entry.
    data.log.push(injury(
        "calf-again",
        BodyArea::Calves,
        date(2026, 6, 12),
        Some(date(2026, 6, 15)),
    ));
    let sessions = plan(&data.inputs(), date(2026, 6, 1), date(2026, 6, 30), LONDON);
    assert_eq!(
        kept_off(&sessions, date(2026, 6, 13)),
        vec![BodyArea::Calves]
    );
    // The everyday routine works the calves; leaving them out leaves a shorter session.
    assert!(
        minutes_on(&sessions, date(2026, 6, 13)) < minutes_on(&sessions, date(2026, 6, 5)),
        "{} min with the calf kept off, {} min without",
        minutes_on(&sessions, date(2026, 6, 13)),
        minutes_on(&sessions, date(2026, 6, 5))
    );
}
