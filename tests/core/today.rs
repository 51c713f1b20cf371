//! Table tests for `today()` on the race side (rules 1, 3, 4, 5 and 8 around races): windows by
//! priority, race day, the flush, other time zones, DST and 29 February.

use crate::common::today::*;
use crate::common::*;
use chrono::Duration;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::{Priority, RaceLength};
use fresh_legs::core::recommend::phase::Phase;
use fresh_legs::core::recommend::today::Place;
use fresh_legs::core::recommend::{Advice, Notice, Reason};
use fresh_legs::core::record::RecordId;

#[test]
fn no_races_means_general_work_and_home_care() {
    let day = day_at(&Data::default(), utc(2026, 5, 5, 9, 0));
    assert!(day.next_race.is_none() && day.recent_race.is_none());
    // One hands-on session a day: the general massage is today's, the rolling another day's.
    assert_eq!(kinds(&day), [MassageKind::General]);
    assert_eq!(
        withheld(&day, MassageKind::SelfMassage),
        Some(&Reason::OneSessionADay {
            kind: MassageKind::General,
            logged: false
        })
    );
    assert!(day.warnings.is_empty());
    assert!(day.home_care.iter().all(|n| n.rule() == 10));
    // Without a therapist budget the rolling is the day's session.
    let mut home_only = Data::default();
    home_only.profile.massage_budget_per_month = 0;
    let day = day_at(&home_only, utc(2026, 5, 5, 9, 0));
    assert_eq!(kinds(&day), [MassageKind::SelfMassage]);
    let roll = &day.recommendations[0];
    assert_eq!(
        roll.place,
        Place::Home {
            tools: vec![fresh_legs::core::body::MassageTool::FoamRoller]
        }
    );
    // The length of the routine the card starts, with its pauses: never a second figure.
    let routine = fresh_legs::core::routine::catalog::builtin(
        fresh_legs::core::routine::catalog::FULL_BODY,
        fresh_legs::core::body::ToolsOwned::default(),
    )
    .unwrap();
    let played = routine.total_seconds(fresh_legs::core::routine::Pacing::default());
    assert_eq!(
        roll.minutes,
        Some(u16::try_from((played + 30) / 60).unwrap())
    );
}

#[test]
fn cutoffs_and_pre_event_windows_follow_race_priority() {
    // (priority, days before race day, general allowed, pre-event offered, phase)
    let cases = [
        (Priority::A, 12, true, false, Phase::Build),
        (Priority::A, 6, true, false, Phase::Build),
        (Priority::A, 5, false, false, Phase::DeepWorkCutoff),
        (Priority::A, 3, false, false, Phase::DeepWorkCutoff),
        // Two days out the plan books the pre-event session for the next day (rule 4).
        (Priority::A, 2, false, false, Phase::PreEventWindow),
        (Priority::A, 1, false, true, Phase::PreEventWindow),
        (Priority::B, 5, true, false, Phase::Build),
        (Priority::B, 4, false, false, Phase::DeepWorkCutoff),
        (Priority::C, 3, true, false, Phase::Build),
        (Priority::C, 2, false, false, Phase::PreEventWindow),
        (Priority::C, 1, false, true, Phase::PreEventWindow),
    ];
    for (priority, days, general, pre, phase) in cases {
        let mut data = Data::with_races(vec![race(
            "r",
            date(2026, 6, 20),
            9,
            LONDON,
            10.0,
            priority,
        )]);
        // Room in the budget for the race's sessions and general work alike, so only the
        // windows decide.
        data.profile.massage_budget_per_month = 4;
        let now = local(LONDON, 2026, 6, 20, 10, 0) - Duration::days(days);
        let day = day_at(&data, now);
        let label = format!("{priority:?} {days} days out");
        assert_eq!(
            kinds(&day).contains(&MassageKind::General),
            general,
            "{label}"
        );
        assert_eq!(kinds(&day).contains(&MassageKind::PreEvent), pre, "{label}");
        if days == 2 {
            assert_eq!(
                withheld(&day, MassageKind::PreEvent),
                Some(&Reason::PlannedFor {
                    kind: MassageKind::PreEvent,
                    date: Some(date(2026, 6, 19))
                }),
                "{label}: Today points to the plan's day"
            );
        }
        assert_eq!(day.next_race.as_ref().unwrap().phase, phase, "{label}");
        if !general {
            assert_eq!(
                withheld(&day, MassageKind::General).unwrap().rule(),
                4,
                "{label}"
            );
        }
        // Self-massage is the day's session unless a therapist's is.
        let rolls = !general && !pre;
        assert_eq!(
            kinds(&day).contains(&MassageKind::SelfMassage),
            rolls,
            "{label}"
        );
        if !rolls {
            assert!(
                matches!(
                    withheld(&day, MassageKind::SelfMassage),
                    Some(Reason::OneSessionADay { .. })
                ),
                "{label}"
            );
        }
    }
}

