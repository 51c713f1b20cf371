//! The state behind an add-or-edit form (races, training blocks): the draft as typed, its field
//! errors, which record is being edited and what happened last, so each screen holds one value.

use crate::core::record::RecordId;
use crate::core::validation::FieldErrors;
use crate::core::words::{message_with, Arg};
use crate::ui::ids::{use_new_record, NewRecord};
use crate::ui::state::UpdateError;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// One form that adds new records and edits existing ones. Signals inside, so it is `Copy` and can
/// be handed to child components as a prop. The draft is a store: each field of the form reads
/// and writes its own part, so a keystroke re-renders that field alone.
pub struct Editor<D: 'static> {
    pub draft: Store<D>,
    pub errors: Signal<FieldErrors>,
    /// The record being edited; `None` while adding.
    pub editing: Signal<Option<RecordId>>,
    /// The outcome of the last save, read out by a `role="status"` element.
    pub status: Signal<String>,
    /// The record the form adds while it is not editing one.
    pub new: NewRecord<D>,
}

impl<D> Clone for Editor<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D> Copy for Editor<D> {}

impl<D> PartialEq for Editor<D> {
    fn eq(&self, other: &Self) -> bool {
        self.draft == other.draft && self.editing == other.editing
    }
}

impl<D: 'static> Editor<D> {
    /// The message for `field` from the last attempt to save, if any.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.read().for_field(field).map(str::to_string)
    }

    /// Takes back the message under `field` once the runner changes what it holds: a message
    /// about what the field held no longer stands under it (an emptied field, a zone picked from
    /// the suggestions). Writes only when there is a message, so typing costs nothing more.
    pub fn field_changed(mut self, field: &str) {
        if self.errors.peek().for_field(field).is_some() {
            self.errors.write().0.retain(|error| error.field != field);
        }
    }

    /// Loads `draft` for the record `id`.
    pub fn edit(mut self, id: RecordId, draft: D) {
        self.draft.set(draft);
        self.editing.set(Some(id));
        self.errors.set(FieldErrors::default());
        self.status.set(String::new());
    }

    /// Back to adding, with `blank` in the form.
    pub fn reset(mut self, blank: D) {
        self.draft.set(blank);
        self.editing.set(None);
        self.errors.set(FieldErrors::default());
    }

    /// Shows what the last save attempt found.
    pub fn refuse(mut self, errors: FieldErrors, message: &str) {
        self.errors.set(errors);
        self.status.set(message.to_string());
    }

    /// Whether the form is editing a stored record (rather than adding one).
    pub fn is_editing(&self) -> bool {
        self.editing.read().is_some()
    }
}

impl<D: Clone + PartialEq + 'static> Editor<D> {
    /// The id the form saves under: the record being edited, or the new record; `None` when the
    /// form is still the blank its last save left, a repeated tap that must add nothing.
    pub fn record_id(&self) -> Option<RecordId> {
        match self.editing.peek().clone() {
            Some(id) => Some(id),
            None => self.new.id_for(&self.draft.peek()),
        }
    }

    /// After a successful save: back to adding a new record, with `blank` in the form.
    pub fn saved(self, blank: D, now: DateTime<Utc>) {
        self.reset(blank.clone());
        self.new.saved(blank, now);
    }

    /// Says how sending the form's record, called `name`, went: once stored, the form goes back
    /// to adding (`blank`) and says whether it added or saved; a refused save keeps the draft as
    /// typed and says why.
    pub fn finish_save(
        self,
        sent: Result<(), UpdateError>,
        name: String,
        blank: D,
        now: DateTime<Utc>,
    ) {
        let mut status = self.status;
        match sent {
            Ok(()) => {
                let id = if self.editing.peek().is_some() {
                    "races-saved"
                } else {
                    "races-added"
                };
                self.saved(blank, now);
                status.set(message_with(id, &[("name", Arg::from(name))]));
            }
            Err(UpdateError::NotSaved(reason)) => status.set(message_with(
                "races-not-saved",
                &[("reason", Arg::from(reason))],
            )),
        }
    }
}

/// An editor starting with `blank` in the form; the records it adds get ids starting `prefix`.
pub fn use_editor<D: 'static>(prefix: &'static str, blank: impl FnOnce() -> D) -> Editor<D> {
    Editor {
        draft: use_store(blank),
        errors: use_signal(FieldErrors::default),
        editing: use_signal(|| None),
        status: use_signal(String::new),
        new: use_new_record(prefix),
    }
}
