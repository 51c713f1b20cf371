//! The sport an activity file names, in whichever words or numbers its format uses.

use crate::core::training::activity::Sport;

/// The sport named by a GPX `<type>`, a TCX `Sport` attribute or a Strava "Activity Type", in the
/// words of Garmin ("running", "trail_running", "road_biking"), Suunto ("Trail running"), Polar
/// ("TREADMILL_RUNNING"), Coros ("Pool Swim", "Open Water"), Komoot ("jogging",
/// "touringbicycle", "mtb"), Strava ("Run", "Virtual Ride") or TCX ("Biking"), or Strava's GPX
/// numbers ("9" is a run). Words are matched whole, so a "Swim before brunch" is no run.
pub(super) fn sport_from_name(name: &str) -> Sport {
    let name = name.trim();
    if let Ok(number) = name.parse::<u32>() {
        return sport_from_strava_number(number);
    }
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let any = |test: &dyn Fn(&str) -> bool| words.iter().any(|word| test(word));
    let starts_or_ends = |stems: &[&str], endings: &[&str]| {
        any(&|word| {
            stems.iter().any(|stem| word.starts_with(stem))
                || endings.iter().any(|ending| word.ends_with(ending))
        })
    };
    if starts_or_ends(&["run", "jog", "treadmill"], &["run", "running"]) {
        Sport::Run
    } else if starts_or_ends(&["swim", "pool"], &["swim", "swimming"])
        || (any(&|w| w == "open") && any(&|w| w == "water"))
    {
        Sport::Swim
    } else if starts_or_ends(
        &["ride", "riding", "bik", "cycl", "mtb", "velomobile"],
        &["ride", "bike", "biking", "bicycle", "cycle", "cycling"],
    ) {
        Sport::Ride
    } else if starts_or_ends(
        &["walk", "hik", "trek", "mountaineer"],
        &["walk", "walking", "hike", "hiking"],
    ) {
        Sport::Walk
    } else {
        Sport::Other
    }
}

/// The sport of Strava's activity type numbers, as its GPX exports write them in `<type>`.
fn sport_from_strava_number(number: u32) -> Sport {
    match number {
        // Run, Virtual Run.
        9 | 53 => Sport::Run,
        // Ride, Virtual Ride, E-Bike Ride, Velomobile, Handcycle.
        1 | 17 | 18 | 19 | 51 => Sport::Ride,
        16 => Sport::Swim,
        // Hike, Walk.
        4 | 10 => Sport::Walk,
        _ => Sport::Other,
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
