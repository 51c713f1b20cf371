//! What the runner's files say about the season: hard weeks, speed work, blocks and races,
//! proposed for the runner to accept.

pub mod blocks;
pub mod proposals;
pub mod race;
pub mod weeks;

pub use blocks::ProposedBlock;
pub use proposals::{read_season, Proposal, ProposedRace, Season};
pub use race::{is_race, named_as_race};
pub use weeks::WeekSignals;
