//! The guided-session timer: a pure state machine fed timestamps, keeping deadlines, never counting ticks.
//!
//! The shell calls the commands with the current [`Moment`] and calls [`Timer::advance`] whenever it
//! wakes up (a 250 ms interval, a visibility change, a resume from sleep). Because the running state
//! is "segment `i` ends at deadline `d`", any gap between calls (the phone slept for ten minutes)
//! simply walks forward through the segments that ended meanwhile: no drift, nothing to catch up.

use crate::core::routine::{Pacing, Routine, Segment, SegmentKind};
use crate::core::timer::cue::{cue_points, Cue, CueKind};
use crate::core::timer::moment::Moment;
use serde::{Deserialize, Serialize};

mod ahead;
mod view;

/// "Previous step" restarts the current segment once it has run this long, like a music player;
/// a quick second press goes back one more.
pub const BACK_RESTARTS_AFTER_MS: i64 = 3_000;

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    Running,
    Paused,
    /// Played to the end (skipping the last segment counts too).
    Finished,
    Stopped,
}

/// What a finished or stopped session leaves for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Time actually spent in work segments: pauses, the countdown, gaps and skipped remainders do
    /// not count; a segment replayed with "Previous step" counts each time it was worked.
    pub active_millis: u64,
    /// Whether the routine reached its end rather than being stopped.
    pub finished: bool,
}

impl SessionSummary {
    /// Active time rounded to the nearest second, as the log shows it.
    pub fn active_seconds(&self) -> u32 {
        u32::try_from(self.active_millis.saturating_add(500) / 1000).unwrap_or(u32::MAX)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
enum State {
    NotStarted,
    /// Segment `index` ends at `deadline`; everything else is derived from that.
    Running {
        index: usize,
        deadline: Moment,
    },
    Paused {
        index: usize,
        remaining_ms: i64,
    },
    Ended {
        index: usize,
        remaining_ms: i64,
        finished: bool,
    },
}

/// A point on the routine's own timeline: segment `segment`, `offset_ms` into it. Cues up to and
/// including the `heard` mark were reported; `-1` means "just before the segment's start cue".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Mark {
    segment: usize,
    offset_ms: i64,
}

impl Mark {
    const fn before(segment: usize) -> Mark {
        Mark {
            segment,
            offset_ms: -1,
        }
    }
}

/// The timer's state after time has been allowed to pass, computed without mutating the timer.
#[derive(Debug, Clone, Copy)]
struct Settled {
    state: State,
    heard: Mark,
    banked_ms: i64,
}

/// A guided-session timer over a fixed list of segments. It serializes, so a running session
/// can be stored and picked up after a reload (see `snapshot`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    segments: Vec<Segment>,
    state: State,
    heard: Mark,
    /// Active time from segment visits already left behind.
    banked_ms: i64,
    /// Cues due before a command moved the timer; handed out by the next `advance`. Not stored:
    /// after a reload, cues from before it are stale anyway.
    #[serde(skip)]
    pending: Vec<Cue>,
}

impl Timer {
    /// A timer that has not started, over `segments` (usually from [`Timer::for_routine`]).
    pub fn new(segments: Vec<Segment>) -> Self {
        Timer {
            segments,
            state: State::NotStarted,
            heard: Mark::before(0),
            banked_ms: 0,
            pending: Vec::new(),
        }
    }

    /// A timer that plays `routine` with the given countdown and switch-sides gap.
    pub fn for_routine(routine: &Routine, pacing: Pacing) -> Self {
        Timer::new(routine.segments(pacing))
    }

    /// The segments being played.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Whether a timer read back from storage makes sense: its segment exists and its remaining
    /// time fits inside it. A hand-edited or truncated copy is dropped rather than played.
    pub fn is_consistent(&self) -> bool {
        let fits = |index: usize, remaining_ms: i64| {
            self.segments
                .get(index)
                .is_some_and(|segment| (0..=segment.millis()).contains(&remaining_ms))
        };
        let state_fits = match self.state {
            State::NotStarted => true,
            State::Running { index, .. } => index < self.segments.len(),
            State::Paused {
                index,
                remaining_ms,
            }
            | State::Ended {
                index,
                remaining_ms,
                ..
            } => fits(index, remaining_ms),
        };
        state_fits && self.banked_ms >= 0 && self.heard.segment <= self.segments.len()
    }

    /// Starts from the first segment, or starts over from any state.
    pub fn start(&mut self, now: Moment) {
        *self = Timer::new(std::mem::take(&mut self.segments));
        self.enter(0, now, true);
    }

    /// Freezes the current segment with its exact remaining time.
    pub fn pause(&mut self, now: Moment) {
        self.settle(now);
        if let State::Running { index, deadline } = self.state {
            let remaining_ms = self.clamp_remaining(index, deadline.millis_since(now));
            self.state = State::Paused {
                index,
                remaining_ms,
            };
        }
    }

    /// Continues a paused session; the paused time is not taken from the segment.
    pub fn resume(&mut self, now: Moment) {
        if let State::Paused {
            index,
            remaining_ms,
        } = self.state
        {
            self.state = State::Running {
                index,
                deadline: now.plus(remaining_ms),
            };
        }
    }

    /// Moves to the start of the next segment (finishing after the last), keeping paused if paused.
    /// The cues left in the skipped part are dropped.
    pub fn skip(&mut self, now: Moment) {
        self.settle(now);
        if let Some((index, _, running)) = self.leave_visit(now) {
            self.enter(index + 1, now, running);
        }
    }

