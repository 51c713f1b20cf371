//! What can go wrong while loading or saving, in words that tell the runner what to do.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("Could not read your data at {location}: {detail}. Check that the folder exists and is readable.")]
    Read { location: String, detail: String },
    #[error("Could not save your data to {location}: {detail}. Your last saved copy is untouched; free some space or check permissions, then try again.")]
    Write { location: String, detail: String },
    #[error("There is no room left in {location}, so your last change is not saved (your last saved copy is untouched). The notice at the top offers ways to make room.")]
    Full { location: String },
    #[error(
        "Could not move the unreadable data at {location} aside: {detail}. Nothing was changed."
    )]
    SetAside { location: String, detail: String },
    #[error("Your data was written by a newer version of Fresh Legs (format {found}, this app knows up to {supported}). It is open read-only so nothing gets lost; update the app to make changes.")]
    NewerVersion { found: u32, supported: u32 },
    #[error("Another copy of Fresh Legs saved data at {location} that this one cannot read, so nothing was saved over it. Reload the app to see what happened to it.")]
    ChangedUnreadable { location: String },
    #[error("No folder to keep your data in was found. Set FRESH_LEGS_DATA_DIR to a folder you can write to.")]
    NoDataDir,
}
