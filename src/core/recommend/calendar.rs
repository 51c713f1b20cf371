//! The season as an iCalendar (`.ics`) file: races and therapist sessions, each with a reminder the
//! day before, built with the `icalendar` crate so escaping and line folding follow RFC 5545.

use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::recommend::copy::why;
use crate::core::recommend::plan::PlannedSession;
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};

/// The name suggested for the exported file.
pub const FILE_NAME: &str = "fresh-legs-season.ics";
/// Identifies the producer inside the file (RFC 5545 `PRODID`).
pub const PRODUCT_ID: &str = "-//Fresh Legs//Season plan//EN";
/// Suffix that makes every `UID` globally unique, so re-importing updates events instead of doubling them.
const UID_DOMAIN: &str = "fresh-legs.app";
/// A session is an all-day event; its reminder fires at 09:00 the day before (15 h before midnight).
const SESSION_REMINDER_LEAD: Duration = Duration::hours(15);
/// A race's reminder fires at the same clock time one day before the start.
const RACE_REMINDER_LEAD: Duration = Duration::days(1);

/// Whether a planned session goes into the exported calendar. Self-massage and flushes at home are
/// planned for nearly every free day; a reminder for each would bury the runner's calendar, so
/// only sessions that need booking go out.
pub fn exports_session(session: &PlannedSession) -> bool {
    !session.at_home
}

/// The `.ics` text for `races` and the bookable `sessions`. `stamp` (when the file is made) fills
/// every `DTSTAMP`, so the output depends only on the arguments.
pub fn season_calendar(
    races: &[Race],
    sessions: &[PlannedSession],
    units: Units,
    stamp: DateTime<Utc>,
) -> String {
    let mut calendar = Calendar::new();
    calendar.append_property(("PRODID", PRODUCT_ID));
    calendar.name(&message("today-calendar-name"));
    for race in races {
        calendar.push(race_event(race, units, stamp));
    }
    for session in sessions.iter().filter(|session| exports_session(session)) {
        let race_name = session
            .race_id
            .as_ref()
            .and_then(|id| races.iter().find(|race| &race.id == id))
            .map(|race| race.name.as_str());
        calendar.push(session_event(session, race_name, stamp));
    }
    calendar.done().to_string()
}

/// A display reminder `lead` before the start of the event `uid`. The crate writes a random UID
/// and the wall-clock time into any component missing them, so both are set here: the file then
/// depends only on its inputs, and the core stays free of clocks and randomness.
fn reminder(uid: &str, text: &str, lead: Duration, stamp: DateTime<Utc>) -> Alarm {
    Alarm::display(text, Trigger::before_start(lead))
        .uid(&format!("reminder-{uid}"))
        .timestamp(stamp)
        .done()
}

/// The reminder's text the day before `name`.
fn tomorrow(name: &str) -> String {
    message_with("today-calendar-reminder", &[("name", Arg::from(name))])
}

fn race_event(race: &Race, units: Units, stamp: DateTime<Utc>) -> icalendar::Event {
    let name = plain_text(&race.name);
    let description = message_with(
        "today-calendar-race",
        &[
            ("priority", Arg::from(race.priority.label())),
            ("distance", Arg::from(units.format_km(race.distance_km))),
            (
                "time",
                Arg::from(crate::core::dates::clock(race.start_time)),
            ),
            ("zone", Arg::from(race.time_zone.name())),
        ],
    );
    let uid = format!("{}@{UID_DOMAIN}", race.id);
    icalendar::Event::new()
        .uid(&uid)
        .timestamp(stamp)
        .summary(&name)
        .description(&description)
        .starts(race.start_instant())
        .ends(race.estimated_finish())
        .alarm(reminder(&uid, &tomorrow(&name), RACE_REMINDER_LEAD, stamp))
        .done()
}

fn session_event(
    session: &PlannedSession,
    race_name: Option<&str>,
    stamp: DateTime<Utc>,
) -> icalendar::Event {
    let summary = match race_name {
        Some(name) => format!("{} · {}", session.kind.label(), plain_text(name)),
        None => session.kind.label().to_string(),
    };
    let next_day = session.date.succ_opt().unwrap_or(session.date);
    // The plan books at most one session a day, so the date identifies it; a later export with a
    // changed plan then updates that day's event instead of adding a second one.
    let uid = format!("session-{}@{UID_DOMAIN}", session.date);
    icalendar::Event::new()
        .uid(&uid)
        .timestamp(stamp)
        .summary(&summary)
        .description(&message_with(
            "today-calendar-session",
            &[
                ("minutes", Arg::from(u32::from(session.minutes))),
                ("why", Arg::from(plain_text(&why(&session.reasons)))),
            ],
        ))
        .starts(session.date)
        // DTEND of an all-day event is exclusive: the next day.
        .ends(next_day)
        .alarm(reminder(
            &uid,
            &tomorrow(&summary),
            SESSION_REMINDER_LEAD,
            stamp,
        ))
        .done()
}

/// Text as RFC 5545 allows it before escaping: line breaks become `\n` (which the crate escapes),
/// and other control characters, which TEXT values may not contain, are dropped.
pub fn plain_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}
