//! Rule 4 on the plan's test session (rule 2): trying the runner's approach before a smaller race
//! never lands inside another race's cut-off, post-race gap or no-touch days, and deeper work is
//! never tried inside an A or B race's cut-off. The forbidden days are worked out here from the
//! races' own calendars, not with the app's window code.

use crate::common::*;
use chrono::{Days, NaiveDate};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::Reason;

/// The day the plan books rule 2's test on, if any.
fn test_day(data: &Data) -> Option<(NaiveDate, String)> {
    plan(&data.inputs(), date(2026, 5, 1), date(2026, 7, 31), LONDON)
        .into_iter()
        .find(|s| {
            s.kind == MassageKind::PreEvent
                && matches!(s.reasons[..], [Reason::TryApproachFirst { .. }])
        })
        .map(|s| (s.date, s.race_id.map(|id| id.0).unwrap_or_default()))
}

fn days_before(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(days)).unwrap()
}

#[test]
fn the_test_skips_a_race_inside_the_a_races_cut_off_and_takes_an_earlier_one() {
    let a_day = date(2026, 7, 5);
    let mut data = Data::with_races(vec![
        race("early", date(2026, 6, 7), 9, LONDON, 10.0, Priority::C),
        // A B race comes before C races in the plan's order, so it would be tried first.
        race("close", date(2026, 7, 2), 9, LONDON, 5.0, Priority::B),
        race("a", a_day, 9, LONDON, 21.1, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 4;
    // The A race's cut-off (5 days) starts on 30 June: 1 July, the day before the close B race,
    // is inside it.
    let a_cutoff = days_before(a_day, 5);
    let (day, race) = test_day(&data).expect("a test session is planned");
    assert_eq!(race, "early");
    assert_eq!(day, date(2026, 6, 6));
    assert!(day < a_cutoff);
}

#[test]
fn deeper_work_is_only_tried_before_a_c_race() {
    let mut data = Data::with_races(vec![
        race("b", date(2026, 6, 7), 9, LONDON, 10.0, Priority::B),
        race("c", date(2026, 6, 14), 9, LONDON, 10.0, Priority::C),
        race("a", date(2026, 7, 5), 9, LONDON, 21.1, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 4;
    data.profile.pre_event_preference = PreEventPreference::Deep;
    let (day, race) = test_day(&data).expect("a test session is planned");
    assert_eq!(
        race, "c",
        "the B race's own 4-day cut-off would hold deep work"
    );
    assert_eq!(day, date(2026, 6, 13));
    // With the light flush the earlier B race is fine for the test.
    data.profile.pre_event_preference = PreEventPreference::LightFlush;
    assert_eq!(test_day(&data).map(|(_, race)| race), Some("b".into()));
}

#[test]
fn the_test_stays_out_of_another_races_post_race_gap() {
    // An A marathon on 31 May leaves a 120 h gap to about 5 June; a C race on 6 June would have
    // its test on 5 June, inside that gap, so the test waits for the C race of 20 June.
    let mut data = Data::with_races(vec![
        race("m", date(2026, 5, 31), 9, LONDON, 42.195, Priority::A),
        race("c1", date(2026, 6, 6), 9, LONDON, 5.0, Priority::C),
        race("c2", date(2026, 6, 20), 9, LONDON, 5.0, Priority::C),
        race("a", date(2026, 7, 5), 9, LONDON, 21.1, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 4;
    let (day, race) = test_day(&data).expect("a test session is planned");
    let gap_ends = date(2026, 5, 31).checked_add_days(Days::new(5)).unwrap();
    assert!(day > gap_ends, "{day}");
    assert_eq!(race, "c2");
}

#[test]
fn no_test_is_planned_without_an_a_race_after_it() {
    // A B race and a later C race: nothing important comes after either, so nothing is tried.
    let mut data = Data::with_races(vec![
        race("b", date(2026, 6, 7), 9, LONDON, 10.0, Priority::B),
        race("c", date(2026, 6, 28), 9, LONDON, 10.0, Priority::C),
    ]);
    data.profile.massage_budget_per_month = 4;
    assert_eq!(test_day(&data), None);
}

#[test]
fn a_race_at_the_same_moment_as_the_a_race_is_not_its_test() {
    // The same instant in two zones: 10:00 in Paris is 09:00 in London on 5 July.
    let mut data = Data::with_races(vec![
        race("a", date(2026, 7, 5), 9, LONDON, 21.1, Priority::A),
        race(
            "same",
            date(2026, 7, 5),
            10,
            chrono_tz::Europe::Paris,
            10.0,
            Priority::C,
        ),
    ]);
    data.profile.massage_budget_per_month = 4;
    assert_eq!(test_day(&data), None);
}

#[test]
fn deeper_work_may_be_tried_on_the_last_day_before_an_a_races_cut_off() {
    // The A half on 5 July stops deep work from midnight on 30 June (5 days). A C race on
    // 30 June has its test on 29 June, which ends exactly as the cut-off begins: allowed.
    let mut data = Data::with_races(vec![
        race("c", date(2026, 6, 30), 9, LONDON, 10.0, Priority::C),
        race("a", date(2026, 7, 5), 9, LONDON, 21.1, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 4;
    data.profile.pre_event_preference = PreEventPreference::Deep;
    assert_eq!(test_day(&data), Some((date(2026, 6, 29), "c".into())));
}
