//! Shows a folder in the computer's file manager, so the runner can find, back up or move their
//! data file. Desktop only: phones and browsers keep app data out of the runner's reach.

use crate::core::words::{message, message_with, Arg};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The program that opens a folder in the file manager on this kind of computer.
pub const OPENER: &str = if cfg!(target_os = "macos") {
    "open"
} else if cfg!(windows) {
    "explorer"
} else {
    "xdg-open"
};

/// How long the opener has to fail before it is taken to have worked: it hands the folder to
/// the file manager and ends at once, and one still running then is the file manager itself.
const FAILS_WITHIN: Duration = Duration::from_secs(4);

/// Opens `dir` in the file manager; the message says what went wrong if it could not.
pub async fn show_folder(dir: &Path) -> Result<(), String> {
    open_with(OPENER, dir).await
}

/// Opens `dir` with `opener`, and says so when it cannot start or ends in failure.
pub async fn open_with(opener: &str, dir: &Path) -> Result<(), String> {
    let could_not = |why: String| {
        message_with(
            "components-folder-not-opened",
            &[
                ("opener", Arg::from(opener)),
                ("why", Arg::from(why)),
                ("folder", Arg::from(dir.display().to_string())),
            ],
        )
    };
    let mut command = Command::new(opener);
    #[cfg(feature = "desktop")]
    crate::ui::platform::desktop::launch::with_runners_environment(&mut command);
    let mut child = command
        .arg(dir)
        .spawn()
        .map_err(|error| could_not(error.to_string()))?;
    let (answer, answered) = tokio::sync::oneshot::channel();
    // Watched on a thread of its own, so the window stays responsive; the thread also reaps
    // an opener that outlives the wait.
    std::thread::spawn(move || {
        let started = Instant::now();
        let mut answer = Some(answer);
        loop {
            match child.try_wait() {
                Ok(Some(status)) => {
                    if let Some(answer) = answer.take() {
                        let _ = answer.send(Some(status));
                    }
                    return;
                }
                Ok(None) if started.elapsed() < FAILS_WITHIN => {}
                Ok(None) => {
                    if let Some(answer) = answer.take() {
                        let _ = answer.send(None);
                    }
                    let _ = child.wait();
                    return;
                }
                Err(_) => return,
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    match answered.await {
        Ok(Some(status)) if !status.success() => Err(could_not(match status.code() {
            Some(code) => message_with(
                "components-folder-no-manager",
                &[("code", Arg::from(code.to_string()))],
            ),
            None => message("components-folder-stopped"),
        })),
        _ => Ok(()),
    }
}
