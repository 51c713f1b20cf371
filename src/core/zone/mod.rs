//! Time zones, one interface on every platform: `Zone` is a `chrono::TimeZone`, so the rest of
//! the core converts with `with_timezone` and `from_local_datetime` and never asks where the
//! rules come from.
//!
//! Desktop and mobile compile in the IANA database (`chrono-tz`). The web build asks the browser,
//! which already carries the same database for `Intl`: shipping it again would cost about 137 KB
//! of gzip that every cold start downloads and compiles. The browser test
//! `tests/e2e/zones.test.mjs` holds the two to the same offsets (BENCHMARKS.md, "Time zones").

#[cfg(target_arch = "wasm32")]
mod browser;
pub mod finder;
pub mod places;
#[cfg(target_arch = "wasm32")]
mod reader;

#[cfg(not(target_arch = "wasm32"))]
pub use chrono_tz::Tz as Zone;

#[cfg(target_arch = "wasm32")]
pub use browser::Zone;

/// Coordinated Universal Time: the zone of last resort when the device's cannot be told.
pub fn utc() -> Zone {
    #[cfg(not(target_arch = "wasm32"))]
    return chrono_tz::UTC;
    #[cfg(target_arch = "wasm32")]
    return Zone::utc();
}

/// The zone called `name`, whatever its case ("utc", "europe/london"), or `None` when no such
/// zone exists.
pub fn named(name: &str) -> Option<Zone> {
    #[cfg(not(target_arch = "wasm32"))]
    return name.parse::<Zone>().ok().or_else(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .copied()
            .find(|zone| zone.name().eq_ignore_ascii_case(name))
    });
    #[cfg(target_arch = "wasm32")]
    return Zone::named(name);
}

/// The device's own zone, or `None` when it cannot be told.
pub fn device() -> Option<Zone> {
    #[cfg(not(target_arch = "wasm32"))]
    return iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| named(&name));
    #[cfg(target_arch = "wasm32")]
    return Zone::device();
}

/// Every zone's name, for the runner to pick from.
pub fn names() -> Vec<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    return chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name())
        .collect();
    #[cfg(target_arch = "wasm32")]
    return browser::names();
}
