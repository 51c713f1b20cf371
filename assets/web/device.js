// The device features the app asks for: a beep, vibration, a spoken prompt, the screen wake lock
// and a file download. The one copy of this code serves every platform: the web page loads it as
// a plain script (so the page's Content-Security-Policy never has to allow `eval`), and the
// desktop and phone webviews run it through Dioxus' `eval` before each call.
//
// Every feature checks that its API exists first (vibration is missing on desktops and iPhones,
// the wake lock on older browsers) and a failure is swallowed: a missing cue must never stop the
// timer. Each cue is also recorded in `window.__freshLegsCues` (the last 50), so browser tests
// can see which cues went out without a speaker.
globalThis.freshLegsDevice ??= (() => {
  const CUE_LOG_LENGTH = 50;
  const CUES = new Set(["beep", "vibrate", "speak", "wake-lock", "wake-release"]);

  function beep(hertz, millis) {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) return;
    // One shared context: browsers limit how many a page may open.
    const context = (window.__freshLegsAudio ||= new AudioContextClass());
    if (context.state === "suspended") context.resume();
    const seconds = millis / 1000;
    const start = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = hertz;
    // A short ramp in and out: a square start or end clicks.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.6, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds + 0.05);
  }

  // Browsers refuse (and complain) until the runner has touched the page once, for instance when
  // a routine was opened straight from a link; the sound and speech still go out.
  function vibrate(pattern) {
    if (!navigator.vibrate || navigator.userActivation?.hasBeenActive === false) return;
    navigator.vibrate(pattern);
  }

  // Cuts off whatever was still being said: an old prompt is worse than none.
  function speak(text) {
    if (!("speechSynthesis" in window)) return;
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }

  // Browsers drop the lock when the page is hidden, so it is asked for again when the page comes
  // back while it is still wanted.
  let wantAwake = false;
  let lock = null;
  let watchingVisibility = false;
  function askForLock() {
    navigator.wakeLock
      .request("screen")
      .then((granted) => {
        lock = granted;
        granted.addEventListener("release", () => {
          if (lock === granted) lock = null;
        });
        // Let go at once if the runner paused while the request was on its way.
        if (!wantAwake) releaseLock();
      })
      .catch(() => {});
  }
  function releaseLock() {
    if (!lock) return;
    lock.release().catch(() => {});
    lock = null;
  }
  function keepAwake(on) {
    wantAwake = on;
    window.__freshLegsWantAwake = on;
    if (!("wakeLock" in navigator)) return;
    if (!watchingVisibility) {
      watchingVisibility = true;
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible" && wantAwake && !lock) askForLock();
      });
    }
    if (on && !lock) askForLock();
    if (!on) releaseLock();
  }

  function download(fileName, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The browser has started the download by now; the delay only spares a slow one.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const features = {
    beep,
    vibrate,
    speak,
    "wake-lock": () => keepAwake(true),
    "wake-release": () => keepAwake(false),
    download,
  };

  /** Runs feature `name` with the arguments in `argsJson` (a JSON array). */
  function call(name, argsJson) {
    try {
      if (CUES.has(name)) {
        const log = (window.__freshLegsCues ||= []);
        log.push(name);
        if (log.length > CUE_LOG_LENGTH) log.shift();
      }
      features[name]?.(...JSON.parse(argsJson));
    } catch (_) {
      // A device that cannot play a cue simply stays quiet.
    }
  }

  return { call };
})();
