//! The UI's only window on time: one [`Clock`] context (the current instant and the runner's zone)
//! provided at the root, so the core never reads the wall clock and component tests choose "now".

use crate::core::zone::Zone;
use chrono::{DateTime, Timelike, Utc};
use dioxus::prelude::*;

/// Where the screens read the time from: the device's clock on every platform, or (tests,
/// previews) a clock that starts at a chosen instant and runs on from there at real speed.
///
/// `Copy`, so event handlers and tickers capture it without cloning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    reading: Reading,
    zone: Zone,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    /// The device's wall clock (on the web, the browser's `Date`).
    System,
    /// `at` when the clock was made, plus the real time passed since `since`.
    StartingAt {
        at: DateTime<Utc>,
        since: std::time::Instant,
    },
}

impl Clock {
    /// The device's clock and time zone: what every platform runs on.
    pub fn system() -> Self {
        Clock {
            reading: Reading::System,
            zone: device_zone(),
        }
    }

    /// A clock that reads `at` now and runs on at real speed, for a runner living in `zone`:
    /// tests and previews pick the day and the minute they need (a DST night, a minute boundary)
    /// while countdowns and tickers still move. Native only: the browser has no monotonic
    /// `std::time::Instant`.
    pub fn starting_at(at: DateTime<Utc>, zone: Zone) -> Self {
        Clock {
            reading: Reading::StartingAt {
                at,
                since: std::time::Instant::now(),
            },
            zone,
        }
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        match self.reading {
            Reading::System => Utc::now(),
            Reading::StartingAt { at, since } => {
                let passed = chrono::Duration::from_std(since.elapsed()).unwrap_or_default();
                at + passed
            }
        }
    }

    /// The runner's time zone: where "today" and the times they type are read.
    pub fn zone(&self) -> Zone {
        self.zone
    }
}

/// The clock the app was given at its root.
pub fn use_clock() -> Clock {
    try_use_context::<Clock>().expect("the Clock context is provided by AppWithData at the root")
}

/// The device's time zone, or UTC when it cannot be told (the runner's "today" then follows UTC).
fn device_zone() -> Zone {
    crate::core::zone::device().unwrap_or_else(crate::core::zone::utc)
}

/// A compact timestamp for naming set-aside data, e.g. `20261126T093000Z`.
pub fn file_stamp(at: DateTime<Utc>) -> String {
    crate::core::dates::compact_stamp(at.naive_utc())
}

/// Waits without blocking the UI: the browser's timers on the web, tokio's elsewhere.
pub async fn sleep(duration: std::time::Duration) {
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::sleep(duration).await;
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(duration).await;
}

/// The current instant from the root clock, refreshed just after every minute: for screens whose
/// content moves with the time of day (the day's recommendations, a race turning "finished") but
/// never with the seconds, so a page left open overnight shows the new day without a reload.
pub fn use_minute_clock() -> Signal<DateTime<Utc>> {
    let clock = use_clock();
    let mut minute = use_signal(|| clock.now());
    use_future(move || async move {
        loop {
            let at = clock.now();
            let into_minute =
                u64::from(at.second()) * 1_000 + u64::from(at.timestamp_subsec_millis()).min(999);
            sleep(std::time::Duration::from_millis(60_000 - into_minute + 5)).await;
            minute.set(clock.now());
        }
    });
    minute
}