#[test]
fn an_a_race_tomorrow_gets_a_light_pre_event_massage() {
    let data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    let day = day_at(&data, local(LONDON, 2026, 6, 19, 8, 0));
    let pre = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::PreEvent)
        .unwrap();
    assert_eq!(pre.place, Place::Therapist);
    assert_eq!(
        pre.reasons,
        [Reason::PreEventSoon {
            race: "r race".into(),
            days: 1,
            approach: PreEventPreference::LightFlush,
        }]
    );
    assert_eq!(
        pre.advice,
        Advice::PreEvent {
            preference: PreEventPreference::LightFlush,
            tried: false
        },
        "nothing in the log: not tried"
    );
    assert_eq!(kinds(&day), [MassageKind::PreEvent], "one session a day");
    // Three days out, inside the cut-off, the rolling is the day's session, short and light.
    let earlier = day_at(&data, local(LONDON, 2026, 6, 17, 8, 0));
    let self_care = recommendation(&earlier, MassageKind::SelfMassage);
    assert_eq!(
        self_care.minutes,
        Some(6),
        "race week keeps self-massage short"
    );
}

#[test]
fn no_touch_days_remove_every_massage_and_say_why() {
    let mut data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 4 };
    let day = day_at(&data, local(LONDON, 2026, 6, 18, 8, 0));
    assert!(day.recommendations.is_empty(), "{:?}", day.recommendations);
    assert_eq!(
        withheld(&day, MassageKind::PreEvent),
        Some(&Reason::NoTouchDays {
            race: "r race".into(),
            days: 4
        })
    );
    // Five days out is outside the no-touch days but inside the A cut-off: home care only.
    let earlier = day_at(&data, local(LONDON, 2026, 6, 15, 8, 0));
    assert_eq!(kinds(&earlier), [MassageKind::SelfMassage]);
}

#[test]
fn race_day_before_and_after_the_start() {
    let data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        10.0,
        Priority::A,
    )]);
    let morning = day_at(&data, local(LONDON, 2026, 6, 20, 7, 0));
    assert_eq!(morning.next_race.as_ref().unwrap().phase, Phase::RaceDay);
    assert_eq!(kinds(&morning), [MassageKind::PreEvent]);
    let pre = &morning.recommendations[0];
    assert!(
        matches!(pre.place, Place::Start { .. }),
        "at the start, not at home"
    );
    assert_eq!(pre.advice, Advice::RaceDayFlush);
    assert_eq!(
        pre.reasons,
        [Reason::RaceDay {
            race: "r race".into()
        }]
    );

    let evening = day_at(&data, local(LONDON, 2026, 6, 20, 18, 0));
    assert!(evening.next_race.is_none());
    assert_eq!(
        evening.recent_race.as_ref().unwrap().phase,
        Phase::PostEventFlush
    );
    // The flush window opened about 2 h after the finish: the flush is this evening's (rule 3).
    assert!(!kinds(&evening).contains(&MassageKind::General));
    let flush = recommendation(&evening, MassageKind::PostEvent);
    assert_eq!(flush.place, Place::Therapist);
    assert_eq!(
        flush.reasons,
        [Reason::PostEventFlush {
            race: "r race".into(),
            days_after: 0
        }]
    );
    // Had that evening, it is not offered again the next day.
    let mut flushed = data.clone();
    flushed.log.push(massage(
        "flush",
        local(LONDON, 2026, 6, 20, 18, 30),
        MassageKind::PostEvent,
        Pressure::Light,
        None,
    ));
    let next_day = day_at(&flushed, local(LONDON, 2026, 6, 21, 10, 0));
    assert!(!kinds(&next_day).contains(&MassageKind::PostEvent));
}

