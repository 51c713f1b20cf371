//! A running session as stored on the device, so a reload or a return to the player picks it up
//! where the clock says it is, or asks first when the runner has been away a while.

use crate::core::routine::Routine;
use crate::core::timer::moment::Moment;
use crate::core::timer::{Status, Timer};
use serde::{Deserialize, Serialize};

/// Away longer than this with the routine running, the runner is asked before it goes on: five
/// minutes covers a reload or a look at another screen, not a session left behind.
pub const ASK_AFTER_MS: i64 = 5 * 60 * 1000;

/// A session as stored: what was playing, the timer, and when it was stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub routine: Routine,
    pub timer: Timer,
    pub saved_at: Moment,
}

/// What to do with a stored session found on opening the player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Return {
    /// Carry on as the clock says (a paused session stays paused).
    Continue,
    /// The routine ran on unattended for `minutes_away`: ask "Resume or stop?".
    Ask { minutes_away: i64 },
}

impl Snapshot {
    /// The stored text of this snapshot.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a snapshot always serializes")
    }

    /// A snapshot read back, or `None` when the text is not one (or no longer makes sense).
    pub fn from_text(text: &str) -> Option<Snapshot> {
        let snapshot: Snapshot = serde_json::from_str(text).ok()?;
        let playable = snapshot.timer.is_consistent()
            && snapshot.routine.validate().is_ok()
            && matches!(
                snapshot.timer.status(snapshot.saved_at),
                Status::Running | Status::Paused
            );
        playable.then_some(snapshot)
    }

    /// Whether to carry on or ask, coming back at `now`.
    pub fn on_return(&self, now: Moment) -> Return {
        let away_ms = now.as_millis() - self.saved_at.as_millis();
        if self.timer.status(self.saved_at) == Status::Running && away_ms > ASK_AFTER_MS {
            Return::Ask {
                minutes_away: away_ms / 60_000,
            }
        } else {
            Return::Continue
        }
    }

    /// The timer frozen where the runner left it: for "Resume" after asking.
    pub fn paused_where_left(&self) -> Timer {
        let mut timer = self.timer.clone();
        timer.pause(self.saved_at);
        timer
    }

    /// The timer stopped where the runner left it: for "Stop" after asking, so only the part
    /// really done is logged.
    pub fn stopped_where_left(&self) -> Timer {
        let mut timer = self.timer.clone();
        timer.stop(self.saved_at);
        timer
    }
}
