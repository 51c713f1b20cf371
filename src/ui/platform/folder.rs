//! Shows a folder in the computer's file manager, so the runner can find, back up or move their
//! data file. Desktop only: phones and browsers keep app data out of the runner's reach.

use std::path::Path;
use std::process::Command;

/// Opens `dir` in the file manager; the message says what went wrong if it could not.
pub fn show_folder(dir: &Path) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let mut child = Command::new(opener).arg(dir).spawn().map_err(|error| {
        format!(
            "Could not open the folder ({opener}: {error}). It is {}.",
            dir.display()
        )
    })?;
    // Reaped in the background: the file manager may stay open long after this returns.
    std::thread::spawn(move || child.wait());
    Ok(())
}
