//! Rule 5 on Today: the budget decides when general work is due. One or more a month is a
//! rhythm (hard weeks first within a stretch, never held back for a block months away); below one
//! a month, so many per training block or per year go where the season plan places them.

use crate::common::today::*;
use crate::common::*;
use chrono::Datelike;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::TightBudget;
use fresh_legs::core::recommend::Reason;
use fresh_legs::core::training::BlockKind;

#[test]
fn the_budget_decides_when_general_work_is_due() {
    let now = local(LONDON, 2026, 5, 20, 10, 0);
    let general = |at| massage("g", at, MassageKind::General, Pressure::Deep, None);
    let mut none = Data::default();
    none.profile.massage_budget_per_month = 0;
    let mut spent = Data::default();
    spent.log.push(general(utc(2026, 5, 2, 9, 0)));
    let mut weekly = Data::default();
    weekly.profile.massage_budget_per_month = 4;
    weekly.log.push(general(utc(2026, 5, 17, 9, 0)));
    let mut waiting_for_block = Data::default();
    waiting_for_block.blocks.push(block(
        "p",
        date(2026, 6, 1),
        date(2026, 6, 28),
        BlockKind::Peak,
        false,
    ));
    let cases = [
        (none, Reason::NoBudget),
        (spent, Reason::BudgetSpent { budget: 1 }),
        (
            weekly,
            Reason::TooSoonSinceLast {
                days: 3,
                spacing: 7,
            },
        ),
        // One a month is a rhythm: within this stretch the peak block's first day gets it.
        (
            waiting_for_block,
            Reason::PlannedFor {
                kind: MassageKind::General,
                date: Some(date(2026, 6, 1)),
            },
        ),
    ];
    for (data, expected) in cases {
        let day = day_at(&data, now);
        assert_eq!(withheld(&day, MassageKind::General), Some(&expected));
    }
    // A peak block five months away does not hold this month's session back (rule 5).
    let mut far_block = Data::default();
    far_block.blocks.push(block(
        "far",
        date(2026, 10, 1),
        date(2026, 10, 28),
        BlockKind::Peak,
        true,
    ));
    assert!(kinds(&day_at(&far_block, now)).contains(&MassageKind::General));
    let mut in_block = Data::default();
    in_block.blocks.push(block(
        "s",
        date(2026, 5, 11),
        date(2026, 5, 31),
        BlockKind::Build,
        true,
    ));
    let day = day_at(&in_block, now);
    assert!(kinds(&day).contains(&MassageKind::General));
    // On a day without a therapist, the rolling is the session, dosed for the hard block.
    let mut rolling_only = in_block.clone();
    rolling_only.profile.massage_budget_per_month = 0;
    let day = day_at(&rolling_only, now);
    let roll = recommendation(&day, MassageKind::SelfMassage);
    let hard = fresh_legs::core::routine::catalog::builtin(
        fresh_legs::core::routine::catalog::HARD_BLOCK_TARGETED,
        in_block.profile.tools,
    )
    .unwrap();
    assert_eq!(
        roll.advice,
        fresh_legs::core::recommend::decision::Advice::SelfMassage {
            context: fresh_legs::core::routine::self_massage::SelfMassageContext::HardBlock,
            seconds_per_muscle: hard.seconds_per_muscle(),
        },
        "hard weeks get longer, targeted self-massage"
    );
    assert_eq!(
        roll.minutes,
        Some(hard.minutes(in_block.profile.cues.pacing()))
    );
}

#[test]
fn a_budget_per_block_gives_the_hard_block_its_sessions_and_today_follows_the_plan() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 0;
    data.profile.tight_budget = Some(TightBudget::Block(1));
    data.blocks.push(block(
        "peak",
        date(2026, 6, 1),
        date(2026, 6, 28),
        BlockKind::Peak,
        true,
    ));
    // Before the block: no general massage, and Today says when the plan has it (mid-block).
    let before = day_at(&data, local(LONDON, 2026, 5, 20, 10, 0));
    assert!(!kinds(&before).contains(&MassageKind::General));
    let Some(Reason::PlannedFor {
        date: Some(planned),
        ..
    }) = withheld(&before, MassageKind::General).cloned()
    else {
        panic!("{:?}", before.withheld);
    };
    assert!(
        (date(2026, 6, 1)..=date(2026, 6, 28)).contains(&planned),
        "{planned}"
    );
    // On that day Today offers it, with the plan's reason.
    let on_the_day = day_at(
        &data,
        local(LONDON, 2026, planned.month(), planned.day(), 10, 0),
    );
    let general = recommendation(&on_the_day, MassageKind::General);
    assert_eq!(
        general.reasons[0],
        Reason::TightBudgetInBlock {
            block: BlockKind::Peak,
            speed_work: true
        }
    );
}

#[test]
fn without_any_budget_there_is_no_general_massage() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 0;
    data.blocks.push(block(
        "peak",
        date(2026, 6, 1),
        date(2026, 6, 28),
        BlockKind::Peak,
        true,
    ));
    let day = day_at(&data, local(LONDON, 2026, 6, 14, 10, 0));
    assert_eq!(
        withheld(&day, MassageKind::General),
        Some(&Reason::NoBudget)
    );
}
