//! The words a runner reads in the aromatherapy guide: the rules for every oil, the cautions
//! shared by several oils or every runner, the calculator's refusals and the warning for oils
//! still new to them. The oils' own descriptions and cautions live with the oil table
//! (`oils.rs`). A figure and its unit are joined by a non-breaking space (`\u{a0}`), so no
//! screen wraps between them.
//!
//! Sources: docs/RULES.md rule 9, from the evidence notes (dilution, patch test, sun limits, peppermint near children);
//! Tisserand & Young, Essential Oil Safety, 2nd ed., 2014 (pregnancy, asthma and inhalation,
//! G6PD deficiency and heart rhythm with peppermint, oxidised citrus and lavender oils); the ASPCA
//! Animal Poison Control Center (essential oils and pets).

use crate::core::aroma::figures::{
    format_percent, percent, BODY_MASSAGE_PERCENT, DROP_ML, MAX_BLEND_OILS, MAX_CARRIER_ML,
    MAX_PERCENT,
};
use crate::core::aroma::marks::NewOilWarning;
use crate::core::aroma::oil::{Oil, SharedCaution};
use crate::core::aroma::sun::SunReason;

/// Drops of oil in 10 ml of carrier at `percent`, for the rule of thumb ("3 to 6 drops in 10 ml").
fn drops_in_ten_ml(strength: f64) -> String {
    format!("{:.0}", 10.0 * strength / 100.0 / DROP_ML)
}

/// How to use any oil safely, with the figures the calculator uses.
pub fn safe_use() -> Vec<String> {
    let (low, high) = (*BODY_MASSAGE_PERCENT.start(), *BODY_MASSAGE_PERCENT.end());
    vec![
        "Never put an essential oil on skin undiluted, and never swallow one.".to_string(),
        format!(
            "For a body massage, mix {} to {} into a carrier oil: {} to {}\u{a0}drops in 10\u{a0}ml.",
            format_percent(low),
            percent(high),
            drops_in_ten_ml(low),
            drops_in_ten_ml(high)
        ),
        "Patch-test every new oil: a little of the diluted mix on the inner forearm, then wait 24 to 48\u{a0}hours for any redness or itching.".to_string(),
        "Try new oils weeks before race week, never for the first time before an important race.".to_string(),
    ]
}

impl SharedCaution {
    /// Who or what it concerns, as the start of its line: "Children".
    pub fn label(self) -> &'static str {
        match self {
            SharedCaution::Pregnancy => "Pregnant or breastfeeding",
            SharedCaution::Children => "Children",
            SharedCaution::Asthma => "Asthma or a sensitivity to scents",
            SharedCaution::Pets => "Pets",
            SharedCaution::BrokenSkin => "Broken, chafed or sunburnt skin",
            SharedCaution::OldOils => "Old oils",
            SharedCaution::SunLimits => "Sun limits",
        }
    }

    /// What to do, after the label.
    pub fn text(self) -> &'static str {
        match self {
            SharedCaution::Pregnancy => "ask your midwife or doctor before using essential oils.",
            SharedCaution::Children => "keep bottles out of reach, use no oils on a young child without advice, and never peppermint near a baby's or young child's face.",
            SharedCaution::Asthma => "breathing oils in can set it off, so skip the tissue and the diffuser or try the faintest trace first.",
            SharedCaution::Pets => "some oils harm cats, dogs and birds; keep bottles and diffusers away from them and wash your hands before you touch them.",
            SharedCaution::BrokenSkin => "common after a race: no oils there until it has healed.",
            SharedCaution::OldOils => "citrus oils and lavender go off once opened and then irritate skin. Keep them closed, cool and dark, and replace citrus oils about a year after opening.",
            SharedCaution::SunLimits => "a sun-sensitising oil's limit holds for skin that will see the sun or a sunbed within 12 to 24\u{a0}hours, and several in one blend add up. Oils marked sun-safe have none.",
        }
    }
}

