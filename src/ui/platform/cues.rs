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

/// Plays a short tone now, leaving the tones scheduled ahead as they are.
pub fn beep(tone: Tone) {
    device::call("beep", json!([tone.hertz, tone.millis]));
}

/// Plays `tones` on the audio clock, each `(milliseconds from now, tone)`, in place of any tones
/// scheduled before; an empty list only cancels. Scheduled this way they sound on time even while
/// the page's timers are throttled or frozen, as they are with the screen off.
pub fn schedule_beeps(tones: &[(i64, Tone)]) {
    let plan: Vec<[i64; 3]> = tones
        .iter()
        .map(|(after, tone)| [*after, i64::from(tone.hertz), i64::from(tone.millis)])
        .collect();
    device::call("beeps", json!([plan]));
}

/// Vibrates with `pattern` (on, off, on… in milliseconds) where the device can.
pub fn vibrate(pattern: &[u32]) {
    device::call("vibrate", json!([pattern]));
}

/// What carries a spoken cue when the device cannot speak it: the tone and vibration the runner
/// has not already got from their other cue settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unspoken {
    pub tone: Option<Tone>,
    pub vibration: Option<&'static [u32]>,
}

/// Speaks `text`, in the app's language with a voice of it where the device has one, cutting
/// off whatever was still being said. Where speech is missing or fails, `instead` goes out, so
/// no step change passes in silence.
pub fn speak(text: &str, instead: Unspoken) {
    let tone = instead.tone.map(|tone| [tone.hertz, tone.millis]);
    let language = crate::core::words::language().code();
    device::call("speak", json!([text, tone, instead.vibration, language]));
}

/// Keeps the screen on (`true`) or lets it sleep again (`false`); asked for again when the page
/// comes back while still wanted, since browsers drop the lock when it is hidden.
pub fn keep_awake(on: bool) {
    device::call(if on { "wake-lock" } else { "wake-release" }, json!([]));
}

/// Whether the device holds sound back until the runner touches the page: browsers do after a
/// reload or when a restored tab opens, until a tap. Never on the desktop and phone apps, whose
/// webviews play sound without asking.
pub fn sound_held() -> bool {
    #[cfg(target_arch = "wasm32")]
    return device::ask("sound-held", json!([])).as_deref() == Some("yes");
    #[cfg(not(target_arch = "wasm32"))]
    return false;
}

/// Lets the sound out: to be called from a tap, which is what browsers wait for.
pub fn let_sound_out() {
    device::call("sound-out", json!([]));
}
