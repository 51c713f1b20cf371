//! What an essential oil is in the guide: its goal, how to use it, its sun limit and its cautions.

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

    /// The heading of the guide's section.
    pub fn label(self) -> &'static str {
        match self {
            Goal::Energising => "Energising, before a race",
            Goal::Calming => "Calming, for recovery",
        }
    }

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

/// One essential oil in the guide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Oil {
    /// Stable key, stored with the runner's patch-test marks.
    pub key: &'static str,
    pub name: &'static str,
    pub goal: Goal,
    /// How to use it.
    pub how: &'static str,
    /// Highest dilution on skin that will see the sun, for sun-sensitising (phototoxic) oils.
    pub sun_max_percent: Option<f64>,
    pub sun_safe_alternative: Option<&'static str>,
    /// Oil-specific safety notes.
    pub cautions: &'static [&'static str],
}
