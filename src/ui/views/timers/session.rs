//! A guided session: the core timer driven from the wall clock, its cues turned into sound,
//! vibration and speech, and the finished or stopped session written to the log.
//!
//! There is one session for the whole app (see `running.rs`): it lives above the screens, so a
//! routine keeps playing while the runner looks at another screen. Everything here is `Copy`
//! handles, so the buttons, the keyboard, the bar on every screen and the ticker share it.

use crate::core::log::{LogEntry, LogKind};
use crate::core::profile::cue_prefs::CuePreferences;
use crate::core::routine::copy::routine_name;
use crate::core::routine::Routine;
use crate::core::timer::copy::spoken_prompt;
use crate::core::timer::cue::Cue;
use crate::core::timer::moment::Moment;
use crate::core::timer::snapshot::Snapshot;
use crate::core::timer::{SessionSummary, Status, Timer};
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::{sleep, Clock};
use crate::ui::ids::new_id;
use crate::ui::platform::cues::{self, Unspoken};
use crate::ui::state::{DocumentUpdater, StoreHandle, UpdateError};
use crate::ui::views::timers::cue_sounds::{beep_plan, tone, vibration};
use crate::ui::views::timers::lock_screen::show_session;
use crate::ui::views::timers::reason_said;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use std::time::Duration;

/// The ticker never wakes more often than this: at most four renders a second.
pub const TICK_MS: u64 = 250;
/// A running session is stored at least this often (and at every change).
const STORE_EVERY_MS: i64 = 5_000;
/// Cues older than this when reported (the app was asleep) are not announced: a burst of stale
/// beeps after unlocking the phone would only confuse.
const STALE_CUE_MS: i64 = 1_500;
/// A tick this late means the page was asleep: the beeps on the audio clock are planned again,
/// since some devices pause that clock too while the screen is off.
const REPLAN_AFTER_GAP_MS: i64 = 2_000;

/// What the step details show; changes only when the session moves to another segment or state,
/// so the big screen re-renders a handful of times per routine, not on every tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub status: Status,
    /// The segment being played, while running or paused.
    pub segment: Option<usize>,
}

/// What a session needs from the app: where to log, where to store itself, the clock.
pub struct Parts {
    pub update: DocumentUpdater,
    pub store: StoreHandle,
    pub clock: Clock,
}

/// Handles to the session's state; cheap to copy into every event handler.
#[derive(Clone, Copy)]
pub struct Session {
    /// Not reactive: reading it never subscribes a component, so ticks do not re-render the page.
    pub timer: CopyValue<Timer>,
    /// What is playing; `None` before the first routine of this visit.
    pub routine: Signal<Option<Routine>>,
    pub stage: Signal<Stage>,
    /// The instant last shown; only the parts that show time read it.
    pub now: Signal<Moment>,
    /// What the end of the session left in the log (or why it could not), once it ended.
    pub outcome: Signal<Option<String>>,
    /// How long the runner had been away, in minutes, when a stored session was picked up
    /// paused after a long absence: the player asks whether to resume or stop.
    pub away: Signal<Option<i64>>,
    /// Whether the device holds the sound back until the runner touches the page, as browsers
    /// do after a reload: the player offers "Tap for sound".
    pub sound_held: Signal<bool>,
    logged: CopyValue<bool>,
    /// When the session was last stored, so a reload can pick it up (see `timer::snapshot`).
    stored_at: CopyValue<Option<Moment>>,
    /// The cues whose beeps are on the audio clock; these are not beeped again when reported.
    scheduled: CopyValue<Vec<Cue>>,
    /// The last tick, to notice the page waking up after a long sleep.
    last_tick: CopyValue<Option<Moment>>,
    /// Whether a ticker is running; one at a time.
    ticking: CopyValue<bool>,
    cue_prefs: CopyValue<CuePreferences>,
    store: CopyValue<StoreHandle>,
    update: DocumentUpdater,
    clock: Clock,
    /// The component the session lives in, which runs its ticker: above every screen.
    owner: ScopeId,
}

