//! Zones on the web, read from the browser (`reader.rs`: `Temporal`, or `Intl` where the browser
//! has no `Temporal`).
//!
//! The browser answers one question: the zone's UTC offset at an instant. Asking costs a few
//! microseconds, and a season plan or a countdown tick asks thousands of times, so each zone
//! keeps what it learnt per UTC day: the offset at each midnight, and for a day whose two
//! midnights disagree, the second the offset changed (found by bisection, about 17 questions
//! once). The one assumption: a zone changes its offset at most once in 24 hours, which the
//! IANA database has never broken.

use crate::core::sorting;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone};
use js_sys::Array;
use wasm_bindgen::prelude::*;

use super::reader::Reader;

const DAY: i64 = 86_400;

/// A time zone known to the browser: an index into this page's list of the zones used so far.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Zone(u16);

/// An offset in force in a zone, which remembers its zone as chrono's `TimeZone` requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
}

/// What one zone has learnt from the browser so far.
struct Known {
    name: &'static str,
    reader: Reader,
    /// The offset at the midnight (UTC) that starts each day, by day number since 1970.
    midnights: HashMap<i64, i32>,
    /// Days whose offset changes: the first second of the new offset.
    changes: HashMap<i64, i64>,
}

#[derive(Default)]
struct Zones {
    known: Vec<Known>,
    /// The browser's list of zone names, read once.
    names: Option<Vec<&'static str>>,
}

thread_local! {
    static ZONES: RefCell<Zones> = RefCell::new(Zones::default());
}

#[wasm_bindgen]
extern "C" {
    /// `Intl.supportedValuesOf(key)`: missing from browsers older than 2022.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = supportedValuesOf)]
    fn supported_values_of(key: &str) -> Result<Array, JsValue>;
}

impl Zone {
    pub fn utc() -> Zone {
        Zone::named("UTC").expect("every browser knows UTC")
    }

    /// The zone called `name`, whatever its case, spelled as the browser spells it.
    pub fn named(name: &str) -> Option<Zone> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(zone) = Zone::known(name) {
            return Some(zone);
        }
        let (resolved, reader) = Reader::named(name)?;
        // The browser's spelling when it differs only in case ("europe/london"). Temporal keeps
        // an alias as an alias ("us/eastern" is US/Eastern); Intl resolves it to another zone
        // (America/New_York), and then the name is kept as typed.
        let spelled = if resolved.eq_ignore_ascii_case(name) {
            resolved
        } else {
            name.to_owned()
        };
        if let Some(zone) = Zone::known(&spelled) {
            return Some(zone);
        }
        Some(Zone::learn(&spelled, reader))
    }

    /// The device's own zone, or `None` when the browser cannot tell it. The question that
    /// tells it also gives the way to read its offsets, so a start-up asks it once.
    pub fn device() -> Option<Zone> {
        let (name, reader) = Reader::device()?;
        if let Some(zone) = Zone::known(&name) {
            return Some(zone);
        }
        Some(Zone::learn(&name, reader))
    }

    fn known(name: &str) -> Option<Zone> {
        ZONES.with_borrow(|zones| {
            zones
                .known
                .iter()
                .position(|known| known.name.eq_ignore_ascii_case(name))
                .map(|index| Zone(index as u16))
        })
    }

    fn learn(name: &str, reader: Reader) -> Zone {
        let name = leak(name);
        ZONES.with_borrow_mut(|zones| {
            zones.known.push(Known {
                name,
                reader,
                midnights: HashMap::new(),
                changes: HashMap::new(),
            });
            Zone((zones.known.len() - 1) as u16)
        })
    }

    /// The zone's IANA name, e.g. `Europe/London`.
    pub fn name(&self) -> &'static str {
        ZONES.with_borrow(|zones| zones.known[usize::from(self.0)].name)
    }

    /// Seconds east of UTC in force at `utc_seconds` since 1970.
    fn offset_at(&self, utc_seconds: i64) -> i32 {
        let day = utc_seconds.div_euclid(DAY);
        let before = self.midnight_offset(day);
        let after = self.midnight_offset(day + 1);
        if before == after {
            return before;
        }
        let change = self.change_on(day, before);
        if utc_seconds < change {
            before
        } else {
            after
        }
    }

    fn midnight_offset(&self, day: i64) -> i32 {
        let index = usize::from(self.0);
        if let Some(offset) =
            ZONES.with_borrow(|zones| zones.known[index].midnights.get(&day).copied())
        {
            return offset;
        }
        let offset = self.ask(day * DAY);
        ZONES.with_borrow_mut(|zones| zones.known[index].midnights.insert(day, offset));
        offset
    }

    /// The first second of `day` whose offset is no longer `before`.
    fn change_on(&self, day: i64, before: i32) -> i64 {
        let index = usize::from(self.0);
        if let Some(at) = ZONES.with_borrow(|zones| zones.known[index].changes.get(&day).copied()) {
            return at;
        }
        // Invariant: `low` still has `before`, `high` no longer does.
        let (mut low, mut high) = (day * DAY, (day + 1) * DAY);
        while high - low > 1 {
            let middle = low + (high - low) / 2;
            if self.ask(middle) == before {
                low = middle;
            } else {
                high = middle;
            }
        }
        ZONES.with_borrow_mut(|zones| zones.known[index].changes.insert(day, high));
        high
    }

    /// Asks the browser for the zone's offset at `utc_seconds`.
    fn ask(&self, utc_seconds: i64) -> i32 {
        ZONES.with_borrow(|zones| {
            zones.known[usize::from(self.0)]
                .reader
                .offset_at(utc_seconds)
        })
    }

    fn offset(&self, seconds: i32) -> ZoneOffset {
        ZoneOffset {
            zone: *self,
            fixed: FixedOffset::east_opt(seconds)
                .unwrap_or_else(|| FixedOffset::east_opt(0).unwrap()),
        }
    }
}

