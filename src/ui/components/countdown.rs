//! A live countdown to an instant. It owns its clock signal, so a tick re-renders only this text.

use crate::core::countdown::Countdown as Left;
use crate::ui::clock;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use std::time::Duration;

/// Shows the time left until `target`; `label` names it for screen readers ("Time until …").
#[component]
pub fn Countdown(target: DateTime<Utc>, label: String) -> Element {
    let mut now = use_signal(clock::now);
    use_future(move || async move {
        loop {
            // Wake just after the next whole second, so the display never lags by most of a second.
            let into_second = u64::from(now.peek().timestamp_subsec_millis());
            clock::sleep(Duration::from_millis(1_000 - into_second + 5)).await;
            now.set(clock::now());
        }
    });
    let left = Left::between(now(), target);
    rsx! {
        span { class: "countdown", role: "timer", "aria-label": "{label}", {left.text()} }
    }
}
