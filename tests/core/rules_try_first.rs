//! Rule 2's warning names where the runner can still try their pre-event approach before an A
//! race: the plan's test before a smaller race, else a hard workout before the A race's cut-off,
//! else it says plainly that no chance is left.

use crate::common::today::*;
use crate::common::*;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::{Notice, TryChance};

fn chance(data: &Data, now: chrono::DateTime<chrono::Utc>) -> Option<TryChance> {
    day_at(data, now)
        .warnings
        .into_iter()
        .find_map(|notice| match notice {
            Notice::UntriedApproach { chance, .. } => Some(chance),
            _ => None,
        })
}

#[test]
fn the_warning_names_the_test_day_a_workout_day_or_no_chance() {
    let marathon = race("a", date(2026, 10, 4), 9, LONDON, 42.195, Priority::A);
    let ten_k = race("c", date(2026, 9, 13), 9, LONDON, 10.0, Priority::C);
    let with_smaller = Data::with_races(vec![marathon.clone(), ten_k]);
    // Weeks out with a smaller race ahead: the plan tries the approach the day before it.
    assert_eq!(
        chance(&with_smaller, local(LONDON, 2026, 9, 1, 9, 0)),
        Some(TryChance::SmallerRace {
            race: "c race".into(),
            date: date(2026, 9, 12)
        })
    );
    // Without one: before a hard workout, up to the day before the marathon's cut-off (5 days).
    let alone = Data::with_races(vec![marathon]);
    assert_eq!(
        chance(&alone, local(LONDON, 2026, 9, 1, 9, 0)),
        Some(TryChance::Workout {
            by: date(2026, 9, 28)
        })
    );
    // The day before the race nothing is left, and the words say so.
    let eve = day_at(&alone, local(LONDON, 2026, 10, 3, 9, 0));
    let warning = eve
        .warnings
        .iter()
        .find(|notice| matches!(notice, Notice::UntriedApproach { .. }))
        .expect("the warning");
    assert!(matches!(
        warning,
        Notice::UntriedApproach {
            chance: TryChance::NoneLeft,
            ..
        }
    ));
    let words = warning.message();
    assert!(
        words.contains("no day is left to try it before a race"),
        "{words}"
    );
    assert!(!words.contains("Try it there"), "{words}");
}