#[test]
fn after_a_race_the_flush_comes_first_and_general_work_waits_72_hours() {
    let mut data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        10.0,
        Priority::B,
    )]);
    // A budget with room for a B race's flush as well as general work.
    data.profile.massage_budget_per_month = 4;
    let finish = data.races[0].estimated_finish();
    let yesterday = day_at(&data, local(LONDON, 2026, 6, 21, 10, 0));
    assert_eq!(
        yesterday.recent_race.as_ref().unwrap().phase,
        Phase::PostEventFlush
    );
    let post = yesterday
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::PostEvent)
        .unwrap();
    assert_eq!(post.reasons[0].rule(), 3);
    assert_eq!(
        withheld(&yesterday, MassageKind::General),
        Some(&Reason::PostRaceGap {
            race: "r race".into(),
            length: RaceLength::UpToHalf,
            hours: 72
        })
    );
    assert!(yesterday.home_care.contains(&Notice::AfterRace));

    // The gap ends 72 h after the finish: the whole day must be clear of it.
    let day_three = day_at(&data, finish + Duration::hours(70));
    assert_eq!(
        day_three.recent_race.as_ref().unwrap().phase,
        Phase::Recovery
    );
    assert!(!kinds(&day_three).contains(&MassageKind::General));
    assert!(!kinds(&day_three).contains(&MassageKind::PostEvent));
    let day_four = day_at(&data, local(LONDON, 2026, 6, 24, 10, 0));
    assert!(kinds(&day_four).contains(&MassageKind::General));

    data.log.push(massage(
        "p",
        finish + Duration::hours(3),
        MassageKind::PostEvent,
        Pressure::Medium,
        None,
    ));
    let done = day_at(&data, local(LONDON, 2026, 6, 21, 10, 0));
    assert!(
        !kinds(&done).contains(&MassageKind::PostEvent),
        "already had the flush"
    );
}

#[test]
fn a_c_race_three_days_before_an_a_race() {
    let mut data = Data::with_races(vec![
        race("c", date(2026, 6, 10), 9, LONDON, 5.0, Priority::C),
        race("a", date(2026, 6, 13), 9, LONDON, 42.2, Priority::A),
    ]);
    data.profile.massage_budget_per_month = 4;
    let monday = day_at(&data, local(LONDON, 2026, 6, 8, 10, 0));
    assert!(!kinds(&monday).contains(&MassageKind::General));
    assert_eq!(
        monday.next_race.as_ref().unwrap().race_id,
        RecordId("c".into())
    );

    let thursday = day_at(&data, local(LONDON, 2026, 6, 11, 10, 0));
    assert_eq!(
        thursday.next_race.as_ref().unwrap().phase,
        Phase::PreEventWindow
    );
    assert_eq!(
        thursday.recent_race.as_ref().unwrap().phase,
        Phase::PostEventFlush
    );
    // The plan gives Thursday to the C race's flush and Friday to the A race's pre-event work:
    // one light session a day (rule 4 keeps Today to the plan's).
    assert!(kinds(&thursday).contains(&MassageKind::PostEvent));
    assert_eq!(
        withheld(&thursday, MassageKind::PreEvent),
        Some(&Reason::PlannedFor {
            kind: MassageKind::PreEvent,
            date: Some(date(2026, 6, 12))
        })
    );
    let friday = day_at(&data, local(LONDON, 2026, 6, 12, 8, 0));
    assert!(kinds(&friday).contains(&MassageKind::PreEvent));
    assert!(!kinds(&friday).contains(&MassageKind::PostEvent));

    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 4 };
    let hands_off = day_at(&data, local(LONDON, 2026, 6, 11, 10, 0));
    assert!(hands_off.recommendations.is_empty());
    assert!(matches!(
        withheld(&hands_off, MassageKind::PostEvent),
        Some(Reason::NoTouchDays { race, .. }) if race == "a race"
    ));
}

