//! Table tests for `today()`: every domain rule over fixed dates, time zones, DST and 29 February.

mod common;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use common::*;
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::PreEventFor;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::phase::Phase;
use fresh_legs::core::recommend::today::{today, Day, Place};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::BlockKind;

fn day_in(data: &Data, now: DateTime<Utc>, tz: Tz) -> Day {
    today(&data.inputs(), now, tz)
}

fn day_at(data: &Data, now: DateTime<Utc>) -> Day {
    day_in(data, now, LONDON)
}

fn kinds(day: &Day) -> Vec<MassageKind> {
    day.recommendations.iter().map(|rec| rec.kind).collect()
}

fn withheld(day: &Day, kind: MassageKind) -> Option<&str> {
    day.withheld
        .iter()
        .find(|w| w.kind == kind)
        .map(|w| w.reason.as_str())
}

fn recommendation(
    day: &Day,
    kind: MassageKind,
) -> &fresh_legs::core::recommend::today::Recommendation {
    day.recommendations
        .iter()
        .find(|rec| rec.kind == kind)
        .unwrap_or_else(|| panic!("a {kind:?} recommendation in {:?}", day.recommendations))
}

fn warning_rules(day: &Day) -> Vec<String> {
    day.warnings
        .iter()
        .map(|w| w.reason[..6].to_string())
        .collect()
}

#[test]
fn no_races_means_general_work_and_home_care() {
    let day = day_at(&Data::default(), utc(2026, 5, 5, 9, 0));
    assert!(day.next_race.is_none() && day.recent_race.is_none());
    assert_eq!(
        kinds(&day),
        [MassageKind::General, MassageKind::SelfMassage]
    );
    assert!(day.warnings.is_empty());
    assert!(day
        .home_care
        .iter()
        .all(|n| n.reason.starts_with("Rule 10 · ")));
    let roll = &day.recommendations[1];
    assert_eq!(
        roll.place,
        Place::Home {
            tool: Some(fresh_legs::core::body::MassageTool::FoamRoller)
        }
    );
    assert_eq!(roll.minutes, Some(12));
}

#[test]
fn cutoffs_and_pre_event_windows_follow_race_priority() {
    // (priority, days before race day, general allowed, pre-event offered, phase)
    let cases = [
        (Priority::A, 12, true, false, Phase::Build),
        (Priority::A, 6, true, false, Phase::Build),
        (Priority::A, 5, false, false, Phase::DeepWorkCutoff),
        (Priority::A, 3, false, false, Phase::DeepWorkCutoff),
        (Priority::A, 2, false, true, Phase::PreEventWindow),
        (Priority::A, 1, false, true, Phase::PreEventWindow),
        (Priority::B, 5, true, false, Phase::Build),
        (Priority::B, 4, false, false, Phase::DeepWorkCutoff),
        (Priority::C, 3, true, false, Phase::Build),
        (Priority::C, 2, false, true, Phase::PreEventWindow),
    ];
    for (priority, days, general, pre, phase) in cases {
        let data = Data::with_races(vec![race(
            "r",
            date(2026, 6, 20),
            9,
            LONDON,
            10.0,
            priority,
        )]);
        let now = local(LONDON, 2026, 6, 20, 10, 0) - Duration::days(days);
        let day = day_at(&data, now);
        let label = format!("{priority:?} {days} days out");
        assert_eq!(
            kinds(&day).contains(&MassageKind::General),
            general,
            "{label}"
        );
        assert_eq!(kinds(&day).contains(&MassageKind::PreEvent), pre, "{label}");
        assert_eq!(day.next_race.as_ref().unwrap().phase, phase, "{label}");
        if !general {
            assert!(
                withheld(&day, MassageKind::General)
                    .unwrap()
                    .starts_with("Rule 4 · "),
                "{label}"
            );
        }
        assert!(kinds(&day).contains(&MassageKind::SelfMassage), "{label}");
    }
}

