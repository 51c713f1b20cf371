//! Read-only views of a running timer for the player: status, time left and progress at `now`.
//!
//! None of these mutate the timer, so the UI can call them on every render; each lets time pass
//! on a copy of the state (cheap: usually zero or one segment to walk).

use super::{SessionSummary, State, Status, Timer};
use crate::core::routine::Segment;
use crate::core::timer::moment::Moment;
use std::time::Duration;

impl Timer {
    /// Where the session stands at `now`.
    pub fn status(&self, now: Moment) -> Status {
        match self.walk(now, None).state {
            State::NotStarted => Status::NotStarted,
            State::Running { .. } => Status::Running,
            State::Paused { .. } => Status::Paused,
            State::Ended { finished: true, .. } => Status::Finished,
            State::Ended {
                finished: false, ..
            } => Status::Stopped,
        }
    }

    /// The segment being played (running or paused) at `now`, with its index.
    pub fn current(&self, now: Moment) -> Option<(usize, &Segment)> {
        match self.walk(now, None).state {
            State::Running { index, .. } | State::Paused { index, .. } => {
                Some((index, &self.segments[index]))
            }
            State::NotStarted | State::Ended { .. } => None,
        }
    }

    /// Time left in the current segment: the first segment's length before the start, zero after
    /// the end, and never more than the segment's length even if the clock was set back.
    pub fn remaining(&self, now: Moment) -> Duration {
        let settled = self.walk(now, None);
        let millis = match (settled.state, self.position(&settled, now)) {
            (State::NotStarted, _) => self.segments.first().map_or(0, Segment::millis),
            (State::Running { .. } | State::Paused { .. }, Some((_, remaining))) => remaining,
            _ => 0,
        };
        duration(millis)
    }

    /// Time left in the whole routine if played on without pauses or skips; zero once ended.
    pub fn routine_remaining(&self, now: Moment) -> Duration {
        let settled = self.walk(now, None);
        let millis = match (settled.state, self.position(&settled, now)) {
            (State::NotStarted, _) => self.millis_from(0),
            (State::Running { .. } | State::Paused { .. }, Some((index, remaining))) => {
                remaining + self.millis_from(index + 1)
            }
            _ => 0,
        };
        duration(millis)
    }

    /// How far through the current segment `now` is, from 0.0 to 1.0 (for the step ring).
    pub fn segment_progress(&self, now: Moment) -> f64 {
        match self.current(now) {
            Some((_, segment)) if segment.seconds > 0 => {
                1.0 - self.remaining(now).as_millis() as f64 / segment.millis() as f64
            }
            Some(_) => 1.0,
            None => match self.status(now) {
                Status::Finished => 1.0,
                _ => 0.0,
            },
        }
    }

    /// How far through the routine's timeline the session is, from 0.0 to 1.0 (for the routine
    /// bar); a stopped session keeps the fraction it reached.
    pub fn progress(&self, now: Moment) -> f64 {
        let total = self.millis_from(0);
        let settled = self.walk(now, None);
        let Some((index, remaining)) = self.position(&settled, now) else {
            return 0.0;
        };
        if total == 0 {
            return 1.0;
        }
        (total - self.millis_from(index) + self.segments[index].millis() - remaining) as f64
            / total as f64
    }

    /// Active time so far and whether the routine was finished, for the session log.
    pub fn summary(&self, now: Moment) -> SessionSummary {
        let settled = self.walk(now, None);
        let visit = match (settled.state, self.position(&settled, now)) {
            (State::Running { .. } | State::Paused { .. }, Some((index, remaining)))
                if self.segments[index].is_work() =>
            {
                self.segments[index].millis() - remaining
            }
            _ => 0,
        };
        SessionSummary {
            active_millis: u64::try_from(settled.banked_ms + visit).unwrap_or(0),
            finished: matches!(settled.state, State::Ended { finished: true, .. }),
        }
    }

    /// The length of the segments from `index` to the end.
    fn millis_from(&self, index: usize) -> i64 {
        self.segments[index..].iter().map(Segment::millis).sum()
    }
}

fn duration(millis: i64) -> Duration {
    Duration::from_millis(u64::try_from(millis).unwrap_or(0))
}
