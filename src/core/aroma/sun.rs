//! When sun-sensitising oils are held to their sun limits: on the runner's own day, not only
//! for the next race.
//!
//! The limits are for skin that will see sun or UV within 12–24 h (docs/RULES.md, from the evidence notes; Tisserand &
//! Young, Essential Oil Safety, 2nd ed., 2014). A runner who trains outdoors in daylight has such
//! skin on most days; a runner who does not has it for an outdoor race in daylight, and a mix
//! made in the race's week is the one that goes on for it.

use crate::core::profile::Profile;
use crate::core::race::Race;
use chrono::{DateTime, Duration, Timelike, Utc};

/// Local hours treated as daylight for an outdoor race: generous, so dawn and dusk starts count.
pub const DAYLIGHT_HOURS: std::ops::Range<u32> = 6..20;
/// A sunny race this many days ahead or fewer sets the sun limits: its week's mixes go on for it.
pub const SUN_RACE_DAYS: i64 = 7;

/// Why today's mixes are held to the sun limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SunReason {
    /// The runner said they train outdoors in daylight.
    TrainsOutdoors,
    /// An outdoor race in daylight starts within [`SUN_RACE_DAYS`].
    Race { name: String },
}

/// Whether `race` has runners outdoors in daylight: sun-sensitising oils on the skin then burn.
pub fn sun_exposed(race: &Race) -> bool {
    if !race.outdoor {
        return false;
    }
    let start = race.start_time.num_seconds_from_midnight();
    let end = start + u32::try_from(race.estimated_duration().num_seconds()).unwrap_or(u32::MAX);
    // Daylight on the race day and on every following day the race is still going.
    (0..=end / 86_400).any(|day| {
        let from = day * 86_400 + DAYLIGHT_HOURS.start * 3_600;
        let to = day * 86_400 + DAYLIGHT_HOURS.end * 3_600;
        start < to && from < end.max(start + 1)
    })
}

/// Why sun limits apply to mixes made at `now`, if they do: the runner's daylight training
/// first (it holds every day), else the first sunny race of the coming week still ahead.
pub fn sun_reason(profile: &Profile, races: &[Race], now: DateTime<Utc>) -> Option<SunReason> {
    if profile.trains_outdoors_in_daylight {
        return Some(SunReason::TrainsOutdoors);
    }
    let horizon = now + Duration::days(SUN_RACE_DAYS);
    races
        .iter()
        .filter(|race| sun_exposed(race))
        .filter(|race| now <= race.estimated_finish() && race.start_instant() <= horizon)
        .min_by_key(|race| (race.start_instant(), &race.id))
        .map(|race| SunReason::Race {
            name: race.name.clone(),
        })
}
