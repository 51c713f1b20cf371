//! One checklist item as a checkbox labelled with its text; ticking saves at once. A
//! self-massage item also offers to start its guided routine.

use crate::core::checklist::state::{checklist_of, RaceChecklist};
use crate::core::checklist::ChecklistItem;
use crate::core::record::RecordId;
use crate::core::routine::catalog::builtin;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::Checkbox;
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, AppState, DocumentUpdater};
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// Sends race `race_id`'s checklist as `edit` leaves it, and the deletion of the item `edit`
/// returns as removed; a failed save is reported by the app's banner.
pub fn change_checklist(
    update: DocumentUpdater,
    state: Signal<AppState>,
    race_id: &RecordId,
    now: DateTime<Utc>,
    edit: impl FnOnce(&mut RaceChecklist) -> Option<RecordId>,
) {
    let mut checklist = checklist_of(&state.peek().document.checklists, race_id, now);
    let removed = edit(&mut checklist);
    let mut changes = vec![Change::put(checklist)];
    changes.extend(removed.map(Change::Delete));
    let _ = update.send_all(changes);
}

/// The DOM id of an item's checkbox: unique per race and item, so two races never share one.
pub fn tick_id(race_id: &RecordId, item_id: &str) -> String {
    format!("tick-{race_id}-{item_id}")
}

/// A checkbox for `item` of the race `race_id`; its whole row is the touch target. `on_hold`
/// while a whole-body red flag keeps the hands-on item waiting: it says so and offers no routine.
#[component]
pub fn ChecklistTick(
    race_id: RecordId,
    item: ChecklistItem,
    #[props(default)] on_hold: bool,
) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let item_id = item.id.clone();
    let race = race_id.clone();
    let tick = move |checked: bool| {
        let now = clock.now();
        change_checklist(update, state, &race, now, |checklist| {
            checklist.set_ticked(&item_id, checked, now);
            None
        });
    };
    // Self-massage items lead straight to their guided routine.
    let tools = state.read().document.profile.tools;
    let routine = item
        .routine
        .as_ref()
        .and_then(|id| builtin(id.as_str(), tools));
    rsx! {
        div { class: "checklist-tick",
            Checkbox { id: tick_id(&race_id, &item.id), label: item.text.clone(), checked: item.ticked, onchange: tick }
            if on_hold {
                p { class: "hint on-hold", {message("components-on-hold")} }
            } else if let Some(routine) = routine {
                Link { class: "button small", to: Route::Player { id: routine.id.to_string() },
                    {message_with("components-start-routine", &[("routine", Arg::from(routine.name.as_str()))])}
                }
            }
        }
    }
}
