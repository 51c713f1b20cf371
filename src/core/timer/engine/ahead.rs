//! The cues still to come: what the shell hands the audio clock ahead of time, so a beep sounds
//! on time while the page's own timers are throttled or frozen (the screen is off, the app is in
//! the background). The deadlines stay the truth: this only reads them.

use super::{State, Timer};
use crate::core::routine::Segment;
use crate::core::timer::cue::Cue;
use crate::core::timer::moment::Moment;

impl Timer {
    /// Every cue after `now` that [`Timer::advance`] will report if the runner touches nothing,
    /// in order, each at the instant it falls due; the `Done` at the end included. Cues already
    /// reported are not repeated. Empty unless the session is running: a paused timer has no
    /// future until it is resumed, and an ended one has none at all.
    pub fn upcoming(&self, now: Moment) -> Vec<Cue> {
        if !matches!(self.walk(now, None).state, State::Running { .. }) {
            return Vec::new();
        }
        // To the last deadline: what is left is never longer than the whole routine, and a walk
        // passes a deadline it reaches exactly (the routine's `Done` included).
        let total: i64 = self.segments.iter().map(Segment::millis).sum();
        let mut cues = Vec::new();
        self.walk(now.plus(total), Some(&mut cues));
        // Cues due by `now` belong to the next `advance`, which reports them now.
        cues.retain(|cue| cue.at > now);
        cues
    }
}
