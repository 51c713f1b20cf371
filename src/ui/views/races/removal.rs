//! Deleting races and training blocks (the store leaves their tombstones), and taking a deletion
//! back until the next one.

use crate::core::dates;
use crate::core::race::Race;
use crate::core::record::{Record, RecordId};
use crate::core::training::TrainingBlock;
use crate::core::words::{message_with, Arg};
use crate::store::{AnyRecord, Change};
use crate::ui::components::{undo_label, use_toasts, ToastAction, Toasts};
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

/// A block's name for buttons and messages, e.g. "Peak (hard) block, 1 Mar 2027 to 28 Mar 2027".
pub fn block_name(block: &TrainingBlock) -> String {
    message_with(
        "races-block-name",
        &[
            ("block", Arg::from(block.kind.block_name())),
            ("start", Arg::from(dates::day_month_year(block.start))),
            ("end", Arg::from(dates::day_month_year(block.end))),
        ],
    )
}

/// The last deletion, offered for undoing until the next one. What happened is said in a message
/// above the bottom bar (`components::toast`), where the runner is looking, with its Undo.
#[derive(Clone, Copy, PartialEq)]
pub struct Removals {
    last: Signal<Option<Removed>>,
    toasts: Toasts,
    /// Made once by the screen, so the message's Undo outlives the card that was deleted.
    undo: Callback<()>,
}

/// The `id` of the Undo button.
const UNDO_ID: &str = "undo-delete";

impl Removals {
    /// Deletes `removed` from the document and remembers it for the message's Undo.
    pub fn delete(mut self, update: DocumentUpdater, removed: Removed) {
        match update.send(Change::Delete(removed.id().clone())) {
            Ok(()) => {
                self.toasts.say_with(
                    message_with(
                        "races-deleted",
                        &[("name", Arg::from(removed.description()))],
                    ),
                    ToastAction {
                        label: undo_label(),
                        id: UNDO_ID,
                        run: self.undo,
                    },
                );
                self.last.set(Some(removed));
            }
            Err(UpdateError::NotSaved(reason)) => {
                self.toasts.say(message_with(
                    "races-not-deleted",
                    &[("reason", Arg::from(reason))],
                ));
            }
        }
    }
}

/// Brings the last deleted record back.
fn restore_last(mut last: Signal<Option<Removed>>, toasts: Toasts, update: DocumentUpdater) {
    let Some(removed) = last.take() else {
        return;
    };
    let name = removed.description();
    match update.send(Change::Restore(removed.clone().record())) {
        Ok(()) => toasts.say(message_with("races-restored", &[("name", Arg::from(name))])),
        Err(UpdateError::NotSaved(reason)) => {
            last.set(Some(removed));
            toasts.say(message_with(
                "races-not-restored",
                &[("reason", Arg::from(reason))],
            ));
        }
    }
}

/// The deletion state of one screen.
pub fn use_removals() -> Removals {
    let update = use_document_update();
    let last = use_signal(|| None);
    let toasts = use_toasts();
    let undo = use_callback(move |()| restore_last(last, toasts, update));
    Removals { last, toasts, undo }
}
