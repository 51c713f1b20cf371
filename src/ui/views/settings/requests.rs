//! What the desktop menu asks of the data card (import, export, show the data folder): the menu
//! opens Settings and leaves the request here, and the card carries it out where its messages
//! and the import's questions are shown.

use dioxus::prelude::*;

/// A data action asked for from outside the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataRequest {
    Import,
    Export,
    ShowFolder,
}

/// The request waiting for the data card, provided by the shell for the whole app.
#[derive(Clone, Copy)]
pub struct DataRequests(pub Signal<Option<DataRequest>>);

/// Provides the app's [`DataRequests`]; the shell calls it once.
pub fn use_data_requests_provider() -> DataRequests {
    use_context_provider(|| DataRequests(Signal::new(None)))
}

impl DataRequests {
    /// Leaves `request` for the data card and opens Settings, where the card takes it.
    pub fn ask(mut self, request: DataRequest) {
        self.0.set(Some(request));
        navigator().push(crate::ui::routes::Route::Settings {});
    }
}
