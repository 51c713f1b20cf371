//! Today on race day itself: no-touch ends at the start (rule 1), and home care follows the race
//! from the run-up to the finish (rule 10).

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::today::Day;
use fresh_legs::core::recommend::{Notice, Reason};
use fresh_legs::core::routine::self_massage::SelfMassageContext;

/// An A-race 10K in London on 20 June 2026 at 09:00.
fn ten_k_on_20_june() -> fresh_legs::core::race::Race {
    race("r", date(2026, 6, 20), 9, LONDON, 10.0, Priority::A)
}

/// Rule 1 refinement: no-touch covers the days before the start only. On race day the morning is
/// hands-off; once the flush window opens (about 2 h after the finish) the post-event flush is
/// back, that same afternoon (rule 3), as for anyone.
#[test]
fn a_no_touch_runner_gets_the_flush_back_on_race_afternoon() {
    let mut data = Data::with_races(vec![ten_k_on_20_june()]);
    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 3 };
    let hands_off = |day: &Day| {
        day.withheld
            .iter()
            .any(|w| matches!(w.reason, Reason::NoTouchDays { .. }))
    };
    let morning = day_at(&data, local(LONDON, 2026, 6, 20, 7, 0));
    assert!(
        morning.recommendations.is_empty(),
        "{:?}",
        morning.recommendations
    );
    assert!(hands_off(&morning));
    assert!(morning.self_massage.is_none());

    let afternoon = day_at(&data, local(LONDON, 2026, 6, 20, 15, 0));
    assert!(!hands_off(&afternoon), "{:?}", afternoon.withheld);
    assert_eq!(kinds(&afternoon), [MassageKind::PostEvent]);
    assert_eq!(
        withheld(&afternoon, MassageKind::SelfMassage),
        Some(&Reason::RaceIsTheWork {
            race: "r race".into()
        })
    );
    // Without a therapist budget the flush is done at home, with the post-race routine.
    data.profile.massage_budget_per_month = 0;
    let at_home = day_at(&data, local(LONDON, 2026, 6, 20, 15, 0));
    assert_eq!(kinds(&at_home), [MassageKind::PostEvent]);
    assert_eq!(at_home.self_massage, Some(SelfMassageContext::AfterRace));
    // The day before is still hands-off.
    assert!(hands_off(&day_at(&data, local(LONDON, 2026, 6, 19, 15, 0))));
}

/// Rule 10 follows the race: run-up drinking before the start, none of it during the race, and
/// rehydration and easy movement from the estimated finish on, before the flush window opens.
#[test]
fn home_care_follows_the_race_from_the_run_up_to_the_finish() {
    let data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        10.0,
        Priority::A,
    )]);
    let finish = data.races[0].estimated_finish();
    let prompts = |now| day_at(&data, now).home_care;
    let morning = prompts(local(LONDON, 2026, 6, 20, 7, 0));
    assert!(morning.contains(&Notice::RaceRunUp), "{morning:?}");
    assert!(!morning.contains(&Notice::AfterRace));
    let racing = prompts(local(LONDON, 2026, 6, 20, 9, 1));
    assert!(!racing.contains(&Notice::RaceRunUp), "{racing:?}");
    assert!(!racing.contains(&Notice::AfterRace), "{racing:?}");
    let finished = prompts(finish + Duration::minutes(10));
    assert!(!finished.contains(&Notice::RaceRunUp), "{finished:?}");
    assert!(finished.contains(&Notice::AfterRace), "{finished:?}");
}

