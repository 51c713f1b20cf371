//! The one versioned JSON document that holds all of a runner's data.

use crate::core::aroma::OilMark;
use crate::core::checklist::state::RaceChecklist;
use crate::core::log::LogEntry;
use crate::core::profile::Profile;
use crate::core::race::Race;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::record::Tombstone;
use crate::core::routine::Routine;
use crate::core::training::activity::Activity;
use crate::core::training::TrainingBlock;
use crate::store::set_aside::SetAsideRecord;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The schema this build writes. Older documents are migrated up on load (see `migrate`); newer
/// ones are opened read-only.
pub const SCHEMA_VERSION: u32 = 7;

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
    /// Summaries of the activities imported from training files (never their tracks).
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// Deleted records, so a merge with another copy does not bring them back.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
    /// Records that could not be used, kept whole so nothing is lost (see `records`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAsideRecord>,
    /// When everything was last replaced at once ("Replace my data", "Delete all data"), so an
    /// open copy from before then gives way instead of merging the old records back (see
    /// `sync::reconcile`). Absent until the first time: a document never replaced keeps the shape
    /// older builds wrote, and one that drops it loses no record of the runner's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_at: Option<DateTime<Utc>>,
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
            activities: Vec::new(),
            tombstones: Vec::new(),
            set_aside: Vec::new(),
            replaced_at: None,
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

    /// The document as JSON with one record per line: a person can still read and search the
    /// file, and it is a third of the size of indented JSON (a 10-year document stays well under
    /// a megabyte), which also makes every save and load quicker.
    pub fn to_json(&self) -> String {
        let mut bytes = Vec::new();
        let mut writer =
            serde_json::Serializer::with_formatter(&mut bytes, RecordPerLine::default());
        self.serialize(&mut writer)
            .expect("a document always serializes");
        String::from_utf8(bytes).expect("serde_json writes UTF-8")
    }
}

/// A `serde_json` layout that breaks lines only around the document's sections and between the
/// records in them; everything inside a record stays on its line.
#[derive(Default)]
struct RecordPerLine {
    /// How many objects and arrays are open, and whether each has had a member yet.
    open: Vec<bool>,
}

impl RecordPerLine {
    /// The document is level 1, its sections' lists level 2: their members start a line.
    fn breaks_lines(&self) -> bool {
        self.open.len() <= 2
    }

    fn begin<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.open.push(false);
        writer.write_all(bracket)
    }

    fn member<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if let Some(has_members) = self.open.last_mut() {
            *has_members = true;
        }
        if !first {
            writer.write_all(b",")?;
        }
        if self.breaks_lines() {
            writer.write_all(b"\n")?;
        }
        Ok(())
    }

    fn end<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        let breaks = self.breaks_lines();
        if self.open.pop() == Some(true) && breaks {
            writer.write_all(b"\n")?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for RecordPerLine {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.begin(writer, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.end(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(writer, first)
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.begin(writer, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.end(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        // Only the document's own keys (its sections) start a line; a record's keys do not.
        if self.open.len() == 1 {
            self.member(writer, first)
        } else if first {
            Ok(())
        } else {
            writer.write_all(b",")
        }
    }
}
