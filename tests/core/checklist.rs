//! Checklists from templates: each preference, the tools owned, race kinds, ticks that survive
//! template changes, the runner's own items, and what is due on a given day.

use crate::common::{date, local, race, utc, LONDON};
use chrono::Duration;
use fresh_legs::core::checklist::state::RaceChecklist;
use fresh_legs::core::checklist::{default_race, due_between, Checklist, Group, ListKind};
use fresh_legs::core::profile::{PreEventPreference, Profile, ToolsOwned};
use fresh_legs::core::race::local_time::day_span;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::catalog::{POST_RACE_FLUSH, PRE_RACE_FLUSH};
use std::collections::BTreeSet;

/// Sunday 6 December 2026, 09:00 in London: an outdoor A marathon.
fn marathon() -> Race {
    race(
        "valencia",
        date(2026, 12, 6),
        9,
        LONDON,
        42.195,
        Priority::A,
    )
}

fn profile(preference: PreEventPreference, tools: ToolsOwned) -> Profile {
    Profile {
        pre_event_preference: preference,
        tools,
        ..Profile::default()
    }
}

fn roller() -> ToolsOwned {
    ToolsOwned::default()
}

fn ids(checklist: &Checklist) -> Vec<&str> {
    checklist
        .items
        .iter()
        .map(|item| item.id.as_str())
        .collect()
}

fn find<'a>(checklist: &'a Checklist, id: &str) -> &'a fresh_legs::core::checklist::ChecklistItem {
    checklist
        .items
        .iter()
        .find(|item| item.id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", ids(checklist)))
}

#[test]
fn a_light_flush_runner_gets_the_articles_advice_in_the_right_groups() {
    let list = Checklist::new(
        &profile(PreEventPreference::LightFlush, roller()),
        &marathon(),
        None,
    );
    let expected = [
        ("tpl-book-pre-event", Group::TwoDaysBefore),
        ("tpl-hydrate-two-days", Group::TwoDaysBefore),
        ("tpl-pre-event-massage", Group::DayBefore),
        ("tpl-pre-self-massage", Group::DayBefore),
        ("tpl-sun-safe-oil", Group::DayBefore),
        ("tpl-warm-up", Group::RaceMorning),
        ("tpl-post-static-stretch", Group::FirstTwoHours),
        ("tpl-post-flush", Group::DayOne),
        ("tpl-post-self-massage", Group::DayOne),
        ("tpl-post-no-general", Group::DaysTwoToThree),
        ("tpl-post-soreness-check", Group::DaysTwoToThree),
    ];
    for (id, group) in expected {
        assert_eq!(find(&list, id).group, group, "{id}");
    }
    assert!(find(&list, "tpl-pre-event-massage")
        .text
        .contains("light flushing"));
    assert!(!ids(&list).contains(&"tpl-deep-note"));
    assert!(!ids(&list).contains(&"tpl-no-touch"));
    // After a marathon the gap is at least 120 h from the estimated finish (09:00 + 5 h 06, GMT).
    assert!(
        find(&list, "tpl-post-no-general")
            .text
            .contains("Friday 11 December, 14:06"),
        "{}",
        find(&list, "tpl-post-no-general").text
    );
    let groups: Vec<Group> = list.items.iter().map(|item| item.group).collect();
    assert!(
        groups.windows(2).all(|pair| pair[0] <= pair[1]),
        "grouped in time order"
    );
}

#[test]
fn no_touch_drops_every_pre_event_massage_item_but_keeps_the_warm_up() {
    let list = Checklist::new(
        &profile(PreEventPreference::NoTouch { days: 4 }, roller()),
        &marathon(),
        None,
    );
    let ids = ids(&list);
    for absent in [
        "tpl-book-pre-event",
        "tpl-pre-event-massage",
        "tpl-pre-self-massage",
        "tpl-morning-short-session",
    ] {
        assert!(!ids.contains(&absent), "{absent} in {ids:?}");
    }
    assert!(find(&list, "tpl-no-touch").text.contains("4 days"));
    assert!(find(&list, "tpl-warm-up").text.contains("Warm up"));
    assert!(
        ids.contains(&"tpl-post-flush"),
        "after the race, touch is back"
    );
}

#[test]
fn a_deep_preference_adds_a_note_to_keep_it_short_and_tried() {
    let list = Checklist::new(
        &profile(PreEventPreference::Deep, roller()),
        &marathon(),
        None,
    );
    let note = &find(&list, "tpl-deep-note").text;
    assert!(note.contains("short") && note.contains("tried"), "{note}");
    let compression = Checklist::new(
        &profile(PreEventPreference::Compression, roller()),
        &marathon(),
        None,
    );
    assert!(find(&compression, "tpl-pre-event-massage")
        .text
        .contains("over your clothes"));
}

