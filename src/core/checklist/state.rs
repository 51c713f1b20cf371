//! What the runner changes on a race's checklists, as stored: their own items (in their order)
//! and which items are ticked. Template items are never stored, so template updates cannot wipe
//! anything here.

use crate::core::checklist::group::Group;
use crate::core::record::{Record, RecordId};
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest item text: one or two lines on a phone.
pub const MAX_ITEM_CHARS: usize = 120;

/// An item the runner added to a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnItem {
    pub id: RecordId,
    pub group: Group,
    pub text: String,
    pub updated_at: DateTime<Utc>,
}

/// Which way to move an item within its group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// The runner's changes to one race's checklists. One record per race, with an id derived from the
/// race's, so two devices that both tick items for a race merge into the same record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaceChecklist {
    pub id: RecordId,
    pub race_id: RecordId,
    /// Ticked item ids (template or own) and when they were ticked.
    #[serde(default)]
    pub ticked: BTreeMap<String, DateTime<Utc>>,
    /// The runner's own items, in the order they chose.
    #[serde(default)]
    pub own: Vec<OwnItem>,
    pub updated_at: DateTime<Utc>,
}

impl Record for RaceChecklist {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// Checks an item's text and returns it trimmed; errors are for the field `item_text`.
pub fn validate_text(text: &str) -> Result<String, FieldErrors> {
    let trimmed = text.trim();
    let mut errors = FieldErrors::default();
    let chars = trimmed.chars().count();
    if chars == 0 {
        errors.push("item_text", message("checklists-item-empty"));
    } else if chars > MAX_ITEM_CHARS {
        let args = [
            ("chars", Arg::from(chars)),
            ("max", Arg::from(MAX_ITEM_CHARS)),
        ];
        errors.push("item_text", message_with("checklists-item-too-long", &args));
    } else if trimmed.chars().any(char::is_control) {
        errors.push("item_text", message("checklists-item-one-line"));
    }
    errors.into_result().map(|()| trimmed.to_string())
}

impl RaceChecklist {
    /// An empty record for `race_id`.
    pub fn new(race_id: &RecordId, now: DateTime<Utc>) -> Self {
        RaceChecklist {
            id: RecordId(format!("checklist-{race_id}")),
            race_id: race_id.clone(),
            ticked: BTreeMap::new(),
            own: Vec::new(),
            updated_at: now,
        }
    }

    /// Whether the item with this id is ticked.
    pub fn is_ticked(&self, item_id: &str) -> bool {
        self.ticked.contains_key(item_id)
    }

    /// Ticks or unticks an item.
    pub fn set_ticked(&mut self, item_id: &str, ticked: bool, now: DateTime<Utc>) {
        if ticked {
            self.ticked.entry(item_id.to_string()).or_insert(now);
        } else {
            self.ticked.remove(item_id);
        }
        self.updated_at = now;
    }

