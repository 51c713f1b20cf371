//! The desktop window's size, remembered between launches in `window.json` beside the runner's
//! data. It belongs to this computer, not to the runner's document: a phone carrying the same
//! document has no window, and a merge must never move one.

use crate::store::error::StoreError;
use crate::store::file::write_atomically;
use serde::{Deserialize, Serialize};
use std::path::Path;

const FILE_NAME: &str = "window.json";

/// The smallest window the layout is made for: the phone layout at its narrowest.
pub const MIN_WIDTH: f64 = 360.0;
pub const MIN_HEIGHT: f64 = 560.0;
/// The size of the first window, before the runner has resized one.
pub const DEFAULT: WindowSize = WindowSize {
    width: 1100.0,
    height: 760.0,
};
/// Larger than any screen; a bigger number in the file is a mistake, not a wish.
const MAX_SIDE: f64 = 16_384.0;

/// A window's inner size in logical pixels (the same on a normal and a high-density screen).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowSize {
    pub width: f64,
    pub height: f64,
}

impl WindowSize {
    /// The size within what the layout supports; `None` for sizes that are not numbers at all.
    pub fn clamped(self) -> Option<Self> {
        if !self.width.is_finite() || !self.height.is_finite() {
            return None;
        }
        Some(WindowSize {
            width: self.width.clamp(MIN_WIDTH, MAX_SIDE),
            height: self.height.clamp(MIN_HEIGHT, MAX_SIDE),
        })
    }
}

/// The size saved in `dir`, or [`DEFAULT`] when there is none or it cannot be read: a window of
/// the wrong size is a nuisance, not lost data, so a broken file is simply replaced next time.
pub fn load_window_size(dir: &Path) -> WindowSize {
    std::fs::read(dir.join(FILE_NAME))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<WindowSize>(&bytes).ok())
        .and_then(WindowSize::clamped)
        .unwrap_or(DEFAULT)
}

/// Saves `size` in `dir` atomically, so a crash while quitting leaves the old size or the new one.
pub fn save_window_size(dir: &Path, size: WindowSize) -> Result<(), StoreError> {
    let target = dir.join(FILE_NAME);
    let write_error = |error: std::io::Error| StoreError::Write {
        location: target.display().to_string(),
        detail: error.to_string(),
    };
    let size = size.clamped().unwrap_or(DEFAULT);
    let text = serde_json::to_string(&size).map_err(|error| write_error(error.into()))?;
    std::fs::create_dir_all(dir).map_err(write_error)?;
    write_atomically(dir, &target, text.as_bytes()).map_err(write_error)
}
