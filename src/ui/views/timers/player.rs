//! The guided player, a full screen of its own while a routine plays: the step and its side, the
//! time, and Pause (largest), Previous, Skip and Stop in the lower half where a thumb reaches,
//! all on screen without scrolling; the body map shrinks to fit and the instructions are one tap
//! away. The session itself lives above the screens (`running.rs`), so leaving asks and never
//! loses the routine.

use crate::core::body::area_list;
use crate::core::race::local_time::local_date;
use crate::core::routine::copy::{injury_note, routine_name, step_instruction, tool_label};
use crate::core::routine::fit::fit_around_injuries;
use crate::core::routine::{Routine, SegmentKind, Side};
use crate::core::timer::copy::{describe_work, next_work, segment_title, step_position};
use crate::core::timer::{Status, Timer};
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::components::{use_toasts, BodyMap};
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::player_clock::PlayerClock;
use crate::ui::views::timers::running::{use_running, Leave, LeaveQuestion};
use crate::ui::views::timers::{find_routine, named, TIMERS_CSS};
use dioxus::prelude::*;

/// Control ids, as expressions so component tests can find them.
const OTHER_BACK: &str = "other-back";
const OTHER_STOP: &str = "other-stop-and-start";
const LEAVE_ID: &str = "player-leave";
const SOUND_ID: &str = "tap-for-sound";
const HOW_TOGGLE: &str = "player-how-toggle";

/// The messages naming the player and its Leave button to assistive technology (on markup
/// lines, which the catalogue check skips, so they are named here).
const GUIDED_LABEL: &str = "timers-guided";
const LEAVE_LABEL: &str = "timers-leave-label";

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
            h1 { {message("timers-not-found")} }
            p { {message("timers-not-found-hint")} }
            Link { class: "button", to: Route::Timers {}, {message("timers-back")} }
        };
    };
    let today = local_date(zone, clock.now());
    let injured = document.plan_inputs().areas_to_keep_off(today, zone);
    let pick = fit_around_injuries(routine, &injured);
    let note = injury_note(&pick);
    let left_out = area_list(
        &pick
            .left_out
            .iter()
            .map(|change| change.area)
            .collect::<Vec<_>>(),
    );
    rsx! {
        style { {TIMERS_CSS} }
        if pick.routine.steps.is_empty() {
            h1 { {routine_name(&pick.routine)} }
            p { role: "alert",
                {message_with("timers-nothing-to-play", &[("areas", Arg::from(left_out))])}
            }
            Link { class: "button", to: Route::Timers {}, {message("timers-back")} }
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
        let name = routine_name(&routine);
        let playing = ("playing", Arg::from(playing));
        let question = message_with(
            "timers-other-in-progress",
            &[playing.clone(), ("routine", Arg::from(name.as_str()))],
        );
        let back_to = message_with("timers-back-to", &[playing]);
        let stop_and_start = named("timers-stop-and-start", &name);
        return rsx! {
            h1 { "{name}" }
            p { role: "status", "{question}" }
            div { class: "form-actions",
                button { r#type: "button", class: "button primary big", id: OTHER_BACK, onclick: back, "{back_to}" }
                button { r#type: "button", class: "button big", id: OTHER_STOP, onclick: start, "{stop_and_start}" }
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
            message(if stage.status == Status::Finished {
                "timers-done"
            } else {
                "timers-stopped"
            })
        });
    let (step, side) = match current.map(|(_, segment)| segment.kind) {
        Some(SegmentKind::Work { step, side }) => (Some(step), Some(side)),
        Some(SegmentKind::SwitchSides { step }) => (Some(step), None),
        _ => (None, None),
    };
    let details = step.and_then(|step| routine.steps.get(step)).cloned();
    let side_text = side
        .and_then(|side| match side {
            Side::Left => Some("timers-left-side"),
            Side::Right => Some("timers-right-side"),
            Side::Both => Some("timers-both-sides"),
            Side::EachSide => None,
        })
        .map(message);
    let next = current
        .and_then(|(index, _)| next_work(segments, index))
        .map(|(step, side)| describe_work(&routine, step, side));
    let position = step_position(segments, current.map(|(index, _)| index));
    let name = routine_name(&routine);
    let how_to = message("timers-how-to");
    let instruction = details
        .as_ref()
        .map(|step| step_instruction(&routine, step))
        .unwrap_or_default();
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
            "aria-label": named(GUIDED_LABEL, &name),
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
                        "aria-label": message(LEAVE_LABEL), onclick: leave, {message("timers-leave")} }
                }
                p { class: "eyebrow", "{name} · {position}" }
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
                        {message_with("timers-away", &[("count", Arg::from(minutes)), ("digits", Arg::from(minutes.to_string()))])}
                    }
                }
                if sound_held {
                    button { r#type: "button", class: "button sound-button", id: SOUND_ID,
                        onclick: move |_| session.let_sound_out(),
                        {message("timers-tap-for-sound")}
                    }
                    span { class: "visually-hidden", role: "status", {message("timers-sound-held")} }
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
                                div { dt { {message("timers-area")} } dd { {step.muscle.label()} } }
                                div { dt { {message("timers-tool")} } dd { {tool_label(step.tool)} } }
                                div { dt { {message("timers-side")} } dd { {side.unwrap_or(step.side).label()} } }
                                div { dt { {message("timers-pressure")} } dd { {step.pressure.label()} } }
                            }
                            if !instruction.is_empty() {
                                p { class: "instruction", "{instruction}" }
                            }
                        } else {
                            p { class: "instruction", {message("timers-first-position")} }
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
                    (Some(next), false) => rsx! { {message_with("timers-next", &[("step", Arg::from(next.as_str()))])} },
                    (None, false) => rsx! { {message("timers-last-step")} },
                }
            }
            if ended {
                p { class: "player-outcome", role: "status", {session.outcome.read().clone().unwrap_or_default()} }
                div { class: "player-ended",
                    button { class: "button primary big", onclick: move |_| session.restart(), {message("timers-start-again")} }
                    Link { class: "button big", to: Route::Timers {}, {message("timers-back")} }
                }
            } else {
                // `data-media-action`: the lock screen and headphone buttons press these (device.js).
                div { class: "player-controls", "data-status": if stage.status == Status::Paused { "paused" } else { "running" },
                    button { class: "button big control-previous", "data-media-action": "previoustrack", onclick: move |_| session.command(Timer::back), {message("timers-previous")} }
                    button {
                        class: "button primary big control-pause",
                        "data-media-action": "playpause",
                        onclick: move |_| session.toggle_pause(),
                        {message(if stage.status == Status::Paused { "timers-resume" } else { "timers-pause" })}
                    }
                    button { class: "button big control-skip", "data-media-action": "nexttrack", onclick: move |_| session.command(Timer::skip), {message("timers-skip")} }
                    button { class: "button control-stop danger", "data-media-action": "stop", onclick: move |_| session.command(Timer::stop), {message("timers-stop")} }
                    button { r#type: "button", class: "button control-how", id: HOW_TOGGLE,
                        "aria-expanded": if how() { "true" } else { "false" },
                        "aria-controls": "player-how",
                        onclick: move |_| how.toggle(),
                        "{how_to} "
                        span { "aria-hidden": "true", if how() { "▴" } else { "▾" } }
                    }
                }
                p { class: "hint keys-hint", {message("timers-keys")} }
            }
            if asking {
                LeaveQuestion {}
            }
        }
    }
}
