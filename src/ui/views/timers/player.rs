//! The guided player, a full screen of its own while a routine plays: the step and its side, the
//! time, and Pause (largest), Previous, Skip and Stop in the lower half where a thumb reaches,
//! all on screen without scrolling; the body map shrinks to fit and the instructions are one tap
//! away. The session itself lives above the screens (`running.rs`), so leaving asks and never
//! loses the routine.

use crate::core::body::area_list;
use crate::core::race::local_time::local_date;
use crate::core::routine::copy::{injury_note, tool_label};
use crate::core::routine::fit::fit_around_injuries;
use crate::core::routine::{Routine, SegmentKind, Side};
use crate::core::timer::copy::{describe_work, next_work, segment_title, step_position};
use crate::core::timer::{Status, Timer};
use crate::ui::clock::use_clock;
use crate::ui::components::{use_toasts, BodyMap};
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::player_clock::PlayerClock;
use crate::ui::views::timers::running::{use_running, Leave, LeaveQuestion};
use crate::ui::views::timers::{find_routine, TIMERS_CSS};
use dioxus::prelude::*;

/// Control ids, as expressions so component tests can find them.
const OTHER_BACK: &str = "other-back";
const OTHER_STOP: &str = "other-stop-and-start";
const LEAVE_ID: &str = "player-leave";
const SOUND_ID: &str = "tap-for-sound";
const HOW_TOGGLE: &str = "player-how-toggle";

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
            PlayerFor { key: "{id}", routine: pick.routine, note }
        }
    }
}