impl Session {
    /// The app's session, with nothing playing yet. Call once, in the component it should live
    /// in: its state and its ticker belong to that component.
    pub fn new(parts: Parts) -> Self {
        let now = Moment::from(parts.clock.now());
        Session {
            timer: CopyValue::new(Timer::new(Vec::new())),
            routine: Signal::new(None),
            stage: Signal::new(Stage {
                status: Status::NotStarted,
                segment: None,
            }),
            now: Signal::new(now),
            outcome: Signal::new(None),
            away: Signal::new(None),
            sound_held: Signal::new(false),
            logged: CopyValue::new(false),
            stored_at: CopyValue::new(None),
            scheduled: CopyValue::new(Vec::new()),
            last_tick: CopyValue::new(None),
            ticking: CopyValue::new(false),
            cue_prefs: CopyValue::new(CuePreferences::default()),
            store: CopyValue::new(parts.store),
            update: parts.update,
            clock: parts.clock,
            owner: dioxus::dioxus_core::current_scope_id(),
        }
    }

    /// Starts `routine` from its beginning: the runner pressed "Start". Its first cues go out on
    /// the first tick, after the player is on screen, so sound and speech never hold up the
    /// first paint.
    pub fn start(self, routine: Routine, cue_prefs: CuePreferences) {
        let now = self.now_moment();
        let mut timer = Timer::for_routine(&routine, cue_prefs.pacing());
        timer.start(now);
        self.play(routine, timer, cue_prefs);
    }

    /// Plays `routine` on from `timer` (read back after a reload, or paused where the runner
    /// left it), in place of whatever was playing.
    pub fn play(mut self, routine: Routine, timer: Timer, cue_prefs: CuePreferences) {
        let now = self.now_moment();
        self.cue_prefs.set(cue_prefs);
        self.logged.set(false);
        self.stored_at.set(None);
        self.scheduled.set(Vec::new());
        self.last_tick.set(None);
        self.away.set(None);
        self.outcome.set(None);
        let stage = stage_of(&timer, now);
        self.timer.set(timer);
        self.routine.set(Some(routine));
        self.stage.set(stage);
        self.now.set(now);
        if stage.status == Status::Running {
            cues::keep_awake(true);
        }
        self.keep_ticking();
    }

    /// Runs the ticker until the session has ended and been logged; a second call while one
    /// runs does nothing. It runs for the app's lifetime, not a screen's: the routine goes on
    /// whatever screen is shown.
    fn keep_ticking(mut self) {
        if self.ticking.replace(true) {
            return;
        }
        dioxus::dioxus_core::Runtime::current().spawn(self.owner, async move {
            while let Some(wait) = self.tick() {
                sleep(wait).await;
            }
            self.ticking.set(false);
        });
    }

    /// Whether a routine is playing or paused (not ended, not yet started).
    pub fn in_progress(&self) -> bool {
        matches!(self.stage.read().status, Status::Running | Status::Paused)
    }

    /// Whether a routine is playing or paused, without subscribing the caller: for event
    /// handlers and first renders.
    pub fn is_playing_now(&self) -> bool {
        matches!(self.stage.peek().status, Status::Running | Status::Paused)
    }

    /// The id of the routine playing or last played, without subscribing the caller.
    pub fn routine_id_now(&self) -> Option<String> {
        self.routine
            .peek()
            .as_ref()
            .map(|routine| routine.id.to_string())
    }

    /// The name of the routine playing or last played, as the runner reads it, without
    /// subscribing the caller.
    pub fn routine_name_now(&self) -> Option<String> {
        self.routine.peek().as_ref().map(routine_name)
    }

    /// The instant the timer is fed.
    fn now_moment(self) -> Moment {
        Moment::from(self.clock.now())
    }

    /// Applies a command at the current instant, then announces and records what followed.
    pub fn command(mut self, command: impl FnOnce(&mut Timer, Moment)) {
        if self.routine.peek().is_none() {
            return;
        }
        let now = self.now_moment();
        command(&mut self.timer.write(), now);
        // Any control answers the question asked on coming back after a long absence.
        if self.away.peek().is_some() {
            self.away.set(None);
        }
        self.settle(now);
        self.plan_ahead(now);
        self.show_on_lock_screen(now);
        let status = self.stage.peek().status;
        if matches!(status, Status::Finished | Status::Stopped) {
            return;
        }
        cues::keep_awake(status == Status::Running);
        self.keep_ticking();
    }

