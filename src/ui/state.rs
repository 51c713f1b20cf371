//! The app's state: the loaded document behind one signal, and the one way to change and save it.

use crate::core::profile::Profile;
use crate::store::{self, Backend, Document, LoadNotice, Loaded};
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
}

impl AppState {
    pub fn from_loaded(loaded: Loaded) -> Self {
        AppState {
            document: loaded.document,
            read_only: loaded.read_only,
            load_notice: loaded.notice,
            save_error: None,
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

/// Applies changes to the document and saves them at once. A read-only document is left
/// untouched; a failed save keeps the change on screen and reports the error, so nothing the
/// runner typed is lost.
#[derive(Clone, Copy)]
pub struct DocumentUpdater {
    state: Signal<AppState>,
    store: CopyValue<StoreHandle>,
}

impl DocumentUpdater {
    pub fn apply(&self, change: impl FnOnce(&mut Document)) -> Result<(), UpdateError> {
        let mut state = self.state;
        if state.read().read_only {
            let message = match state.read().load_notice {
                Some(LoadNotice::Stuck { .. }) => "Your unreadable data is still stored, so the app is read-only until you choose what to do with it: see the notice at the top.".to_string(),
                _ => store::StoreError::NewerVersion {
                    found: state.read().document.schema_version,
                    supported: store::SCHEMA_VERSION,
                }
                .to_string(),
            };
            return Err(UpdateError::NotSaved(message));
        }
        let mut next = state.read().document.clone();
        change(&mut next);
        let saved = store::save(self.store.read().0.as_ref(), false, &next);
        let mut writable = state.write();
        writable.document = next;
        match saved {
            Ok(()) => {
                writable.save_error = None;
                Ok(())
            }
            Err(error) => {
                writable.save_error = Some(error.to_string());
                Err(UpdateError::NotSaved(error.to_string()))
            }
        }
    }
}

impl DocumentUpdater {
    /// Replaces everything with an empty document. Saved twice on purpose: the first save keeps
    /// the old data as the backup copy, the second replaces that backup, so nothing is left behind.
    /// No tombstones remain either, so importing an earlier export brings everything back.
    pub fn erase_all(&self) -> Result<(), UpdateError> {
        self.apply(|document| *document = Document::default())?;
        self.apply(|_| {})
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
        self.apply(|_| {})
    }
}

/// The updater for the document provided by `AppWithData`.
pub fn use_document_update() -> DocumentUpdater {
    let state = use_app_state();
    let store = try_use_context::<StoreHandle>()
        .expect("use_document_update needs AppWithData above it: it provides the store");
    let store = use_hook(|| CopyValue::new(store));
    DocumentUpdater { state, store }
}
