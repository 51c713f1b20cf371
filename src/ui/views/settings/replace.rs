//! Replacing the runner's data with an imported file: asked first, and offered for undoing until
//! the next change to the data, as deleting a race is.

use crate::store::{Change, Document, Revision};
use crate::ui::state::{use_app_state, AppState, DocumentUpdater, UpdateError};
use dioxus::prelude::*;

/// The data as it was before the last replace, kept while the replace can still be undone.
#[derive(Clone, Copy, PartialEq)]
pub struct Replacing {
    state: Signal<AppState>,
    /// The data before, and the revision the replace saved: once the data moves on from that
    /// revision (any change, here or in another open copy), undoing would lose that change.
    before: Signal<Option<(Document, Revision)>>,
}

impl Replacing {
    /// Makes the runner's data exactly `incoming`, keeping what it was for [`Replacing::undo`];
    /// says how that went: (is an error, the sentence).
    pub fn replace(mut self, update: DocumentUpdater, incoming: Document) -> (bool, String) {
        let before = self.state.peek().document.clone();
        match update.send(Change::Replace(incoming)) {
            Ok(()) => {
                let revision = self.state.peek().revision;
                self.before.set(Some((before, revision)));
                (false, "Imported: your data is now the file's.".to_string())
            }
            Err(UpdateError::NotSaved(problem)) => (true, format!("Not imported: {problem}")),
        }
    }

    /// Whether the last replace can still be undone.
    pub fn can_undo(&self) -> bool {
        let revision = self.state.read().revision;
        self.before
            .read()
            .as_ref()
            .is_some_and(|(_, replaced)| *replaced == revision)
    }

    /// Brings back the data as it was before the last replace.
    pub fn undo(mut self, update: DocumentUpdater) -> (bool, String) {
        let Some((before, replaced)) = self.before.take() else {
            return (true, "There is nothing to undo.".to_string());
        };
        match update.send(Change::Replace(before.clone())) {
            Ok(()) => (
                false,
                "Undone: your data is back as it was before the import.".to_string(),
            ),
            Err(UpdateError::NotSaved(problem)) => {
                self.before.set(Some((before, replaced)));
                (true, format!("Not undone: {problem}"))
            }
        }
    }
}

/// The replace state of one screen.
pub fn use_replacing() -> Replacing {
    Replacing {
        state: use_app_state(),
        before: use_signal(|| None),
    }
}

/// The "Yes" button's id, as an expression so component tests can find it.
const CONFIRM_REPLACE: &str = "confirm-replace";

/// The question "Replace my data" asks before anything changes.
#[component]
pub fn ConfirmReplace(on_yes: EventHandler<()>, on_no: EventHandler<()>) -> Element {
    rsx! {
        div { class: "confirm", role: "alertdialog", "aria-labelledby": "confirm-replace-text",
            p { id: "confirm-replace-text",
                "Replace all your data on this device with the file's? Every race, training block, log entry and setting here gives way to what the file holds. You can undo it until your next change."
            }
            div { class: "form-actions",
                button { r#type: "button", class: "button danger", id: CONFIRM_REPLACE, onclick: move |_| on_yes.call(()), "Yes, replace my data" }
                button { r#type: "button", class: "button", onclick: move |_| on_no.call(()), "No, keep my data" }
            }
        }
    }
}
