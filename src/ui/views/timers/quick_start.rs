//! Today's quick start: the built-in routine that fits the day, the tools owned and any injury,
//! and after a race the guided stretches.

use crate::core::routine::copy::{injury_note, routine_name};
use crate::core::routine::pick::{pick_routine, RoutinePhase};
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::words::message;
use crate::ui::clock::use_clock;
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::{length_text, named};
use chrono::NaiveDate;
use dioxus::prelude::*;

/// The day's routine cards: self-massage for `context` (from the day's plan; nothing when it is
/// held back today or no routine fits the runner's tools) and, when `stretch` says the race is
/// just behind, the post-race stretches.
#[component]
pub fn QuickStart(context: Option<SelfMassageContext>, stretch: bool, date: NaiveDate) -> Element {
    rsx! {
        if let Some(context) = context {
            RoutineCard { phase: RoutinePhase::from(context), heading: message("timers-quick-self-massage"), date }
        }
        if stretch {
            RoutineCard { phase: RoutinePhase::PostRaceStretch, heading: message("timers-quick-stretches"), date }
        }
    }
}

/// A "Start <routine name>" card for the routine `phase` picks for this runner on `date`.
#[component]
fn RoutineCard(phase: RoutinePhase, heading: String, date: NaiveDate) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let state = state.read();
    let document = &state.document;
    let injured = document.plan_inputs().areas_to_keep_off(date, clock.zone());
    let Some(pick) = pick_routine(phase, document.profile.tools, &injured) else {
        return rsx! {};
    };
    let note = injury_note(&pick);
    let routine = pick.routine;
    let name = routine_name(&routine);
    let start = named("timers-start", &name);
    let seconds = routine.total_seconds(document.profile.cues.pacing());
    let id = routine.id.to_string();
    let heading_id = format!("quick-start-{}", id);
    rsx! {
        section { class: "card quick-start", "aria-labelledby": "{heading_id}",
            h2 { id: "{heading_id}", "{heading}" }
            p { class: "facts", "{name} · {length_text(seconds)}" }
            if let Some(note) = note {
                p { class: "hint", "{note}" }
            }
            button {
                class: "button primary big",
                onclick: move |_| {
                    navigator().push(Route::Player { id: id.clone() });
                },
                "{start}"
            }
        }
    }
}
