//! The web build's side of the time-zone agreement test (`tests/e2e/zones.test.mjs`): the page
//! answers with the offsets and start instants it computes from the browser's zones, and the
//! test holds them against the ones `chrono-tz` computed natively (`tests/fixtures/zones.json`).
//! Exported to JavaScript, never called by the app itself.

use wasm_bindgen::prelude::*;

use crate::core::race::local_time::{repeated_hour, resolve_local};
use crate::core::zone;
use chrono::{DateTime, Offset, TimeZone};

/// For `zone`: the offset in seconds at each of `instants` (seconds since 1970, UTC), then for
/// each of `wall_times` (a wall-clock reading written as if it were UTC) the instant the app
/// resolves it to and the two instants of a repeated hour (NaN when it is not repeated).
/// Empty when the browser does not know the zone.
#[wasm_bindgen(js_name = zoneCheck)]
pub fn zone_check(name: &str, instants: Vec<f64>, wall_times: Vec<f64>) -> Vec<f64> {
    let Some(zone) = zone::named(name) else {
        return Vec::new();
    };
    let offsets = instants.iter().map(|&seconds| {
        DateTime::from_timestamp(seconds as i64, 0).map_or(f64::NAN, |at| {
            f64::from(
                zone.offset_from_utc_datetime(&at.naive_utc())
                    .fix()
                    .local_minus_utc(),
            )
        })
    });
    let resolved = wall_times.iter().flat_map(|&seconds| {
        let Some(wall) = DateTime::from_timestamp(seconds as i64, 0).map(|at| at.naive_utc())
        else {
            return [f64::NAN; 3];
        };
        let repeated = repeated_hour(zone, wall);
        [
            resolve_local(zone, wall).timestamp() as f64,
            repeated.map_or(f64::NAN, |(first, _)| first.timestamp() as f64),
            repeated.map_or(f64::NAN, |(_, second)| second.timestamp() as f64),
        ]
    });
    offsets.chain(resolved).collect()
}
