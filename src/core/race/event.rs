//! A race on the runner's calendar: when and where it starts, how far, and how much it matters.

use crate::core::race::local_time::resolve_local;
use crate::core::record::{Record, RecordId};
use crate::core::validation::{FieldError, FieldErrors};
use chrono::{DateTime, Duration, LocalResult, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Longest race name accepted: room for "Berlin Marathon 2027 (with Sam)" and then some.
pub const MAX_RACE_NAME_CHARS: usize = 100;
/// Longest distance accepted; the longest foot races (multi-day ultras) stay under this.
pub const MAX_DISTANCE_KM: f64 = 500.0;
/// How far a race date may sit from today, either way: further than this is almost always a typo.
pub const MAX_YEARS_FROM_TODAY: u32 = 5;
/// Pace used to guess the finish: slow on purpose (7:30 per km), so the post-race windows, which start
/// at the finish, never open before the runner is actually done.
pub const CONSERVATIVE_PACE_SECS_PER_KM: f64 = 450.0;

/// Common race distances offered as one-tap presets: (label, kilometres).
pub const DISTANCE_PRESETS: [(&str, f64); 4] = [
    ("5K", 5.0),
    ("10K", 10.0),
    ("Half", 21.0975),
    ("Marathon", 42.195),
];

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

    /// The name shown to the runner.
    pub fn label(self) -> &'static str {
        match self {
            Priority::A => "A race",
            Priority::B => "B race",
            Priority::C => "C race",
        }
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
    pub time_zone: Tz,
    pub distance_km: f64,
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
        resolve_local(self.time_zone, self.date.and_time(self.start_time))
    }

    /// A deliberately generous guess at the time on the course, from the distance alone.
    pub fn estimated_duration(&self) -> Duration {
        let km = if self.distance_km.is_finite() {
            self.distance_km.clamp(0.0, MAX_DISTANCE_KM)
        } else {
            0.0
        };
        Duration::seconds((km * CONSERVATIVE_PACE_SECS_PER_KM).round() as i64)
    }

    /// When the runner is expected across the line: start plus [`Race::estimated_duration`].
    pub fn estimated_finish(&self) -> DateTime<Utc> {
        self.start_instant() + self.estimated_duration()
    }

    /// Whether the runner is (by the deliberately late estimate) across the line at `now`.
    pub fn is_finished(&self, now: DateTime<Utc>) -> bool {
        now >= self.estimated_finish()
    }

    /// Checks every field a runner types; each message says how to fix it.
    pub fn validate(&self, today: NaiveDate) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let name_chars = self.name.trim().chars().count();
        if name_chars == 0 {
            errors.push("name", "Give the race a name.");
        } else if name_chars > MAX_RACE_NAME_CHARS {
            errors.push(
                "name",
                format!("Race name is {name_chars} characters; keep it to {MAX_RACE_NAME_CHARS} or fewer."),
            );
        }
        let span = Months::new(MAX_YEARS_FROM_TODAY * 12);
        if today
            .checked_add_months(span)
            .is_some_and(|limit| self.date > limit)
        {
            errors.push(
                "date",
                format!(
                    "Race date is more than {MAX_YEARS_FROM_TODAY} years away; check the year."
                ),
            );
        }
        if today
            .checked_sub_months(span)
            .is_some_and(|limit| self.date < limit)
        {
            errors.push(
                "date",
                format!("Race date is more than {MAX_YEARS_FROM_TODAY} years ago; check the year."),
            );
        }
        if self
            .time_zone
            .from_local_datetime(&self.date.and_time(self.start_time))
            == LocalResult::None
        {
            // Nobody schedules a start inside the hour the clocks skip, so the zone is probably wrong.
            errors.push(
                "time_zone",
                format!(
                    "In {} the clocks skip {} on that day; check the time zone or the start time.",
                    self.time_zone.name(),
                    self.start_time.format("%H:%M")
                ),
            );
        }
        if !self.distance_km.is_finite() || self.distance_km <= 0.0 {
            errors.push("distance_km", "Enter a distance greater than 0 km.");
        } else if self.distance_km > MAX_DISTANCE_KM {
            errors.push(
                "distance_km",
                format!("Distance is over {MAX_DISTANCE_KM:.0} km; check the number."),
            );
        }
        errors.into_result()
    }
}

/// Reads a time zone typed or picked by the runner (an IANA name such as `America/New_York`).
pub fn parse_time_zone(text: &str) -> Result<Tz, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(FieldError::new(
            "time_zone",
            "Choose the time zone of the start line.",
        ));
    }
    trimmed.parse::<Tz>().map_err(|_| {
        FieldError::new(
            "time_zone",
            format!("\"{trimmed}\" is not a time zone we know; pick one such as Europe/London."),
        )
    })
}
