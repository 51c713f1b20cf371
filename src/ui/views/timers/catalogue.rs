//! The Timers screen: every routine with its length and tools, ready to start, copy or edit.

use crate::core::record::RecordId;
use crate::core::routine::copy::routine_name;
use crate::core::routine::Routine;
use crate::core::words::message;
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::ids::new_id;
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::timers::history::SessionHistory;
use crate::ui::views::timers::routine_files::RoutineFiles;
use crate::ui::views::timers::running::use_running;
use crate::ui::views::timers::{
    all_routines, length_text, named, reason_said, tools_text, TIMERS_CSS,
};
use dioxus::prelude::*;

/// The messages naming a routine's buttons to assistive technology (on markup lines, which the
/// catalogue check skips, so they are named here).
const DUPLICATE_LABEL: &str = "timers-duplicate-label";
const EDIT_LABEL: &str = "timers-edit-label";
const UP_LABEL: &str = "timers-move-up-label";
const DOWN_LABEL: &str = "timers-move-down-label";

/// The routine catalogue, the session history and routine sharing.
#[component]
pub fn Timers() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let mut status = use_signal(String::new);
    let pacing = state.read().profile().cues.pacing();
    let session = use_running().session;
    // The routine in progress comes first, as the way back to it.
    let playing = session
        .in_progress()
        .then(|| {
            session
                .routine
                .read()
                .as_ref()
                .map(|routine| routine.id.clone())
        })
        .flatten();
    let mut routines: Vec<(usize, Routine)> = all_routines(&state.read().document)
        .into_iter()
        .enumerate()
        .collect();
    if let Some(at) = routines
        .iter()
        .position(|(_, routine)| Some(&routine.id) == playing.as_ref())
    {
        let current = routines.remove(at);
        routines.insert(0, current);
    }
    let routines: Vec<(usize, Routine, String)> = routines
        .into_iter()
        .map(|(position, routine)| {
            let name = routine_name(&routine);
            (position, routine, name)
        })
        .collect();
    let heading = message("timers-routines");
    let custom_count = state.read().document.routines.len();
    let builtin_count = routines.len() - custom_count;

    let mut duplicate = move |original: Routine| {
        let copy = Routine {
            id: new_id("routine", clock.now()),
            // Stored, so not in the app's language: it builds on the original's stored name (a
            // built-in routine's is English, as are the steps the copy takes from it).
            name: format!("Copy of {}", original.name),
            built_in: false,
            updated_at: clock.now(),
            ..original
        };
        let id = copy.id.to_string();
        match update.send(Change::put(copy)) {
            Ok(()) => {
                navigator().push(Route::RoutineEditor { id });
            }
            Err(UpdateError::NotSaved(reason)) => {
                status.set(reason_said("timers-not-copied", reason))
            }
        }
    };
    let mut reorder = move |id: RecordId, up: bool| {
        let to = {
            let list = &state.peek().document.routines;
            let Some(at) = list.iter().position(|routine| routine.id == id) else {
                return;
            };
            if up {
                at.saturating_sub(1)
            } else {
                at + 1
            }
        };
        if let Err(UpdateError::NotSaved(reason)) = update.send(Change::MoveRoutine { id, to }) {
            status.set(reason_said("timers-not-moved", reason));
        }
    };

    rsx! {
        style { {TIMERS_CSS} }
        h1 { {message("timers-title")} }
        p { class: "hint", {message("timers-lead")} }
        // Two columns in a wide window (main.css), one on a phone.
        div { class: "two-columns",
            div { class: "column-main",
                section { "aria-labelledby": "routines-heading",
                    div { class: "section-head",
                        h2 { id: "routines-heading", "{heading}" }
                        Link { class: "button", to: Route::RoutineEditor { id: "new".to_string() }, {message("timers-new-routine")} }
                    }
                    p { class: "form-status", role: "status", "{status}" }
                    ul { class: "routine-list", "aria-label": "{heading}",
                        for (position, routine, name) in routines {
                            li { key: "{routine.id}", class: if Some(&routine.id) == playing.as_ref() { "card routine-card in-progress" } else { "card routine-card" },
                                h3 { "{name}" }
                                if Some(&routine.id) == playing.as_ref() {
                                    p { class: "badge", {message("timers-in-progress")} }
                                }
                                p { class: "facts",
                                    span { {length_text(routine.total_seconds(pacing))} }
                                    " · "
                                    span { {tools_text(&routine)} }
                                    " · "
                                    span { {message(if routine.built_in { "timers-built-in" } else { "timers-yours" })} }
                                }
                                div { class: "card-actions",
                                    button {
                                        class: "button primary",
                                        onclick: {
                                            let id = routine.id.to_string();
                                            move |_| { navigator().push(Route::Player { id: id.clone() }); }
                                        },
                                        {named(if Some(&routine.id) == playing.as_ref() { "timers-return-to" } else { "timers-start" }, &name)}
                                    }
                                    button {
                                        id: "duplicate-{routine.id}",
                                        class: "button",
                                        "aria-label": named(DUPLICATE_LABEL, &name),
                                        onclick: {
                                            let original = routine.clone();
                                            move |_| duplicate(original.clone())
                                        },
                                        {message("timers-duplicate")}
                                    }
                                    if !routine.built_in {
                                        Link {
                                            class: "button",
                                            "aria-label": named(EDIT_LABEL, &name),
                                            to: Route::RoutineEditor { id: routine.id.to_string() },
                                            {message("timers-edit")}
                                        }
                                        button {
                                            id: "up-{routine.id}",
                                            class: "button",
                                            "aria-label": named(UP_LABEL, &name),
                                            disabled: position == builtin_count,
                                            onclick: {
                                                let id = routine.id.clone();
                                                move |_| reorder(id.clone(), true)
                                            },
                                            "↑"
                                        }
                                        button {
                                            id: "down-{routine.id}",
                                            class: "button",
                                            "aria-label": named(DOWN_LABEL, &name),
                                            disabled: position + 1 == builtin_count + custom_count,
                                            onclick: {
                                                let id = routine.id.clone();
                                                move |_| reorder(id.clone(), false)
                                            },
                                            "↓"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            div { class: "column-side",
                SessionHistory {}
                RoutineFiles {}
            }
        }
    }
}
