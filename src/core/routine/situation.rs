//! The situations self-massage is planned for.

use serde::{Deserialize, Serialize};

/// The situation a self-massage session is planned for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelfMassageContext {
    /// From the cut-off to the start: keep it brief and easy.
    RaceWeek,
    /// In the days after a race: slow and gentle.
    AfterRace,
    /// A peak or speed-work block: longer and targeted.
    HardBlock,
    /// Any other day.
    Everyday,
}
