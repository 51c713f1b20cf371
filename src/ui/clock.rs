//! The UI's only window on the wall clock, so the core never reads it and tests can avoid it.

use chrono::{DateTime, Utc};

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
