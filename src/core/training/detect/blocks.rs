//! Blocks of the season from the weeks' load: base, build, peak, taper and recovery.

use crate::core::training::block::MAX_BLOCK_DAYS;
use crate::core::training::detect::weeks::WeekSignals;
use crate::core::training::load;
use crate::core::training::BlockKind;
use chrono::{Duration, NaiveDate};

/// Taper weeks before a race carry at most this share of the load of the four weeks before them.
pub const TAPER_RATIO: f64 = 0.8;
/// The longest taper looked for: marathon plans taper for two to three weeks.
pub const MAX_TAPER_WEEKS: usize = 3;
/// A recovery week carries at most this share of the load of the four weeks before it.
pub const RECOVERY_RATIO: f64 = 0.6;

/// A block the files suggest, both ends included (a Monday to a Sunday).
#[derive(Debug, Clone, PartialEq)]
pub struct ProposedBlock {
    pub kind: BlockKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub speed_work: bool,
}

/// Splits the weeks (in order, each a week after the last) into blocks. Weeks with nothing in them
/// end a block and start none.
pub fn propose_blocks(weeks: &[WeekSignals]) -> Vec<ProposedBlock> {
    let mut kinds = classify(weeks);
    smooth(&mut kinds);
    let mut blocks: Vec<ProposedBlock> = Vec::new();
    for (week, kind) in weeks.iter().zip(kinds) {
        let Some(kind) = kind else { continue };
        let sunday = week.load.monday + Duration::days(6);
        match blocks.last_mut() {
            // A block is at most a season long (what the block form allows): past that, a new one.
            Some(last)
                if last.kind == kind
                    && last.end + Duration::days(1) == week.load.monday
                    && (sunday - last.start).num_days() <= MAX_BLOCK_DAYS =>
            {
                last.end = sunday;
                last.speed_work |= week.speed_work;
            }
            _ => blocks.push(ProposedBlock {
                kind,
                start: week.load.monday,
                end: sunday,
                speed_work: week.speed_work,
            }),
        }
    }
    blocks
}

fn baseline(weeks: &[WeekSignals], index: usize) -> Option<f64> {
    load::baseline(weeks, index, |w| w.load.training_load)
}

fn classify(weeks: &[WeekSignals]) -> Vec<Option<BlockKind>> {
    let mut kinds: Vec<Option<BlockKind>> = weeks
        .iter()
        .enumerate()
        .map(|(index, week)| {
            let low = baseline(weeks, index)
                .is_some_and(|base| week.load.training_load <= RECOVERY_RATIO * base);
            Some(if low {
                BlockKind::Recovery
            } else if week.hard {
                BlockKind::Peak
            } else if week.speed_work {
                BlockKind::Build
            } else {
                BlockKind::Base
            })
        })
        .collect();
    for race_week in (0..weeks.len()).filter(|i| weeks[*i].race) {
        // A taper is judged against the weeks before it, so it never takes in the first week.
        let taper = (1..=MAX_TAPER_WEEKS.min(race_week))
            .rev()
            .find(|weeks_in| tapered(weeks, race_week, *weeks_in));
        if let Some(weeks_in) = taper {
            for kind in &mut kinds[race_week + 1 - weeks_in..=race_week] {
                *kind = Some(BlockKind::Taper);
            }
        }
    }
    for (kind, week) in kinds.iter_mut().zip(weeks) {
        if week.load.activities == 0 {
            *kind = None;
        }
    }
    kinds
}

/// Whether the `weeks_in` weeks up to and including `race_week` each carried at most
/// [`TAPER_RATIO`] of the load before them.
fn tapered(weeks: &[WeekSignals], race_week: usize, weeks_in: usize) -> bool {
    let first = race_week + 1 - weeks_in;
    baseline(weeks, first).is_some_and(|base| {
        weeks[first..=race_week]
            .iter()
            .all(|week| week.load.training_load <= TAPER_RATIO * base)
    })
}

/// One odd week between two weeks of the same build or peak (a race in place of the intervals,
/// a busy week at work) does not end the block.
fn smooth(kinds: &mut [Option<BlockKind>]) {
    for index in 1..kinds.len().saturating_sub(1) {
        let (before, after) = (kinds[index - 1], kinds[index + 1]);
        let carried = matches!(before, Some(BlockKind::Build | BlockKind::Peak));
        if carried && before == after && kinds[index] == Some(BlockKind::Base) {
            kinds[index] = before;
        }
    }
}
