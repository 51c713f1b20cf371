//! Where the document's text lives: a file on native platforms, browser storage on the web.

use crate::store::error::StoreError;
use std::path::PathBuf;
use std::time::SystemTime;

/// Raw text storage with a current copy, a backup of the previous good copy, and a place to put
/// unreadable data aside. Implementations never delete or overwrite data they could not read.
pub trait Backend {
    /// Where the data lives, as the runner should see it (a file path, or "this browser's storage").
    fn location(&self) -> String;
    /// The folder that holds the data, where the runner can open it (files on a computer); `None`
    /// where the data is out of the runner's reach (browser storage).
    fn folder(&self) -> Option<PathBuf> {
        None
    }
    /// The current copy's bytes (left unchecked: invalid UTF-8 is unreadable data to set aside),
    /// or `None` when nothing was ever saved.
    fn read_current(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// A cheap sign of the current copy's last change (a file's modification time and size),
    /// for noticing another process's save without reading the data; `None` where there is no
    /// such sign (browser storage announces changes itself) or nothing is stored.
    fn stamp(&self) -> Option<(SystemTime, u64)> {
        None
    }
    /// The previous good copy kept by the last save, if any.
    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// Moves the current (unreadable) copy to a new name containing `stamp` and says where it went.
    fn set_aside_current(&self, stamp: &str) -> Result<String, StoreError>;
    /// Replaces the current copy in one atomic step, first keeping the old copy as the backup.
    fn write_current(&self, text: &str) -> Result<(), StoreError>;
    /// Deletes the current copy without keeping it: only ever called after the runner downloaded
    /// unreadable data that could not be set aside, and chose to start fresh.
    fn discard_current(&self) -> Result<(), StoreError>;
    /// The guided session stored while it runs (`timer::snapshot`), kept apart from the
    /// document: it changes every few seconds and means nothing once the session ends.
    fn read_session(&self) -> Option<String>;
    /// Stores the running session; a failure only means a reload would start it over.
    fn write_session(&self, text: &str);
    /// Forgets the stored session once it has ended and been logged.
    fn clear_session(&self);
    /// How much the storage holds and can hold, where it has a fixed size the data may outgrow
    /// (a browser's localStorage); `None` where the disk's own room is what counts.
    fn room(&self) -> Option<crate::store::room::Room> {
        None
    }
}
