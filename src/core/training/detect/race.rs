//! Which activities were races: named as one, or an all-out effort over a standard distance.

use crate::core::training::activity::{Activity, Sport};
use crate::core::training::load::LoadBasis;

/// Words in an activity's name that say it was a race ("Riverside 10K", "Saturday parkrun"),
/// unless the name also says training: "10K race pace", "Easy 5k", "Ultra long run".
const RACE_WORDS: [&str; 14] = [
    "race",
    "racing",
    "parkrun",
    "marathon",
    "halfmarathon",
    "5k",
    "10k",
    "15k",
    "xc",
    "ultra",
    "relay",
    "championships",
    "champs",
    "gp",
];
const TRAINING_WORDS: [&str; 19] = [
    "pace",
    "tempo",
    "workout",
    "intervals",
    "training",
    "recce",
    "easy",
    "recovery",
    "long",
    "jog",
    "shakeout",
    "warmup",
    "warm",
    "cooldown",
    "cool",
    "steady",
    "commute",
    "walk",
    "treadmill",
];

/// A standard race distance, with how hard an all-out run over it is: the share of maximum heart
/// rate held on average, and the pace against the runner's median. The longer the race, the
/// lower both are (a marathon is run near 85% of maximum, a 5K near 95%).
struct Standard {
    metres: f64,
    min_share_of_max_hr: f64,
    max_pace_vs_median: f64,
}

const STANDARDS: [Standard; 4] = [
    Standard {
        metres: 5_000.0,
        min_share_of_max_hr: 0.90,
        max_pace_vs_median: 0.85,
    },
    Standard {
        metres: 10_000.0,
        min_share_of_max_hr: 0.90,
        max_pace_vs_median: 0.85,
    },
    Standard {
        metres: 21_097.5,
        min_share_of_max_hr: 0.87,
        max_pace_vs_median: 0.88,
    },
    Standard {
        metres: 42_195.0,
        min_share_of_max_hr: 0.83,
        max_pace_vs_median: 0.93,
    },
];

/// GPS and course measurement put a race's recorded distance within a few percent of its own.
const DISTANCE_TOLERANCE: f64 = 0.03;

/// Whether `activity` was a race.
pub fn is_race(activity: &Activity, basis: &LoadBasis) -> bool {
    activity.sport == Sport::Run && (named_as_race(&activity.name) || all_out(activity, basis))
}

/// Whether the name says race and does not say training ("10K race pace intervals" is training).
pub fn named_as_race(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let joined: Vec<String> = words.windows(2).map(|pair| pair.concat()).collect();
    let says = |list: &[&str], word: &str| list.contains(&word);
    let racing =
        words.iter().any(|w| says(&RACE_WORDS, w)) || joined.iter().any(|w| says(&RACE_WORDS, w));
    racing && !words.iter().any(|w| says(&TRAINING_WORDS, w))
}

/// A run over a standard distance at race effort, by heart rate where there is one, else pace.
fn all_out(activity: &Activity, basis: &LoadBasis) -> bool {
    let Some(metres) = activity.distance_m.map(f64::from) else {
        return false;
    };
    let Some(standard) = STANDARDS
        .iter()
        .find(|s| (metres - s.metres).abs() <= s.metres * DISTANCE_TOLERANCE)
    else {
        return false;
    };
    match (basis.heart, activity.avg_hr) {
        (Some(heart), Some(avg)) => f64::from(avg) >= standard.min_share_of_max_hr * heart.max,
        _ => match (activity.pace_s_per_km(), basis.median_run_pace) {
            (Some(pace), Some(median)) => pace <= standard.max_pace_vs_median * median,
            _ => false,
        },
    }
}
