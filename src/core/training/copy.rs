//! The words a runner reads about their training files: what each proposal is and why.

use crate::core::dates;
use crate::core::training::detect::{Proposal, ProposedBlock};
use crate::core::training::BlockKind;
use crate::core::validation::count;

/// The heading of a proposal, e.g. "Peak (hard) block, 10 Aug – 23 Aug 2026".
pub fn proposal_title(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => format!(
            "{} block, {} – {}",
            block.kind.label(),
            dates::day_month(block.start),
            dates::day_month_year(block.end)
        ),
        Proposal::Race(race) if race.name.starts_with("Race") => race.name.clone(),
        Proposal::Race(race) => format!("Race: {}", race.name),
    }
}

/// Why the files suggest it, in a sentence.
pub fn proposal_reason(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => block_reason(block),
        Proposal::Race(race) => format!(
            "On {} at {}: {:.1} km in {}, run as a race.",
            dates::weekday_day_month_year(race.local_start.date()),
            dates::clock(race.local_start.time()),
            race.distance_km,
            count(i64::from(race.minutes), "minute", "minutes")
        ),
    }
}

fn block_reason(block: &ProposedBlock) -> String {
    let weeks = count(
        ((block.end - block.start).num_days() + 1) / 7,
        "week",
        "weeks",
    );
    let why = match block.kind {
        BlockKind::Base => "steady running without speed work",
        BlockKind::Build => "intervals or fast running most weeks",
        BlockKind::Peak => {
            "your heaviest training, begun by a jump in load well above the weeks before"
        }
        BlockKind::Taper => "the load eased off before a race",
        BlockKind::Recovery => "a light spell after harder weeks",
    };
    let speed = if block.speed_work && block.kind != BlockKind::Build {
        ", with speed work"
    } else {
        ""
    };
    format!("{weeks} of {why}{speed}.")
}