    /// Restarts the current segment once it has run [`BACK_RESTARTS_AFTER_MS`], otherwise goes to
    /// the start of the previous one, stepping over switch-sides gaps (they only make sense going
    /// forward). Keeps paused if paused. The cues of a replayed segment are reported again.
    pub fn back(&mut self, now: Moment) {
        self.settle(now);
        let Some((index, remaining_ms, running)) = self.leave_visit(now) else {
            return;
        };
        let elapsed_ms = self.segments[index].millis() - remaining_ms;
        let target = if elapsed_ms < BACK_RESTARTS_AFTER_MS {
            // The nearest earlier segment that is not a switch-sides gap; the first if there is
            // none (the current one if it is the first).
            (0..index)
                .rev()
                .find(|&earlier| {
                    !matches!(self.segments[earlier].kind, SegmentKind::SwitchSides { .. })
                })
                .unwrap_or(0)
        } else {
            index
        };
        self.enter(target, now, running);
    }

    /// Ends the session where it stands; [`Timer::summary`] then says how much was done.
    pub fn stop(&mut self, now: Moment) {
        self.settle(now);
        if let Some((index, remaining_ms, _)) = self.leave_visit(now) {
            self.state = State::Ended {
                index,
                remaining_ms,
                finished: false,
            };
        }
    }

    /// Lets time pass up to `now` and returns every cue due since the last call, in order, each
    /// exactly once (a segment replayed with "Previous step" cues again).
    pub fn advance(&mut self, now: Moment) -> Vec<Cue> {
        self.settle(now);
        std::mem::take(&mut self.pending)
    }

    fn as_settled(&self) -> Settled {
        Settled {
            state: self.state,
            heard: self.heard,
            banked_ms: self.banked_ms,
        }
    }

    fn clamp_remaining(&self, index: usize, remaining_ms: i64) -> i64 {
        remaining_ms.clamp(0, self.segments[index].millis())
    }

    /// (segment index, remaining ms) of a started session; `None` before the start or when there
    /// are no segments at all.
    fn position(&self, settled: &Settled, now: Moment) -> Option<(usize, i64)> {
        match settled.state {
            State::NotStarted => None,
            State::Running { index, deadline } => Some((
                index,
                self.clamp_remaining(index, deadline.millis_since(now)),
            )),
            State::Paused {
                index,
                remaining_ms,
            }
            | State::Ended {
                index,
                remaining_ms,
                ..
            } => self.segments.get(index).map(|_| (index, remaining_ms)),
        }
    }

    /// Banks the active time of the current visit before a command moves away from it. Returns the
    /// segment left, its remaining ms and whether the session was running; `None` if no segment is
    /// being played.
    fn leave_visit(&mut self, now: Moment) -> Option<(usize, i64, bool)> {
        let running = matches!(self.state, State::Running { .. });
        let (index, remaining) = match self.state {
            State::Running { .. } | State::Paused { .. } => {
                self.position(&self.as_settled(), now)?
            }
            State::NotStarted | State::Ended { .. } => return None,
        };
        if self.segments[index].is_work() {
            self.banked_ms += self.segments[index].millis() - remaining;
        }
        Some((index, remaining, running))
    }

    /// Begins a fresh visit of segment `index` at `now`, or finishes if there is none.
    fn enter(&mut self, index: usize, now: Moment, running: bool) {
        match self.segments.get(index) {
            Some(segment) => {
                let len = segment.millis();
                self.state = if running {
                    State::Running {
                        index,
                        deadline: now.plus(len),
                    }
                } else {
                    State::Paused {
                        index,
                        remaining_ms: len,
                    }
                };
                self.heard = Mark::before(index);
            }
            None => self.finish(now),
        }
    }

    fn finish(&mut self, at: Moment) {
        let (state, done) = self.ending(at);
        self.state = state;
        self.pending.push(done);
    }

    /// The state and the `Done` cue of a routine that reached its end at `at`.
    fn ending(&self, at: Moment) -> (State, Cue) {
        let last = self.segments.len().saturating_sub(1);
        let state = State::Ended {
            index: last,
            remaining_ms: 0,
            finished: true,
        };
        let done = Cue {
            kind: CueKind::Done,
            segment: last,
            at,
        };
        (state, done)
    }

    fn settle(&mut self, now: Moment) {
        let mut cues = Vec::new();
        let settled = self.walk(now, Some(&mut cues));
        self.pending.extend(cues);
        self.state = settled.state;
        self.heard = settled.heard;
        self.banked_ms = settled.banked_ms;
    }

    /// Lets a running session pass every deadline up to `now`, collecting the cues passed when
    /// `sink` is given. Other states do not change with time.
    fn walk(&self, now: Moment, mut sink: Option<&mut Vec<Cue>>) -> Settled {
        let mut settled = self.as_settled();
        let State::Running {
            mut index,
            mut deadline,
        } = self.state
        else {
            return settled;
        };
        loop {
            let segment = &self.segments[index];
            let len = segment.millis();
            let start = deadline.plus(-len);
            let reached = now.millis_since(start).min(len);
            if let Some(cues) = sink.as_deref_mut() {
                for (offset, kind) in cue_points(segment) {
                    let mark = Mark {
                        segment: index,
                        offset_ms: offset,
                    };
                    if mark > settled.heard && offset <= reached {
                        cues.push(Cue {
                            kind,
                            segment: index,
                            at: start.plus(offset),
                        });
                    }
                }
            }
            if now < deadline {
                settled.heard = settled.heard.max(Mark {
                    segment: index,
                    offset_ms: reached,
                });
                settled.state = State::Running { index, deadline };
                return settled;
            }
            if segment.is_work() {
                settled.banked_ms += len;
            }
            if index + 1 == self.segments.len() {
                let (state, done) = self.ending(deadline);
                if let Some(cues) = sink.as_deref_mut() {
                    cues.push(done);
                }
                settled.state = state;
                return settled;
            }
            index += 1;
            deadline = deadline.plus(self.segments[index].millis());
        }
    }
}
