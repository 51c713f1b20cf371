//! Race day as a therapist would run it (rules 1, 3, 10): the flush that evening, from about 2 h
//! after the finish, in the runner's own zone even when the race was in another; from the gun to
//! the finish nothing about the start and nothing post-event.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use chrono_tz::Tz;
use fresh_legs::core::checklist::{due_between, Group};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::phase::Phase;
use fresh_legs::core::recommend::today::Day;
use fresh_legs::core::recommend::{Advice, Notice, Reason};

const LOS_ANGELES: Tz = chrono_tz::America::Los_Angeles;
const TOKYO: Tz = chrono_tz::Asia::Tokyo;

fn flush_reason(day: &Day) -> Option<&Reason> {
    day.recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::PostEvent)
        .map(|rec| &rec.reasons[0])
}

/// Point 1: the post-race flush belongs to race evening, from about 2 h after the finish.
#[test]
fn the_flush_is_offered_on_race_evening_from_two_hours_after_the_finish() {
    // A 10K at 09:00 in London with a 50-minute expected time: finish 09:50, flush from 11:50.
    let mut ten_k = race("10k", date(2026, 6, 20), 9, LONDON, 10.0, Priority::B);
    ten_k.expected_minutes = Some(50);
    let mut data = Data::with_races(vec![ten_k.clone()]);
    data.profile.massage_budget_per_month = 2;
    let three_hours_after = day_at(&data, local(LONDON, 2026, 6, 20, 12, 50));
    assert_eq!(
        flush_reason(&three_hours_after),
        Some(&Reason::PostEventFlush {
            race: "10k race".into(),
            days_after: 0
        })
    );
    assert!(three_hours_after.stretch_after_race, "with its stretches");
    // One hour after the finish the flush is not open yet: Today says from when.
    let one_hour_after = day_at(&data, local(LONDON, 2026, 6, 20, 10, 50));
    let flush = recommendation(&one_hour_after, MassageKind::PostEvent);
    assert_eq!(flush.opens, Some(local(LONDON, 2026, 6, 20, 11, 50)));
    assert_eq!(
        one_hour_after.next_race.as_ref().unwrap().phase,
        Phase::Finished
    );

    // A no-touch runner, six hours after the start.
    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 3 };
    let no_touch = day_at(&data, local(LONDON, 2026, 6, 20, 15, 0));
    assert!(flush_reason(&no_touch).is_some(), "{:?}", no_touch.withheld);

    // A 2:45 marathon at 09:00: 2 h 45 min after the finish (14:30) the flush is open.
    let mut marathon = race("m", date(2026, 10, 4), 9, LONDON, 42.195, Priority::A);
    marathon.expected_minutes = Some(165);
    let data = Data::with_races(vec![marathon]);
    let after = day_at(&data, local(LONDON, 2026, 10, 4, 14, 30));
    assert!(flush_reason(&after).is_some(), "{:?}", after.withheld);
}

/// Point 1, across zones: a Tokyo 10K on Sunday morning finishes on Saturday afternoon for a
/// runner in Los Angeles, whose Saturday evening is the flush's.
#[test]
fn a_race_abroad_that_finished_on_the_previous_local_day_has_its_flush_that_evening() {
    // 08:00 Sunday 15 November 2026 in Tokyo is 15:00 Saturday 14 November in Los Angeles.
    let mut tokyo = race("tokyo", date(2026, 11, 15), 8, TOKYO, 10.0, Priority::A);
    tokyo.expected_minutes = Some(55);
    let data = Data::with_races(vec![tokyo]);
    let saturday_evening = day_in(&data, local(LOS_ANGELES, 2026, 11, 14, 19, 0), LOS_ANGELES);
    assert_eq!(saturday_evening.date, date(2026, 11, 14));
    assert_eq!(
        flush_reason(&saturday_evening),
        Some(&Reason::PostEventFlush {
            race: "tokyo race".into(),
            days_after: 0
        })
    );
    // The estimated finish instead of an expected one puts the window a little later, the same
    // evening all the same.
    let mut estimated = data.clone();
    estimated.races[0].expected_minutes = None;
    let evening = day_in(
        &estimated,
        local(LOS_ANGELES, 2026, 11, 14, 19, 0),
        LOS_ANGELES,
    );
    assert!(flush_reason(&evening).is_some(), "{:?}", evening.withheld);
}

/// Point 2: from the gun to the expected finish the phase is the race: nothing about the start
/// (the flush before it, the warm-up, run-up drinks) and nothing post-event.
#[test]
fn during_the_race_today_talks_neither_about_the_start_nor_about_afterwards() {
    let mut marathon = race("m", date(2026, 10, 4), 9, LONDON, 42.195, Priority::A);
    marathon.expected_minutes = Some(330);
    // A recreational 100 km: the estimate is about 14 h.
    let hundred = race("u", date(2026, 8, 1), 6, LONDON, 100.0, Priority::A);
    for (race, hours_in) in [(marathon, 4), (hundred, 10)] {
        let now = race.start_instant() + Duration::hours(hours_in);
        let data = Data::with_races(vec![race.clone()]);
        let day = day_at(&data, now);
        assert_eq!(
            day.next_race.as_ref().unwrap().phase,
            Phase::Racing,
            "{}",
            race.name
        );
        assert!(day.recommendations.is_empty(), "{:?}", day.recommendations);
        assert!(
            day.recommendations
                .iter()
                .all(|rec| rec.advice != Advice::RaceDayFlush),
            "no flush before the start once it is run"
        );
        assert!(
            !day.withheld
                .iter()
                .any(|held| held.kind == MassageKind::PreEvent),
            "{:?}",
            day.withheld
        );
        assert!(!day.home_care.contains(&Notice::RaceRunUp));
        assert!(!day.home_care.contains(&Notice::AfterRace));
        assert!(!day.stretch_after_race);
        // The checklist has nothing of the morning nor of the first hours after the finish.
        let due = due_between(
            &data.profile,
            &data.races,
            &[],
            now,
            now + Duration::minutes(1),
        );
        assert!(
            due.iter()
                .all(|due| !matches!(due.item.group, Group::RaceMorning | Group::FirstTwoHours)),
            "{due:?}"
        );
    }
}
