//! The guided player: a big countdown, what to do now and next, a body map, and big controls.

use crate::core::body::area_list;
use crate::core::race::local_time::local_date;
use crate::core::routine::copy::{injury_note, tool_label};
use crate::core::routine::fit::fit_around_injuries;
use crate::core::routine::{Routine, SegmentKind, Side};
use crate::core::timer::copy::{describe_work, next_work, segment_title, step_position};
use crate::core::timer::{Status, Timer};
use crate::ui::clock::{sleep, use_clock};
use crate::ui::components::BodyMap;
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, StoreHandle};
use crate::ui::views::timers::player_clock::PlayerClock;
use crate::ui::views::timers::resume::{ResumeOrStart, Start};
use crate::ui::views::timers::session::{Parts, Session};
use crate::ui::views::timers::{find_routine, TIMERS_CSS};
use dioxus::prelude::*;

/// Plays the routine `id`, leaving out any step on an area injured today (rule 7).
#[component]
pub fn Player(id: String) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let state = state.read();
    let document = &state.document;
    let Some(routine) = find_routine(document, &id) else {
        return rsx! {
            style { {TIMERS_CSS} }
            h1 { "Routine not found" }
            p { "This routine may have been deleted." }
            Link { class: "button", to: Route::Timers {}, "Back to timers" }
        };
    };
    let today = local_date(zone, clock.now());
    let injured = document.plan_inputs().areas_to_keep_off(today, zone);
    let pick = fit_around_injuries(routine, &injured);
    let note = injury_note(&pick);
    rsx! {
        style { {TIMERS_CSS} }
        if pick.routine.steps.is_empty() {
            h1 { "{pick.routine.name}" }
            p { role: "alert",
                "Every step of this routine works an injured area or presses on one ({area_list(&pick.left_out.iter().map(|change| change.area).collect::<Vec<_>>())}), so there is nothing to play today."
            }
            Link { class: "button", to: Route::Timers {}, "Back to timers" }
        } else {
            ResumeOrStart { id: id.clone(), routine: pick.routine, note }
        }
    }
}

/// One running session; keyed by routine so another routine starts a fresh session.
#[component]
pub fn SessionView(routine: Routine, note: Option<String>, start: Start) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let store = use_context::<StoreHandle>();
    let cue_prefs = state.peek().profile().cues;
    let session = use_hook(|| {
        let parts = Parts {
            update,
            store,
            clock,
        };
        match start {
            Start::Fresh => Session::start(routine.clone(), cue_prefs, parts),
            Start::From(timer) => Session::with_timer(routine.clone(), timer, cue_prefs, parts),
        }
    });
    use_future(move || async move {
        crate::ui::platform::cues::keep_awake(true);
        loop {
            let wait = session.tick();
            sleep(wait).await;
        }
    });
    use_drop(move || {
        // Leaving mid-routine (another screen, Back) logs the part done.
        session.leave();
        crate::ui::platform::cues::keep_awake(false);
        crate::ui::platform::media_session::clear();
    });

    let stage = session.stage.read();
    let timer = session.timer.peek();
    let segments = timer.segments();
    let ended = matches!(stage.status, Status::Finished | Status::Stopped);
    let current = stage.segment.map(|index| (index, segments[index]));
    let title = current
        .map(|(_, segment)| segment_title(&routine, &segment))
        .unwrap_or_else(|| {
            if stage.status == Status::Finished {
                "Done"
            } else {
                "Stopped"
            }
            .to_string()
        });
    let (step, side) = match current.map(|(_, segment)| segment.kind) {
        Some(SegmentKind::Work { step, side }) => (Some(step), Some(side)),
        Some(SegmentKind::SwitchSides { step }) => (Some(step), None),
        _ => (None, None),
    };
    let details = step.and_then(|step| routine.steps.get(step)).cloned();
    let next = current
        .and_then(|(index, _)| next_work(segments, index))
        .map(|(step, side)| describe_work(&routine, step, side));
    let position = step_position(segments, current.map(|(index, _)| index));
    drop(timer);

    let keys = move |event: KeyboardEvent| {
        let handled = match event.key() {
            Key::Character(text) if text == " " => {
                session.toggle_pause();
                true
            }
            Key::ArrowRight => {
                session.command(Timer::skip);
                true
            }
            Key::ArrowLeft => {
                session.command(Timer::back);
                true
            }
            Key::Escape => {
                session.command(Timer::stop);
                true
            }
            _ => false,
        };
        if handled {
            // Otherwise a focused button would also act on the same space bar press.
            event.prevent_default();
        }
    };

    rsx! {
        section {
            class: "player",
            "aria-label": "Guided routine: {routine.name}",
            tabindex: "-1",
            onkeydown: keys,
            onmounted: move |event| async move {
                // Focus the player so the keyboard shortcuts work without a click first.
                let _ = event.set_focus(true).await;
            },
            header { class: "player-header",
                p { class: "eyebrow", "{routine.name} · {position}" }
                h1 { class: "player-title", "{title}" }
            }
            if let Some(note) = note {
                p { class: "hint injury-note", "{note}" }
            }
            div { class: "player-main",
                PlayerClock { timer: session.timer, now: session.now }
                BodyMap {
                    area: details.as_ref().map(|step| step.muscle),
                    side: side.unwrap_or(Side::Both),
                }
            }
            if let Some(step) = details.as_ref() {
                dl { class: "step-facts",
                    div { dt { "Area" } dd { {step.muscle.label()} } }
                    div { dt { "Tool" } dd { {tool_label(step.tool)} } }
                    div { dt { "Side" } dd { {side.unwrap_or(step.side).label()} } }
                    div { dt { "Pressure" } dd { {step.pressure.label()} } }
                }
                if !step.instruction.is_empty() {
                    p { class: "instruction", "{step.instruction}" }
                }
            }
            p { class: "next-step",
                match (&next, ended) {
                    (_, true) => rsx! {},
                    (Some(next), false) => rsx! { "Next: {next}" },
                    (None, false) => rsx! { "Last step" },
                }
            }
            if ended {
                p { class: "player-outcome", role: "status", {session.outcome.read().clone().unwrap_or_default()} }
                div { class: "player-controls",
                    button { class: "button primary big", onclick: move |_| session.restart(), "Start again" }
                    Link { class: "button big", to: Route::Timers {}, "Back to timers" }
                }
            } else {
                // `data-media-action`: the lock screen and headphone buttons press these (device.js).
                div { class: "player-controls", "data-status": if stage.status == Status::Paused { "paused" } else { "running" },
                    button { class: "button big", "data-media-action": "previoustrack", onclick: move |_| session.command(Timer::back), "Previous step" }
                    button {
                        class: "button primary big",
                        "data-media-action": "playpause",
                        onclick: move |_| session.toggle_pause(),
                        if stage.status == Status::Paused { "Resume" } else { "Pause" }
                    }
                    button { class: "button big", "data-media-action": "nexttrack", onclick: move |_| session.command(Timer::skip), "Skip step" }
                    button { class: "button big danger", "data-media-action": "stop", onclick: move |_| session.command(Timer::stop), "Stop" }
                }
                p { class: "hint keys-hint", "Keys: space pauses or resumes, arrows go back or skip, Esc stops." }
            }
        }
    }
}
