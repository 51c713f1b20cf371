//! A list's progress: a labelled `progressbar` with a ring drawn in SVG and the count in words.

use crate::core::checklist::Progress;
use crate::core::words::{message_with, Arg};
use dioxus::prelude::*;

/// Radius of the ring in the 44×44 view box; leaves room for the stroke.
const RING_RADIUS: f64 = 18.0;

/// Shows `progress` as a ring and "3 of 8 done"; `label` names the bar for screen readers.
#[component]
pub fn ProgressRing(label: String, progress: Progress) -> Element {
    let circumference = 2.0 * std::f64::consts::PI * RING_RADIUS;
    let share = if progress.total == 0 {
        0.0
    } else {
        progress.done as f64 / progress.total as f64
    };
    let dash = format!("{:.2} {:.2}", circumference * share, circumference);
    let words = message_with(
        "components-progress",
        &[
            ("done", Arg::from(progress.done)),
            ("total", Arg::from(progress.total)),
        ],
    );
    rsx! {
        div {
            class: "progress",
            role: "progressbar",
            "aria-label": "{label}",
            "aria-valuemin": "0",
            "aria-valuemax": "{progress.total}",
            "aria-valuenow": "{progress.done}",
            "aria-valuetext": "{words}",
            svg { class: "progress-ring", view_box: "0 0 44 44", "aria-hidden": "true",
                circle { class: "progress-track", cx: "22", cy: "22", r: "{RING_RADIUS}" }
                circle {
                    class: "progress-value",
                    cx: "22",
                    cy: "22",
                    r: "{RING_RADIUS}",
                    stroke_dasharray: "{dash}",
                    // Start the arc at twelve o'clock rather than three.
                    transform: "rotate(-90 22 22)",
                }
            }
            span { class: "progress-text", "{words}" }
        }
    }
}
