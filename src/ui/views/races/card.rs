//! One race in the list: when and where it starts, a live countdown (or "Finished"), the timeline
//! of its windows, and buttons to edit or delete it.

use crate::core::dates;
use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::core::words::{message, message_with, Arg};
use crate::ui::components::Countdown;
use crate::ui::state::use_app_state;
use crate::ui::views::races::actions::RaceActions;
use crate::ui::views::races::draft::RaceDraft;
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::removal::Removals;
use crate::ui::views::races::timeline::RaceTimeline;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// One race as a card in a list (`li`); `now` is the Races screen's minute clock, so a race turns
/// "finished" while the screen stays open.
#[component]
pub fn RaceCard(
    race: Race,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
    now: DateTime<Utc>,
) -> Element {
    let state = use_app_state();
    let windows = RaceWindows::new(&race, state.read().profile());
    let finished = race.is_finished(now);
    let start = race.start_instant();
    let when = race_when(&race);
    let facts = race_facts(&race, units);
    let heading_id = format!("{}-name", race.id);
    rsx! {
        li { class: if finished { "card race-card finished" } else { "card race-card" },
            "aria-labelledby": "{heading_id}",
            p { class: "eyebrow", "{facts}" }
            h3 { id: "{heading_id}", "{race.name}" }
            p { class: "race-when", "{when}" }
            if finished {
                p { class: "race-finished", {message("races-card-finished")} }
            } else {
                Countdown { target: start, label: message_with("races-time-until", &[("name", Arg::from(race.name.as_str()))]) }
            }
            RaceTimeline { race: race.clone(), windows, now }
            RaceActions { race: race.clone(), units, editor, removals }
        }
    }
}

/// When a race starts, in its own zone: "Sun 12 Apr 2026 at 09:00 (Europe/London)".
pub(crate) fn race_when(race: &Race) -> String {
    message_with(
        "races-when",
        &[
            ("date", Arg::from(dates::weekday_day_month_year(race.date))),
            ("time", Arg::from(dates::clock(race.start_time))),
            ("zone", Arg::from(race.time_zone.name())),
        ],
    )
}

/// A race's priority, distance and setting: "A race · 21.1 km · Outdoor".
pub(crate) fn race_facts(race: &Race, units: Units) -> String {
    message_with(
        "races-facts",
        &[
            ("priority", Arg::from(race.priority.label())),
            ("distance", Arg::from(distance(race.distance_km, units))),
            (
                "outdoor",
                Arg::from(if race.outdoor { "yes" } else { "no" }),
            ),
        ],
    )
}

/// A distance in the runner's units, "21.1 km", rounded to the hundredth first as
/// `Units::format_km` rounds it (42.195 km is 42.2, where the formatter alone would give 42.19).
fn distance(km: f64, units: Units) -> String {
    message_with(
        "races-distance",
        &[
            (
                "distance",
                Arg::from((units.from_km(km) * 100.0).round() / 100.0),
            ),
            ("unit", Arg::from(units.abbreviation())),
        ],
    )
}