#[test]
fn the_tools_owned_choose_the_self_massage_routines() {
    let routine = |tools: ToolsOwned, id: &str| {
        let list = Checklist::new(
            &profile(PreEventPreference::LightFlush, tools),
            &marathon(),
            None,
        );
        list.items
            .iter()
            .find(|item| item.id == id)
            .and_then(|item| item.routine.clone())
            .map(|routine| routine.0)
    };
    let stick = ToolsOwned {
        foam_roller: false,
        stick: true,
        ball: false,
    };
    let ball = ToolsOwned {
        foam_roller: false,
        stick: false,
        ball: true,
    };
    assert_eq!(
        routine(roller(), "tpl-pre-self-massage").as_deref(),
        Some(PRE_RACE_FLUSH)
    );
    assert_eq!(
        routine(roller(), "tpl-post-self-massage").as_deref(),
        Some(POST_RACE_FLUSH)
    );
    // With a stick only, the same flushes are fitted to the stick.
    assert_eq!(
        routine(stick, "tpl-pre-self-massage").as_deref(),
        Some(PRE_RACE_FLUSH)
    );
    assert_eq!(
        routine(stick, "tpl-post-self-massage").as_deref(),
        Some(POST_RACE_FLUSH)
    );
    // A ball is for trigger points: too specific for race week, so no self-massage item at all.
    assert_eq!(routine(ball, "tpl-pre-self-massage"), None);
    assert_eq!(routine(ball, "tpl-post-self-massage"), None);
}

#[test]
fn only_outdoor_races_in_daylight_get_the_sun_safe_oil_item() {
    let has_sun_item = |race: Race| {
        let list = Checklist::new(&Profile::default(), &race, None);
        ids(&list).contains(&"tpl-sun-safe-oil")
    };
    let indoor = Race {
        outdoor: false,
        ..marathon()
    };
    let night_10k = race("night", date(2026, 12, 6), 21, LONDON, 10.0, Priority::B);
    let overnight_ultra = race("ultra", date(2026, 12, 6), 21, LONDON, 100.0, Priority::A);
    assert!(has_sun_item(marathon()));
    assert!(!has_sun_item(indoor));
    assert!(!has_sun_item(night_10k));
    assert!(has_sun_item(overnight_ultra), "still running after sunrise");
}

#[test]
fn template_ids_are_unique_for_every_preference_and_tool_combination() {
    let preferences = [
        PreEventPreference::LightFlush,
        PreEventPreference::Compression,
        PreEventPreference::Deep,
        PreEventPreference::NoTouch { days: 3 },
    ];
    for preference in preferences {
        for bits in 0..8u8 {
            let tools = ToolsOwned {
                foam_roller: bits & 1 != 0,
                stick: bits & 2 != 0,
                ball: bits & 4 != 0,
            };
            for budget in [0, 2] {
                let mut runner = profile(preference, tools);
                runner.massage_budget_per_month = budget;
                let list = Checklist::new(&runner, &marathon(), None);
                let unique: BTreeSet<&str> = ids(&list).into_iter().collect();
                assert_eq!(unique.len(), list.items.len(), "{preference:?} {tools:?}");
                assert!(unique.iter().all(|id| id.starts_with("tpl-")));
                assert_eq!(
                    unique.contains("tpl-book-pre-event"),
                    budget > 0 && !matches!(preference, PreEventPreference::NoTouch { .. }),
                    "booking needs a budget and a hands-on preference"
                );
            }
        }
    }
}

#[test]
fn ticks_survive_a_preference_change_that_hides_and_brings_back_an_item() {
    let race = marathon();
    let mut saved = RaceChecklist::new(&race.id, utc(2026, 12, 1, 8, 0));
    saved.set_ticked("tpl-pre-event-massage", true, utc(2026, 12, 5, 18, 0));
    saved.set_ticked("tpl-warm-up", true, utc(2026, 12, 6, 8, 30));

    let no_touch = Checklist::new(
        &profile(PreEventPreference::NoTouch { days: 3 }, roller()),
        &race,
        Some(&saved),
    );
    assert_eq!(
        no_touch.progress(ListKind::PreEvent).done,
        1,
        "only the warm-up is shown and ticked"
    );

    let flush = Checklist::new(&Profile::default(), &race, Some(&saved));
    assert!(find(&flush, "tpl-pre-event-massage").ticked);
    let progress = flush.progress(ListKind::PreEvent);
    assert_eq!(progress.done, 2);
    assert_eq!(flush.progress(ListKind::PostEvent).done, 0);
    assert_eq!(progress.percent(), (200 / progress.total) as u8);
}

