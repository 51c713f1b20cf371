//! The sport an activity file names, in whichever words or numbers its format uses.

use crate::core::training::activity::Sport;

/// The sport named by a GPX `<type>`, a TCX `Sport` attribute or a Strava "Activity Type":
/// "running", "Run", "Trail Run", "Biking", "Virtual Ride", "Hike"...
pub(super) fn sport_from_name(name: &str) -> Sport {
    let name = name.trim().to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| name.contains(word));
    if has(&["run", "jog"]) {
        Sport::Run
    } else if has(&["ride", "bik", "cycl"]) {
        Sport::Ride
    } else if has(&["swim"]) {
        Sport::Swim
    } else if has(&["walk", "hik"]) {
        Sport::Walk
    } else {
        Sport::Other
    }
}

/// The sport of a FIT session, from the profile's `sport` enum.
pub(super) fn sport_from_fit(sport: Option<u64>) -> Sport {
    match sport {
        Some(1) => Sport::Run,
        Some(2) => Sport::Ride,
        Some(5) => Sport::Swim,
        // Walking, hiking.
        Some(11) | Some(17) => Sport::Walk,
        _ => Sport::Other,
    }
}
