//! Deleting races and training blocks with a tombstone left behind, and taking a deletion back.

use crate::core::dates;
use crate::core::race::Race;
use crate::core::record::{Record, RecordId, Tombstone};
use crate::core::training::TrainingBlock;
use crate::store::Document;
use crate::ui::clock::use_clock;
use crate::ui::state::{use_document_update, DocumentUpdater, UpdateError};
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// A record the runner just deleted, kept so the deletion can be undone.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Race(Race),
    Block(TrainingBlock),
}

impl Removed {
    /// The id of the deleted record.
    pub fn id(&self) -> &RecordId {
        match self {
            Removed::Race(race) => race.id(),
            Removed::Block(block) => block.id(),
        }
    }

    /// How the record is named in "Deleted …".
    pub fn description(&self) -> String {
        match self {
            Removed::Race(race) => race.name.clone(),
            Removed::Block(block) => block_name(block),
        }
    }

    /// Takes the record out of `document` and leaves a tombstone, so a merge with another copy
    /// does not bring it back.
    fn remove_from(&self, document: &mut Document, now: DateTime<Utc>) {
        let id = self.id();
        match self {
            Removed::Race(_) => document.races.retain(|race| race.id() != id),
            Removed::Block(_) => document.blocks.retain(|block| block.id() != id),
        }
        document.tombstones.push(Tombstone {
            id: id.clone(),
            deleted_at: now,
        });
    }

    /// Puts the record back, newer than its tombstone, and drops the tombstone.
    fn restore_into(self, document: &mut Document, now: DateTime<Utc>) {
        let id = self.id().clone();
        document.tombstones.retain(|tombstone| tombstone.id != id);
        match self {
            Removed::Race(race) => document.races.push(Race {
                updated_at: now,
                ..race
            }),
            Removed::Block(block) => document.blocks.push(TrainingBlock {
                updated_at: now,
                ..block
            }),
        }
    }
}

/// A block's name for buttons and messages, e.g. "Peak (hard) block, 2027-03-01 to 2027-03-28".
pub fn block_name(block: &TrainingBlock) -> String {
    format!(
        "{} block, {} to {}",
        block.kind.label(),
        dates::day_month_year(block.start),
        dates::day_month_year(block.end)
    )
}

/// The last deletion, offered for undoing until the next one.
#[derive(Clone, Copy, PartialEq)]
pub struct Removals {
    last: Signal<Option<Removed>>,
    status: Signal<String>,
}

impl Removals {
    /// Deletes `removed` from the document and remembers it for [`Removals::undo`].
    pub fn delete(mut self, update: DocumentUpdater, removed: Removed, now: DateTime<Utc>) {
        match update.apply(|document| removed.remove_from(document, now)) {
            Ok(()) => {
                self.status
                    .set(format!("Deleted {}.", removed.description()));
                self.last.set(Some(removed));
            }
            Err(UpdateError::NotSaved(message)) => {
                self.status.set(format!("Not deleted: {message}"));
            }
        }
    }

    /// Brings the last deleted record back.
    pub fn undo(mut self, update: DocumentUpdater, now: DateTime<Utc>) {
        let Some(removed) = self.last.take() else {
            return;
        };
        let name = removed.description();
        let restored = removed.clone();
        match update.apply(|document| restored.restore_into(document, now)) {
            Ok(()) => self.status.set(format!("Restored {name}.")),
            Err(UpdateError::NotSaved(message)) => {
                self.last.set(Some(removed));
                self.status.set(format!("Not restored: {message}"));
            }
        }
    }
}

/// The deletion state of one screen.
pub fn use_removals() -> Removals {
    Removals {
        last: use_signal(|| None),
        status: use_signal(String::new),
    }
}

/// The `id` of the Undo button.
const UNDO_ID: &str = "undo-delete";

/// What was deleted last, with a button to take it back.
#[component]
pub fn UndoBar(removals: Removals) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let status = removals.status.read().clone();
    let can_undo = removals.last.read().is_some();
    rsx! {
        div { class: "undo-bar", role: "status",
            if !status.is_empty() {
                span { "{status}" }
            }
            if can_undo {
                button { r#type: "button", class: "button", id: UNDO_ID, onclick: move |_| removals.undo(update, clock.now()), "Undo" }
            }
        }
    }
}
