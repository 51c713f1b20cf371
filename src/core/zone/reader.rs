//! How the web build reads a zone's offset from the browser: `Temporal` where the browser has it,
//! `Intl.DateTimeFormat` otherwise (neither needs `eval`, so the page's content security policy
//! stays as it is).
//!
//! `Temporal` is the fast one to start: its first answer takes about 1 ms with the CPU throttled
//! 4×, where creating the first `Intl` formatter loads ICU's zone and calendar data and took
//! 46–80 ms of a start-up (BENCHMARKS.md, issue 19), all of it before Today's first paint. Browsers without
//! `Temporal` still get the same offsets through `Intl`; the browser test checks both against
//! chrono-tz (`tests/e2e/zones.test.mjs`).

use chrono::{NaiveDate, NaiveDateTime};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsValue;

/// Where one zone's offsets come from.
pub enum Reader {
    /// Coordinated Universal Time, whose offset is always zero.
    Utc,
    /// `Temporal`, by the zone's identifier.
    Temporal(String),
    /// A formatter that reads the zone's clock as plain numbers.
    Intl(Intl::DateTimeFormat),
}

#[wasm_bindgen]
extern "C" {
    type TemporalInstant;
    type ZonedDateTime;

    /// `Temporal.Now.timeZoneId()`: throws where the browser has no `Temporal`.
    #[wasm_bindgen(catch, js_namespace = ["Temporal", "Now"], js_name = timeZoneId)]
    fn device_zone_id() -> Result<String, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["Temporal", "Instant"], js_name = fromEpochMilliseconds)]
    fn instant_at(milliseconds: f64) -> Result<TemporalInstant, JsValue>;

    /// Throws a RangeError for a zone the browser does not know.
    #[wasm_bindgen(catch, method, js_name = toZonedDateTimeISO)]
    fn in_zone(this: &TemporalInstant, zone: &str) -> Result<ZonedDateTime, JsValue>;

    #[wasm_bindgen(method, getter, js_name = offsetNanoseconds)]
    fn offset_nanoseconds(this: &ZonedDateTime) -> f64;

    #[wasm_bindgen(method, getter, js_name = timeZoneId)]
    fn zone_id(this: &ZonedDateTime) -> String;

    /// `Intl.DateTimeFormat(locales, options)`: throws a RangeError for a zone it does not know.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &Array, options: &Object)
        -> Result<Intl::DateTimeFormat, JsValue>;
}

impl Reader {
    /// The device's zone, by the name the browser gives it, and its reader.
    pub fn device() -> Option<(String, Reader)> {
        if let Ok(name) = device_zone_id() {
            return Some((name.clone(), Reader::for_name(name)));
        }
        let format = formatter(None)?;
        let name = zone_of(&format)?;
        let reader = if is_utc(&name) {
            Reader::Utc
        } else {
            Reader::Intl(format)
        };
        Some((name, reader))
    }

    /// The zone called `name` as the browser spells it ("europe/london" is Europe/London), and
    /// its reader; `None` when the browser knows no such zone. Only IANA names: both browser
    /// APIs also take offsets ("+01:00"), and Temporal whole ISO date strings, which chrono-tz
    /// on the desktop would refuse to read back.
    pub fn named(name: &str) -> Option<(String, Reader)> {
        if is_utc(name) {
            return Some(("UTC".to_string(), Reader::Utc));
        }
        if name.starts_with(['+', '-']) {
            return None;
        }
        if let Ok(instant) = instant_at(0.0) {
            let spelled = instant.in_zone(name).ok()?.zone_id();
            // A date string names the zone it carries (or UTC), never itself.
            if !spelled.eq_ignore_ascii_case(name) {
                return None;
            }
            return Some((spelled.clone(), Reader::for_name(spelled)));
        }
        let format = formatter(Some(name))?;
        let spelled = zone_of(&format).unwrap_or_else(|| name.to_string());
        Some((spelled, Reader::Intl(format)))
    }

    fn for_name(name: String) -> Reader {
        if is_utc(&name) {
            Reader::Utc
        } else {
            Reader::Temporal(name)
        }
    }

    /// Seconds east of UTC in force at `utc_seconds` since 1970 (0 if the browser will not say).
    pub fn offset_at(&self, utc_seconds: i64) -> i32 {
        let milliseconds = utc_seconds as f64 * 1000.0;
        match self {
            Reader::Utc => 0,
            Reader::Temporal(zone) => instant_at(milliseconds)
                .and_then(|instant| instant.in_zone(zone))
                .map_or(0, |zoned| (zoned.offset_nanoseconds() / 1e9) as i32),
            Reader::Intl(format) => {
                let date = Date::new(&JsValue::from_f64(milliseconds));
                clock_reading(&format.format_to_parts(&date)).map_or(0, |local| {
                    (local.and_utc().timestamp() - utc_seconds) as i32
                })
            }
        }
    }
}

fn is_utc(name: &str) -> bool {
    name.eq_ignore_ascii_case("UTC")
}

/// A formatter that reads the clock of zone `name` (the device's without one) as plain numbers,
/// or `None` for an unknown zone.
fn formatter(name: Option<&str>) -> Option<Intl::DateTimeFormat> {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok()
    };
    if let Some(name) = name {
        set("timeZone", name)?;
    }
    // h23: midnight reads 0, never 24.
    set("hourCycle", "h23")?;
    for field in ["year", "month", "day", "hour", "minute", "second"] {
        set(field, "numeric")?;
    }
    // en-US: Latin digits and the Gregorian calendar, whatever the device's language.
    date_time_format(&Array::of1(&JsValue::from_str("en-US")), &options).ok()
}

/// The IANA name of the zone `format` reads.
fn zone_of(format: &Intl::DateTimeFormat) -> Option<String> {
    Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
        .filter(|name| !name.is_empty())
}

/// The wall-clock time in `parts` (from `formatToParts`).
fn clock_reading(parts: &Array) -> Option<NaiveDateTime> {
    let mut fields = [0u32; 6];
    let mut year = 0i32;
    for part in parts.iter() {
        let kind = Reflect::get(&part, &JsValue::from_str("type"))
            .ok()?
            .as_string()?;
        let value = Reflect::get(&part, &JsValue::from_str("value"))
            .ok()?
            .as_string()?;
        let slot = match kind.as_str() {
            "year" => {
                year = value.parse().ok()?;
                continue;
            }
            "month" => 0,
            "day" => 1,
            "hour" => 2,
            "minute" => 3,
            "second" => 4,
            _ => continue,
        };
        fields[slot] = value.parse().ok()?;
    }
    let [month, day, hour, minute, second, _] = fields;
    // Some engines still print a midnight as 24 despite h23.
    NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour % 24, minute, second)
}
