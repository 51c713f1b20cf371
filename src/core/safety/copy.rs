//! The words of the red-flag check, from the `safety` catalogue: each question as the runner
//! reads it, the flag's name, and the plain advice that follows a yes. No diagnosis: only who to
//! see and what to leave alone until then.

use crate::core::safety::flag::RedFlag;
use crate::core::words::message;

impl RedFlag {
    /// The question, answered with a tick.
    pub fn question(self) -> String {
        message(match self {
            RedFlag::CalfPainOrSwelling => "safety-question-calf-pain-or-swelling",
            RedFlag::FeverOrUnwell => "safety-question-fever-or-unwell",
            RedFlag::BrokenSkin => "safety-question-broken-skin",
            RedFlag::FreshInjury => "safety-question-fresh-injury",
            RedFlag::BoneStress => "safety-question-bone-stress",
            RedFlag::DarkUrineOrHeatIllness => "safety-question-dark-urine-or-heat-illness",
            RedFlag::BloodThinners => "safety-question-blood-thinners",
            RedFlag::Pregnancy => "safety-question-pregnancy",
        })
    }

    /// A short name for the log and the warning.
    pub fn label(self) -> String {
        message(match self {
            RedFlag::CalfPainOrSwelling => "safety-flag-calf-pain-or-swelling",
            RedFlag::FeverOrUnwell => "safety-flag-fever-or-unwell",
            RedFlag::BrokenSkin => "safety-flag-broken-skin",
            RedFlag::FreshInjury => "safety-flag-fresh-injury",
            RedFlag::BoneStress => "safety-flag-bone-stress",
            RedFlag::DarkUrineOrHeatIllness => "safety-flag-dark-urine-or-heat-illness",
            RedFlag::BloodThinners => "safety-flag-blood-thinners",
            RedFlag::Pregnancy => "safety-flag-pregnancy",
        })
    }

    /// The name mid-sentence, as what the runner reported ("You reported calf pain or
    /// swelling"): lower-cased in English, and in other languages the case and article the
    /// sentence needs, which lower-casing the label cannot give.
    pub fn reported(self) -> String {
        message(match self {
            RedFlag::CalfPainOrSwelling => "safety-reported-calf-pain-or-swelling",
            RedFlag::FeverOrUnwell => "safety-reported-fever-or-unwell",
            RedFlag::BrokenSkin => "safety-reported-broken-skin",
            RedFlag::FreshInjury => "safety-reported-fresh-injury",
            RedFlag::BoneStress => "safety-reported-bone-stress",
            RedFlag::DarkUrineOrHeatIllness => "safety-reported-dark-urine-or-heat-illness",
            RedFlag::BloodThinners => "safety-reported-blood-thinners",
            RedFlag::Pregnancy => "safety-reported-pregnancy",
        })
    }

    /// What to do now, in plain words.
    pub fn advice(self) -> String {
        if self == RedFlag::CalfPainOrSwelling || self == RedFlag::DarkUrineOrHeatIllness {
            message("safety-advice-today")
        } else if self.is_local() {
            message("safety-advice-area")
        } else {
            message("safety-advice-all")
        }
    }
}
