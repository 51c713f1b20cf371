//! Rules 2 and 6 on what the log says: a pre-event session counts as tried only in the technique
//! the runner now prefers, and a soreness check-in is judged against the massage it names, with
//! a floor for "too deep" and the runner's own limit.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::log::{LogEntry, PreEventFor};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::follow_up::{default_massage_for_check_in, too_deep};

/// An A race in a month, and a pre-event session done as `how` before a hard workout.
fn runner_who_tried(preference: PreEventPreference, how: Technique) -> Data {
    let mut data = Data::with_races(vec![race(
        "a",
        date(2026, 7, 5),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    data.profile.pre_event_preference = preference;
    data.log.push(done_as(
        massage(
            "tried",
            utc(2026, 5, 1, 9, 0),
            MassageKind::PreEvent,
            Pressure::Light,
            Some(PreEventFor::Workout),
        ),
        how,
    ));
    data
}

/// A general massage, the kind rule 6 judges.
fn general(id: &str, at: chrono::DateTime<chrono::Utc>, pressure: Pressure) -> LogEntry {
    massage(id, at, MassageKind::General, pressure, None)
}

#[test]
fn tried_before_matches_the_runners_approach_for_every_preference() {
    let now = local(LONDON, 2026, 6, 5, 10, 0);
    let approaches = [
        (PreEventPreference::LightFlush, Technique::LightFlush),
        (PreEventPreference::Compression, Technique::Compression),
        (PreEventPreference::Deep, Technique::Deep),
    ];
    for (preference, technique) in approaches {
        for (_, logged) in approaches {
            let warned = warning_rules(&day_at(&runner_who_tried(preference, logged), now)) == [2];
            assert_eq!(
                warned,
                logged != technique,
                "{preference:?} runner, logged {logged:?}"
            );
        }
    }
}

#[test]
fn a_check_in_after_a_race_with_no_massage_before_it_flags_nothing() {
    let general = general("g", utc(2026, 5, 1, 9, 0), Pressure::Deep);
    // Five days later a race, then a very sore check-in that follows no massage.
    let race_soreness = checkin("c", utc(2026, 5, 7, 9, 0), 46, 8, true);
    let data = Data {
        log: vec![general, race_soreness],
        ..Data::default()
    };
    let now = utc(2026, 5, 7, 10, 0);
    assert!(day_at(&data, now).warnings.is_empty());
    assert_eq!(too_deep(&data.log, now, 36), None);
}

#[test]
fn only_the_check_ins_naming_the_latest_general_massage_count() {
    let older = general("g1", utc(2026, 5, 1, 9, 0), Pressure::Deep);
    let latest = general("g2", utc(2026, 5, 4, 9, 0), Pressure::Medium);
    let about_the_older = following(checkin("c", utc(2026, 5, 5, 9, 0), 96, 6, true), "g1");
    let log = vec![older, latest, about_the_older];
    assert_eq!(too_deep(&log, utc(2026, 5, 5, 10, 0), 36), None);
}

#[test]
fn too_deep_needs_soreness_of_3_or_more_past_the_limit_or_any_bruising() {
    let general = general("g", utc(2026, 5, 1, 9, 0), Pressure::Deep);
    let now = utc(2026, 5, 4, 9, 0);
    // (hours after, level, bruising, limit, too deep)
    let cases = [
        (40, 2, false, 36, false),
        (40, 3, false, 36, true),
        (36, 6, false, 36, false),
        (40, 5, false, 48, false),
        (49, 5, false, 48, true),
        (20, 0, true, 36, true),
    ];
    for (hours, level, bruising, limit, expected) in cases {
        let log = vec![
            general.clone(),
            following(
                checkin("c", utc(2026, 5, 2, 9, 0), hours, level, bruising),
                "g",
            ),
        ];
        let found = too_deep(&log, now, limit);
        assert_eq!(
            found.is_some(),
            expected,
            "{hours} h, level {level}, bruising {bruising}, limit {limit}"
        );
        if let Some(found) = found {
            assert_eq!(found.limit_hours, limit);
        }
    }
}

#[test]
fn a_new_check_in_follows_the_latest_general_massage_of_the_last_72_hours() {
    let general = general("g", utc(2026, 5, 1, 9, 0), Pressure::Deep);
    let pre = massage(
        "p",
        utc(2026, 5, 2, 9, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        None,
    );
    let log = vec![general, pre];
    let follows = |at| default_massage_for_check_in(&log, at).map(|m| m.id.to_string());
    assert_eq!(
        follows(utc(2026, 5, 2, 12, 0)),
        Some("g".into()),
        "pre-event work is not judged"
    );
    assert_eq!(
        follows(utc(2026, 5, 4, 9, 0)),
        Some("g".into()),
        "72 h exactly"
    );
    assert_eq!(follows(utc(2026, 5, 4, 9, 0) + Duration::minutes(1)), None);
    assert_eq!(follows(utc(2026, 4, 30, 9, 0)), None, "nothing before it");
}
