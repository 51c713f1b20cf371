//! The exported .ics parses back, with the `icalendar` parser, to the same events and reminders, and a
//! race name full of RFC 5545 special characters cannot break the file.

use crate::common::*;
use chrono::{DateTime, Duration, Utc};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::{PreEventPreference, Units};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::calendar::{plain_text, season_calendar};
use fresh_legs::core::recommend::plan::{plan, PlannedSession};
use fresh_legs::core::recommend::{why, Reason};
use fresh_legs::core::record::RecordId;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};

fn stamp() -> DateTime<Utc> {
    utc(2026, 11, 26, 9, 0)
}

fn parse(text: &str) -> Calendar {
    text.parse::<Calendar>()
        .unwrap_or_else(|error| panic!("the export must parse: {error}\n{text}"))
}

/// How long before the start a `TRIGGER` value fires, for the `-PT<seconds>S` form the crate writes
/// (RFC 5545 dur-time; no `RELATED` parameter means relative to the start).
fn lead(trigger: &str) -> Duration {
    let seconds = trigger
        .strip_prefix("-PT")
        .and_then(|rest| rest.strip_suffix('S'))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a reminder before the start, got {trigger}"));
    Duration::seconds(seconds)
}

/// (summary, start, how long before the start its single VALARM fires) per event, in file order.
fn events(calendar: &Calendar) -> Vec<(String, Option<DatePerhapsTime>, Duration)> {
    calendar
        .events()
        .map(|event| {
            let alarms: Vec<_> = event
                .components()
                .iter()
                .filter(|part| part.component_kind() == "VALARM")
                .collect();
            assert_eq!(alarms.len(), 1, "one reminder per event");
            assert_eq!(alarms[0].property_value("ACTION"), Some("DISPLAY"));
            let trigger = lead(alarms[0].property_value("TRIGGER").unwrap());
            (
                event.get_summary().unwrap().to_string(),
                event.get_start(),
                trigger,
            )
        })
        .collect()
}

fn session(on: (i32, u32, u32), kind: MassageKind, race: Option<&str>) -> PlannedSession {
    PlannedSession {
        date: date(on.0, on.1, on.2),
        kind,
        race_id: race.map(|id| RecordId(id.into())),
        minutes: 25,
        reasons: vec![Reason::PreEventSoon {
            race: "Harbour Half".into(),
            days: 1,
            approach: PreEventPreference::LightFlush,
        }],
        at_home: kind == MassageKind::SelfMassage,
    }
}

#[test]
fn races_and_sessions_come_back_with_their_times_and_reminders() {
    let races = vec![race(
        "berlin",
        date(2027, 9, 26),
        9,
        chrono_tz::Europe::Berlin,
        42.195,
        Priority::A,
    )];
    let sessions = vec![
        session((2027, 9, 25), MassageKind::PreEvent, Some("berlin")),
        session((2027, 9, 10), MassageKind::General, None),
        session((2027, 9, 11), MassageKind::SelfMassage, None),
    ];
    let text = season_calendar(&races, &sessions, Units::Km, stamp());
    let calendar = parse(&text);
    let found = events(&calendar);
    assert_eq!(found.len(), 3, "self-massage days stay out of the calendar");
    let start = races[0].start_instant();
    assert_eq!(start, utc(2027, 9, 26, 7, 0), "09:00 in Berlin (CEST)");
    assert_eq!(
        found[0],
        (
            "berlin race".to_string(),
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(start))),
            Duration::days(1)
        )
    );
    assert_eq!(found[1].0, "Pre-event massage · berlin race");
    assert_eq!(
        found[1].1,
        Some(DatePerhapsTime::Date(date(2027, 9, 25))),
        "sessions are all-day events"
    );
    assert_eq!(found[1].2, Duration::hours(15), "09:00 the day before");
    assert_eq!(found[2].0, "General massage");
    let berlin = calendar.events().next().unwrap();
    assert_eq!(
        berlin.get_end(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            races[0].estimated_finish()
        )))
    );
    assert_eq!(berlin.get_uid(), Some("berlin@fresh-legs.app"));
    assert_eq!(berlin.get_timestamp(), Some(stamp()));
    assert!(berlin
        .get_description()
        .unwrap()
        .contains("A race · 42.2 km"));
    assert!(text.contains("PRODID:-//Fresh Legs//Season plan//EN\r\n"));
}

