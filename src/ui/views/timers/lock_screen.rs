//! What the lock screen shows for a session: the step, the routine, and how far into the step.

use crate::core::routine::copy::routine_name;
use crate::core::routine::Routine;
use crate::core::timer::copy::{lock_screen_title, step_position};
use crate::core::timer::moment::Moment;
use crate::core::timer::{Status, Timer};
use crate::ui::platform::media_session::{self, NowPlaying};

/// Puts the segment being played at `now` on the lock screen, or clears it once the session ended.
pub fn show_session(routine: &Routine, timer: &Timer, now: Moment) {
    let status = timer.status(now);
    let Some((index, segment)) = timer
        .current(now)
        .filter(|_| matches!(status, Status::Running | Status::Paused))
    else {
        media_session::clear();
        return;
    };
    let left = timer.remaining(now).as_secs_f64();
    media_session::show(&NowPlaying {
        title: &lock_screen_title(routine, segment),
        routine: &routine_name(routine),
        position: &step_position(timer.segments(), Some(index)),
        segment_seconds: segment.seconds,
        elapsed_seconds: (f64::from(segment.seconds) - left).max(0.0),
        playing: status == Status::Running,
    });
}
