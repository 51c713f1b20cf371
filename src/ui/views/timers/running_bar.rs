//! The routine in progress as a bar above the navigation on every screen but its player: what
//! is playing and the time left, one tap back to the player at the right second.

use crate::core::routine::copy::routine_name;
use crate::core::routine::{SegmentKind, Side};
use crate::core::timer::copy::{segment_title, side_key};
use crate::core::timer::Status;
use crate::core::words::{message, message_with, Arg};
use crate::ui::routes::Route;
use crate::ui::views::timers::running::use_running;
use crate::ui::views::timers::session::clock_text;
use dioxus::prelude::*;

/// The bar, or nothing when no routine is in progress or its player is on screen.
#[component]
pub fn RunningBar() -> Element {
    let session = use_running().session;
    let route = use_route::<Route>();
    let stage = *session.stage.read();
    if !matches!(stage.status, Status::Running | Status::Paused) {
        return rsx! {};
    }
    let Some(routine) = session.routine.read().clone() else {
        return rsx! {};
    };
    let id = routine.id.to_string();
    if route == (Route::Player { id: id.clone() }) {
        return rsx! {};
    }
    let step = {
        let timer = session.timer.peek();
        stage
            .segment
            .and_then(|index| timer.segments().get(index).copied())
            .map(|segment| {
                let side = match segment.kind {
                    SegmentKind::Work { side, .. } => side_key(side),
                    SegmentKind::GetReady | SegmentKind::SwitchSides { .. } => side_key(Side::Both),
                };
                let title = Arg::from(segment_title(&routine, &segment));
                message_with("timers-running-step", &[("step", title), ("side", side)])
            })
            .unwrap_or_default()
    };
    let paused = stage.status == Status::Paused;
    let step = if paused {
        message_with("timers-running-paused", &[("step", Arg::from(step))])
    } else {
        step
    };
    let name = routine_name(&routine);
    let label = message("timers-running");
    let back = message("timers-running-return");
    rsx! {
        // A landmark of its own, so it is found in the page's outline with the screen and the bar.
        aside { class: "running-region", "aria-label": "{label}",
            Link { class: if paused { "running-bar paused" } else { "running-bar" }, id: "running-bar",
                to: Route::Player { id },
                span { class: "running-icon", "aria-hidden": "true", if paused { "⏸" } else { "▶" } }
                span { class: "running-text",
                    strong { "{name}" }
                    span { class: "running-step", "{step}" }
                }
                BarTime {}
                span { class: "running-return", "{back}" }
            }
        }
    }
}

/// The step's time left; the only part of the bar that changes on a tick.
#[component]
fn BarTime() -> Element {
    let session = use_running().session;
    let now = (session.now)();
    let seconds = session
        .timer
        .peek()
        .remaining(now)
        .as_millis()
        .div_ceil(1000) as u32;
    rsx! {
        span { class: "running-time", {clock_text(seconds)} }
    }
}
