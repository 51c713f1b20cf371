//! The race form as typed: text stays text until saved, so a mistake in one field never wipes the
//! others, and every problem is reported next to its own field.

use crate::core::dates;
use crate::core::profile::Units;
use crate::core::race::local_time::repeated_hour;
use crate::core::race::{duration_text, parse_expected_time, parse_time_zone, Priority, Race};
use crate::core::record::RecordId;
use crate::core::validation::FieldErrors;
use crate::core::words::{self, message, message_with, Arg};
use crate::core::zone::Zone;
use crate::ui::form_keys::{from_key, key_of};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use dioxus::prelude::{dioxus_stores, Store};

/// What the race form currently shows. A store, so each field of the form edits its own part.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct RaceDraft {
    pub name: String,
    /// `YYYY-MM-DD`, as a date input sends it.
    pub date: String,
    /// `HH:MM`, local to `time_zone`.
    pub start_time: String,
    /// An IANA zone name as typed or picked.
    pub time_zone: String,
    /// The distance in `units`, as typed.
    pub distance: String,
    /// The exact kilometres behind `distance` when it came from a preset or a stored race, so a
    /// distance shown rounded in miles is not saved back rounded. It counts only while `distance`
    /// still shows it: a typed distance is the truth.
    pub exact_km: Option<f64>,
    /// The units the distance is typed in (the runner's setting).
    pub units: Units,
    /// The runner's expected time on the course as typed ("4:30"); empty means estimate it.
    pub expected_time: String,
    /// The stored key of a [`Priority`].
    pub priority: String,
    pub outdoor: bool,
    /// Which of two starts at a time that happens twice (the night the clocks go back): "" not
    /// chosen yet, [`FIRST`] or [`SECOND`].
    pub repeated_hour: String,
    /// Not on the form yet; kept so editing a race never drops them.
    pub notes: String,
}

/// The key of the first of a time that happens twice.
pub const FIRST: &str = "first";
/// The key of the second of a time that happens twice.
pub const SECOND: &str = "second";

impl RaceDraft {
    /// An empty form: the device's zone, a morning start, a priority-B outdoor race.
    pub fn new(zone: Zone, units: Units) -> Self {
        RaceDraft {
            name: String::new(),
            date: String::new(),
            start_time: "09:00".into(),
            time_zone: zone.name().to_string(),
            distance: String::new(),
            exact_km: None,
            units,
            expected_time: String::new(),
            priority: key_of(&Priority::B),
            outdoor: true,
            repeated_hour: String::new(),
            notes: String::new(),
        }
    }

    /// The form filled in from a stored race, for editing.
    pub fn from_race(race: &Race, units: Units) -> Self {
        RaceDraft {
            name: race.name.clone(),
            date: dates::date_field(race.date),
            start_time: dates::time_field(race.start_time),
            time_zone: race.time_zone.name().to_string(),
            distance: distance_text(units, race.distance_km),
            exact_km: Some(race.distance_km),
            units,
            expected_time: race.expected_minutes.map(duration_text).unwrap_or_default(),
            priority: key_of(&race.priority),
            outdoor: race.outdoor,
            repeated_hour: if race.second_of_repeated_hour {
                SECOND
            } else {
                FIRST
            }
            .to_string(),
            notes: race.notes.clone(),
        }
    }

    /// The two starts the typed date, time and zone could mean, when that time happens twice.
    pub fn repeated(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        repeated(&self.date, &self.start_time, &self.time_zone)
    }

    /// Fills the distance from a preset given in kilometres.
    pub fn set_preset(&mut self, km: f64) {
        self.distance = distance_text(self.units, km);
        self.exact_km = Some(km);
    }

    /// The exact kilometres of a preset or stored race the distance field still shows.
    pub fn exact_distance(&self) -> Option<f64> {
        exact_distance(self.units, self.exact_km, &self.distance)
    }

