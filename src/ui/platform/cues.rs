//! Beeps, vibration, spoken prompts and the screen wake lock, through short JavaScript snippets.
//!
//! `document::eval` runs in the browser and in the desktop webview alike, so one implementation
//! serves both. Every snippet checks that its API exists first: vibration is missing on desktops and
//! iPhones, the wake lock on older browsers, and a missing feature must never stop the timer.
//! Each call is also recorded in `window.__freshLegsCues` (the last 50), so browser tests can see
//! which cues went out without a speaker.

use dioxus::document;

/// A cue tone: pitch in hertz and length in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tone {
    pub hertz: u32,
    pub millis: u32,
}

/// Records the call for tests and runs `body` unless an error would escape to the console.
fn run(kind: &str, body: &str) {
    let script = format!(
        "try {{ const log = (window.__freshLegsCues ||= []); log.push({kind:?}); \
         if (log.length > 50) log.shift(); {body} }} catch (_) {{}}"
    );
    // Nothing to wait for: the cue either plays or the device cannot play it.
    let _ = document::eval(&script);
}

/// Plays a short tone through Web Audio; one shared context, resumed if the browser suspended it.
pub fn beep(tone: Tone) {
    let seconds = f64::from(tone.millis) / 1000.0;
    run(
        "beep",
        &format!(
            "const C = window.AudioContext || window.webkitAudioContext; if (C) {{ \
             const ctx = (window.__freshLegsAudio ||= new C()); \
             if (ctx.state === 'suspended') ctx.resume(); \
             const t = ctx.currentTime, osc = ctx.createOscillator(), gain = ctx.createGain(); \
             osc.frequency.value = {hz}; \
             gain.gain.setValueAtTime(0.0001, t); \
             gain.gain.exponentialRampToValueAtTime(0.6, t + 0.01); \
             gain.gain.exponentialRampToValueAtTime(0.0001, t + {seconds}); \
             osc.connect(gain).connect(ctx.destination); osc.start(t); osc.stop(t + {seconds} + 0.05); }}",
            hz = tone.hertz,
        ),
    );
}

/// Vibrates with `pattern` (on, off, on… in milliseconds) where the device can.
pub fn vibrate(pattern: &[u32]) {
    let pattern = serde_json::to_string(pattern).unwrap_or_else(|_| "[]".into());
    run(
        "vibrate",
        &format!("if (navigator.vibrate) navigator.vibrate({pattern});"),
    );
}

/// Speaks `text`, cutting off whatever was still being said: an old prompt is worse than none.
pub fn speak(text: &str) {
    let text = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    run(
        "speak",
        &format!(
            "if ('speechSynthesis' in window) {{ speechSynthesis.cancel(); \
             speechSynthesis.speak(new SpeechSynthesisUtterance({text})); }}"
        ),
    );
}

/// Keeps the screen on (`true`) or lets it sleep again (`false`). Browsers drop the lock when the
/// page is hidden, so it is asked for again when the page comes back while still wanted.
pub fn keep_awake(on: bool) {
    run(
        if on { "wake-lock" } else { "wake-release" },
        &format!(
            "window.__freshLegsWantAwake = {on}; \
             if ('wakeLock' in navigator) {{ \
               const ask = () => navigator.wakeLock.request('screen').then((lock) => {{ \
                 window.__freshLegsWake = lock; \
                 lock.addEventListener('release', () => {{ window.__freshLegsWake = null; }}); \
               }}).catch(() => {{}}); \
               if (!window.__freshLegsWakeHook) {{ window.__freshLegsWakeHook = true; \
                 document.addEventListener('visibilitychange', () => {{ \
                   if (document.visibilityState === 'visible' && window.__freshLegsWantAwake \
                       && !window.__freshLegsWake) ask(); }}); }} \
               if ({on} && !window.__freshLegsWake) ask(); \
               if (!{on} && window.__freshLegsWake) {{ window.__freshLegsWake.release(); \
                 window.__freshLegsWake = null; }} }}"
        ),
    );
}
