//! Deleting races and training blocks (the store leaves their tombstones), and taking a deletion
//! back until the next one.

use crate::core::dates;
use crate::core::race::Race;
use crate::core::record::{Record, RecordId};
use crate::core::training::TrainingBlock;
use crate::store::{AnyRecord, Change};
use crate::ui::state::{use_document_update, DocumentUpdater, UpdateError};
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

    /// The record, to bring it back.
    fn record(self) -> AnyRecord {
        match self {
            Removed::Race(race) => race.into(),
            Removed::Block(block) => block.into(),
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
    pub fn delete(mut self, update: DocumentUpdater, removed: Removed) {
        match update.send(Change::Delete(removed.id().clone())) {
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
    pub fn undo(mut self, update: DocumentUpdater) {
        let Some(removed) = self.last.take() else {
            return;
        };
        let name = removed.description();
        match update.send(Change::Restore(removed.clone().record())) {
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
    let update = use_document_update();
    let status = removals.status.read().clone();
    let can_undo = removals.last.read().is_some();
    rsx! {
        div { class: "undo-bar", role: "status",
            if !status.is_empty() {
                span { "{status}" }
            }
            if can_undo {
                button { r#type: "button", class: "button", id: UNDO_ID, onclick: move |_| removals.undo(update), "Undo" }
            }
        }
    }
}
