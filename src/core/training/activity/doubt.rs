//! What makes an activity doubtful: read only in part from a damaged file, or totals no runner
//! and no watch in working order give. A doubtful activity waits for the runner to keep or remove
//! it, and counts for nothing until kept.

use crate::core::training::activity::Sport;
use serde::{Deserialize, Serialize};

/// How a file is damaged, when what comes before the damage could still be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Damage {
    /// The file ends before its last record: copied or saved only in part.
    CutShort,
    /// Its checksum does not match: some bytes changed after it was written.
    Checksum,
    /// Part way through, its records stop making sense.
    Garbled,
    /// It has a track but not the session a watch writes when an activity is saved, so the
    /// totals come from the track alone.
    NoSession,
}

/// Why an activity waits for the runner's word before it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Doubt {
    /// Read from a damaged file: only what came before the damage.
    PartlyRead { damage: Damage },
    /// The watch's timer says more than the time from start to end; the shorter is kept.
    TimerOverElapsed { timer_s: u32, elapsed_s: u32 },
    /// Quicker on average than anyone goes in this sport: the wrong sport, or a GPS gone wild.
    TooFast {
        sport: Sport,
        /// Average speed in metres per second.
        speed_m_s: f64,
    },
}

/// The fastest average speed (m/s) anyone keeps up in `sport` over a kilometre or more, a little
/// above the world records: 6.7 m/s is 2:29/km, quicker than the 5,000 m record's pace.
fn fastest_m_s(sport: Sport) -> Option<f64> {
    match sport {
        Sport::Run => Some(6.7),
        // Race walking's 20 km record is 4.4 m/s; hikes are slower still.
        Sport::Walk => Some(4.6),
        // The 100 m freestyle record is 2.1 m/s.
        Sport::Swim => Some(2.4),
        // Faster than a sprinter's downhill top speed held for a whole ride.
        Sport::Ride => Some(28.0),
        Sport::Other => None,
    }
}

/// How far an activity must go before its average speed is judged: a short stretch can be a
/// sprint, or a GPS jump.
const JUDGED_FROM_M: u32 = 1000;

/// The doubt about an average speed of `distance_m` in `duration_s`, if no one goes that fast.
pub(crate) fn too_fast(sport: Sport, duration_s: u32, distance_m: Option<u32>) -> Option<Doubt> {
    let metres = distance_m.filter(|m| *m >= JUDGED_FROM_M)?;
    let speed_m_s = f64::from(metres) / f64::from(duration_s.max(1));
    (speed_m_s > fastest_m_s(sport)?).then_some(Doubt::TooFast { sport, speed_m_s })
}
