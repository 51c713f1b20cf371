//! The dilution calculator: drops of each oil in a blend for a carrier and a strength, refusing
//! blends that burn on skin in the sun when the day calls for sun limits.
//!
//! Figures: 1 drop ≈ 0.05 ml and 1.5–3 % for a body massage (docs/RULES.md); the sun limits per
//! oil are in `oils`. Several sun-sensitising oils in one blend add up: each uses its share of its
//! own maximum, and the shares together may not pass 1 (Tisserand & Young, Essential Oil Safety,
//! 2nd ed., 2014, on combining phototoxic oils).

use crate::core::aroma::figures::{
    BODY_MASSAGE_PERCENT, DROP_ML, MAX_BLEND_OILS, MAX_CARRIER_ML, MAX_PERCENT,
};
use crate::core::aroma::oil::Oil;
use crate::core::aroma::sun::SunReason;
use crate::core::validation::FieldErrors;

/// The field key of each oil's strength, by position in the blend.
pub const PERCENT_FIELDS: [&str; MAX_BLEND_OILS] =
    ["percent-1", "percent-2", "percent-3", "percent-4"];
/// The field key for problems of the blend as a whole.
pub const BLEND_FIELD: &str = "blend";
/// A hair of tolerance for binary fractions, so 10 ml at 1.5 % is 3 drops and 0.4 % of a 0.4 %
/// maximum is exactly its share.
const EPSILON: f64 = 1e-9;

/// One oil of a blend and the strength asked for it, in percent of the carrier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part<'a> {
    pub oil: &'a Oil,
    pub percent: f64,
}

/// The drops of one oil in a calculated blend.
#[derive(Debug, Clone, PartialEq)]
pub struct PartMix {
    /// Whole drops to add, rounded down so the blend never ends up stronger than asked.
    pub drops: u32,
    /// The unrounded number of drops.
    pub exact_drops: f64,
}

/// A calculated blend.
#[derive(Debug, Clone, PartialEq)]
pub struct Mix {
    /// Per oil, in the blend's order.
    pub parts: Vec<PartMix>,
    /// The strength the whole drops of every oil give together.
    pub actual_percent: f64,
    /// Advice that does not block the blend (e.g. stronger than a body massage needs).
    pub note: Option<String>,
}

/// Drops for a blend of `parts` in `carrier_ml` of carrier oil. With a `sun` reason, a
/// sun-sensitising oil above its maximum, or several whose shares of their maxima add up past 1,
/// are refused with the reason. Errors are for `carrier_ml`, each part's [`PERCENT_FIELDS`] entry
/// and [`BLEND_FIELD`].
pub fn mix(parts: &[Part], carrier_ml: f64, sun: Option<&SunReason>) -> Result<Mix, FieldErrors> {
    use crate::core::aroma::copy as words;
    let mut errors = FieldErrors::default();
    if !carrier_ml.is_finite() || carrier_ml <= 0.0 || carrier_ml > MAX_CARRIER_ML {
        errors.push("carrier_ml", words::carrier_out_of_range());
    }
    if parts.is_empty() || parts.len() > MAX_BLEND_OILS {
        errors.push(BLEND_FIELD, words::blend_size(parts.len()));
        return Err(errors);
    }
    for (index, part) in parts.iter().enumerate() {
        if parts[..index]
            .iter()
            .any(|other| other.oil.key == part.oil.key)
        {
            errors.push(BLEND_FIELD, words::oil_twice(part.oil));
        }
        if !part.percent.is_finite() || part.percent <= 0.0 || part.percent > MAX_PERCENT {
            errors.push(PERCENT_FIELDS[index], words::percent_out_of_range());
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let total: f64 = parts.iter().map(|part| part.percent).sum();
    if total > MAX_PERCENT + EPSILON {
        errors.push(BLEND_FIELD, words::blend_too_strong(total));
    }
    if let Some(reason) = sun {
        sun_limits(parts, reason, &mut errors);
    }
    errors.clone().into_result()?;
    let mixes: Vec<PartMix> = parts
        .iter()
        .map(|part| {
            let exact_drops = carrier_ml * part.percent / 100.0 / DROP_ML;
            PartMix {
                drops: (exact_drops + EPSILON).floor() as u32,
                exact_drops,
            }
        })
        .collect();
    for (index, part) in mixes.iter().enumerate() {
        if part.drops == 0 {
            // Rounded up, so the amount suggested really does make a whole drop.
            let needed = (DROP_ML * 100.0 / parts[index].percent - EPSILON).ceil();
            errors.push(
                "carrier_ml",
                words::under_one_drop(parts[index].oil, needed),
            );
        }
    }
    errors.into_result()?;
    let drops: u32 = mixes.iter().map(|part| part.drops).sum();
    let actual_percent = f64::from(drops) * DROP_ML / carrier_ml * 100.0;
    Ok(Mix {
        parts: mixes,
        actual_percent,
        note: (total > *BODY_MASSAGE_PERCENT.end()).then(words::stronger_than_massage),
    })
}

/// Refuses sun-sensitising strengths: one oil over its own maximum on its field; several whose
/// shares of their maxima add up past 1 on the blend.
fn sun_limits(parts: &[Part], reason: &SunReason, errors: &mut FieldErrors) {
    use crate::core::aroma::copy as words;
    let sensitising: Vec<(usize, &Part, f64)> = parts
        .iter()
        .enumerate()
        .filter_map(|(index, part)| Some((index, part, part.oil.sun_max_percent?)))
        .collect();
    for &(index, part, max) in &sensitising {
        if part.percent > max + EPSILON {
            errors.push(
                PERCENT_FIELDS[index],
                words::over_sun_limit(part.oil, max, reason),
            );
        }
    }
    let share: f64 = sensitising
        .iter()
        .map(|(_, part, max)| part.percent / max)
        .sum();
    if sensitising.len() > 1 && share > 1.0 + EPSILON && errors.is_empty() {
        let shares: Vec<(&Oil, f64, f64)> = sensitising
            .iter()
            .map(|(_, part, max)| (part.oil, part.percent, part.percent / max))
            .collect();
        errors.push(
            BLEND_FIELD,
            words::blend_over_sun_limit(&shares, share, reason),
        );
    }
}
