//! The one versioned JSON document that holds all of a runner's data.

use crate::core::aroma::OilMark;
use crate::core::block::TrainingBlock;
use crate::core::checklist_state::RaceChecklist;
use crate::core::inputs::PlanInputs;
use crate::core::log::LogEntry;
use crate::core::profile::Profile;
use crate::core::race::Race;
use crate::core::record::Tombstone;
use crate::core::routine::Routine;
use serde::{Deserialize, Serialize};

/// The schema this build writes. Older documents are migrated up on load (see `migrate`); newer
/// ones are opened read-only.
pub const SCHEMA_VERSION: u32 = 4;

/// Everything the app stores, as one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub races: Vec<Race>,
    #[serde(default)]
    pub blocks: Vec<TrainingBlock>,
    /// Massages received, soreness check-ins, injuries and self-massage sessions.
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// The runner's own checklist items and ticks, one record per race.
    #[serde(default)]
    pub checklists: Vec<RaceChecklist>,
    /// Which essential oils the runner has patch-tested or marked as new.
    #[serde(default)]
    pub oil_marks: Vec<OilMark>,
    /// The runner's own routines; the built-in ones come with the app and are never stored.
    #[serde(default)]
    pub routines: Vec<Routine>,
    /// Deleted records, so a merge with another copy does not bring them back.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            profile: Profile::default(),
            races: Vec::new(),
            blocks: Vec::new(),
            log: Vec::new(),
            checklists: Vec::new(),
            oil_marks: Vec::new(),
            routines: Vec::new(),
            tombstones: Vec::new(),
        }
    }
}

impl Document {
    /// What the recommendation rules read.
    pub fn plan_inputs(&self) -> PlanInputs<'_> {
        PlanInputs {
            profile: &self.profile,
            races: &self.races,
            blocks: &self.blocks,
            log: &self.log,
        }
    }

    /// Pretty JSON: the file is the runner's data, so it should be readable by a person too.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a document always serializes")
    }
}
