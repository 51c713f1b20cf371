//! Rule 5 in the season plan: one or more a month is a rhythm spread through the months, with a
//! hard or speed-work week first within each stretch; only a budget below one a month is tight,
//! given per training block or per year and placed in the hardest blocks.

use crate::common::*;
use chrono::Datelike;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::TightBudget;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::training::BlockKind;

fn generals(data: &Data, from: chrono::NaiveDate, to: chrono::NaiveDate) -> Vec<chrono::NaiveDate> {
    plan(&data.inputs(), from, to, LONDON)
        .into_iter()
        .filter(|s| s.kind == MassageKind::General)
        .map(|s| s.date)
        .collect()
}

#[test]
fn one_a_month_is_a_rhythm_even_with_a_peak_block_five_months_away() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 1;
    data.blocks.push(block(
        "peak",
        date(2026, 10, 1),
        date(2026, 10, 28),
        BlockKind::Peak,
        true,
    ));
    let sessions = generals(&data, date(2026, 5, 1), date(2026, 10, 31));
    // May to October: a session in each month, not all saved for October.
    let months: Vec<u32> = sessions.iter().map(|d| d.month()).collect();
    for month in 5..=10 {
        assert!(months.contains(&month), "month {month}: {sessions:?}");
    }
    // October's lands in the peak block.
    let october = sessions.iter().find(|d| d.month() == 10).unwrap();
    assert!(*october >= date(2026, 10, 1), "{october}");
}

#[test]
fn within_a_stretch_the_hard_week_gets_the_session_first() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 1;
    data.blocks.push(block(
        "speed",
        date(2026, 5, 18),
        date(2026, 5, 24),
        BlockKind::Build,
        true,
    ));
    let sessions = generals(&data, date(2026, 5, 4), date(2026, 5, 31));
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert!(
        (date(2026, 5, 18)..=date(2026, 5, 24)).contains(&sessions[0]),
        "{sessions:?}"
    );
}

#[test]
fn a_budget_per_block_gives_each_hard_block_one_or_two_and_nothing_else() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 0;
    data.blocks = vec![
        block(
            "base",
            date(2026, 1, 5),
            date(2026, 2, 15),
            BlockKind::Base,
            false,
        ),
        block(
            "peak",
            date(2026, 3, 16),
            date(2026, 4, 19),
            BlockKind::Peak,
            false,
        ),
        block(
            "speed",
            date(2026, 5, 4),
            date(2026, 6, 7),
            BlockKind::Build,
            true,
        ),
    ];
    for sessions_per_block in [1u8, 2] {
        data.profile.tight_budget = Some(TightBudget::Block(sessions_per_block));
        let sessions = generals(&data, date(2026, 1, 1), date(2026, 6, 30));
        let in_block = |start, end| {
            sessions
                .iter()
                .filter(|d| (start..=end).contains(*d))
                .count()
        };
        assert_eq!(
            in_block(date(2026, 3, 16), date(2026, 4, 19)),
            usize::from(sessions_per_block)
        );
        assert_eq!(
            in_block(date(2026, 5, 4), date(2026, 6, 7)),
            usize::from(sessions_per_block)
        );
        assert_eq!(
            in_block(date(2026, 1, 5), date(2026, 2, 15)),
            0,
            "the base block is not hard"
        );
        assert_eq!(
            sessions.len(),
            2 * usize::from(sessions_per_block),
            "{sessions:?}"
        );
    }
}

#[test]
fn a_budget_per_year_goes_to_the_hardest_blocks_first() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 0;
    data.profile.tight_budget = Some(TightBudget::Year(3));
    data.blocks = vec![
        block(
            "build",
            date(2026, 2, 2),
            date(2026, 3, 8),
            BlockKind::Build,
            true,
        ),
        block(
            "peak",
            date(2026, 4, 6),
            date(2026, 5, 10),
            BlockKind::Peak,
            false,
        ),
        block(
            "peak2",
            date(2026, 9, 7),
            date(2026, 10, 11),
            BlockKind::Peak,
            true,
        ),
    ];
    let sessions = generals(&data, date(2026, 1, 1), date(2026, 12, 31));
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    let in_block = |start, end| {
        sessions
            .iter()
            .filter(|d| (start..=end).contains(*d))
            .count()
    };
    // One in each block, hardest first; with two more to give, the peaks would get a second.
    assert_eq!(in_block(date(2026, 9, 7), date(2026, 10, 11)), 1);
    assert_eq!(in_block(date(2026, 4, 6), date(2026, 5, 10)), 1);
    assert_eq!(in_block(date(2026, 2, 2), date(2026, 3, 8)), 1);
    data.profile.tight_budget = Some(TightBudget::Year(2));
    let two = generals(&data, date(2026, 1, 1), date(2026, 12, 31));
    assert_eq!(two.len(), 2, "{two:?}");
    assert!(
        two.iter().all(|d| d.month() >= 4),
        "the two peak blocks, not the build: {two:?}"
    );
}

/// `entry` as given by a friend or partner rather than a therapist.
fn not_with_a_therapist(
    mut entry: fresh_legs::core::log::LogEntry,
) -> fresh_legs::core::log::LogEntry {
    if let fresh_legs::core::log::LogKind::MassageReceived { with_therapist, .. } = &mut entry.kind
    {
        *with_therapist = false;
    }
    entry
}

#[test]
fn a_massage_from_a_friend_takes_its_day_but_neither_the_budget_nor_the_spacing() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 1;
    data.profile.general_spacing_days = 10;
    let (from, to) = (date(2026, 6, 1), date(2026, 6, 30));
    let alone = generals(&data, from, to);
    assert_eq!(alone.len(), 1, "{alone:?}");
    // A friend's general massage on the very day the plan chose: only that day is taken.
    let day = alone[0];
    data.log.push(not_with_a_therapist(massage(
        "friend",
        utc(2026, 6, day.day(), 17, 0),
        MassageKind::General,
        fresh_legs::core::massage::Pressure::Medium,
        None,
    )));
    let with_friend = generals(&data, from, to);
    assert_eq!(
        with_friend.len(),
        1,
        "June's one session is still to book: {with_friend:?}"
    );
    assert_ne!(with_friend[0], day);
    let apart = (with_friend[0] - day).num_days().abs();
    assert!(
        apart < 10,
        "not pushed a whole spacing away: {with_friend:?} against {day}"
    );
}

#[test]
fn a_therapists_pre_event_massage_counts_against_the_budget_but_not_the_spacing() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 2;
    data.profile.general_spacing_days = 10;
    let (from, to) = (date(2026, 6, 1), date(2026, 6, 30));
    let alone = generals(&data, from, to);
    assert_eq!(alone.len(), 2, "{alone:?}");
    let day = alone[0];
    data.log.push(massage(
        "pre",
        utc(2026, 6, day.day(), 17, 0),
        MassageKind::PreEvent,
        fresh_legs::core::massage::Pressure::Light,
        None,
    ));
    let with_pre = generals(&data, from, to);
    assert_eq!(with_pre.len(), 1, "one of June's two is used: {with_pre:?}");
    let apart = (with_pre[0] - day).num_days().abs();
    assert!(
        apart < 10,
        "a pre-event session keeps no general work away: {with_pre:?} against {day}"
    );
}
