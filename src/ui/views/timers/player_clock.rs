//! The only part of the player that changes on a tick: the step time, its ring and the routine bar.
//!
//! It reads the instant signal the ticker sets; the rest of the player never does, so a tick costs
//! at most three DOM changes (the text, the ring, the bar) and nothing else re-renders.

use crate::core::timer::moment::Moment;
use crate::core::timer::Timer;
use crate::core::words::message;
use crate::ui::views::timers::session::clock_text;
use dioxus::prelude::*;

/// Ring radius in the 120×120 drawing; the circumference is what the dash offset runs over.
const RING_RADIUS: f64 = 52.0;
/// The routine bar counts in thousandths, fine enough that it moves on every tick of a long routine.
const BAR_MAX: u32 = 1000;
/// The messages naming the time and the bar to assistive technology (on markup lines, which the
/// catalogue check skips, so they are named here).
const TIME_LEFT_LABEL: &str = "timers-time-left";
const PROGRESS_LABEL: &str = "timers-progress";

/// The step's remaining time inside a progress ring, and the routine's progress bar; `compact`
/// leaves the ring out, when the instructions take the room.
#[component]
pub fn PlayerClock(timer: CopyValue<Timer>, now: Signal<Moment>, compact: bool) -> Element {
    let now = now();
    let timer = timer.peek();
    // Whole seconds rounded up: "0:01" shows until the step really ends, and "0:00" means done.
    let seconds = timer.remaining(now).as_millis().div_ceil(1000) as u32;
    let circumference = 2.0 * std::f64::consts::PI * RING_RADIUS;
    let offset = circumference * timer.segment_progress(now);
    let bar = (timer.progress(now) * f64::from(BAR_MAX)).round() as u32;
    rsx! {
        div { class: if compact { "player-clock compact" } else { "player-clock" },
            svg { class: "step-ring", view_box: "0 0 120 120", "aria-hidden": "true",
                circle { class: "ring-track", cx: "60", cy: "60", r: "{RING_RADIUS}" }
                circle {
                    class: "ring-fill",
                    cx: "60",
                    cy: "60",
                    r: "{RING_RADIUS}",
                    stroke_dasharray: "{circumference:.1}",
                    stroke_dashoffset: "{offset:.1}",
                }
            }
            p { class: "time-left", role: "timer", "aria-label": message(TIME_LEFT_LABEL), {clock_text(seconds)} }
        }
        progress { class: "routine-progress", "aria-label": message(PROGRESS_LABEL), max: "{BAR_MAX}", value: "{bar}" }
    }
}
