//! How far the season plan looks: at least four weeks, at most a year, else to the end of the last
//! race's recovery or the last block. The expected ends are computed here from the dates alone.

use crate::common::{block, date, race, Data, LONDON};
use chrono::Days;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::season::{season_range, MAX_SEASON_DAYS, MIN_SEASON_DAYS};
use fresh_legs::core::training::BlockKind;

#[test]
fn the_season_is_four_weeks_at_least_a_year_at_most_and_otherwise_ends_with_the_last_recovery() {
    let today = date(2027, 2, 27);
    let range =
        |data: &Data| season_range(today, LONDON, &data.inputs().race_windows(), &data.blocks);
    // Nothing planned: four weeks, across the end of February in a non-leap year.
    assert_eq!(range(&Data::default()), (today, date(2027, 3, 27)));
    assert_eq!(MIN_SEASON_DAYS, 28);
    // A race two years away: capped at a year.
    let far = Data::with_races(vec![race(
        "far",
        date(2029, 3, 1),
        9,
        LONDON,
        42.195,
        Priority::A,
    )]);
    assert_eq!(range(&far).1, today + Days::new(MAX_SEASON_DAYS));
    assert_eq!(MAX_SEASON_DAYS, 365);
    // A 10K on 10 June at 09:00: its finish (about an hour later) plus the 72-hour gap ends on 13 June.
    let june = Data::with_races(vec![race(
        "june",
        date(2027, 6, 10),
        9,
        LONDON,
        10.0,
        Priority::B,
    )]);
    assert_eq!(range(&june).1, date(2027, 6, 13));
    // A block that ends later than the race's recovery sets the end instead.
    let mut with_block = june.clone();
    with_block.blocks.push(block(
        "b",
        date(2027, 6, 1),
        date(2027, 7, 31),
        BlockKind::Build,
        false,
    ));
    assert_eq!(range(&with_block).1, date(2027, 7, 31));
}
