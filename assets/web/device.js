// The device features the app asks for: a beep, vibration, a spoken prompt and the screen wake
// lock here; the other scripts of this folder add theirs with `freshLegsDevice.define` (screen.js:
// scroll positions and form errors; share.js: files in and out). The one copy of this code serves
// every platform: the web page loads the scripts as plain scripts (so the page's
// Content-Security-Policy never has to allow `eval`), and the desktop and phone webviews run them
// through Dioxus' `eval` before each call. Each script defines itself only once.
//
// Every feature checks that its API exists first (vibration is missing on desktops and iPhones,
// the wake lock on older browsers) and a failure is swallowed: a missing cue must never stop the
// timer. Each cue is also recorded in `window.__freshLegsCues` (the last 50), so browser tests
// can see which cues went out without a speaker.
globalThis.freshLegsDevice ??= (() => {
  const CUE_LOG_LENGTH = 50;
  const CUES = new Set(["beep", "beeps", "vibrate", "speak", "wake-lock", "wake-release"]);

  // One shared context: browsers limit how many a page may open.
  function audio() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) return null;
    if (!window.__freshLegsAudio) {
      window.__freshLegsAudio = new AudioContextClass();
      letOutOnFirstTouch();
    }
    const context = window.__freshLegsAudio;
    if (context.state !== "running" && context.state !== "closed") context.resume().catch(() => {});
    return context;
  }

  // After a reload (or a tab restored by the browser) the page has not been touched yet, and
  // browsers keep its audio suspended and its speech silent until it is. The player says so
  // ("Tap for sound"); the first touch anywhere, or a key, lets the sound out.
  function soundHeld() {
    const context = window.__freshLegsAudio;
    const untouched = navigator.userActivation?.hasBeenActive === false;
    const suspended = context != null && context.state !== "running" && context.state !== "closed";
    return untouched || suspended ? "yes" : "no";
  }
  function soundOut() {
    audio();
  }
  function letOutOnFirstTouch() {
    const letOut = () => {
      const context = window.__freshLegsAudio;
      if (context && context.state !== "running" && context.state !== "closed") context.resume().catch(() => {});
    };
    // Browsers count a touch as a go-ahead at different moments (pointerdown, pointerup, touchend).
    for (const type of ["pointerdown", "pointerup", "touchend", "keydown", "click"]) document.addEventListener(type, letOut, { capture: true });
  }

  /** Schedules one tone at `start` on the context's clock and returns its oscillator. */
  function tone(context, start, hertz, millis) {
    const seconds = millis / 1000;
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
    return oscillator;
  }

  function beep(hertz, millis) {
    const context = audio();
    if (context) tone(context, context.currentTime, hertz, millis);
  }

  // The tones of the cues still to come, on the audio clock: they sound on time while the page's
  // timers are throttled or frozen (screen off, app in the background). Each new plan replaces
  // the last; an empty one only cancels (pause, stop).
  let planned = [];
  function beeps(plan) {
    for (const oscillator of planned) {
      try {
        oscillator.stop();
        oscillator.disconnect();
      } catch (_) {
        // Already stopped: nothing to cancel.
      }
    }
    planned = [];
    const context = audio();
    if (!context) return;
    const now = context.currentTime;
    for (const [afterMillis, hertz, millis] of plan) {
      planned.push(tone(context, now + Math.max(0, afterMillis) / 1000, hertz, millis));
    }
  }

  // Browsers refuse (and complain) until the runner has touched the page once, for instance when
  // a routine was opened straight from a link; the sound and speech still go out.
  function vibrate(pattern) {
    if (!navigator.vibrate || navigator.userActivation?.hasBeenActive === false) return;
    navigator.vibrate(pattern);
  }

  // The device's voice for `language` ("de"), one on the device itself before one that needs
  // the network; none leaves the choice to the browser, which reads `utterance.lang`.
  function voiceFor(language) {
    const speaks = (voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language;
    const voices = speechSynthesis.getVoices().filter(speaks);
    return voices.find((voice) => voice.localService) ?? voices[0] ?? null;
  }

  // Cuts off whatever was still being said: an old prompt is worse than none. Where the device
  // cannot speak (no speech synthesis, no voice, an error), `tone` and `pattern` carry the cue
  // instead; each is null when the runner gets it from their other cue settings already.
  // `language` is the app's, so German words get a German voice where the device has one.
  function speak(text, fallbackTone, fallbackPattern, language) {
    const instead = () => {
      if (fallbackTone) beep(...fallbackTone);
      if (fallbackPattern) vibrate(fallbackPattern);
    };
    if (!("speechSynthesis" in window) || typeof SpeechSynthesisUtterance !== "function") return instead();
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    if (language) {
      utterance.lang = language;
      const voice = voiceFor(language);
      if (voice) utterance.voice = voice;
    }
    utterance.addEventListener("error", (event) => {
      // Cut off by the next prompt is not a failure: that prompt carries the news.
      if (event.error !== "interrupted" && event.error !== "canceled") instead();
    });
    speechSynthesis.speak(utterance);
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

  // The lock screen and headphone buttons: what is playing, and actions that press the player's
  // own buttons (marked `data-media-action`), so they do exactly what a tap does.
  const MEDIA_ACTIONS = ["play", "pause", "playpause", "previoustrack", "nexttrack", "stop"];
  function press(action) {
    const controls = document.querySelector(".player-controls");
    if (!controls) return;
    const paused = controls.dataset.status === "paused";
    // Play while playing and pause while paused change nothing, as on any media player.
    if ((action === "play" && !paused) || (action === "pause" && paused)) return;
    const name = action === "play" || action === "pause" ? "playpause" : action;
    controls.querySelector(`[data-media-action="${name}"]`)?.click();
  }
  function mediaSession(now) {
    const session = navigator.mediaSession;
    if (!session || typeof MediaMetadata !== "function") return;
    session.metadata = new MediaMetadata({ title: now.title, artist: now.artist, album: now.album });
    session.playbackState = now.playing ? "playing" : "paused";
    for (const action of MEDIA_ACTIONS) {
      try {
        session.setActionHandler(action, () => press(action));
      } catch (_) {
        // An action this browser does not know.
      }
    }
    if (now.duration > 0 && session.setPositionState) {
      session.setPositionState({
        duration: now.duration,
        position: Math.min(now.position, now.duration),
        // While paused, playbackState tells the lock screen to stop counting.
        playbackRate: 1,
      });
    }
  }
  function mediaSessionEnd() {
    const session = navigator.mediaSession;
    if (!session) return;
    session.metadata = null;
    session.playbackState = "none";
    for (const action of MEDIA_ACTIONS) {
      try {
        session.setActionHandler(action, null);
      } catch (_) {
        // An action this browser does not know.
      }
    }
  }

  const features = {
    beep,
    beeps,
    vibrate,
    speak,
    "media-session": mediaSession,
    "media-session-end": mediaSessionEnd,
    "sound-held": soundHeld,
    "sound-out": soundOut,
    "wake-lock": () => keepAwake(true),
    "wake-release": () => keepAwake(false),
  };

  /** Adds the features of another script (`more`: name → function). */
  function define(more) {
    Object.assign(features, more);
  }

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

  /** Like `call`, for a feature with an answer: its result as text, "" when there is none. */
  function ask(name, argsJson) {
    try {
      const answer = features[name]?.(...JSON.parse(argsJson));
      return answer == null ? "" : String(answer);
    } catch (_) {
      return "";
    }
  }

  return { call, ask, define };
})();