    /// Pause when running, resume when paused.
    pub fn toggle_pause(self) {
        self.command(|timer, now| match timer.status(now) {
            Status::Running => timer.pause(now),
            Status::Paused => timer.resume(now),
            _ => {}
        });
    }

    /// Starts the same routine over, as a new session for the log.
    pub fn restart(mut self) {
        self.logged.set(false);
        self.outcome.set(None);
        self.command(Timer::start);
    }

    /// Lets the sound out after the device held it back (the runner tapped "Tap for sound"),
    /// and hands the beeps to come to the audio clock again, from now.
    pub fn let_sound_out(mut self) {
        cues::let_sound_out();
        self.sound_held.set(false);
        self.plan_ahead(self.now_moment());
    }

    /// Lets time pass up to now; called by the ticker. Returns how long to sleep before the next
    /// tick: until the remaining time next reaches a quarter second, so the shown seconds change
    /// exactly when they should and never more than four times a second; `None` once nothing is
    /// playing and the end is logged.
    pub fn tick(mut self) -> Option<Duration> {
        if self.routine.peek().is_none() {
            return None;
        }
        let now = self.now_moment();
        let woke_up = self
            .last_tick
            .replace(Some(now))
            .is_none_or(|last| now.as_millis() - last.as_millis() > REPLAN_AFTER_GAP_MS);
        self.settle(now);
        let status = self.timer.peek().status(now);
        if !matches!(status, Status::Running | Status::Paused) {
            return None;
        }
        let held = cues::sound_held();
        let released = *self.sound_held.peek() && !held;
        if *self.sound_held.peek() != held {
            self.sound_held.set(held);
        }
        if woke_up || released {
            // The first tick of a session, after the page slept, or once a tap anywhere let the
            // sound out: the beeps planned while the audio clock stood still are planned again.
            self.plan_ahead(now);
            self.show_on_lock_screen(now);
        }
        let timer = self.timer.peek();
        if status != Status::Running {
            return Some(Duration::from_millis(TICK_MS));
        }
        let to_boundary = timer.remaining(now).as_millis() as u64 % TICK_MS;
        // One millisecond past the boundary, so the ceiling of the remaining seconds has moved on.
        Some(Duration::from_millis(
            if to_boundary == 0 {
                TICK_MS
            } else {
                to_boundary
            } + 1,
        ))
    }

    fn show_on_lock_screen(self, now: Moment) {
        if let Some(routine) = self.routine.peek().as_ref() {
            show_session(routine, &self.timer.peek(), now);
        }
    }

    /// Collects the cues due by `now`, announces the fresh ones, and updates what is shown.
    fn settle(mut self, now: Moment) {
        let cues = self.timer.write().advance(now);
        self.announce(&cues, now);
        let (stage_now, running) = {
            let timer = self.timer.peek();
            (stage_of(&timer, now), timer.status(now) == Status::Running)
        };
        let mut stage = self.stage;
        let stage_changed = *stage.peek() != stage_now;
        if stage_changed {
            stage.set(stage_now);
        }
        // While paused or ended the shown time cannot change, so the clock is only told once, as
        // the session stops running; after that the ticks leave it alone.
        let mut shown = self.now;
        if running || stage_changed {
            shown.set(now);
        }
        if stage_changed {
            self.show_on_lock_screen(now);
        }
        if matches!(stage_now.status, Status::Finished | Status::Stopped) && !self.logged.cloned() {
            self.logged.set(true);
            cues::keep_awake(false);
            self.log_session(now);
            self.store.peek().0.clear_session();
        } else if matches!(stage_now.status, Status::Running | Status::Paused) {
            self.store_snapshot(now, stage_changed);
        }
    }

