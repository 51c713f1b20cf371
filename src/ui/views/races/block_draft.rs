//! The training block form as typed, and its conversion into a validated block.

use crate::core::dates;
use crate::core::record::RecordId;
use crate::core::training::{BlockKind, TrainingBlock};
use crate::core::validation::FieldErrors;
use crate::core::words::message;
use crate::ui::form_keys::{from_key, key_of};
use chrono::{DateTime, Utc};
use dioxus::prelude::{dioxus_stores, Store};

/// What the block form currently shows. A store, so each field edits its own part.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct BlockDraft {
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day (included), `YYYY-MM-DD`.
    pub end: String,
    /// The stored key of a [`BlockKind`].
    pub kind: String,
    pub speed_work: bool,
}

impl Default for BlockDraft {
    fn default() -> Self {
        BlockDraft {
            start: String::new(),
            end: String::new(),
            kind: key_of(&BlockKind::Build),
            speed_work: false,
        }
    }
}

impl BlockDraft {
    /// The form filled in from a stored block, for editing.
    pub fn from_block(block: &TrainingBlock) -> Self {
        BlockDraft {
            start: dates::date_field(block.start),
            end: dates::date_field(block.end),
            kind: key_of(&block.kind),
            speed_work: block.speed_work,
        }
    }

    /// The block this form describes, or every problem found (field keys as `TrainingBlock::validate`).
    pub fn to_block(&self, id: RecordId, now: DateTime<Utc>) -> Result<TrainingBlock, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut date = |field: &'static str, text: &str, id: &str| {
            dates::read_date_field(text).or_else(|| {
                errors.push(field, message(id));
                None
            })
        };
        let start = date("start", &self.start, "races-error-block-start");
        let end = date("end", &self.end, "races-error-block-end");
        let (Some(start), Some(end)) = (start, end) else {
            return Err(errors);
        };
        let block = TrainingBlock {
            id,
            start,
            end,
            kind: from_key(&self.kind).unwrap_or(BlockKind::Build),
            speed_work: self.speed_work,
            updated_at: now,
        };
        block.validate(now.date_naive()).map(|()| block)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_are_checked_and_a_block_round_trips() {
        let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        let mut draft = BlockDraft {
            start: "2027-02-01".into(),
            end: "2027-01-20".into(),
            kind: "peak".into(),
            speed_work: true,
        };
        let errors = draft.to_block(RecordId("b".into()), now).unwrap_err();
        assert!(errors
            .for_field("end")
            .unwrap()
            .contains("before it starts"));
        draft.end = "2027-02-28".into();
        let block = draft.to_block(RecordId("b".into()), now).unwrap();
        assert_eq!(block.kind, BlockKind::Peak);
        assert_eq!(BlockDraft::from_block(&block), draft);
        draft.start.clear();
        let errors = draft.to_block(RecordId("b".into()), now).unwrap_err();
        assert_eq!(
            errors.for_field("start"),
            Some("Enter the first day of the block.")
        );
    }
}
