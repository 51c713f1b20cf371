//! Checklists: a race's pre- and post-event lists, grouped by when each item is due, with progress,
//! ticks that save at once, and the runner's own items.

use crate::core::checklist::{default_race, Checklist, ChecklistItem, Group, ListKind};
use crate::core::race::local_time::local_date;
use crate::core::race::Race;
use crate::core::recommend::red_flags::stop_on;
use crate::core::record::RecordId;
use crate::core::sorting;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::components::{BelowTheFold, ChecklistTick, ProgressRing, SelectField};
use crate::ui::state::use_app_state;
use crate::ui::views::checklists::own_items::{AddItemForm, OwnItemRow};
use dioxus::prelude::*;

#[component]
pub fn Checklists() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let mut chosen = use_signal(|| None::<RecordId>);
    let state = state.read();
    let document = &state.document;
    let mut races: Vec<&Race> = document.races.iter().collect();
    sorting::sort_by_key(&mut races, |race| race.start_instant());
    let race = chosen
        .read()
        .as_ref()
        .and_then(|id| document.races.iter().find(|race| &race.id == id))
        .or_else(|| default_race(&document.races, clock.now()));
    let Some(race) = race else {
        return rsx! {
            h1 { {message("checklists-title")} }
            section { class: "card",
                h2 { {message("checklists-no-race-title")} }
                p { {message("checklists-no-race")} }
            }
        };
    };
    let saved = document
        .checklists
        .iter()
        .find(|saved| saved.race_id == race.id);
    let checklist = Checklist::new(&document.profile, race, saved);
    let zone = clock.zone();
    // Rule 12: under a whole-body red flag the items that lead to massage wait.
    let stop = stop_on(&document.log, local_date(zone, clock.now()), zone);
    let options: Vec<(String, String)> = races
        .iter()
        .map(|race| {
            let when = crate::core::dates::day_month_year(race.date);
            (race.id.to_string(), format!("{} · {when}", race.name))
        })
        .collect();
    let on_hold = stop.map(|flag| {
        let args = [("flag", Arg::from(flag.reported()))];
        message_with("checklists-on-hold", &args)
    });
    rsx! {
        h1 { {message("checklists-title")} }
        SelectField {
            id: "checklist-race",
            label: message("checklists-race"),
            options,
            selected: race.id.to_string(),
            onchange: move |id: String| chosen.set(Some(RecordId(id))),
        }
        if let Some(on_hold) = on_hold {
            p { class: "notice notice-alert", role: "note", "{on_hold}" }
        }
        // The first list fills a phone's first view; the others follow a frame later.
        for list in ListKind::ALL.into_iter().take(1) {
            ListSection { key: "{list.key()}", list, checklist: checklist.clone(), on_hold: stop.is_some() }
        }
        BelowTheFold {
            for list in ListKind::ALL.into_iter().skip(1) {
                ListSection { key: "{list.key()}", list, checklist: checklist.clone(), on_hold: stop.is_some() }
            }
        }
    }
}

/// One list: its progress, its groups with their items, and the form for the runner's own items.
#[component]
fn ListSection(list: ListKind, checklist: Checklist, on_hold: bool) -> Element {
    let heading_id = format!("list-{}-heading", list.key());
    let progress = checklist.progress(list);
    let race_id = checklist.race_id.clone();
    let label = list.label();
    let args = [("list", Arg::from(label.as_str()))];
    let progress_label = message_with("checklists-progress", &args);
    rsx! {
        section { class: "card checklist", "aria-labelledby": "{heading_id}",
            div { class: "checklist-header",
                h2 { id: "{heading_id}", "{label}" }
                ProgressRing { label: progress_label, progress }
            }
            for (group, heading) in list.groups().iter().map(|group| (*group, group.label())) {
                h3 { key: "{heading}", class: "checklist-group", "{heading}" }
                ul { class: "checklist-items",
                    for (item, first, last) in rows(&checklist, group) {
                        if item.own {
                            OwnItemRow { key: "{item.id}", race_id: race_id.clone(), item, first, last }
                        } else {
                            li { key: "{item.id}", class: "checklist-item",
                                ChecklistTick { on_hold: on_hold && item.hands_on, race_id: race_id.clone(), item }
                            }
                        }
                    }
                }
            }
            AddItemForm { race_id: race_id.clone(), list }
        }
    }
}

/// The items of `group`, each with whether it is the first or last of the runner's own items there
/// (those cannot move further up or down).
fn rows(checklist: &Checklist, group: Group) -> Vec<(ChecklistItem, bool, bool)> {
    let own: Vec<&str> = checklist
        .group(group)
        .filter(|item| item.own)
        .map(|item| item.id.as_str())
        .collect();
    checklist
        .group(group)
        .map(|item| {
            let first = own.first() == Some(&item.id.as_str());
            let last = own.last() == Some(&item.id.as_str());
            (item.clone(), first, last)
        })
        .collect()
}
