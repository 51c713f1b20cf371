//! A live countdown to an instant. It owns its clock signal, so a tick re-renders only this text.

use crate::core::race::countdown::Countdown as Left;
use crate::ui::clock::{sleep, use_clock};
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use std::time::Duration;

/// Shows the time left until `target`; `label` names it for screen readers ("Time until …").
#[component]
pub fn Countdown(target: DateTime<Utc>, label: String) -> Element {
    let clock = use_clock();
    // Carries no value: setting it is what re-renders the text, which reads the time fresh.
    let mut tick = use_signal(|| ());
    // The ticker reads the latest target without restarting when the race is edited.
    let mut latest_target = use_hook(|| CopyValue::new(target));
    latest_target.set(target);
    use_future(move || async move {
        loop {
            // Read before the await: a borrow held across it would block the render's write.
            let target = *latest_target.peek();
            sleep(until_the_text_changes(clock.now(), target)).await;
            tick.set(());
        }
    });
    // Subscribes to the ticker; the time is read fresh, so an edited target shows at once.
    tick.read();
    let left = Left::between(clock.now(), target);
    rsx! {
        span { class: "countdown", role: "timer", "aria-label": "{label}", {left.text()} }
    }
}

/// How long the shown text stays the same: until the seconds change on the last day, until the
/// minutes change before that, and a minute at a time once the race has started.
fn until_the_text_changes(now: DateTime<Utc>, target: DateTime<Utc>) -> Duration {
    let left = Left::between(now, target);
    let step: i64 = if left.shows_seconds() { 1_000 } else { 60_000 };
    let remaining = (target - now).num_milliseconds();
    let wait = if left.started { step } else { remaining % step };
    // Just past the boundary, so the whole units shown have moved on.
    Duration::from_millis(wait.max(0) as u64 + 5)
}