/// Why sun limits apply, mid-sentence.
fn sun_why(reason: &SunReason) -> String {
    match reason {
        SunReason::TrainsOutdoors => "you train outdoors in daylight".to_string(),
        SunReason::Race { name } => format!("{name} is outdoors in daylight"),
    }
}

/// The calculator's note on why sun limits hold today.
pub fn sun_hint(reason: &SunReason) -> String {
    let why = sun_why(reason);
    let mut chars = why.chars();
    let why = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    });
    format!("{why}, so sun-sensitising oils are held to their sun-safe strength, and several in one blend add up.")
}

pub(crate) fn carrier_out_of_range() -> String {
    format!("Enter an amount of carrier oil above 0 and up to {MAX_CARRIER_ML:.0}\u{a0}ml.")
}

pub(crate) fn percent_out_of_range() -> String {
    format!(
        "Enter a dilution above 0 and up to {MAX_PERCENT:.0}\u{a0}%; {} to {} suits a body massage.",
        format_percent(*BODY_MASSAGE_PERCENT.start()),
        percent(*BODY_MASSAGE_PERCENT.end())
    )
}

pub(crate) fn blend_size(count: usize) -> String {
    if count == 0 {
        "Choose at least one oil.".to_string()
    } else {
        format!("A blend has at most {MAX_BLEND_OILS} oils; this one has {count}.")
    }
}

pub(crate) fn oil_twice(oil: &Oil) -> String {
    format!(
        "{} is in the blend twice: give it one row with its whole strength.",
        oil.name
    )
}

pub(crate) fn blend_too_strong(total: f64) -> String {
    format!(
        "Together the oils come to {}; keep the whole blend to {MAX_PERCENT:.0}\u{a0}% or less.",
        percent(total)
    )
}

pub(crate) fn under_one_drop(oil: &Oil, needed_ml: f64) -> String {
    format!(
        "That is less than one drop of {}. Mix at least {needed_ml:.0}\u{a0}ml of carrier oil at this strength.",
        oil.name
    )
}

pub(crate) fn stronger_than_massage() -> String {
    format!(
        "Stronger than the {} to {} usual for a body massage: keep it to a small area.",
        format_percent(*BODY_MASSAGE_PERCENT.start()),
        percent(*BODY_MASSAGE_PERCENT.end())
    )
}

pub(crate) fn over_sun_limit(oil: &Oil, max: f64, reason: &SunReason) -> String {
    let instead = oil
        .sun_safe_alternative
        .map(|alternative| format!(", or use {alternative} instead"))
        .unwrap_or_default();
    format!(
        "Too strong for skin in the sun: {} makes skin burn more easily in sunlight, and {}. Keep it to {} or less{instead}.",
        oil.name,
        sun_why(reason),
        percent(max)
    )
}

/// `shares`: each sun-sensitising oil, its strength and its share of its own maximum.
pub(crate) fn blend_over_sun_limit(
    shares: &[(&Oil, f64, f64)],
    total: f64,
    reason: &SunReason,
) -> String {
    let parts: Vec<String> = shares
        .iter()
        .map(|(oil, strength, share)| {
            format!(
                "{} at {} uses {} of its sun limit",
                oil.name,
                percent(*strength),
                percent((share * 100.0).round())
            )
        })
        .collect();
    format!(
        "Too strong together for skin in the sun, as {}: {}, {} in all. Lower them until the shares add up to 100\u{a0}% or less, or choose sun-safe oils.",
        sun_why(reason),
        parts.join("; "),
        percent((total * 100.0).round())
    )
}

impl NewOilWarning {
    /// The warning as the runner reads it.
    pub fn message(&self) -> String {
        let when = match self.days_away {
            0 => "less than a day away".to_string(),
            1 => "1\u{a0}day away".to_string(),
            n => format!("{n}\u{a0}days away"),
        };
        format!(
            "{} is new to you and {} is {when}. A patch test takes 24 to 48\u{a0}hours and a first try belongs before a training run, so leave it out of this race or test it now and keep it for afterwards.",
            self.oil_name, self.race
        )
    }
}
