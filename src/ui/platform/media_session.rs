//! The lock screen and headphone controls (the Media Session API, in `device.js`): what is
//! playing, how far into it, and play/pause, next and previous, which press the player's own
//! buttons so there is one way to drive a session.

use crate::ui::platform::device;
use serde_json::json;

/// What the lock screen shows for the step being played.
pub struct NowPlaying<'a> {
    /// The step: its muscle and side, or "Get ready", "Switch sides".
    pub title: &'a str,
    /// The routine's name.
    pub routine: &'a str,
    /// e.g. "Step 2 of 5".
    pub position: &'a str,
    pub segment_seconds: u32,
    /// Time into the segment; the lock screen counts on from it while `playing`.
    pub elapsed_seconds: f64,
    pub playing: bool,
}

/// Shows `now` on the lock screen and takes its buttons.
pub fn show(now: &NowPlaying) {
    device::call(
        "media-session",
        json!([{
            "title": now.title,
            "artist": now.routine,
            "album": now.position,
            "duration": now.segment_seconds,
            "position": now.elapsed_seconds,
            "playing": now.playing,
        }]),
    );
}

/// Clears the lock screen when the session ends or the player closes.
pub fn clear() {
    device::call("media-session-end", json!([]));
}
