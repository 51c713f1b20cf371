//! Beeps, vibration, spoken prompts and the screen wake lock, each one call into `device.js`
//! (see [`crate::ui::platform::device`]), which checks that the device has the feature first.

use crate::ui::platform::device;
use serde_json::json;

/// A cue tone: pitch in hertz and length in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tone {
    pub hertz: u32,
    pub millis: u32,
}

/// Plays a short tone through Web Audio.
pub fn beep(tone: Tone) {
    device::call("beep", json!([tone.hertz, tone.millis]));
}

/// Vibrates with `pattern` (on, off, on… in milliseconds) where the device can.
pub fn vibrate(pattern: &[u32]) {
    device::call("vibrate", json!([pattern]));
}

/// Speaks `text`, cutting off whatever was still being said.
pub fn speak(text: &str) {
    device::call("speak", json!([text]));
}

/// Keeps the screen on (`true`) or lets it sleep again (`false`); asked for again when the page
/// comes back while still wanted, since browsers drop the lock when it is hidden.
pub fn keep_awake(on: bool) {
    device::call(if on { "wake-lock" } else { "wake-release" }, json!([]));
}
