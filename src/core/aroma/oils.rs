//! The essential oils the aromatherapy guide knows, with how to use each and its safety limits.
//!
//! Sun-sensitising maxima follow the evidence notes (skin that will see sun or UV within 12–24 h):
//! bergamot 0.4 %, cold-pressed lime 0.7 %, bitter orange 1.25 %, cold-pressed lemon 2 %,
//! grapefruit 4 %. Each of those names a sun-safe alternative.

use crate::core::aroma::oil::{Goal, Oil};

const RUB_OR_TISSUE: &str =
    "Mixed into a carrier oil for a brisk leg rub, or two drops on a tissue to breathe in on the way to the start.";
const SUN_SAFE: &str = "Does not make skin more sensitive to the sun.";

/// Every oil in the guide, energising ones first.
pub const OILS: &[Oil] = &[
    Oil {
        key: "sweet_orange",
        name: "Sweet orange",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[SUN_SAFE],
    },
    Oil {
        key: "mandarin",
        name: "Mandarin",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[SUN_SAFE],
    },
    Oil {
        key: "bergamot",
        name: "Bergamot",
        goal: Goal::Energising,
        how: "Best breathed in from a tissue on race day; on the skin only well diluted.",
        sun_max_percent: Some(0.4),
        sun_safe_alternative: Some("bergamot FCF"),
        cautions: &[],
    },
    Oil {
        key: "bergamot_fcf",
        name: "Bergamot FCF",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &["The compound that reacts with sunlight has been removed, so it is the sun-safe bergamot."],
    },
    Oil {
        key: "lemon_cold_pressed",
        name: "Lemon (cold-pressed)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(2.0),
        sun_safe_alternative: Some("distilled lemon"),
        cautions: &[],
    },
    Oil {
        key: "lemon_distilled",
        name: "Lemon (distilled)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[SUN_SAFE],
    },
    Oil {
        key: "lime_cold_pressed",
        name: "Lime (cold-pressed)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(0.7),
        sun_safe_alternative: Some("distilled lime"),
        cautions: &[],
    },
    Oil {
        key: "lime_distilled",
        name: "Lime (distilled)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[SUN_SAFE],
    },
    Oil {
        key: "grapefruit",
        name: "Grapefruit",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(4.0),
        sun_safe_alternative: Some("sweet orange or mandarin"),
        cautions: &[],
    },
    Oil {
        key: "bitter_orange",
        name: "Bitter orange",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(1.25),
        sun_safe_alternative: Some("sweet orange"),
        cautions: &[],
    },
    Oil {
        key: "peppermint",
        name: "Peppermint",
        goal: Goal::Energising,
        how: "A drop or two on a tissue to breathe in, or a little in a carrier oil rubbed into the legs; it feels cool.",
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[
            "Keep it well away from the faces of babies and young children.",
            "It stings the eyes: wash your hands after a rub.",
        ],
    },
    Oil {
        key: "lavender",
        name: "Lavender",
        goal: Goal::Calming,
        how: "Mixed into a carrier oil for a slow post-race leg massage, or on a tissue by the pillow to help you wind down.",
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[SUN_SAFE],
    },
];

/// Every oil in the guide.
pub fn oils() -> &'static [Oil] {
    OILS
}

/// The oil with this key.
pub fn oil(key: &str) -> Option<&'static Oil> {
    OILS.iter().find(|oil| oil.key == key)
}
