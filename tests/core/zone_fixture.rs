//! The native side of the time-zone agreement: what `chrono-tz` (the desktop and mobile builds'
//! zone database) says for 60 zones over 2020–2035, written to `tests/fixtures/zones.json` for the
//! browser test (`tests/e2e/zones.test.mjs`) to hold the web build's browser-backed zones (Temporal or Intl) against.
//!
//! This test fails when the fixture is stale (a `chrono-tz` update changed a rule);
//! `scripts/zone-fixture.sh` writes it again.

use chrono::{DateTime, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::race::local_time::{repeated_hour, resolve_local};
use serde_json::{json, Value};

const FIXTURE: &str = "tests/fixtures/zones.json";
const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

/// Every continent; half-hour and 45-minute offsets; both hemispheres' clock changes; DST held
/// back an hour (Dublin) or half an hour (Lord Howe); zones whose rules changed since 2019.
const ZONES: [&str; 60] = [
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Berlin",
    "Europe/Helsinki",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Europe/Volgograd",
    "Atlantic/Azores",
    "Atlantic/Reykjavik",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "America/Halifax",
    "America/St_Johns",
    "America/Havana",
    "America/Mexico_City",
    "America/Bogota",
    "America/Caracas",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Santiago",
    "America/Asuncion",
    "America/Nuuk",
    "America/Whitehorse",
    "Pacific/Honolulu",
    "Pacific/Marquesas",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Fiji",
    "Pacific/Tongatapu",
    "Pacific/Kiritimati",
    "Pacific/Norfolk",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Australia/Eucla",
    "Australia/Darwin",
    "Australia/Perth",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Asia/Kabul",
    "Asia/Yangon",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Jerusalem",
    "Asia/Amman",
    "Asia/Damascus",
    "Asia/Almaty",
    "Africa/Casablanca",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Antarctica/Troll",
];

/// The last year compared, 2035 unless the zone's future is a forecast: Morocco's clocks change
/// around Ramadan, which each data release predicts afresh, and Chromium 156's copy already
/// disagrees with chrono-tz's 2025b from 2027. Both are right by their own data; what is checked
/// is that the web build computes what its browser knows.
fn last_year(zone: &str) -> i32 {
    match zone {
        "Africa/Casablanca" => 2026,
        _ => 2035,
    }
}

fn offset(zone: Tz, seconds: i64) -> i64 {
    let at = DateTime::from_timestamp(seconds, 0).unwrap().naive_utc();
    i64::from(zone.offset_from_utc_datetime(&at).fix().local_minus_utc())
}

/// Every instant from 2020 to the end of `last_year` at which the zone's offset changes: the
/// first second of the new one.
fn changes(zone: Tz, last_year: i32) -> Vec<i64> {
    let from = Utc
        .with_ymd_and_hms(2020, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let to = Utc
        .with_ymd_and_hms(last_year + 1, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp();
    let mut found = Vec::new();
    // Offsets never change twice within a day, so a day's two ends tell whether it holds a change.
    for day in (from..to).step_by(DAY as usize) {
        let before = offset(zone, day);
        if before == offset(zone, day + DAY) {
            continue;
        }
        let (mut low, mut high) = (day, day + DAY);
        while high - low > 1 {
            let middle = (low + high) / 2;
            if offset(zone, middle) == before {
                low = middle;
            } else {
                high = middle;
            }
        }
        found.push(high);
    }
    found
}

/// The instants and wall-clock readings to ask about, and chrono-tz's answers.
fn zone_record(name: &str) -> Value {
    let zone: Tz = name.parse().unwrap();
    let mut instants = Vec::new();
    let mut walls = Vec::new();
    for at in changes(zone, last_year(name)) {
        let (before, after) = (offset(zone, at - 1), offset(zone, at));
        instants.extend([at - 1, at]);
        // The wall clock just before and after, and the middle of the gap or overlap between.
        let (wall_before, wall_after) = (at + before, at + after);
        walls.extend([
            wall_before - HOUR,
            (wall_before + wall_after) / 2,
            wall_after + HOUR,
        ]);
    }
    // Two ordinary days a year, so zones that never change are checked too.
    for year in 2020..=last_year(name) {
        for month in [1, 7] {
            let noon = Utc.with_ymd_and_hms(year, month, 15, 12, 0, 0).unwrap();
            instants.push(noon.timestamp());
            walls.push(noon.timestamp() - 3 * HOUR);
        }
    }
    let offsets: Vec<i64> = instants.iter().map(|&at| offset(zone, at)).collect();
    let resolved: Vec<Value> = walls
        .iter()
        .map(|&wall| {
            let local: NaiveDateTime = DateTime::from_timestamp(wall, 0).unwrap().naive_utc();
            let repeated = repeated_hour(zone, local);
            json!([
                resolve_local(zone, local).timestamp(),
                repeated.map(|(first, _)| first.timestamp()),
                repeated.map(|(_, second)| second.timestamp()),
            ])
        })
        .collect();
    json!({
        "name": name,
        "instants": instants,
        "offsets": offsets,
        "walls": walls,
        "resolved": resolved,
    })
}

fn fixture() -> String {
    let zones: Vec<Value> = ZONES.iter().map(|name| zone_record(name)).collect();
    let document = json!({
        "about": "Offsets and wall-clock resolutions from chrono-tz, written by tests/zone_fixture.rs",
        "tzdb": chrono_tz::IANA_TZDB_VERSION,
        "zones": zones,
    });
    serde_json::to_string(&document).unwrap() + "\n"
}

#[test]
fn the_zone_fixture_matches_chrono_tz() {
    let expected = fixture();
    if std::env::var_os("FRESH_LEGS_WRITE_ZONE_FIXTURE").is_some() {
        std::fs::write(FIXTURE, &expected).unwrap();
    }
    let written = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    assert!(
        written == expected,
        "{FIXTURE} is stale for chrono-tz {}: run scripts/zone-fixture.sh",
        chrono_tz::IANA_TZDB_VERSION
    );
}

#[test]
fn the_fixture_holds_every_kind_of_change() {
    let transitions = |name: &str| changes(name.parse().unwrap(), last_year(name)).len();
    // Southern DST, a 30-minute DST, a 45-minute zone's DST: two changes a year for 16 years.
    for name in ["Australia/Sydney", "Australia/Lord_Howe", "Pacific/Chatham"] {
        assert!(transitions(name) >= 31, "{name}");
    }
    // Morocco's hour off for Ramadan, twice a year to 2026.
    assert_eq!(transitions("Africa/Casablanca"), 14);
    // Mexico stopped changing its clocks after October 2022; India never has.
    assert_eq!(transitions("America/Mexico_City"), 6);
    assert_eq!(transitions("Asia/Kolkata"), 0);
}
