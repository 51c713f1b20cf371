//! Training blocks: stretches of the season with a purpose, used to place massage where it helps most.

use crate::core::record::{Record, RecordId};
use crate::core::validation::{outside_window, FieldErrors, OutsideWindow, DATE_WINDOW_YEARS};
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What a block of training is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Base,
    Build,
    /// The hardest block of the season.
    Peak,
    Taper,
    Recovery,
}

impl BlockKind {
    /// Every kind, in season order.
    pub const ALL: [BlockKind; 5] = [
        BlockKind::Base,
        BlockKind::Build,
        BlockKind::Peak,
        BlockKind::Taper,
        BlockKind::Recovery,
    ];

    /// How hard the block usually is, 0 (easy) to 3 (hardest); a tight budget goes to the hardest.
    pub fn hardness(self) -> u8 {
        match self {
            BlockKind::Taper | BlockKind::Recovery => 0,
            BlockKind::Base => 1,
            BlockKind::Build => 2,
            BlockKind::Peak => 3,
        }
    }
}

/// A dated block of training, both ends included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingBlock {
    pub id: RecordId,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub kind: BlockKind,
    /// Intervals and fast work: the weeks that tighten calves, hamstrings and hips (rule 5).
    pub speed_work: bool,
    pub updated_at: DateTime<Utc>,
}

impl Record for TrainingBlock {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl TrainingBlock {
    /// Whether `date` lies in the block (both ends count).
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Number of days in the block, both ends included (0 for a block that ends before it starts).
    pub fn days(&self) -> i64 {
        ((self.end - self.start).num_days() + 1).max(0)
    }

    /// Whether a tight massage budget should be spent here (rule 5): the hardest kind or speed work.
    pub fn is_hard(&self) -> bool {
        self.kind == BlockKind::Peak || self.speed_work
    }

    /// Checks the dates as the form does: in order, no longer than a year, and each within
    /// [`DATE_WINDOW_YEARS`] of `today`; the message says how to fix them.
    pub fn validate(&self, today: NaiveDate) -> Result<(), FieldErrors> {
        let mut errors = self.check().err().unwrap_or_default();
        for (field, date) in [("start", self.start), ("end", self.end)] {
            let id = match outside_window(date, today) {
                Some(OutsideWindow::TooFarAhead) => "training-block-date-away",
                Some(OutsideWindow::TooLongAgo) => "training-block-date-ago",
                None => continue,
            };
            let args = [
                ("date", Arg::from(date.to_string())),
                ("years", Arg::from(DATE_WINDOW_YEARS)),
            ];
            errors.push(field, message_with(id, &args));
        }
        errors.into_result()
    }

    /// The checks that hold whenever the block was entered: what the form checks, on load and
    /// on import, for every stored block.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.end < self.start {
            errors.push("end", message("training-block-end-before-start"));
        } else if (self.end - self.start).num_days() > MAX_BLOCK_DAYS {
            // As digits: a block typed years long would take a thousands mark as a number.
            let days = ((self.end - self.start).num_days() + 1).to_string();
            let args = [
                ("max", Arg::from(MAX_BLOCK_DAYS)),
                ("days", Arg::from(days)),
            ];
            errors.push("end", message_with("training-block-too-long", &args));
        }
        errors.into_result()
    }
}

/// Longest training block: a whole season of one kind of training is already a lot.
pub const MAX_BLOCK_DAYS: i64 = 366;
