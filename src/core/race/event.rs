//! A race on the runner's calendar: when and where it starts, how far, and how much it matters.

use crate::core::race::local_time::{repeated_hour, resolve_local};
use crate::core::record::{Record, RecordId};
use crate::core::validation::{
    outside_window, FieldError, FieldErrors, OutsideWindow, DATE_WINDOW_YEARS,
};
use crate::core::words::counted;
use crate::core::words::{decimal, language, message, message_with, Arg};
use crate::core::zone::Zone;
use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// Longest race name accepted: room for "Berlin Marathon 2027 (with Sam)" and then some.
pub const MAX_RACE_NAME_CHARS: usize = 100;
/// Longest distance accepted; the longest foot races (multi-day ultras) stay under this.
pub const MAX_DISTANCE_KM: f64 = 500.0;
/// The 5 km time the finish estimate starts from: a recreational runner a little slower than the
/// typical one (32 min), so windows that open at the finish open late rather than early.
const REFERENCE_5K_SECONDS: f64 = 32.0 * 60.0;
/// Riegel's endurance exponent (time grows as distance^1.06) up to the marathon: each kilometre is
/// a little slower than the last. From 32 min for 5 km it gives about 5 h 05 for a marathon.
const RIEGEL_EXPONENT: f64 = 1.06;
/// Beyond the marathon, ultras slow far more (terrain, walking, aid stations): 1.2 from the
/// marathon time gives about 14 h for 100 km and 24 h for 100 miles, inside the usual 12–20 h
/// and 20–30 h finishes.
const ULTRA_EXPONENT: f64 = 1.2;
/// The marathon distance, in km.
pub const MARATHON_KM: f64 = 42.195;
/// A race this long or longer counts as an ultra (the shortest common ultra is 50 km; 45 leaves
/// room for trail marathons that run long).
pub const ULTRA_KM: f64 = 45.0;
/// Longest expected time the form accepts: 10 days, past the longest multi-day races.
pub const MAX_EXPECTED_MINUTES: u32 = 10 * 24 * 60;

/// Common race distances offered as one-tap presets: (key, the message naming it, kilometres).
/// The key names the button ("preset-half") the same in every language.
pub const DISTANCE_PRESETS: [(&str, &str, f64); 4] = [
    ("5k", "races-preset-5k", 5.0),
    ("10k", "races-preset-10k", 10.0),
    ("half", "races-preset-half", 21.0975),
    ("marathon", "races-preset-marathon", 42.195),
];

/// How long a race is, for the windows that widen with distance (rule 5's refinement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RaceLength {
    /// Shorter than a marathon.
    UpToHalf,
    /// A marathon (about 42 km).
    Marathon,
    /// Longer than a marathon.
    Ultra,
}

/// How much a race matters; the cut-off before it grows with its importance (rule 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    /// The goal race of the season.
    A,
    /// An important race, but not the goal.
    B,
    /// A training race or a fun run.
    C,
}

impl Priority {
    /// All priorities, most important first.
    pub const ALL: [Priority; 3] = [Priority::A, Priority::B, Priority::C];

    /// The name shown to the runner: "A race".
    pub fn label(self) -> String {
        message(match self {
            Priority::A => "races-priority-a",
            Priority::B => "races-priority-b",
            Priority::C => "races-priority-c",
        })
    }
}

/// One race. Date and start time are local to the race's own time zone, as printed on the entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Race {
    pub id: RecordId,
    pub name: String,
    pub date: NaiveDate,
    pub start_time: NaiveTime,
    /// IANA zone of the start line, e.g. `Europe/Berlin`.
    /// Read without regard to case, so a hand-edited or imported "utc" is still UTC.
    #[serde(deserialize_with = "zone_any_case")]
    pub time_zone: Zone,
    pub distance_km: f64,
    /// The runner's own expected time on the course, in minutes; `None` estimates it from the distance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_minutes: Option<u32>,
    /// On the night the clocks go back, a start time can happen twice: `true` is the second one
    /// (after the clocks went back), `false` the first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub second_of_repeated_hour: bool,
    pub priority: Priority,
    /// Outdoor races matter for sun-sensitising oils (rule 9).
    pub outdoor: bool,
    pub notes: String,
    pub updated_at: DateTime<Utc>,
}

