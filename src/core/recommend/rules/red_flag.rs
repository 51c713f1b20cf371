//! Rule 12: red flags come first. While a whole-body red flag is in force (from the day it was
//! reported until the day a doctor or physio cleared it) nothing hands-on happens at all; a local
//! one keeps its area off (the engine's facts hold those areas beside the injuries').

use crate::core::massage::MassageKind;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;

pub struct RedFlags;

impl Rule for RedFlags {
    fn keeps_off(&self, plan: &Planner, day: usize, _kind: MassageKind) -> Option<Reason> {
        plan.facts.stop[day].map(|flag| Reason::RedFlagStop { flag })
    }
}