/// Rule 8: words about time come from the start seen on the runner's own calendar. A New York
/// race at 21:00 on 20 June starts at 02:00 on 21 June in London: two days from a London 19 June,
/// though the race's own date is the next day.
#[test]
fn days_to_a_race_in_another_zone_count_on_the_runners_calendar() {
    let new_york = chrono_tz::America::New_York;
    let mut data = Data::with_races(vec![race(
        "ny",
        date(2026, 6, 20),
        21,
        new_york,
        10.0,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 4;
    // A session already on the London 20 June sends the plan's pre-event work to the 19th, two
    // London days before the start.
    data.log.push(massage(
        "booked",
        local(LONDON, 2026, 6, 20, 12, 0),
        MassageKind::General,
        Pressure::Medium,
        None,
    ));
    let day = day_at(&data, local(LONDON, 2026, 6, 19, 10, 0));
    let pre = recommendation(&day, MassageKind::PreEvent);
    assert!(
        matches!(pre.reasons[0], Reason::PreEventSoon { days: 2, .. }),
        "{:?}",
        pre.reasons
    );
    // Seen from New York itself, the same instant is one day out.
    let there = day_in(&data, local(LONDON, 2026, 6, 19, 10, 0), new_york);
    let pre = recommendation(&there, MassageKind::PreEvent);
    assert!(
        matches!(pre.reasons[0], Reason::PreEventSoon { days: 1, .. }),
        "{:?}",
        pre.reasons
    );
}

/// Rule 3 pairs the post-race flush with easy static stretching: Today offers the stretches from
/// the finish until the flush window closes, 48 hours later, and never under a whole-body red flag.
#[test]
fn the_post_race_stretches_are_offered_from_the_finish_until_the_flush_window_closes() {
    let mut data = Data::with_races(vec![ten_k_on_20_june()]);
    let at = |d, h| day_at(&data, local(LONDON, 2026, 6, d, h, 0)).stretch_after_race;
    assert!(!at(19, 18), "the day before");
    assert!(!at(20, 8), "before the start");
    assert!(at(20, 12), "soon after a 10K that started at 9");
    assert!(at(21, 18), "the day after");
    assert!(!at(23, 12), "past 48 hours");
    data.log.push(fresh_legs::core::log::LogEntry {
        id: fresh_legs::core::record::RecordId("flag".into()),
        updated_at: local(LONDON, 2026, 6, 20, 11, 0),
        at: local(LONDON, 2026, 6, 20, 11, 0),
        kind: fresh_legs::core::log::LogKind::RedFlag {
            flag: fresh_legs::core::safety::RedFlag::FeverOrUnwell,
            area: None,
            cleared: None,
        },
    });
    assert!(!day_at(&data, local(LONDON, 2026, 6, 20, 12, 0)).stretch_after_race);
}

/// The race stops being the one coming up at the very instant its flush window opens (two hours
/// after the estimated finish, worked out here from the start and the estimate), and is the
/// recent one from then on.
#[test]
fn at_the_instant_the_flush_opens_the_race_is_behind_not_ahead() {
    let race = ten_k_on_20_june();
    let opens = race.start_instant() + race.estimated_duration() + Duration::hours(2);
    let data = Data::with_races(vec![race]);
    let just_before = day_at(&data, opens - Duration::seconds(1));
    assert!(just_before.next_race.is_some() && just_before.recent_race.is_none());
    let at_opening = day_at(&data, opens);
    assert!(at_opening.next_race.is_none(), "{:?}", at_opening.next_race);
    assert!(at_opening.recent_race.is_some());
}

/// The instants where race day changes hands, worked out from the start and the estimated
/// finish: the gun ends the no-touch days, and the stretches after the race last until the flush
/// window closes two days after the finish, not a moment longer.
#[test]
fn the_gun_ends_no_touch_and_the_stretches_end_with_the_flush_window() {
    let race = ten_k_on_20_june();
    let (start, finish) = (
        race.start_instant(),
        race.start_instant() + race.estimated_duration(),
    );
    let mut data = Data::with_races(vec![race]);
    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 3 };
    let held_by_no_touch = |day: &Day| {
        day.withheld
            .iter()
            .any(|w| matches!(w.reason, Reason::NoTouchDays { .. }))
    };
    assert!(held_by_no_touch(&day_at(
        &data,
        start - Duration::seconds(1)
    )));
    assert!(
        !held_by_no_touch(&day_at(&data, start)),
        "at the gun the no-touch days are over"
    );

    let closes = finish + Duration::hours(48);
    assert!(day_at(&data, closes - Duration::seconds(1)).stretch_after_race);
    assert!(!day_at(&data, closes).stretch_after_race);
}

/// Two races two days apart, a B race and then the A race: the day between is in the first race's
/// flush window and the A race's pre-event window. The plan books the A race's pre-event session
/// there (most important race first); one light session is plenty, so the flush is held back,
/// saying why.
#[test]
fn between_two_close_races_the_pre_event_session_also_serves_as_the_flush() {
    let data = Data::with_races(vec![
        race("r", date(2026, 6, 20), 9, LONDON, 10.0, Priority::B),
        race("next", date(2026, 6, 22), 9, LONDON, 10.0, Priority::A),
    ]);
    let between = day_at(&data, local(LONDON, 2026, 6, 21, 10, 0));
    let kinds: Vec<MassageKind> = between.recommendations.iter().map(|rec| rec.kind).collect();
    assert!(kinds.contains(&MassageKind::PreEvent), "{kinds:?}");
    assert!(!kinds.contains(&MassageKind::PostEvent), "{kinds:?}");
    assert!(
        between
            .withheld
            .iter()
            .any(|w| w.kind == MassageKind::PostEvent
                && matches!(w.reason, Reason::PreEventAlsoFlushes { .. })),
        "{:?}",
        between.withheld
    );
}