#[test]
fn own_items_follow_the_templates_of_their_group_in_the_runners_order() {
    let race = marathon();
    let at = utc(2026, 12, 1, 8, 0);
    let mut saved = RaceChecklist::new(&race.id, at);
    saved
        .add(
            RecordId("own-b".into()),
            Group::DayBefore,
            "Charge the watch",
            at,
        )
        .unwrap();
    saved
        .add(
            RecordId("own-a".into()),
            Group::DayBefore,
            "Pin the bib",
            at,
        )
        .unwrap();
    saved.set_ticked("own-a", true, at);
    let list = Checklist::new(&Profile::default(), &race, Some(&saved));
    let day_before: Vec<&str> = list
        .group(Group::DayBefore)
        .map(|item| item.id.as_str())
        .collect();
    assert_eq!(&day_before[day_before.len() - 2..], ["own-b", "own-a"]);
    assert!(list.group(Group::DayBefore).last().unwrap().ticked);
    assert!(list
        .items
        .iter()
        .filter(|item| item.own)
        .all(|item| item.routine.is_none()));
    let without = Checklist::new(&Profile::default(), &race, None);
    assert_eq!(
        list.progress(ListKind::PreEvent).total,
        without.progress(ListKind::PreEvent).total + 2
    );
}

#[test]
fn items_are_due_on_the_runners_day_relative_to_the_race_start() {
    let runner = Profile::default();
    let races = [marathon()];
    let due_on = |y, m, d| -> BTreeSet<Group> {
        let (from, to) = day_span(LONDON, date(y, m, d));
        due_between(&runner, &races, &[], from, to)
            .into_iter()
            .map(|due| due.item.group)
            .collect()
    };
    assert_eq!(due_on(2026, 12, 3), BTreeSet::new());
    assert_eq!(due_on(2026, 12, 4), BTreeSet::from([Group::TwoDaysBefore]));
    assert_eq!(due_on(2026, 12, 5), BTreeSet::from([Group::DayBefore]));
    // Race day: the morning, the first hours after the finish, and the flush from two hours
    // after it.
    assert_eq!(
        due_on(2026, 12, 6),
        BTreeSet::from([Group::RaceMorning, Group::FirstTwoHours, Group::DayOne])
    );
    assert_eq!(due_on(2026, 12, 7), BTreeSet::from([Group::DayOne]));
    assert_eq!(due_on(2026, 12, 8), BTreeSet::from([Group::DaysTwoToThree]));
    assert_eq!(due_on(2026, 12, 9), BTreeSet::from([Group::DaysTwoToThree]));
    assert_eq!(due_on(2026, 12, 10), BTreeSet::new());
    let (from, to) = day_span(LONDON, date(2026, 12, 4));
    let due = due_between(&runner, &races, &[], from, to);
    assert_eq!(due[0].race_name, "valencia race");
}

#[test]
fn race_morning_ends_at_the_start_across_the_spring_clock_change() {
    // London springs forward at 01:00 on 29 March 2026: race morning is one hour shorter.
    let spring = race("spring", date(2026, 3, 29), 10, LONDON, 10.0, Priority::B);
    let (from, to) = Group::RaceMorning.due_span(&spring);
    assert_eq!(to, local(LONDON, 2026, 3, 29, 10, 0));
    assert_eq!(to - from, Duration::hours(9));
    let (from, to) = Group::DayBefore.due_span(&spring);
    assert_eq!(to - from, Duration::hours(24));
}

#[test]
fn the_screen_opens_on_the_next_race_whose_lists_are_still_open() {
    let earlier = race("earlier", date(2026, 11, 1), 9, LONDON, 10.0, Priority::C);
    let later = race("later", date(2027, 4, 1), 9, LONDON, 21.1, Priority::B);
    let races = [later.clone(), marathon(), earlier.clone()];
    let pick = |at| default_race(&races, at).map(|race| race.id.as_str().to_string());
    assert_eq!(pick(utc(2026, 11, 20, 0, 0)).as_deref(), Some("valencia"));
    assert_eq!(
        pick(utc(2026, 12, 8, 12, 0)).as_deref(),
        Some("valencia"),
        "post-race days still open"
    );
    assert_eq!(pick(utc(2026, 12, 20, 0, 0)).as_deref(), Some("later"));
    assert_eq!(
        pick(utc(2027, 6, 1, 0, 0)).as_deref(),
        Some("later"),
        "all behind: the latest"
    );
    assert_eq!(default_race(&[], utc(2026, 1, 1, 0, 0)), None);
}