    /// Adds the runner's own item at the end of `group` (or rewrites the one with its id).
    pub fn add(
        &mut self,
        id: RecordId,
        group: Group,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<(), FieldErrors> {
        let text = validate_text(text)?;
        let item = OwnItem {
            id,
            group,
            text,
            updated_at: now,
        };
        // Adding the same item again (a retried save) keeps one.
        match self.own.iter_mut().find(|kept| kept.id == item.id) {
            Some(kept) => *kept = item,
            None => self.own.push(item),
        }
        self.updated_at = now;
        Ok(())
    }

    /// Rewords one of the runner's items.
    pub fn edit(
        &mut self,
        id: &RecordId,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<(), FieldErrors> {
        let text = validate_text(text)?;
        if let Some(item) = self.own.iter_mut().find(|item| &item.id == id) {
            item.text = text;
            item.updated_at = now;
            self.updated_at = now;
        }
        Ok(())
    }

    /// Swaps an item with its neighbour in the same group; `false` when it is already at that end.
    pub fn move_item(&mut self, id: &RecordId, direction: Move, now: DateTime<Utc>) -> bool {
        let Some(at) = self.own.iter().position(|item| &item.id == id) else {
            return false;
        };
        let group = self.own[at].group;
        let same_group = |index: &usize| self.own[*index].group == group;
        let neighbour = match direction {
            Move::Up => (0..at).rev().find(same_group),
            Move::Down => (at + 1..self.own.len()).find(same_group),
        };
        let Some(other) = neighbour else {
            return false;
        };
        self.own.swap(at, other);
        self.updated_at = now;
        true
    }

    /// Removes one of the runner's items and its tick; `false` when there was no such item. The
    /// store leaves its tombstone (a `Delete` of its id), so a merge does not revive it.
    pub fn remove(&mut self, id: &RecordId, now: DateTime<Utc>) -> bool {
        let Some(at) = self.own.iter().position(|item| &item.id == id) else {
            return false;
        };
        self.own.remove(at);
        self.ticked.remove(id.as_str());
        self.updated_at = now;
        true
    }
}

/// The stored record for `race_id`, or an empty one when the runner first changes that race's
/// lists.
pub fn checklist_of(
    saved: &[RaceChecklist],
    race_id: &RecordId,
    now: DateTime<Utc>,
) -> RaceChecklist {
    saved
        .iter()
        .find(|state| &state.race_id == race_id)
        .cloned()
        .unwrap_or_else(|| RaceChecklist::new(race_id, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0).unwrap()
    }

    fn seeded() -> RaceChecklist {
        let mut state = RaceChecklist::new(&RecordId("race-1".into()), at(8));
        for (id, group) in [
            ("a", Group::DayBefore),
            ("b", Group::RaceMorning),
            ("c", Group::DayBefore),
        ] {
            state.add(RecordId(id.into()), group, id, at(8)).unwrap();
        }
        state
    }

    fn order(state: &RaceChecklist) -> Vec<&str> {
        state.own.iter().map(|item| item.id.as_str()).collect()
    }

    #[test]
    fn moving_skips_items_of_other_groups_and_stops_at_the_ends() {
        let mut state = seeded();
        assert!(state.move_item(&RecordId("c".into()), Move::Up, at(9)));
        assert_eq!(order(&state), ["c", "b", "a"]);
        assert!(!state.move_item(&RecordId("c".into()), Move::Up, at(9)));
        assert!(!state.move_item(&RecordId("b".into()), Move::Down, at(9)));
        assert_eq!(state.updated_at, at(9));
    }

    #[test]
    fn removing_an_item_drops_its_tick() {
        let mut state = seeded();
        state.set_ticked("a", true, at(9));
        assert!(state.remove(&RecordId("a".into()), at(10)));
        assert_eq!(state.updated_at, at(10));
        assert!(!state.is_ticked("a"));
        assert!(!state.remove(&RecordId("a".into()), at(11)));
    }

    #[test]
    fn empty_overlong_and_multiline_texts_are_refused_with_a_reason() {
        let mut state = seeded();
        for bad in ["   ", &"x".repeat(MAX_ITEM_CHARS + 1), "two\nlines"] {
            let errors = state
                .add(RecordId("d".into()), Group::DayOne, bad, at(9))
                .unwrap_err();
            assert!(errors.for_field("item_text").is_some(), "{bad:?}");
        }
        assert_eq!(state.own.len(), 3);
        state
            .edit(&RecordId("a".into()), "  Pin the bib  ", at(9))
            .unwrap();
        assert_eq!(state.own[0].text, "Pin the bib");
    }

    #[test]
    fn ticking_keeps_the_first_tick_time_and_unticking_clears_it() {
        let mut state = seeded();
        state.set_ticked("tpl-warm-up", true, at(9));
        state.set_ticked("tpl-warm-up", true, at(10));
        assert_eq!(state.ticked["tpl-warm-up"], at(9));
        state.set_ticked("tpl-warm-up", false, at(11));
        assert!(!state.is_ticked("tpl-warm-up"));
    }
}
