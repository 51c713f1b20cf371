//! The dilution calculator: drops for a carrier and a strength, refusing strengths that burn on
//! sun-exposed skin when the next race is outdoors in daylight.

use crate::core::aroma::oil::Oil;
use crate::core::race::Race;
use crate::core::validation::FieldErrors;
use chrono::Timelike;
use std::ops::RangeInclusive;

/// One drop of essential oil, in ml (evidence notes: 1 drop ≈ 0.05 ml).
pub const DROP_ML: f64 = 0.05;
/// Largest batch the calculator mixes; more than any runner needs for a race week.
pub const MAX_CARRIER_ML: f64 = 500.0;
/// Strongest mix the calculator accepts: above this, skin irritation is the likely outcome.
pub const MAX_PERCENT: f64 = 5.0;
/// The usual strength for a body massage.
pub const BODY_MASSAGE_PERCENT: RangeInclusive<f64> = 1.5..=3.0;
/// Local hours treated as daylight for an outdoor race: generous, so dawn and dusk starts count.
pub const DAYLIGHT_HOURS: std::ops::Range<u32> = 6..20;

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

/// A calculated mix.
#[derive(Debug, Clone, PartialEq)]
pub struct Mix {
    /// Whole drops to add, rounded down so the mix never ends up stronger than asked.
    pub drops: u32,
    /// The unrounded number of drops.
    pub exact_drops: f64,
    /// The strength the whole drops actually give.
    pub actual_percent: f64,
    /// Advice that does not block the mix (e.g. stronger than a body massage needs).
    pub note: Option<String>,
}

/// Drops of `oil` for `carrier_ml` of carrier oil at `percent`. `sun_race` is the next race when it
/// is outdoors in daylight: a sun-sensitising oil above its maximum is then refused, with the reason.
/// Errors are for the fields `carrier_ml` and `percent`.
pub fn mix(
    oil: &Oil,
    carrier_ml: f64,
    percent: f64,
    sun_race: Option<&Race>,
) -> Result<Mix, FieldErrors> {
    let mut errors = FieldErrors::default();
    if !carrier_ml.is_finite() || carrier_ml <= 0.0 || carrier_ml > MAX_CARRIER_ML {
        errors.push(
            "carrier_ml",
            format!("Enter an amount of carrier oil above 0 and up to {MAX_CARRIER_ML:.0} ml."),
        );
    }
    if !percent.is_finite() || percent <= 0.0 || percent > MAX_PERCENT {
        errors.push(
            "percent",
            format!("Enter a dilution above 0 and up to {MAX_PERCENT:.0} %; 1.5 to 3 % suits a body massage."),
        );
    } else if let (Some(max), Some(race)) = (oil.sun_max_percent, sun_race) {
        if percent > max {
            let instead = oil
                .sun_safe_alternative
                .map(|alternative| format!(", or use {alternative} instead"))
                .unwrap_or_default();
            errors.push(
                "percent",
                format!(
                    "Too strong for a sunny race: {} makes skin burn more easily in sunlight, and {} is outdoors in daylight. Keep it to {} % or less{instead}.",
                    oil.name,
                    race.name,
                    format_percent(max)
                ),
            );
        }
    }
    errors.clone().into_result()?;
    let exact_drops = carrier_ml * percent / 100.0 / DROP_ML;
    // A hair of tolerance so 10 ml at 1.5 % is 3 drops, not 2 because of binary fractions.
    let drops = (exact_drops + 1e-9).floor() as u32;
    if drops == 0 {
        // Rounded up, so the amount suggested really does make a whole drop.
        let needed = (DROP_ML * 100.0 / percent - 1e-9).ceil();
        errors.push(
            "carrier_ml",
            format!("That is less than one drop. Mix at least {needed:.0} ml of carrier oil at this strength."),
        );
        return Err(errors);
    }
    let actual_percent = f64::from(drops) * DROP_ML / carrier_ml * 100.0;
    let note = (percent > *BODY_MASSAGE_PERCENT.end()).then(|| {
        "Stronger than the 1.5 to 3 % usual for a body massage: keep it to a small area."
            .to_string()
    });
    Ok(Mix {
        drops,
        exact_drops,
        actual_percent,
        note,
    })
}

/// A percentage for people: "0.4", "2", "1.25".
pub fn format_percent(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
