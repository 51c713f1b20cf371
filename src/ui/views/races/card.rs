//! One race in the list: when and where it starts, a live countdown (or "Finished"), the timeline
//! of its windows, and buttons to edit or delete it.

use crate::core::dates;
use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
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
                p { class: "race-finished", "Finished" }
            } else {
                Countdown { target: start, label: format!("Time until {} starts", race.name) }
            }
            RaceTimeline { race: race.clone(), windows, now }
            RaceActions { race: race.clone(), units, editor, removals }
        }
    }
}

/// When a race starts, in its own zone: "Sun 12 Apr 2026 at 09:00 (Europe/London)".
pub(crate) fn race_when(race: &Race) -> String {
    format!(
        "{} at {} ({})",
        dates::weekday_day_month_year(race.date),
        dates::clock(race.start_time),
        race.time_zone.name()
    )
}

/// A race's priority, distance and setting: "A race · 21.1 km · Outdoor".
pub(crate) fn race_facts(race: &Race, units: Units) -> String {
    format!(
        "{} · {} · {}",
        race.priority.label(),
        units.format_km(race.distance_km),
        if race.outdoor { "Outdoor" } else { "Indoor" }
    )
}
