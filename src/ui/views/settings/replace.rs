//! Replacing the runner's data with an imported file: asked first, and offered for undoing until
//! the next change to the data, as deleting a race is.

use crate::core::words::{message, message_with, Arg};
use crate::store::{Change, Document, Revision};
use crate::ui::state::{use_app_state, AppState, DocumentUpdater, UpdateError};
use crate::ui::views::settings::data::not_imported;
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
                (false, message("settings-replaced"))
            }
            Err(UpdateError::NotSaved(problem)) => (true, not_imported(problem)),
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
            return (true, message("settings-nothing-to-undo"));
        };
        match update.send(Change::Replace(before.clone())) {
            Ok(()) => (false, message("settings-undone")),
            Err(UpdateError::NotSaved(problem)) => {
                self.before.set(Some((before, replaced)));
                let args = [("problem", Arg::from(problem))];
                (true, message_with("settings-not-undone", &args))
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
                {message("settings-replace-question")}
            }
            div { class: "form-actions",
                button { r#type: "button", class: "button danger", id: CONFIRM_REPLACE, onclick: move |_| on_yes.call(()),
                    {message("settings-replace-yes")}
                }
                button { r#type: "button", class: "button", onclick: move |_| on_no.call(()),
                    {message("settings-replace-no")}
                }
            }
        }
    }
}