#[test]
fn an_a_race_in_two_days_gets_a_light_pre_event_massage() {
    let data = Data::with_races(vec![race(
        "r",
        date(2026, 6, 20),
        9,
        LONDON,
        42.2,
        Priority::A,
    )]);
    let day = day_at(&data, local(LONDON, 2026, 6, 18, 8, 0));
    let pre = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::PreEvent)
        .unwrap();
    assert_eq!(pre.place, Place::Therapist);
    assert!(
        pre.reason.starts_with("Rule 1 · ") && pre.reason.contains("in 2 days"),
        "{}",
        pre.reason
    );
    assert!(pre.what.contains("Light flushing"));
    let self_care = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::SelfMassage)
        .unwrap();
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
    let reason = withheld(&day, MassageKind::PreEvent).unwrap();
    assert!(
        reason.starts_with("Rule 1 · ") && reason.contains("4 days before r race"),
        "{reason}"
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
    assert!(matches!(pre.place, Place::Home { .. }));
    assert!(pre.reason.contains("warm-up"), "{}", pre.reason);

    let evening = day_at(&data, local(LONDON, 2026, 6, 20, 18, 0));
    assert!(evening.next_race.is_none());
    assert_eq!(
        evening.recent_race.as_ref().unwrap().phase,
        Phase::PostEventFlush
    );
    assert!(kinds(&evening).contains(&MassageKind::PostEvent));
    assert!(!kinds(&evening).contains(&MassageKind::General));
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
    assert!(post.reason.starts_with("Rule 3 · "));
    let reason = withheld(&yesterday, MassageKind::General).unwrap();
    assert!(
        reason.starts_with("Rule 4 · ") && reason.contains("72 h"),
        "{reason}"
    );
    assert!(yesterday
        .home_care
        .iter()
        .any(|n| n.message.starts_with("Rehydrate")));

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
    assert!(kinds(&thursday).contains(&MassageKind::PreEvent));
    assert!(
        !kinds(&thursday).contains(&MassageKind::PostEvent),
        "one light session a day"
    );
    assert!(withheld(&thursday, MassageKind::PostEvent)
        .unwrap()
        .contains("c race"));

    data.profile.pre_event_preference = PreEventPreference::NoTouch { days: 4 };
    let hands_off = day_at(&data, local(LONDON, 2026, 6, 11, 10, 0));
    assert!(hands_off.recommendations.is_empty());
    assert!(withheld(&hands_off, MassageKind::PostEvent)
        .unwrap()
        .contains("a race"));
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
    let data = Data::with_races(vec![race(
        "ny",
        date(2026, 11, 1),
        8,
        chrono_tz::America::New_York,
        42.2,
        Priority::A,
    )]);
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
    assert_eq!(warning_rules(&day_at(&base, now)), ["Rule 2"]);

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
        ["Rule 2"],
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
    assert_eq!(warning_rules(&day_at(&only_for_this_race, now)), ["Rule 2"]);

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
                checkin("c", utc(2026, 5, 3, 9, 0), hours, level, bruising),
            ],
            ..Data::default()
        };
        let day = day_at(&data, now);
        assert_eq!(
            warning_rules(&day) == ["Rule 6"],
            warned,
            "{hours} h, level {level}, bruising {bruising}"
        );
    }
    let mut data = Data {
        log: vec![general, checkin("c", utc(2026, 5, 3, 9, 0), 48, 4, true)],
        ..Data::default()
    };
    assert!(day_at(&data, now).warnings[0]
        .message
        .contains("bruising and soreness"));
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
            Some("You had"),
        ),
        (
            utc(2026, 6, 19, 9, 0),
            local(LONDON, 2026, 6, 10, 10, 0),
            Some("booked"),
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
        let found = day
            .warnings
            .iter()
            .find(|w| w.reason.starts_with("Rule 4 · "));
        match expected {
            Some(words) => assert!(found.unwrap().message.contains(words), "{massage_at}"),
            None => assert!(found.is_none(), "{massage_at}"),
        }
    }
}

#[test]
fn an_active_injury_goes_to_a_professional_and_self_massage_keeps_off_it() {
    let mut data = Data::default();
    data.log
        .push(injury("i", BodyArea::Calves, date(2026, 5, 1), None));
    let day = day_at(&data, local(LONDON, 2026, 5, 5, 10, 0));
    assert_eq!(warning_rules(&day), ["Rule 7"]);
    let care = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::Injury)
        .unwrap();
    assert_eq!(
        (care.place, care.minutes),
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
        roll.reason
            .contains("Rule 7 · keep deep pressure off your calves"),
        "{}",
        roll.reason
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
fn the_budget_decides_when_general_work_is_due() {
    let now = local(LONDON, 2026, 5, 20, 10, 0);
    let general = |at| massage("g", at, MassageKind::General, Pressure::Deep, None);
    let mut none = Data::default();
    none.profile.massage_budget_per_month = 0;
    let mut spent = Data::default();
    spent.log.push(general(utc(2026, 5, 2, 9, 0)));
    let mut weekly = Data::default();
    weekly.profile.massage_budget_per_month = 4;
    weekly.log.push(general(utc(2026, 5, 17, 9, 0)));
    let mut waiting_for_block = Data::default();
    waiting_for_block.blocks.push(block(
        "p",
        date(2026, 6, 1),
        date(2026, 6, 28),
        BlockKind::Peak,
        false,
    ));
    let cases = [
        (none, "no therapist budget"),
        (spent, "already used or booked"),
        (weekly, "3 days ago"),
        (waiting_for_block, "hardest or speed-work weeks"),
    ];
    for (data, words) in cases {
        let day = day_at(&data, now);
        let reason = withheld(&day, MassageKind::General).unwrap_or_else(|| panic!("{words}"));
        assert!(
            reason.starts_with("Rule 5 · ") && reason.contains(words),
            "{reason}"
        );
    }
    let mut in_block = Data::default();
    in_block.blocks.push(block(
        "s",
        date(2026, 5, 11),
        date(2026, 5, 31),
        BlockKind::Build,
        true,
    ));
    let day = day_at(&in_block, now);
    assert!(kinds(&day).contains(&MassageKind::General));
    let roll = day
        .recommendations
        .iter()
        .find(|rec| rec.kind == MassageKind::SelfMassage)
        .unwrap();
    assert_eq!(
        roll.minutes,
        Some(20),
        "hard weeks get longer, targeted self-massage"
    );
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
    assert!(day.home_care.iter().any(|n| n.message.contains("last day")));
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
    let now = utc(2026, 6, 18, 8, 0);
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
    assert!(pre.reason.starts_with("Rule 1 · "), "{}", pre.reason);
    assert!(
        pre.reason
            .contains("Rule 5 · this month's 1 therapist session(s) are used or booked"),
        "{}",
        pre.reason
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
    assert!(
        !general(&data).what.contains("pressure"),
        "no step down without a reason"
    );

    data.log.push(checkin(
        "log-c",
        massage_at + Duration::hours(40),
        40,
        5,
        false,
    ));
    let lighter = general(&data);
    assert!(
        lighter.what.ends_with("Ask for medium pressure this time."),
        "{}",
        lighter.what
    );
    assert!(lighter.reason.contains("Rule 6 · "), "{}", lighter.reason);
}