impl Record for Race {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl Race {
    /// The instant the gun goes off, resolved in the race's own zone (see [`resolve_local`] for DST).
    pub fn start_instant(&self) -> DateTime<Utc> {
        let local = self.date.and_time(self.start_time);
        // Only a start marked as the second of a repeated hour needs the overlap worked out;
        // every other start resolves once, as this runs for every race on every plan.
        if self.second_of_repeated_hour {
            if let Some((_, second)) = repeated_hour(self.time_zone, local) {
                return second;
            }
        }
        resolve_local(self.time_zone, local)
    }

    /// The time on the course: the runner's own expectation, else a guess from the distance with a
    /// pace that slows as the distance grows (see [`REFERENCE_5K_SECONDS`]).
    pub fn estimated_duration(&self) -> Duration {
        if let Some(minutes) = self.expected_minutes {
            return Duration::minutes(i64::from(minutes.min(MAX_EXPECTED_MINUTES)));
        }
        let km = if self.distance_km.is_finite() {
            self.distance_km.clamp(0.0, MAX_DISTANCE_KM)
        } else {
            0.0
        };
        let riegel = |km: f64| REFERENCE_5K_SECONDS * (km / 5.0).powf(RIEGEL_EXPONENT);
        let seconds = if km <= MARATHON_KM {
            riegel(km)
        } else {
            riegel(MARATHON_KM) * (km / MARATHON_KM).powf(ULTRA_EXPONENT)
        };
        Duration::seconds(seconds.round() as i64)
    }

    /// Marathon, ultra or shorter, for the windows that widen with distance.
    pub fn length(&self) -> RaceLength {
        // Entries say 42, 42.2 or 42.195: anything from 42 km up is a marathon.
        if self.distance_km >= ULTRA_KM {
            RaceLength::Ultra
        } else if self.distance_km >= 42.0 {
            RaceLength::Marathon
        } else {
            RaceLength::UpToHalf
        }
    }

    /// When the runner is expected across the line: start plus [`Race::estimated_duration`].
    pub fn estimated_finish(&self) -> DateTime<Utc> {
        self.start_instant() + self.estimated_duration()
    }

    /// Whether the runner is (by the deliberately late estimate) across the line at `now`.
    pub fn is_finished(&self, now: DateTime<Utc>) -> bool {
        now >= self.estimated_finish()
    }

    /// Checks every field a runner types, with the date no more than
    /// [`DATE_WINDOW_YEARS`] from `today`; each message says how to fix it.
    pub fn validate(&self, today: NaiveDate) -> Result<(), FieldErrors> {
        let mut errors = self.check().err().unwrap_or_default();
        let id = match outside_window(self.date, today) {
            Some(OutsideWindow::TooFarAhead) => Some("races-error-date-away"),
            Some(OutsideWindow::TooLongAgo) => Some("races-error-date-ago"),
            None => None,
        };
        if let Some(id) = id {
            errors.push(
                "date",
                message_with(id, &[("years", Arg::from(DATE_WINDOW_YEARS))]),
            );
        }
        errors.into_result()
    }

