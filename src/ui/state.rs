//! The app's state: the loaded document behind one signal, and the one way to change and save it.

use crate::core::profile::Profile;
use crate::store::{
    self, Backend, Change, Committed, Document, LoadNotice, Loaded, Revision, Synced,
};
use crate::ui::clock::{use_clock, Clock};
use dioxus::prelude::*;
use std::rc::Rc;

/// Everything the screens read: the runner's document plus what the runner must be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub document: Document,
    /// Set when the stored data came from a newer version: nothing may be saved.
    pub read_only: bool,
    /// What happened while loading (unreadable data set aside, newer version).
    pub load_notice: Option<LoadNotice>,
    /// The last save failure, shown until a later save succeeds.
    pub save_error: Option<String>,
    /// Whether that failure was for want of room: the notice then offers ways to make some.
    pub storage_full: bool,
    /// What storage held when this copy last read or wrote it: every save starts from it, and
    /// any other revision found in storage is another copy's save (see `store::sync`).
    pub revision: Revision,
}

impl AppState {
    pub fn from_loaded(loaded: Loaded) -> Self {
        AppState {
            document: loaded.document,
            read_only: loaded.read_only,
            load_notice: loaded.notice,
            save_error: None,
            storage_full: false,
            revision: loaded.revision,
        }
    }

    pub fn profile(&self) -> &Profile {
        &self.document.profile
    }
}

/// Where saves go; a context so tests can hand in a backend of their own.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Backend>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The app state signal provided by `AppWithData`.
pub fn use_app_state() -> Signal<AppState> {
    try_use_context::<Signal<AppState>>()
        .expect("use_app_state needs AppWithData above it: it provides the loaded document")
}

/// Why a change was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// The document is read-only or the save failed; the message says what to do.
    NotSaved(String),
}

/// Sends the runner's changes to the store, which applies and saves them at once, and shows the
/// result. A read-only document is left untouched; a failed save keeps the change on screen and
/// reports the error, so nothing the runner did is lost.
#[derive(Clone, Copy)]
pub struct DocumentUpdater {
    state: Signal<AppState>,
    store: CopyValue<StoreHandle>,
    clock: Clock,
}

impl DocumentUpdater {
    /// Applies and saves one change.
    pub fn send(&self, change: Change) -> Result<(), UpdateError> {
        self.send_all(vec![change])
    }

    /// Applies and saves several changes as one save: all are kept, or none is saved.
    pub fn send_all(&self, changes: Vec<Change>) -> Result<(), UpdateError> {
        if let Some(message) = self.refusal() {
            return Err(UpdateError::NotSaved(message));
        }
        let mut state = self.state;
        let (from, ours) = {
            let read = state.read();
            (read.revision, read.document.clone())
        };
        let Committed { document, saved } = store::commit(
            self.store.read().0.as_ref(),
            from,
            ours,
            changes,
            self.clock.now(),
        );
        let mut writable = state.write();
        writable.document = document;
        match saved {
            Ok(revision) => {
                writable.revision = revision;
                writable.save_error = None;
                writable.storage_full = false;
                Ok(())
            }
            Err(error) => {
                writable.storage_full = matches!(error, store::StoreError::Full { .. });
                writable.save_error = Some(error.to_string());
                Err(UpdateError::NotSaved(error.to_string()))
            }
        }
    }

    /// Shows what another copy of the app (another tab, window or process) saved since this
    /// one last read or wrote, taking in anything this copy has that the other lacks. Drafts of
    /// forms live in their components, so a form the runner is filling in stays as typed.
    pub fn catch_up(&self) {
        if self.state.peek().read_only {
            return;
        }
        let mut state = self.state;
        let (from, ours) = {
            let read = state.peek();
            (read.revision, read.document.clone())
        };
        match store::catch_up(self.store.read().0.as_ref(), from, &ours) {
            Ok(None) => {}
            Ok(Some(Synced { document, revision })) => {
                let mut writable = state.write();
                writable.document = document;
                writable.revision = revision;
                writable.save_error = None;
                writable.storage_full = false;
            }
            Err(error) => {
                let message = Some(error.to_string());
                if state.peek().save_error != message {
                    state.write().save_error = message;
                }
            }
        }
    }

    /// The stored copy's stamp (see `Backend::stamp`), which changes with every save.
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    pub fn stored_stamp(&self) -> Option<(std::time::SystemTime, u64)> {
        self.store.read().0.stamp()
    }

    /// Whether the data is a file in a folder, where other processes can save too.
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    pub fn keeps_files(&self) -> bool {
        self.store.read().0.folder().is_some()
    }

    /// Why nothing may be saved now, if so.
    fn refusal(&self) -> Option<String> {
        let state = self.state.read();
        if !state.read_only {
            return None;
        }
        Some(match state.load_notice {
            Some(LoadNotice::Stuck { .. }) => "Your unreadable data is still stored, so the app is read-only until you choose what to do with it: see the notice at the top.".to_string(),
            _ => store::StoreError::NewerVersion {
                found: state.document.schema_version,
                supported: store::SCHEMA_VERSION,
            }
            .to_string(),
        })
    }

    /// Replaces everything with an empty document. Saved twice on purpose: the first save keeps
    /// the old data as the backup copy, the second replaces that backup, so nothing is left
    /// behind. No tombstones remain either, so importing an earlier export brings everything
    /// back; other open copies give way to the deletion (see `store::sync::reconcile`).
    pub fn erase_all(&self) -> Result<(), UpdateError> {
        self.send(Change::DeleteAll)?;
        self.send(Change::DeleteAll)
    }

    /// Leaves the read-only state unreadable data put the app in: deletes that data (the runner
    /// has downloaded it) and opens the copy on screen, writable, saved at once.
    pub fn start_fresh(&self) -> Result<(), UpdateError> {
        let not_saved = |error: store::StoreError| UpdateError::NotSaved(error.to_string());
        self.store.read().0.discard_current().map_err(not_saved)?;
        let mut state = self.state;
        {
            let mut writable = state.write();
            writable.read_only = false;
            writable.load_notice = None;
        }
        self.send_all(Vec::new())
    }
}

/// The updater for the document provided by `AppWithData`.
pub fn use_document_update() -> DocumentUpdater {
    let state = use_app_state();
    let clock = use_clock();
    let store = try_use_context::<StoreHandle>()
        .expect("use_document_update needs AppWithData above it: it provides the store");
    let store = use_hook(|| CopyValue::new(store));
    DocumentUpdater {
        state,
        store,
        clock,
    }
}
