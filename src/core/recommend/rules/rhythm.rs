//! Rule 5, frequency from budget: one or more therapist sessions a month is a steady rhythm of
//! general (deep) work, a hard or speed-work week first within each stretch; below one a month
//! (a few per training block or per year) the sessions go to the hardest blocks, where calves,
//! hamstrings and hips tighten. Regular work adds up; the ceiling and the spacing are rules of
//! their own (`budget.rs`, `spacing.rs`).

use crate::core::body::BodyArea;
use crate::core::massage::MassageKind;
use crate::core::profile::TightBudget;
use crate::core::recommend::day::{Place, Recommendation};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::ledger::Budget;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::rules::Rule;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::sorting;
use crate::core::training::{BlockKind, TrainingBlock};
use chrono::Duration;

/// A general session, in minutes.
const MINUTES: u16 = 60;
/// How far from its anchor day a block's session may move to find a free day.
const SEARCH_DAYS: i64 = 7;

/// Days between general sessions in a steady rhythm: the month shared out by the budget, never
/// closer than the runner's spacing (rule 11).
pub fn rhythm_days(budget_per_month: u8, spacing_days: u8) -> u16 {
    (28 / u16::from(budget_per_month.max(1))).max(u16::from(spacing_days))
}

pub struct Rhythm;

impl Rule for Rhythm {
    fn place(&self, plan: &mut Planner) {
        if plan.facts.is_empty() {
            return;
        }
        match plan.ledger.budget() {
            Budget::None => {}
            Budget::Monthly(budget) => steady(plan, budget),
            Budget::Tight(tight) => in_blocks(plan, tight),
        }
    }
}

/// One session per stretch of [`rhythm_days`], on a hard day of the stretch when there is one.
fn steady(plan: &mut Planner, budget: u8) {
    let spacing = usize::from(rhythm_days(
        budget,
        plan.facts.inputs.profile.general_spacing_days,
    ));
    let days = plan.facts.len();
    let mut cursor = 0;
    while cursor < days {
        let stretch = cursor..(cursor + spacing).min(days);
        let free = |day: &usize| plan.can_book(*day, MassageKind::General);
        let hard = stretch
            .clone()
            .filter(free)
            .find(|day| plan.facts.context[*day] == SelfMassageContext::HardBlock);
        match hard.or_else(|| stretch.clone().find(free)) {
            Some(day) => {
                let reason = Reason::RegularRhythm { spacing, budget };
                book(plan, day, reason);
                cursor = day + spacing;
            }
            None => {
                if let Some(day) = stretch.clone().find(|day| plan.held_back_by_budget(*day)) {
                    plan.note_left_out(day, MassageKind::General);
                }
                cursor += spacing;
            }
        }
    }
}

/// A budget below one a month: the hardest blocks of the range (or the build blocks when none is
/// hard) get their sessions, one each before any gets a second.
fn in_blocks(plan: &mut Planner, tight: TightBudget) {
    let first = plan.facts.from;
    let last = plan.facts.date(plan.facts.len() - 1);
    let in_range = |block: &&TrainingBlock| block.start <= last && first <= block.end;
    let blocks = plan.facts.inputs.blocks;
    let mut targets: Vec<&TrainingBlock> = blocks
        .iter()
        .filter(in_range)
        .filter(|b| b.is_hard())
        .collect();
    if targets.is_empty() {
        targets = blocks
            .iter()
            .filter(in_range)
            .filter(|b| b.kind == BlockKind::Build)
            .collect();
    }
    let rounds = match tight {
        TightBudget::Block(sessions) => {
            sorting::sort_by(&mut targets, |a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
            sessions.min(2)
        }
        TightBudget::Year(_) => {
            // The hardest blocks first; the ceiling (any 365 days) decides how many get one.
            sorting::sort_by(&mut targets, |a, b| {
                (b.kind.hardness(), b.speed_work, a.start, &a.id).cmp(&(
                    a.kind.hardness(),
                    a.speed_work,
                    b.start,
                    &b.id,
                ))
            });
            2
        }
    };
    for round in 1..=rounds {
        for block in &targets {
            book_nth_in_block(plan, block, round);
        }
    }
}

/// Books the `round`th (1 or 2) session of a block on the free day nearest its anchor (the middle
/// for the first of one, the thirds for two).
fn book_nth_in_block(plan: &mut Planner, block: &TrainingBlock, round: u8) {
    let days = block.days();
    let anchor = match round {
        1 if days >= 21 => days / 3,
        1 => days / 2,
        _ if days >= 21 => 2 * days / 3,
        _ => return,
    };
    let nearby: Vec<usize> = (0..=SEARCH_DAYS)
        .flat_map(|step| [anchor + step, anchor - step])
        .filter(|offset| (0..days).contains(offset))
        .filter_map(|offset| plan.facts.index_of(block.start + Duration::days(offset)))
        .collect();
    match nearby
        .iter()
        .copied()
        .find(|day| plan.can_book(*day, MassageKind::General))
    {
        Some(day) => {
            let reason = Reason::TightBudgetInBlock {
                block: block.kind,
                speed_work: block.speed_work,
            };
            book(plan, day, reason);
        }
        None => {
            if let Some(day) = nearby
                .into_iter()
                .find(|day| plan.held_back_by_budget(*day))
            {
                plan.note_left_out(day, MassageKind::General);
            }
        }
    }
}

fn book(plan: &mut Planner, day: usize, reason: Reason) {
    let recommendation = Recommendation {
        kind: MassageKind::General,
        advice: Advice::General { lighter: None },
        minutes: Some(MINUTES),
        place: Place::Therapist,
        focus: vec![
            BodyArea::Calves,
            BodyArea::Hamstrings,
            BodyArea::HipFlexors,
            BodyArea::Glutes,
        ],
        avoid: Vec::new(),
        reasons: vec![reason],
        opens: None,
    };
    plan.book(
        day,
        Session {
            race_id: None,
            recommendation,
            closes: None,
        },
    );
}
