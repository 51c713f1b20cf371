//! The UI's only window on the wall clock, so the core never reads it and tests can avoid it.

use chrono::{DateTime, Timelike, Utc};
use dioxus::prelude::*;

/// The current instant (on the web, from the browser's `Date`).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A compact timestamp for naming set-aside data, e.g. `20261126T093000Z`.
pub fn file_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The device's time zone, or UTC when it cannot be told (the runner's "today" then follows UTC).
pub fn local_zone() -> chrono_tz::Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse().ok())
        .unwrap_or(chrono_tz::UTC)
}

/// Waits without blocking the UI: the browser's timers on the web, tokio's elsewhere.
pub async fn sleep(duration: std::time::Duration) {
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::sleep(duration).await;
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(duration).await;
}

/// The current instant, refreshed just after every wall-clock minute: for screens whose content
/// moves with the time of day (the day's recommendations, a race turning "finished") but never
/// with the seconds, so a page left open overnight shows the new day without a reload.
pub fn use_minute_clock() -> Signal<DateTime<Utc>> {
    let mut minute = use_signal(now);
    use_future(move || async move {
        loop {
            let at = now();
            let into_minute =
                u64::from(at.second()) * 1_000 + u64::from(at.timestamp_subsec_millis()).min(999);
            sleep(std::time::Duration::from_millis(60_000 - into_minute + 5)).await;
            minute.set(now());
        }
    });
    minute
}