    /// The race this form describes, or every problem found (field keys as `Race::validate`).
    pub fn to_race(
        &self,
        id: RecordId,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Race, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = dates::read_date_field(&self.date).unwrap_or_else(|| {
            errors.push("date", message("races-error-date"));
            today
        });
        let start_time = dates::read_time_field(&self.start_time).unwrap_or_else(|| {
            errors.push("start_time", message("races-error-start"));
            NaiveTime::MIN
        });
        let time_zone = parse_time_zone(&self.time_zone).unwrap_or_else(|error| {
            errors.0.push(error);
            crate::core::zone::utc()
        });
        let distance_km = match self.exact_distance() {
            Some(km) => km,
            None => match parse_decimal(&self.distance) {
                Some(value) => self.units.to_km(value),
                None => {
                    errors.push(
                        "distance_km",
                        message_with(
                            "races-error-distance-unreadable",
                            &[
                                ("unit", Arg::from(self.units.abbreviation())),
                                ("example", Arg::from(21.1)),
                            ],
                        ),
                    );
                    1.0
                }
            },
        };
        let expected_minutes = parse_expected_time(&self.expected_time).unwrap_or_else(|error| {
            errors.0.push(error);
            None
        });
        // A start that happens twice is never guessed: the runner says which one.
        if self.repeated().is_some() && ![FIRST, SECOND].contains(&self.repeated_hour.as_str()) {
            errors.push(
                "start_time",
                message_with(
                    "races-error-repeated-hour",
                    &[
                        ("time", Arg::from(dates::clock(start_time))),
                        ("zone", Arg::from(time_zone.name())),
                    ],
                ),
            );
        }
        let race = Race {
            id,
            name: self.name.trim().to_string(),
            date,
            start_time,
            time_zone,
            distance_km,
            expected_minutes,
            second_of_repeated_hour: self.repeated_hour == SECOND,
            priority: from_key(&self.priority).unwrap_or(Priority::B),
            outdoor: self.outdoor,
            notes: self.notes.clone(),
            updated_at: now,
        };
        // A field that did not even parse keeps its own message instead of a range message.
        if let Err(range_errors) = race.validate(today) {
            for error in range_errors.0 {
                if errors.for_field(error.field).is_none() {
                    errors.0.push(error);
                }
            }
        }
        errors.into_result().map(|()| race)
    }
}

/// The two starts a typed `date`, `start_time` and `time_zone` could mean, when that time
/// happens twice (the night the clocks go back).
pub fn repeated(
    date: &str,
    start_time: &str,
    time_zone: &str,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let date = dates::read_date_field(date)?;
    let time = dates::read_time_field(start_time)?;
    let zone = parse_time_zone(time_zone).ok()?;
    repeated_hour(zone, date.and_time(time))
}

/// `exact_km` while the distance field, typed in `units`, still shows it as `distance`.
pub fn exact_distance(units: Units, exact_km: Option<f64>, distance: &str) -> Option<f64> {
    exact_km.filter(|km| distance_text(units, *km) == distance)
}

/// A distance in `units` for the form: up to two decimals, no trailing zeros, with the decimal
/// mark of the app's language ("21,1" in German), which `parse_decimal` reads back.
fn distance_text(units: Units, km: f64) -> String {
    let value = (units.from_km(km) * 100.0).round() / 100.0;
    let mark = words::decimal_mark(words::language());
    value
        .to_string()
        .replace('.', mark.encode_utf8(&mut [0; 4]))
}

/// A decimal number, accepting a comma as the decimal mark ("21,1") as many keyboards type it.
fn parse_decimal(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
    }

    fn filled() -> RaceDraft {
        let mut draft = RaceDraft::new(chrono_tz::Europe::London, Units::Km);
        draft.name = "Harbour Half".into();
        draft.date = "2027-03-14".into();
        draft.distance = "21,1".into();
        draft
    }

    #[test]
    fn a_filled_form_becomes_a_race_in_its_own_zone() {
        let race = filled()
            .to_race(RecordId("race-1".into()), now(), now().date_naive())
            .unwrap();
        assert_eq!(race.distance_km, 21.1);
        assert_eq!(
            race.start_instant(),
            Utc.with_ymd_and_hms(2027, 3, 14, 9, 0, 0).unwrap()
        );
        assert_eq!(race.priority, Priority::B);
    }

    #[test]
    fn every_bad_field_gets_its_own_message_and_the_typing_is_kept() {
        let mut draft = filled();
        draft.name = "  ".into();
        draft.time_zone = "Mars/Olympus".into();
        draft.distance = "far".into();
        let errors = draft
            .to_race(RecordId("race-1".into()), now(), now().date_naive())
            .unwrap_err();
        assert_eq!(errors.for_field("name"), Some("Give the race a name."));
        assert!(errors
            .for_field("time_zone")
            .unwrap()
            .contains("Mars/Olympus"));
        assert!(errors
            .for_field("distance_km")
            .unwrap()
            .contains("kilometres"));
        assert!(errors.for_field("date").is_none());
        assert_eq!(draft.distance, "far");
    }

    #[test]
    fn miles_are_stored_as_kilometres_and_presets_keep_their_exact_distance() {
        let race = Race {
            distance_km: 42.195,
            ..filled()
                .to_race(RecordId("race-1".into()), now(), now().date_naive())
                .unwrap()
        };
        let mut draft = RaceDraft::from_race(&race, Units::Mi);
        assert_eq!(draft.distance, "26.22");
        let same = draft
            .to_race(race.id.clone(), now(), now().date_naive())
            .unwrap();
        assert_eq!(
            same.distance_km, 42.195,
            "an untouched distance is not rounded"
        );
        draft.distance = "10".into();
        assert_eq!(
            draft.exact_distance(),
            None,
            "typing replaces the stored distance"
        );
        let typed = draft.to_race(race.id, now(), now().date_naive()).unwrap();
        assert!((typed.distance_km - 16.09344).abs() < 1e-9);
        draft.set_preset(5.0);
        assert_eq!(draft.distance, "3.11");
        assert_eq!(draft.exact_distance(), Some(5.0));
    }
}