#[test]
fn a_race_in_another_time_zone_uses_its_own_calendar() {
    // Tokyo, 07:00 on 20 June: already race day there while it is the evening of the 19th in London.
    let data = Data::with_races(vec![race(
        "t",
        date(2026, 6, 20),
        7,
        chrono_tz::Asia::Tokyo,
        10.0,
        Priority::A,
    )]);
    let evening = day_at(&data, local(LONDON, 2026, 6, 19, 20, 0));
    assert_eq!(evening.date, date(2026, 6, 19));
    assert_eq!(evening.next_race.as_ref().unwrap().phase, Phase::RaceDay);
    let two_days = day_at(&data, local(LONDON, 2026, 6, 18, 10, 0));
    assert_eq!(
        two_days.next_race.as_ref().unwrap().phase,
        Phase::PreEventWindow
    );
    // The runner's own zone decides what "today" is.
    let in_tokyo = day_in(&data, utc(2026, 6, 19, 16, 0), chrono_tz::Asia::Tokyo);
    assert_eq!(in_tokyo.date, date(2026, 6, 20));
}

#[test]
fn cutoffs_across_the_us_dst_change_block_the_whole_local_day() {
    // New York, 1 November 2026: clocks go back at 02:00 and the race starts at 08:00 EST (13:00 UTC).
    let mut data = Data::with_races(vec![race(
        "ny",
        date(2026, 11, 1),
        8,
        chrono_tz::America::New_York,
        42.2,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 4;
    assert_eq!(data.races[0].start_instant(), utc(2026, 11, 1, 13, 0));
    // The cut-off opens at midnight EDT on 27 October (04:00 UTC). At 03:00 UTC the phase is still
    // Build, but the London day overlaps the cut-off, so no general massage that day.
    let early = day_at(&data, utc(2026, 10, 27, 3, 0));
    assert_eq!(early.next_race.as_ref().unwrap().phase, Phase::Build);
    assert!(!kinds(&early).contains(&MassageKind::General));
    let day_before = day_at(&data, utc(2026, 10, 26, 10, 0));
    assert!(kinds(&day_before).contains(&MassageKind::General));
    let pre = day_at(&data, utc(2026, 10, 30, 12, 0));
    assert_eq!(pre.next_race.as_ref().unwrap().phase, Phase::PreEventWindow);
}

#[test]
fn the_cut_off_can_start_on_29_february() {
    let data = Data::with_races(vec![race(
        "leap",
        date(2028, 3, 5),
        9,
        LONDON,
        21.1,
        Priority::A,
    )]);
    let leap_day = day_at(&data, local(LONDON, 2028, 2, 29, 10, 0));
    assert_eq!(leap_day.date, date(2028, 2, 29));
    assert_eq!(
        leap_day.next_race.as_ref().unwrap().phase,
        Phase::DeepWorkCutoff
    );
    assert!(!kinds(&leap_day).contains(&MassageKind::General));
    let day_before = day_at(&data, local(LONDON, 2028, 2, 28, 10, 0));
    assert!(kinds(&day_before).contains(&MassageKind::General));
}
