//! Races beyond the few shown in full: one line each, and finished races folded by season, so a
//! heavy season opens as fast as a light one (the full cards carry countdowns and timelines).

use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::words::{message_with, Arg};
use crate::ui::views::races::actions::RaceActions;
use crate::ui::views::races::card::{race_facts, race_when};
use crate::ui::views::races::draft::RaceDraft;
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::removal::Removals;
use chrono::Datelike;
use dioxus::prelude::*;

/// One race on one line, with its Edit and Delete buttons.
#[component]
pub fn CompactRace(
    race: Race,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
) -> Element {
    let heading_id = format!("{}-name", race.id);
    rsx! {
        li { class: "race-row", "aria-labelledby": "{heading_id}",
            p { class: "race-row-text",
                strong { id: "{heading_id}", "{race.name}" }
                " · {race_when(&race)} · {race_facts(&race, units)}"
            }
            RaceActions { race: race.clone(), units, editor, removals }
        }
    }
}

/// Races as one-line rows in a list named `label`.
#[component]
pub fn CompactList(
    races: Vec<Race>,
    label: String,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
) -> Element {
    rsx! {
        ul { class: "race-rows", "aria-label": "{label}",
            for race in races {
                CompactRace { key: "{race.id}", race, units, editor, removals }
            }
        }
    }
}

/// Finished races grouped by the year they were run, newest first, each group folded until the
/// runner opens it; a folded group draws nothing but its button.
#[component]
pub fn FinishedBySeason(
    races: Vec<Race>,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
) -> Element {
    let mut seasons: Vec<(i32, Vec<Race>)> = Vec::new();
    for race in races.into_iter().rev() {
        let year = race.date.year();
        match seasons.last_mut() {
            Some((last, group)) if *last == year => group.push(race),
            _ => seasons.push((year, vec![race])),
        }
    }
    rsx! {
        for (year, group) in seasons {
            FoldedSeason { key: "{year}", year, races: group, units, editor, removals }
        }
    }
}

#[component]
fn FoldedSeason(
    year: i32,
    races: Vec<Race>,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
) -> Element {
    let mut open = use_signal(|| false);
    // The year as text: "2,026" is not a year.
    let args = [
        ("year", Arg::from(year.to_string())),
        ("count", Arg::from(races.len())),
    ];
    let button = message_with(
        if open() {
            "races-fold-hide"
        } else {
            "races-fold-show"
        },
        &args,
    );
    let list_label = message_with("races-finished-in", &args);
    let list_id = format!("season-{year}-races");
    rsx! {
        div { class: "folded-season",
            button { r#type: "button", class: "button", id: "fold-{year}",
                "aria-expanded": if open() { "true" } else { "false" },
                "aria-controls": "{list_id}",
                onclick: move |_| open.toggle(),
                "{button}"
            }
            if open() {
                div { id: "{list_id}",
                    CompactList { races, label: list_label, units, editor, removals }
                }
            }
        }
    }
}
