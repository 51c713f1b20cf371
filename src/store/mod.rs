//! Persistence: one versioned JSON document, saved to a file on native platforms and to
//! localStorage on the web, changed only through named [`Change`]s and saved against the
//! revision each copy started from (`sync`).

pub mod backend;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod browser;
pub mod change;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_dir;
pub mod document;
pub mod error;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod file;
pub mod import;
pub mod kinds;
pub mod load;
pub mod merge;
pub mod migrate;
pub mod records;
pub mod room;
pub mod set_aside;
pub mod sync;
mod tombstones;
#[cfg(not(target_arch = "wasm32"))]
pub mod window_size;

pub use backend::Backend;
pub use change::Change;
pub use document::{Document, SCHEMA_VERSION};
pub use error::StoreError;
pub use kinds::AnyRecord;
pub use load::{load, parse_document, LoadNotice, Loaded, ParseError};
pub use sync::{catch_up, commit, Committed, Revision, Synced};

/// The backend this platform uses: the data folder on native, browser storage on the web.
#[cfg(not(target_arch = "wasm32"))]
pub fn platform_backend() -> Result<Box<dyn Backend>, StoreError> {
    Ok(Box::new(file::FileBackend::new(data_dir::data_dir()?)))
}

/// The backend this platform uses: the data folder on native, browser storage on the web.
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub fn platform_backend() -> Result<Box<dyn Backend>, StoreError> {
    Ok(Box::new(browser::BrowserBackend))
}