    /// The checks that hold whenever the race was entered: what the form checks, on load and on
    /// import, for every stored race.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let name_chars = self.name.trim().chars().count();
        if name_chars == 0 {
            errors.push("name", message("races-error-name-empty"));
        } else if name_chars > MAX_RACE_NAME_CHARS {
            // The length as digits: a pasted text runs into thousands of characters.
            let mut args = counted(name_chars).to_vec();
            args.push(("most", Arg::from(MAX_RACE_NAME_CHARS)));
            errors.push("name", message_with("races-error-name-long", &args));
        }
        if self
            .time_zone
            .from_local_datetime(&self.date.and_time(self.start_time))
            == LocalResult::None
        {
            // Nobody schedules a start inside the hour the clocks skip, so the zone is probably wrong.
            errors.push(
                "time_zone",
                message_with(
                    "races-error-clocks-skip",
                    &[
                        ("zone", Arg::from(self.time_zone.name())),
                        (
                            "time",
                            Arg::from(crate::core::dates::clock(self.start_time)),
                        ),
                    ],
                ),
            );
        }
        let distance = || ("distance", Arg::from(typed_digits(self.distance_km)));
        if !self.distance_km.is_finite() || self.distance_km <= 0.0 {
            errors.push(
                "distance_km",
                message_with("races-error-distance-zero", &[distance()]),
            );
        } else if self.distance_km > MAX_DISTANCE_KM {
            errors.push(
                "distance_km",
                message_with(
                    "races-error-distance-long",
                    &[distance(), ("most", Arg::from(MAX_DISTANCE_KM))],
                ),
            );
        }
        match self.expected_minutes {
            Some(0) => errors.push("expected_minutes", message("races-error-expected-zero")),
            Some(minutes) if minutes > MAX_EXPECTED_MINUTES => errors.push(
                "expected_minutes",
                message_with(
                    "races-error-expected-long",
                    &[
                        ("hours", Arg::from(MAX_EXPECTED_MINUTES / 60)),
                        ("time", Arg::from(duration_text(minutes))),
                    ],
                ),
            ),
            _ => {}
        }
        errors.into_result()
    }
}

/// A distance as the runner typed it, every digit kept and no thousands mark (a distance typed
/// in metres by mistake, 21097.5, reads back as typed), with the language's decimal mark: the
/// checks quote it to say what is wrong with it.
fn typed_digits(km: f64) -> String {
    // The language's decimal mark: what `decimal` writes between the 0 and the 5 of 0.5.
    let mark = decimal(0.5, 1, 1, language()).replace(['0', '5'], "");
    km.to_string().replace('.', &mark)
}

/// Minutes as the runner types them: "4:30" (hours and minutes).
pub fn duration_text(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// Reads an expected time typed as "4:30", "4h30", "45" (minutes) or "" (none: estimate it).
pub fn parse_expected_time(text: &str) -> Result<Option<u32>, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let invalid = || {
        FieldError::new(
            "expected_minutes",
            message_with(
                "races-error-expected-unreadable",
                &[("typed", Arg::from(trimmed))],
            ),
        )
    };
    let normalized = trimmed.to_lowercase().replace('h', ":");
    let minutes = match normalized.split_once(':') {
        Some((hours, minutes)) => {
            let hours: u32 = hours.trim().parse().map_err(|_| invalid())?;
            let minutes = minutes.trim();
            let minutes: u32 = if minutes.is_empty() {
                0
            } else {
                minutes.parse().map_err(|_| invalid())?
            };
            if minutes >= 60 {
                return Err(invalid());
            }
            hours
                .checked_mul(60)
                .and_then(|h| h.checked_add(minutes))
                .ok_or_else(invalid)?
        }
        None => trimmed.parse().map_err(|_| invalid())?,
    };
    Ok(Some(minutes))
}

/// Reads a time zone typed or picked by the runner: an IANA name such as `America/New_York`, a
/// city, a country with one zone or a common abbreviation (see `zone::finder`). A word that could
/// mean several zones, or a fixed offset people rarely mean ("EST"), is refused with a question:
/// the form offers the choices.
pub fn parse_time_zone(text: &str) -> Result<Zone, FieldError> {
    use crate::core::zone::finder::{find, Found};
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(FieldError::new(
            "time_zone",
            message("races-error-zone-empty"),
        ));
    }
    let typed = || ("typed", Arg::from(trimmed));
    let unknown = || {
        FieldError::new(
            "time_zone",
            message_with("races-error-zone-unknown", &[typed()]),
        )
    };
    match find(trimmed, &crate::core::zone::names()) {
        Found::Zone(name) => crate::core::zone::named(&name).ok_or_else(unknown),
        Found::Ask(choices) => Err(FieldError::new(
            "time_zone",
            message_with(
                "races-error-zone-ambiguous",
                &[typed(), ("count", Arg::from(choices.len()))],
            ),
        )),
        Found::Unknown => Err(unknown()),
    }
}

/// Deserializes a zone name without regard to case.
fn zone_any_case<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Zone, D::Error> {
    let name = String::deserialize(deserializer)?;
    crate::core::zone::named(&name)
        .ok_or_else(|| serde::de::Error::custom(format!("\"{name}\" is not a time zone")))
}
