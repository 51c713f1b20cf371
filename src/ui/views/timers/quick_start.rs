//! Today's quick start: the built-in routine that fits the day, the tools owned and any injury.

use crate::core::body::area_list;
use crate::core::routine::catalog::pick_routine;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::ui::clock::use_clock;
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::length_text;
use chrono::NaiveDate;
use dioxus::prelude::*;

/// A "Start <routine name>" card for `context` (from the day's plan); nothing when self-massage is
/// held back today or no routine fits the tools the runner owns.
#[component]
pub fn QuickStart(context: Option<SelfMassageContext>, date: NaiveDate) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let state = state.read();
    let document = &state.document;
    let injured = document.plan_inputs().areas_to_keep_off(date, clock.zone());
    let Some(pick) =
        context.and_then(|context| pick_routine(context.into(), document.profile.tools, &injured))
    else {
        return rsx! {};
    };
    let routine = pick.routine;
    let seconds = routine.total_seconds(document.profile.cues.pacing());
    let id = routine.id.to_string();
    rsx! {
        section { class: "card quick-start", "aria-labelledby": "quick-start-heading",
            h2 { id: "quick-start-heading", "Self-massage routine for today" }
            p { class: "facts", "{routine.name} · {length_text(seconds)}" }
            if !pick.skipped.is_empty() {
                p { class: "hint", "Leaves out your {area_list(&pick.skipped)} for now." }
            }
            button {
                class: "button primary big",
                onclick: move |_| {
                    navigator().push(Route::Player { id: id.clone() });
                },
                "Start {routine.name}"
            }
        }
    }
}
