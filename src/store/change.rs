//! The named changes to the runner's data, and the one place they are applied: screens describe
//! what the runner did as a [`Change`]; only [`Document::apply`] edits the document.

use crate::core::profile::Profile;
use crate::core::record::RecordId;
use crate::store::document::{Document, SCHEMA_VERSION};
use crate::store::kinds::{remove_everywhere, AnyRecord};
use crate::store::merge::merge;
use crate::store::tombstones;
use chrono::{DateTime, Utc};

/// One thing the runner did to their data. Applying a change twice leaves the document as
/// applying it once did (at the same time), so a repeated tap or a save retried after a failure
/// never stores anything twice.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Adds a record, or updates the one with its id.
    Put(AnyRecord),
    /// Deletes what has this id and leaves its tombstone: a record of any kind, or one of the
    /// runner's checklist items or a dismissed proposal, which have no record of their own.
    Delete(RecordId),
    /// Brings a deleted record back.
    Restore(AnyRecord),
    /// The runner's settings.
    SetProfile(Profile),
    /// Moves one of the runner's routines to place `to` (from 0) in their list.
    MoveRoutine { id: RecordId, to: usize },
    /// Marks every set-aside record as seen, so their notice goes (they stay kept).
    DismissSetAside,
    /// An imported document merged in, record by record (see `merge`).
    Merge(Document),
    /// Everything becomes this document: an import that replaces the data, or undoing one.
    Replace(Document),
    /// Everything is deleted.
    DeleteAll,
}

impl Change {
    /// Adds or updates `record`.
    pub fn put(record: impl Into<AnyRecord>) -> Change {
        Change::Put(record.into())
    }

    /// Brings back the deleted `record`.
    pub fn restore(record: impl Into<AnyRecord>) -> Change {
        Change::Restore(record.into())
    }
}

impl Document {
    /// Applies `change`, made at `now`. Every record or profile it writes is stamped `now`, so a
    /// merge with another copy takes the latest edit; deletions follow the rules in `tombstones`.
    pub fn apply(&mut self, change: Change, now: DateTime<Utc>) {
        match change {
            Change::Put(record) => record.put_into(self, now),
            Change::Delete(id) => {
                remove_everywhere(self, &id);
                tombstones::bury(&mut self.tombstones, id, now);
            }
            Change::Restore(record) => {
                tombstones::lift(&mut self.tombstones, record.id());
                record.put_into(self, now);
            }
            Change::SetProfile(profile) => {
                self.profile = Profile {
                    updated_at: now,
                    ..profile
                };
            }
            Change::MoveRoutine { id, to } => {
                if let Some(at) = self.routines.iter().position(|routine| routine.id == id) {
                    let routine = self.routines.remove(at);
                    let to = to.min(self.routines.len());
                    self.routines.insert(to, routine);
                }
            }
            Change::DismissSetAside => {
                for record in &mut self.set_aside {
                    record.dismissed = true;
                }
            }
            Change::Merge(other) => *self = merge(self, &other),
            Change::Replace(with) => {
                *self = Document {
                    schema_version: SCHEMA_VERSION,
                    replaced_at: Some(now),
                    ..with
                };
            }
            Change::DeleteAll => {
                *self = Document {
                    replaced_at: Some(now),
                    ..Document::default()
                };
            }
        }
    }
}