#[test]
fn a_hostile_race_name_round_trips_and_cannot_add_lines() {
    let hostile =
        "Hills, Hops; & Mud\nEND:VCALENDAR\r\nBEGIN:VEVENT\\n \u{7} Ultra—長い名前の山岳レース";
    let mut berlin = race(
        "r1",
        date(2027, 5, 2),
        8,
        chrono_tz::Europe::Berlin,
        50.0,
        Priority::B,
    );
    berlin.name = hostile.to_string();
    let races = vec![berlin];
    let sessions = vec![session((2027, 5, 3), MassageKind::PostEvent, Some("r1"))];
    let text = season_calendar(&races, &sessions, Units::Mi, stamp());

    // Exactly one calendar with two events: the name did not open or close anything.
    assert_eq!(text.matches("BEGIN:VCALENDAR").count(), 1, "{text}");
    assert_eq!(text.matches("\r\nEND:VCALENDAR").count(), 1, "{text}");
    assert_eq!(text.matches("\r\nBEGIN:VEVENT\r\n").count(), 2, "{text}");
    // Every line ends in CRLF and no bare CR or LF is left inside a line.
    assert!(text.ends_with("\r\n"));
    assert!(text
        .split("\r\n")
        .all(|line| !line.contains('\r') && !line.contains('\n')));
    // Content lines are folded at 75 octets.
    assert!(text.split("\r\n").all(|line| line.len() <= 75), "{text}");

    let calendar = parse(&text);
    let summaries: Vec<String> = events(&calendar).into_iter().map(|e| e.0).collect();
    let expected = "Hills, Hops; & Mud\nEND:VCALENDAR\nBEGIN:VEVENT\\n  Ultra—長い名前の山岳レース";
    assert_eq!(plain_text(hostile), expected);
    assert_eq!(summaries[0], expected);
    assert_eq!(summaries[1], format!("Post-event massage · {expected}"));
    let description = calendar.events().next().unwrap().get_description().unwrap();
    assert!(description.contains("31.07 mi"), "{description}");
}

#[test]
fn a_planned_season_exports_every_bookable_session() {
    let mut data = Data::with_races(vec![race(
        "a",
        date(2027, 4, 25),
        9,
        LONDON,
        42.195,
        Priority::A,
    )]);
    data.profile.massage_budget_per_month = 2;
    let sessions = plan(&data.inputs(), date(2027, 3, 1), date(2027, 5, 15), LONDON);
    let bookable: Vec<&PlannedSession> = sessions
        .iter()
        .filter(|s| s.kind != MassageKind::SelfMassage)
        .collect();
    assert!(bookable.len() >= 3, "{bookable:?}");
    let calendar = parse(&season_calendar(&data.races, &sessions, Units::Km, stamp()));
    let found = events(&calendar);
    assert_eq!(found.len(), 1 + bookable.len());
    for (session, (summary, start, _)) in bookable.iter().zip(&found[1..]) {
        assert!(summary.starts_with(&session.kind.label()), "{summary}");
        assert_eq!(*start, Some(DatePerhapsTime::Date(session.date)));
    }
    let reasons: Vec<String> = calendar
        .events()
        .skip(1)
        .map(|event| event.get_description().unwrap().to_string())
        .collect();
    for (session, description) in bookable.iter().zip(&reasons) {
        assert!(
            description.ends_with(&why(&session.reasons)),
            "{description}"
        );
    }
}

#[test]
fn the_file_depends_only_on_its_inputs() {
    let races = vec![race("a", date(2027, 4, 25), 9, LONDON, 42.195, Priority::A)];
    let sessions = vec![session((2027, 4, 24), MassageKind::PreEvent, Some("a"))];
    let first = season_calendar(&races, &sessions, Units::Km, stamp());
    let again = season_calendar(&races, &sessions, Units::Km, stamp());
    assert_eq!(first, again, "no random UIDs or clock readings");
    assert!(
        first.contains("UID:reminder-a@fresh-legs.app\r\n"),
        "{first}"
    );
}

#[test]
fn races_without_sessions_still_make_a_valid_file() {
    let races: Vec<Race> = Vec::new();
    let text = season_calendar(&races, &[], Units::Km, stamp());
    assert_eq!(parse(&text).events().count(), 0);
}

/// The runner reads the events in their own calendar app, so they are in the app's language:
/// a German runner's race reads "A-Wettkampf · 42,2 km", its sessions by their German names.
#[test]
fn the_events_are_written_in_the_app_s_language() {
    use crate::support::words::in_language;
    use fresh_legs::core::words::Language;
    let races = vec![race(
        "berlin",
        date(2027, 9, 26),
        9,
        chrono_tz::Europe::Berlin,
        42.195,
        Priority::A,
    )];
    let sessions = vec![session(
        (2027, 9, 25),
        MassageKind::PreEvent,
        Some("berlin"),
    )];
    let text = in_language(Language::German, || {
        season_calendar(&races, &sessions, Units::Km, stamp())
    });
    let calendar = parse(&text);
    let berlin = calendar.events().next().unwrap();
    let description = berlin.get_description().unwrap();
    assert!(
        description.contains("A-Wettkampf · 42,2 km"),
        "{description}"
    );
    let found = events(&calendar);
    assert_eq!(found[1].0, "Vorwettkampfmassage · berlin race");
    // The file's own fields do not change with the language.
    assert!(text.contains("PRODID:-//Fresh Legs//Season plan//EN\r\n"));
}