    /// Stores the session when it changed, and every few seconds while it runs, so a reload
    /// resumes it within seconds of where it was.
    fn store_snapshot(mut self, now: Moment, changed: bool) {
        let due = self
            .stored_at
            .cloned()
            .is_none_or(|at| now.as_millis() - at.as_millis() >= STORE_EVERY_MS);
        let Some(routine) = self.routine.peek().clone() else {
            return;
        };
        if !(changed || due) {
            return;
        }
        let snapshot = Snapshot {
            routine,
            timer: self.timer.peek().clone(),
            saved_at: now,
        };
        self.store.peek().0.write_session(&snapshot.to_text());
        self.stored_at.set(Some(now));
    }

    /// Hands the beeps of every cue still to come to the audio clock, replacing the previous
    /// plan; a paused or ended session has none, so this also cancels.
    fn plan_ahead(mut self, now: Moment) {
        if !self.cue_prefs.cloned().beep {
            return;
        }
        let upcoming = self.timer.peek().upcoming(now);
        cues::schedule_beeps(&beep_plan(&upcoming, now));
        self.scheduled.set(upcoming);
    }

    fn announce(self, cues: &[Cue], now: Moment) {
        let fresh: Vec<&Cue> = cues
            .iter()
            .filter(|cue| now.as_millis() - cue.at.as_millis() <= STALE_CUE_MS)
            .collect();
        // Several cues at once (a skip lands on a start cue right after a warning) share one sound;
        // the last one is what the runner needs to hear about.
        let Some(cue) = fresh.last() else { return };
        let prefs = self.cue_prefs.cloned();
        // A cue on the audio clock has sounded already, at its own instant.
        let unplanned = fresh
            .iter()
            .rev()
            .find(|cue| !self.scheduled.peek().contains(cue));
        if let Some(unplanned) = unplanned.filter(|_| prefs.beep) {
            cues::beep(tone(unplanned.kind));
        }
        if prefs.vibrate {
            cues::vibrate(vibration(cue.kind));
        }
        if prefs.speak {
            let routine = self.routine.peek();
            let Some(routine) = routine.as_ref() else {
                return;
            };
            let timer = self.timer.peek();
            let instead = Unspoken {
                tone: (!prefs.beep).then(|| tone(cue.kind)),
                vibration: (!prefs.vibrate).then(|| vibration(cue.kind)),
            };
            cues::speak(
                &spoken_prompt(routine, timer.segments(), cue.segment, cue.kind),
                instead,
            );
        }
    }

    /// Writes the session to the log as self-massage, unless nothing was done at all.
    fn log_session(self, now: Moment) {
        let summary = self.timer.peek().summary(now);
        let seconds = summary.active_seconds();
        let mut outcome = self.outcome;
        let Some(routine) = self.routine.peek().clone() else {
            return;
        };
        let Some(entry) = log_entry(&routine, summary, self.clock.now()) else {
            outcome.set(Some(message("timers-nothing-logged")));
            return;
        };
        let (logged, not_logged) = if summary.finished {
            ("timers-logged-complete", "timers-not-logged-complete")
        } else {
            ("timers-logged-stopped", "timers-not-logged-stopped")
        };
        outcome.set(Some(match self.update.send(Change::put(entry)) {
            Ok(()) => message_with(logged, &[("time", Arg::from(clock_text(seconds)))]),
            Err(UpdateError::NotSaved(reason)) => reason_said(not_logged, reason),
        }));
    }
}

/// The log entry for a session of `routine` that ended with `summary`; `None` when no massage
/// time was done at all. The routine's name is logged as it is stored (a built-in routine's in
/// English), not as the screen shows it.
fn log_entry(routine: &Routine, summary: SessionSummary, at: DateTime<Utc>) -> Option<LogEntry> {
    let seconds = summary.active_seconds();
    if seconds == 0 && !summary.finished {
        return None;
    }
    Some(LogEntry {
        id: new_id("log", at),
        updated_at: at,
        at,
        kind: LogKind::SelfMassage {
            routine_name: routine.name.clone(),
            seconds,
        },
    })
}

fn stage_of(timer: &Timer, now: Moment) -> Stage {
    Stage {
        status: timer.status(now),
        segment: timer.current(now).map(|(index, _)| index),
    }
}

/// Seconds as the player shows them, e.g. `4:05`.
pub fn clock_text(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
