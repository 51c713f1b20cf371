//! The essential oils the aromatherapy guide knows, with how to use each and its safety limits.
//!
//! Sun-sensitising maxima follow docs/RULES.md (rule 9) (skin that will see sun or UV within 12–24 h):
//! bergamot 0.4 %, cold-pressed lime 0.7 %, bitter orange 1.25 %, cold-pressed lemon 2 %,
//! grapefruit 4 %; the notes take them from Tisserand & Young, Essential Oil Safety, 2nd ed.,
//! 2014, which also names the sun-safe alternatives (FCF bergamot, distilled lemon and lime, sweet
//! orange, mandarin). The same book is the source for the oxidation of citrus and lavender oils
//! and for peppermint's G6PD and heart-rhythm cautions; docs/RULES.md (rule 9) for peppermint near
//! children's faces and in the eyes. Every oil has at least one caution, its own or shared.

use crate::core::aroma::oil::{Goal, Oil, SharedCaution};

const RUB_OR_TISSUE: &str =
    "Mixed into a carrier oil for a brisk leg rub, or two drops on a tissue to breathe in on the way to the start.";
/// What every citrus oil shares: it goes off.
const CITRUS: &[SharedCaution] = &[SharedCaution::OldOils];
/// What every sun-sensitising citrus oil shares.
const SUN_CITRUS: &[SharedCaution] = &[SharedCaution::SunLimits, SharedCaution::OldOils];

/// Every oil in the guide, energising ones first.
pub const OILS: &[Oil] = &[
    Oil {
        key: "sweet_orange",
        name: "Sweet orange",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[],
        shared: CITRUS,
    },
    Oil {
        key: "mandarin",
        name: "Mandarin",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[],
        shared: CITRUS,
    },
    Oil {
        key: "bergamot",
        name: "Bergamot",
        goal: Goal::Energising,
        how: "Best breathed in from a tissue on race day; on the skin only well diluted.",
        sun_max_percent: Some(0.4),
        sun_safe_alternative: Some("bergamot FCF"),
        cautions: &[
            "The strongest sun-sensitiser in the guide: on a sunny day, breathe it in rather than rub it in.",
        ],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "bergamot_fcf",
        name: "Bergamot FCF",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[
            "The compound that reacts with sunlight has been removed, so it is the sun-safe bergamot.",
        ],
        shared: CITRUS,
    },
    Oil {
        key: "lemon_cold_pressed",
        name: "Lemon (cold-pressed)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(2.0),
        sun_safe_alternative: Some("distilled lemon"),
        cautions: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "lemon_distilled",
        name: "Lemon (distilled)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[],
        shared: CITRUS,
    },
    Oil {
        key: "lime_cold_pressed",
        name: "Lime (cold-pressed)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(0.7),
        sun_safe_alternative: Some("distilled lime"),
        cautions: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "lime_distilled",
        name: "Lime (distilled)",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[],
        shared: CITRUS,
    },
    Oil {
        key: "grapefruit",
        name: "Grapefruit",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(4.0),
        sun_safe_alternative: Some("sweet orange or mandarin"),
        cautions: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "bitter_orange",
        name: "Bitter orange",
        goal: Goal::Energising,
        how: RUB_OR_TISSUE,
        sun_max_percent: Some(1.25),
        sun_safe_alternative: Some("sweet orange"),
        cautions: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "peppermint",
        name: "Peppermint",
        goal: Goal::Energising,
        how: "A drop or two on a tissue to breathe in, or a little in a carrier oil rubbed into the legs; it feels cool.",
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[
            "It stings the eyes: wash your hands after a rub.",
            "Not for anyone with G6PD deficiency; with a heart rhythm problem such as atrial fibrillation, ask your doctor first.",
        ],
        shared: &[SharedCaution::Children],
    },
    Oil {
        key: "lavender",
        name: "Lavender",
        goal: Goal::Calming,
        how: "Mixed into a carrier oil for a slow post-race leg massage, or on a tissue by the pillow to help you wind down.",
        sun_max_percent: None,
        sun_safe_alternative: None,
        cautions: &[],
        shared: &[SharedCaution::OldOils],
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