/// Every zone the browser knows, or, in a browser too old to list them, the ones used so far.
pub fn names() -> Vec<&'static str> {
    if let Some(names) = ZONES.with_borrow(|zones| zones.names.clone()) {
        return names;
    }
    let listed: Option<Vec<&'static str>> = supported_values_of("timeZone").ok().map(|list| {
        list.iter()
            .filter_map(|name| name.as_string())
            .map(|name| leak(&name))
            .collect()
    });
    match listed {
        Some(mut names) => {
            // Chromium leaves UTC out of its list; the runner may still want it.
            if !names.contains(&"UTC") {
                names.push("UTC");
            }
            ZONES.with_borrow_mut(|zones| zones.names = Some(names.clone()));
            names
        }
        None => ZONES.with_borrow(|zones| zones.known.iter().map(|known| known.name).collect()),
    }
}

/// A zone name kept for the page's lifetime: a few hundred at most, read once each.
fn leak(name: &str) -> &'static str {
    Box::leak(name.to_owned().into_boxed_str())
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Self {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    /// A wall-clock time can fall in a gap (clocks went forward: none) or an overlap (clocks went
    /// back: two). The offsets a day either side are the only candidates, since offsets change
    /// at most once a day; each is kept if the instant it gives really has that offset.
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        let wall = local.and_utc().timestamp();
        let mut fits: Vec<(i64, i32)> = [self.offset_at(wall - DAY), self.offset_at(wall + DAY)]
            .into_iter()
            .map(|offset| (wall - i64::from(offset), offset))
            .filter(|(instant, offset)| self.offset_at(*instant) == *offset)
            .collect();
        sorting::sort_by(&mut fits, Ord::cmp);
        fits.dedup();
        match fits.as_slice() {
            [] => MappedLocalTime::None,
            [(_, offset)] => MappedLocalTime::Single(self.offset(*offset)),
            [(_, earlier), .., (_, later)] => {
                MappedLocalTime::Ambiguous(self.offset(*earlier), self.offset(*later))
            }
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset(self.offset_at(utc.and_utc().timestamp()))
    }
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Zone {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Zone::named(name).ok_or_else(|| format!("\"{name}\" is not a time zone"))
    }
}

impl serde::Serialize for Zone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}
