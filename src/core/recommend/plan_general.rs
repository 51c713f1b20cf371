//! The season plan's general (deep) sessions (rule 5): one or more a month is a steady rhythm
//! with hard weeks first in each stretch; below one a month, the sessions per block or per year
//! go to the hardest blocks.

use crate::core::massage::MassageKind;
use crate::core::profile::TightBudget;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::plan_days::Calendar;
use crate::core::recommend::rules::rhythm_days;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::sorting;
use crate::core::training::{BlockKind, TrainingBlock};
use chrono::{Datelike, Duration};
use std::collections::BTreeMap;

/// General (deep) sessions: one or more a month is a steady rhythm (hard weeks first within each
/// stretch); below one a month, the sessions per block or per year go to the hardest blocks.
pub(crate) fn general_sessions(inputs: &PlanInputs, calendar: &mut Calendar) {
    let profile = inputs.profile;
    let budget = profile.massage_budget_per_month;
    if budget >= 1 {
        return steady_rhythm(budget, calendar);
    }
    let Some(tight) = profile.tight() else {
        return;
    };
    let last = calendar.date(calendar.spans.len() - 1);
    let in_range = |block: &&TrainingBlock| block.start <= last && calendar.from <= block.end;
    let mut targets: Vec<&TrainingBlock> = inputs
        .blocks
        .iter()
        .filter(in_range)
        .filter(|b| b.is_hard())
        .collect();
    if targets.is_empty() {
        targets = inputs
            .blocks
            .iter()
            .filter(in_range)
            .filter(|b| b.kind == BlockKind::Build)
            .collect();
    }
    match tight {
        TightBudget::Block(sessions) => {
            sorting::sort_by(&mut targets, |a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
            for block in targets {
                book_in_block(block, sessions, calendar);
            }
        }
        TightBudget::Year(sessions) => {
            // The hardest blocks of each year first, one session each, then a second in each.
            sorting::sort_by(&mut targets, |a, b| {
                (b.kind.hardness(), b.speed_work, a.start, &a.id).cmp(&(
                    a.kind.hardness(),
                    a.speed_work,
                    b.start,
                    &b.id,
                ))
            });
            let mut given: BTreeMap<i32, u8> = BTreeMap::new();
            for round in 1..=2u8 {
                for block in &targets {
                    let year = block.start.year();
                    let count = given.entry(year).or_insert(0);
                    if *count < sessions && book_nth_in_block(block, round, calendar) {
                        *count += 1;
                    }
                }
            }
        }
    }
}

/// `sessions` (one or two) general sessions in `block`: the middle, or its thirds.
fn book_in_block(block: &TrainingBlock, sessions: u8, calendar: &mut Calendar) {
    for round in 1..=sessions {
        book_nth_in_block(block, round, calendar);
    }
}

/// Books the `round`th (1 or 2) session of a block on the free day nearest its anchor (the middle
/// for the first of one, the thirds for two); whether one was booked.
fn book_nth_in_block(block: &TrainingBlock, round: u8, calendar: &mut Calendar) -> bool {
    let days = block.days();
    let anchor = match round {
        1 if days >= 21 => days / 3,
        1 => days / 2,
        _ if days >= 21 => 2 * days / 3,
        _ => return false,
    };
    let found = (0..=7i64)
        .flat_map(|step| [anchor + step, anchor - step])
        .filter(|offset| (0..days).contains(offset))
        .filter_map(|offset| calendar.index_of(block.start + Duration::days(offset)))
        .find(|i| calendar.can_book_general(*i));
    let Some(index) = found else { return false };
    let reason = Reason::TightBudgetInBlock {
        block: block.kind,
        speed_work: block.speed_work,
    };
    calendar.book(index, MassageKind::General, None, 60, vec![reason]);
    true
}

fn steady_rhythm(budget: u8, calendar: &mut Calendar) {
    let spacing = usize::from(rhythm_days(budget, calendar.spacing));
    let days = calendar.spans.len();
    let mut cursor = 0;
    while cursor < days {
        let window = cursor..(cursor + spacing).min(days);
        // Within each stretch, a hard or speed-work week gets the session first (rule 5).
        let hard = window.clone().find(|i| {
            calendar.context[*i] == SelfMassageContext::HardBlock && calendar.can_book_general(*i)
        });
        match hard.or_else(|| window.into_iter().find(|i| calendar.can_book_general(*i))) {
            Some(index) => {
                let reason = Reason::RegularRhythm { spacing, budget };
                calendar.book(index, MassageKind::General, None, 60, vec![reason]);
                cursor = index + spacing;
            }
            None => cursor += spacing,
        }
    }
}
