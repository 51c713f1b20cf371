//! The essential oils the aromatherapy guide knows, with how to use each and its safety limits;
//! their words are named by their ids in the `aromatherapy` catalogue.
//!
//! Sun-sensitising maxima follow docs/RULES.md (rule 9) (skin that will see sun or UV within 12–24 h):
//! bergamot 0.4 %, cold-pressed lime 0.7 %, bitter orange 1.25 %, cold-pressed lemon 2 %,
//! grapefruit 4 %; the notes take them from Tisserand & Young, Essential Oil Safety, 2nd ed.,
//! 2014, which also names the sun-safe alternatives (FCF bergamot, distilled lemon and lime, sweet
//! orange, mandarin). The same book is the source for the oxidation of citrus and lavender oils
//! and for peppermint's G6PD and heart-rhythm cautions; docs/RULES.md (rule 9) for peppermint near
//! children's faces and in the eyes. Every oil has at least one caution, its own or shared.

use crate::core::aroma::oil::{Goal, Oil, SharedCaution};

/// How to use most energising oils.
const RUB_OR_TISSUE: &str = "aromatherapy-how-rub-or-tissue";
/// What every citrus oil shares: it goes off.
const CITRUS: &[SharedCaution] = &[SharedCaution::OldOils];
/// What every sun-sensitising citrus oil shares.
const SUN_CITRUS: &[SharedCaution] = &[SharedCaution::SunLimits, SharedCaution::OldOils];

/// Every oil in the guide, energising ones first.
pub const OILS: &[Oil] = &[
    Oil {
        key: "sweet_orange",
        name_id: "aromatherapy-oil-sweet-orange",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[],
        shared: CITRUS,
    },
    Oil {
        key: "mandarin",
        name_id: "aromatherapy-oil-mandarin",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[],
        shared: CITRUS,
    },
    Oil {
        key: "bergamot",
        name_id: "aromatherapy-oil-bergamot",
        goal: Goal::Energising,
        how_id: "aromatherapy-how-bergamot",
        sun_max_percent: Some(0.4),
        alternative_id: Some("aromatherapy-instead-bergamot"),
        caution_ids: &["aromatherapy-bergamot-strongest"],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "bergamot_fcf",
        name_id: "aromatherapy-oil-bergamot-fcf",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &["aromatherapy-bergamot-fcf-sun-safe"],
        shared: CITRUS,
    },
    Oil {
        key: "lemon_cold_pressed",
        name_id: "aromatherapy-oil-lemon-cold-pressed",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: Some(2.0),
        alternative_id: Some("aromatherapy-instead-lemon"),
        caution_ids: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "lemon_distilled",
        name_id: "aromatherapy-oil-lemon-distilled",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[],
        shared: CITRUS,
    },
    Oil {
        key: "lime_cold_pressed",
        name_id: "aromatherapy-oil-lime-cold-pressed",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: Some(0.7),
        alternative_id: Some("aromatherapy-instead-lime"),
        caution_ids: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "lime_distilled",
        name_id: "aromatherapy-oil-lime-distilled",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[],
        shared: CITRUS,
    },
    Oil {
        key: "grapefruit",
        name_id: "aromatherapy-oil-grapefruit",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: Some(4.0),
        alternative_id: Some("aromatherapy-instead-grapefruit"),
        caution_ids: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "bitter_orange",
        name_id: "aromatherapy-oil-bitter-orange",
        goal: Goal::Energising,
        how_id: RUB_OR_TISSUE,
        sun_max_percent: Some(1.25),
        alternative_id: Some("aromatherapy-instead-bitter-orange"),
        caution_ids: &[],
        shared: SUN_CITRUS,
    },
    Oil {
        key: "peppermint",
        name_id: "aromatherapy-oil-peppermint",
        goal: Goal::Energising,
        how_id: "aromatherapy-how-peppermint",
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[
            "aromatherapy-peppermint-eyes",
            "aromatherapy-peppermint-g6pd-heart",
        ],
        shared: &[SharedCaution::Children],
    },
    Oil {
        key: "lavender",
        name_id: "aromatherapy-oil-lavender",
        goal: Goal::Calming,
        how_id: "aromatherapy-how-lavender",
        sun_max_percent: None,
        alternative_id: None,
        caution_ids: &[],
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