/// Opens the player on `routine`: the session already playing it (after a reload, or back from
/// another screen), or a fresh start. When another routine is in progress, asks first.
#[component]
fn PlayerFor(routine: Routine, note: Option<String>) -> Element {
    let running = use_running();
    let session = running.session;
    let state = use_app_state();
    let toasts = use_toasts();
    let mut other = use_signal(|| None::<String>);
    let wanted = routine.clone();
    use_hook(move || {
        if !session.is_playing_now() {
            session.start(wanted, state.peek().profile().cues);
        } else if session.routine_id_now().as_deref() != Some(wanted.id.as_str()) {
            other.set(session.routine_name_now());
        }
    });
    if let Some(playing) = other() {
        let start = {
            let routine = routine.clone();
            move |_| {
                session.command(Timer::stop);
                if let Some(outcome) = session.outcome.peek().clone() {
                    toasts.say(outcome);
                }
                session.start(routine.clone(), state.peek().profile().cues);
                other.set(None);
            }
        };
        let back = move |_| {
            if let Some(id) = session.routine_id_now() {
                navigator().replace(Route::Player { id });
            }
        };
        return rsx! {
            h1 { "{routine.name}" }
            p { role: "status",
                "{playing} is still in progress. Go back to it, or stop it (the part you did goes to your log) and start {routine.name}."
            }
            div { class: "form-actions",
                button { r#type: "button", class: "button primary big", id: OTHER_BACK, onclick: back, "Back to {playing}" }
                button { r#type: "button", class: "button big", id: OTHER_STOP, onclick: start, "Stop it and start {routine.name}" }
            }
        };
    }
    rsx! {
        SessionView { note }
    }
}

/// What the player shows of the session: changes only when the session moves to another
/// segment or state; the ticking time is [`PlayerClock`]'s alone.
#[component]
fn SessionView(note: Option<String>) -> Element {
    let running = use_running();
    let session = running.session;
    let mut how = use_signal(|| false);
    // The player itself, to give the focus back to when a question it showed goes.
    let mut player_node = use_signal(|| None::<std::rc::Rc<MountedData>>);
    let stage = *session.stage.read();
    let Some(routine) = session.routine.read().clone() else {
        return rsx! {};
    };
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
    let side_text = side.and_then(|side| match side {
        Side::Left => Some("Left side"),
        Side::Right => Some("Right side"),
        Side::Both => Some("Both sides"),
        Side::EachSide => None,
    });
    let next = current
        .and_then(|(index, _)| next_work(segments, index))
        .map(|(step, side)| describe_work(&routine, step, side));
    let position = step_position(segments, current.map(|(index, _)| index));
    drop(timer);
    let away = *session.away.read();
    let sound_held = *session.sound_held.read() && !ended;
    let asking = running.leaving.read().is_some();

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
            // Escape never stops a routine by itself: it asks first (keep going, stop and log,
            // or stay), and a second Escape closes the question and stays.
            Key::Escape => {
                let mut leaving = running.leaving;
                if leaving.peek().is_some() {
                    leaving.set(None);
                    // The question held the focus; give it back so the keys keep working.
                    if let Some(node) = player_node.peek().clone() {
                        spawn(async move {
                            let _ = node.set_focus(true).await;
                        });
                    }
                } else if session.is_playing_now() {
                    running.leave(Leave::Back);
                } else {
                    session.command(Timer::stop);
                }
                true
            }
            _ => false,
        };
        if handled {
            // Otherwise a focused button would also act on the same space bar press.
            event.prevent_default();
        }
    };
    let leave = move |_| running.leave(Leave::Back);

    rsx! {
        section {
            class: if ended { "player" } else { "player playing" },
            "aria-label": "Guided routine: {routine.name}",
            tabindex: "-1",
            onkeydown: keys,
            onmounted: move |event: MountedEvent| async move {
                // Focus the player so the keyboard shortcuts work without a click first.
                let node = event.data();
                player_node.set(Some(node.clone()));
                let _ = node.set_focus(true).await;
            },
            header { class: "player-top",
                if !ended {
                    button { r#type: "button", class: "button player-leave", id: LEAVE_ID,
                        "aria-label": "Leave the player", onclick: leave, "‹ Leave" }
                }
                p { class: "eyebrow", "{routine.name} · {position}" }
            }
            div { class: "player-heading",
                h1 { class: "player-title", "{title}" }
                if let Some(side) = side_text {
                    p { class: "player-side", "{side}" }
                }
            }
            div { class: "player-notes",
                if let Some(minutes) = away {
                    p { class: "player-away", role: "status",
                        "You left this routine {crate::core::validation::count(minutes, \"minute\", \"minutes\")} ago, part way through. Resume where you were, or stop and log what you did."
                    }
                }
                if sound_held {
                    button { r#type: "button", class: "button sound-button", id: SOUND_ID,
                        onclick: move |_| session.let_sound_out(),
                        "🔈 Tap for sound"
                    }
                    span { class: "visually-hidden", role: "status", "The browser holds the sound back until you tap." }
                }
                if let Some(note) = note.filter(|_| !ended) {
                    p { class: "hint injury-note", "{note}" }
                }
            }
            div { class: if how() { "player-main showing-how" } else { "player-main" },
                PlayerClock { timer: session.timer, now: session.now, compact: how() }
                if how() {
                    div { class: "player-how", id: "player-how",
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
                        } else {
                            p { class: "instruction", "Get into position for the first step; the countdown says when to begin." }
                        }
                    }
                } else {
                    BodyMap {
                        area: details.as_ref().map(|step| step.muscle),
                        side: side.unwrap_or(Side::Both),
                    }
                }
            }
            if let Some(step) = details.as_ref().filter(|_| !ended) {
                p { class: "player-facts", "{tool_label(step.tool)} · {step.pressure.label()}" }
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
                div { class: "player-ended",
                    button { class: "button primary big", onclick: move |_| session.restart(), "Start again" }
                    Link { class: "button big", to: Route::Timers {}, "Back to timers" }
                }
            } else {
                // `data-media-action`: the lock screen and headphone buttons press these (device.js).
                div { class: "player-controls", "data-status": if stage.status == Status::Paused { "paused" } else { "running" },
                    button { class: "button big control-previous", "data-media-action": "previoustrack", onclick: move |_| session.command(Timer::back), "Previous step" }
                    button {
                        class: "button primary big control-pause",
                        "data-media-action": "playpause",
                        onclick: move |_| session.toggle_pause(),
                        if stage.status == Status::Paused { "Resume" } else { "Pause" }
                    }
                    button { class: "button big control-skip", "data-media-action": "nexttrack", onclick: move |_| session.command(Timer::skip), "Skip step" }
                    button { class: "button control-stop danger", "data-media-action": "stop", onclick: move |_| session.command(Timer::stop), "Stop" }
                    button { r#type: "button", class: "button control-how", id: HOW_TOGGLE,
                        "aria-expanded": if how() { "true" } else { "false" },
                        "aria-controls": "player-how",
                        onclick: move |_| how.toggle(),
                        "How to "
                        span { "aria-hidden": "true", if how() { "▴" } else { "▾" } }
                    }
                }
                p { class: "hint keys-hint", "Keys: space pauses or resumes, arrows go back or skip, Esc asks before stopping." }
            }
            if asking {
                LeaveQuestion {}
            }
        }
    }
}
