//! One race in the list: when and where it starts, a live countdown (or "Finished"), the timeline
//! of its windows, and buttons to edit or delete it.

use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::ui::clock::use_clock;
use crate::ui::components::Countdown;
use crate::ui::state::{use_app_state, use_document_update};
use crate::ui::views::races::draft::RaceDraft;
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::removal::{Removals, Removed};
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
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let windows = RaceWindows::new(&race, state.read().profile());
    let finished = race.is_finished(now);
    let start = race.start_instant();
    let when = format!(
        "{} at {} ({})",
        race.date.format("%a %-d %b %Y"),
        race.start_time.format("%H:%M"),
        race.time_zone.name()
    );
    let facts = format!(
        "{} · {} · {}",
        race.priority.label(),
        units.format_km(race.distance_km),
        if race.outdoor { "Outdoor" } else { "Indoor" }
    );
    let heading_id = format!("{}-name", race.id);
    let (edit_race, delete_race) = (race.clone(), race.clone());
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
            div { class: "card-actions",
                button { r#type: "button", class: "button", id: "edit-{race.id}",
                    onclick: move |_| editor.edit(edit_race.id.clone(), RaceDraft::from_race(&edit_race, units)),
                    "Edit"
                    span { class: "visually-hidden", " {race.name}" }
                }
                button { r#type: "button", class: "button danger", id: "delete-{race.id}",
                    onclick: move |_| {
                        if editor.editing.read().as_ref() == Some(&delete_race.id) {
                            editor.reset(RaceDraft::new(clock.zone(), units));
                        }
                        removals.delete(update, Removed::Race(delete_race.clone()), clock.now());
                    },
                    "Delete"
                    span { class: "visually-hidden", " {race.name}" }
                }
            }
        }
    }
}
