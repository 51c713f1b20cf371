//! The one versioned JSON document that holds all of a runner's data.

use crate::core::profile::Profile;
use crate::core::record::Tombstone;
use serde::{Deserialize, Serialize};

/// The schema this build writes. Older documents are migrated up on load (see `migrate`); newer
/// ones are opened read-only.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the app stores, as one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    #[serde(default)]
    pub profile: Profile,
    /// Deleted records, so a merge with another copy does not bring them back.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            profile: Profile::default(),
            tombstones: Vec::new(),
        }
    }
}

impl Document {
    /// Pretty JSON: the file is the runner's data, so it should be readable by a person too.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a document always serializes")
    }
}
