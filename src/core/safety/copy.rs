//! The words of the red-flag check: each question as the runner reads it, and the plain advice
//! that follows a yes. No diagnosis: only who to see and what to leave alone until then.

use crate::core::safety::flag::RedFlag;

impl RedFlag {
    /// The question, answered with a tick.
    pub fn question(self) -> &'static str {
        match self {
            RedFlag::CalfPainOrSwelling => {
                "Calf pain or swelling, above all after a long flight or drive"
            }
            RedFlag::FeverOrUnwell => "A fever, or feeling unwell",
            RedFlag::BrokenSkin => "Broken, chafed or sunburnt skin on an area",
            RedFlag::FreshInjury => "An injury in its first two or three days",
            RedFlag::BoneStress => "Pain in a bone that could be a stress injury",
            RedFlag::DarkUrineOrHeatIllness => {
                "Dark urine or signs of heat illness after a long race"
            }
            RedFlag::BloodThinners => "Taking blood thinners",
            RedFlag::Pregnancy => "Pregnancy",
        }
    }

    /// A short name for the log and the warning.
    pub fn label(self) -> &'static str {
        match self {
            RedFlag::CalfPainOrSwelling => "Calf pain or swelling",
            RedFlag::FeverOrUnwell => "Fever or feeling unwell",
            RedFlag::BrokenSkin => "Broken or sore skin",
            RedFlag::FreshInjury => "A fresh injury",
            RedFlag::BoneStress => "Possible bone stress",
            RedFlag::DarkUrineOrHeatIllness => "Dark urine or heat illness",
            RedFlag::BloodThinners => "Blood thinners",
            RedFlag::Pregnancy => "Pregnancy",
        }
    }

    /// What to do now, in plain words.
    pub fn advice(self) -> &'static str {
        if self == RedFlag::CalfPainOrSwelling || self == RedFlag::DarkUrineOrHeatIllness {
            "See a doctor today, and no massage or rolling until they say it is fine."
        } else if self.is_local() {
            "See a doctor or physio, and keep massage and rolling off that area until it is cleared."
        } else {
            "See a doctor or physio before any massage or self-massage, and wait until they clear it."
        }
    }
}
