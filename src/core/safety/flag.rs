//! The red flags a runner can report, and which of them stop all massage and which only the area
//! concerned.

use serde::{Deserialize, Serialize};

/// Something that makes massage unsafe until a professional has looked at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlag {
    /// Calf pain or swelling, above all after a long flight or drive: a possible clot.
    CalfPainOrSwelling,
    /// Fever, or feeling generally unwell.
    FeverOrUnwell,
    /// Broken, chafed or sunburnt skin on an area (common after a race).
    BrokenSkin,
    /// An injury in its first 48–72 hours.
    FreshInjury,
    /// Suspected bone stress: pinpoint bone pain that grows with running.
    BoneStress,
    /// Dark urine or heat illness after a long race.
    DarkUrineOrHeatIllness,
    /// Taking blood thinners.
    BloodThinners,
    /// Pregnancy.
    Pregnancy,
}

impl RedFlag {
    /// Every flag, in the order the check asks about them.
    pub const ALL: [RedFlag; 8] = [
        RedFlag::CalfPainOrSwelling,
        RedFlag::FeverOrUnwell,
        RedFlag::BrokenSkin,
        RedFlag::FreshInjury,
        RedFlag::BoneStress,
        RedFlag::DarkUrineOrHeatIllness,
        RedFlag::BloodThinners,
        RedFlag::Pregnancy,
    ];

    /// Whether the flag concerns one area (the runner names it) rather than the whole body.
    /// Whole-body flags stop every massage and self-massage; a clot in the calf can travel, so calf
    /// pain or swelling counts as whole-body.
    pub fn is_local(self) -> bool {
        matches!(
            self,
            RedFlag::BrokenSkin | RedFlag::FreshInjury | RedFlag::BoneStress
        )
    }

    /// Stable key used in forms and element ids.
    pub fn key(self) -> &'static str {
        match self {
            RedFlag::CalfPainOrSwelling => "calf_pain_or_swelling",
            RedFlag::FeverOrUnwell => "fever_or_unwell",
            RedFlag::BrokenSkin => "broken_skin",
            RedFlag::FreshInjury => "fresh_injury",
            RedFlag::BoneStress => "bone_stress",
            RedFlag::DarkUrineOrHeatIllness => "dark_urine_or_heat_illness",
            RedFlag::BloodThinners => "blood_thinners",
            RedFlag::Pregnancy => "pregnancy",
        }
    }
}
