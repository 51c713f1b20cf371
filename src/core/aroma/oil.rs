//! What an essential oil is in the guide: its goal, how to use it, its sun limit, its own cautions
//! and the cautions it shares with other oils (said once in the guide, named on each oil).

use crate::core::recommend::phase::Phase;
use serde::{Deserialize, Serialize};

/// What an oil is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// Citrus and mint: a lift before a race.
    Energising,
    /// Lavender and the like: winding down while recovering.
    Calming,
}

impl Goal {
    /// Both goals, in race order.
    pub const ALL: [Goal; 2] = [Goal::Energising, Goal::Calming];

    /// Whether this goal suits a runner in `phase` of their next or recent race.
    pub fn fits(self, phase: Phase) -> bool {
        match self {
            Goal::Energising => matches!(
                phase,
                Phase::DeepWorkCutoff | Phase::PreEventWindow | Phase::RaceDay
            ),
            Goal::Calming => matches!(phase, Phase::PostEventFlush | Phase::Recovery),
        }
    }
}

/// One essential oil in the guide. Its words are messages of the `aromatherapy` catalogue, named
/// here by id and said in the runner's language by the methods in `copy`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Oil {
    /// Stable key, stored with the runner's patch-test marks.
    pub key: &'static str,
    /// Its name.
    pub name_id: &'static str,
    pub goal: Goal,
    /// How to use it.
    pub how_id: &'static str,
    /// Highest dilution on skin that will see the sun, for sun-sensitising (phototoxic) oils.
    pub sun_max_percent: Option<f64>,
    /// The sun-safe oil to use instead, mid-sentence.
    pub alternative_id: Option<&'static str>,
    /// Safety notes of this oil alone.
    pub caution_ids: &'static [&'static str],
    /// Cautions it shares with other oils, which the guide says once and the oil names.
    pub shared: &'static [SharedCaution],
}

/// A caution for several oils or for every runner: the guide says it once, before any oil, and
/// the oils it concerns refer to it. The words are in `copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SharedCaution {
    Pregnancy,
    Children,
    Asthma,
    Pets,
    BrokenSkin,
    OldOils,
    SunLimits,
}

impl SharedCaution {
    /// Every shared caution, in the order the guide lists them.
    pub const ALL: [SharedCaution; 7] = [
        SharedCaution::Pregnancy,
        SharedCaution::Children,
        SharedCaution::Asthma,
        SharedCaution::Pets,
        SharedCaution::BrokenSkin,
        SharedCaution::OldOils,
        SharedCaution::SunLimits,
    ];

    /// A stable name for it, for the guide's anchors.
    pub fn key(self) -> &'static str {
        match self {
            SharedCaution::Pregnancy => "pregnancy",
            SharedCaution::Children => "children",
            SharedCaution::Asthma => "asthma",
            SharedCaution::Pets => "pets",
            SharedCaution::BrokenSkin => "broken-skin",
            SharedCaution::OldOils => "old-oils",
            SharedCaution::SunLimits => "sun-limits",
        }
    }
}
