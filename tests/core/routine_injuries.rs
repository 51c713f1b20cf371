//! Injuries reshape every routine (rule 7): steps that work an injured area or press on it are
//! left out, steps beside it stay light, and the runner is told what changed and why.

use fresh_legs::core::body::{BodyArea, ToolsOwned};
use fresh_legs::core::routine::catalog::{
    builtin, builtin_routines, FULL_BODY, HARD_BLOCK_TARGETED, POST_RACE_STRETCH,
};
use fresh_legs::core::routine::copy::injury_note;
use fresh_legs::core::routine::fit::fit_around_injuries;
use fresh_legs::core::routine::pick::{pick_routine, RoutinePhase};
use fresh_legs::core::routine::Pressure;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn all_tools() -> ToolsOwned {
    ToolsOwned {
        foam_roller: true,
        stick: true,
        ball: true,
    }
}

fn areas_of(routine: &fresh_legs::core::routine::Routine) -> Vec<BodyArea> {
    routine.steps.iter().map(|step| step.muscle).collect()
}

/// What a physio would leave out for each injury, written out here rather than read from the
/// app's anatomy table: the injured area itself, and calf work for an Achilles (it runs from the
/// ankle up) and quad rolling for the hip flexors (it runs up over the front of the hip).
fn left_out_for(injured: BodyArea) -> Vec<BodyArea> {
    use BodyArea::*;
    match injured {
        Achilles => vec![Achilles, Calves],
        HipFlexors => vec![HipFlexors, Quads],
        other => vec![other],
    }
}

#[test]
fn the_injury_table_holds_for_every_built_in_routine() {
    use BodyArea::*;
    // (injury, areas that must be gone, areas that must stay but light)
    let table: &[(BodyArea, &[BodyArea], &[BodyArea])] = &[
        (Achilles, &[Calves], &[]),
        (Calves, &[Calves], &[Hamstrings, Shins]),
        (Hamstrings, &[Hamstrings], &[Glutes, Calves, Adductors]),
        (Quads, &[Quads], &[ItBand, Adductors]),
        (HipFlexors, &[HipFlexors, Quads], &[Adductors, Glutes]),
        (Glutes, &[Glutes], &[Hamstrings, ItBand]),
        (LowerBack, &[], &[Glutes, UpperBack]),
    ];
    for &(injured, gone, light) in table {
        let hurt = BTreeSet::from([injured]);
        for routine in builtin_routines(all_tools()) {
            let before = areas_of(&routine);
            let name = routine.name.clone();
            let pick = fit_around_injuries(routine, &hurt);
            for area in gone {
                assert!(
                    !areas_of(&pick.routine).contains(area),
                    "{name}: {area:?} with {injured:?}"
                );
                if before.contains(area) {
                    assert!(pick
                        .left_out
                        .iter()
                        .any(|c| c.area == *area && c.injured == injured));
                }
            }
            for step in &pick.routine.steps {
                if light.contains(&step.muscle) {
                    assert!(
                        step.pressure.max <= Pressure::LIGHT.max,
                        "{name}: {:?}",
                        step.muscle
                    );
                }
            }
        }
    }
}

#[test]
fn the_runner_reads_what_was_left_out_and_what_was_kept_light() {
    let hurt = BTreeSet::from([BodyArea::Hamstrings]);
    let pick = fit_around_injuries(builtin(FULL_BODY, all_tools()).unwrap(), &hurt);
    assert_eq!(
        injury_note(&pick).as_deref(),
        Some("Because of your injured hamstrings: no hamstrings steps; calves, adductors and glutes kept light (3–4 of 10).")
    );
    let hurt = BTreeSet::from([BodyArea::Achilles, BodyArea::UpperBack]);
    let pick = fit_around_injuries(builtin(FULL_BODY, all_tools()).unwrap(), &hurt);
    assert_eq!(
        injury_note(&pick).as_deref(),
        Some("Because of your injured Achilles: no calves steps. Because of your injured upper back: no upper back steps.")
    );
    let untouched = fit_around_injuries(builtin(FULL_BODY, all_tools()).unwrap(), &BTreeSet::new());
    assert_eq!(injury_note(&untouched), None);
}

#[test]
fn an_injured_hamstring_is_not_stretched_either() {
    let hurt = BTreeSet::from([BodyArea::Hamstrings]);
    let pick = pick_routine(RoutinePhase::PostRaceStretch, ToolsOwned::default(), &hurt).unwrap();
    assert_eq!(pick.routine.id.as_str(), POST_RACE_STRETCH);
    assert!(!areas_of(&pick.routine).contains(&BodyArea::Hamstrings));
}

#[test]
fn a_hard_block_with_an_achilles_injury_still_has_its_other_work() {
    let hurt = BTreeSet::from([BodyArea::Achilles]);
    let pick = pick_routine(RoutinePhase::HardBlock, ToolsOwned::default(), &hurt).unwrap();
    assert_eq!(pick.routine.id.as_str(), HARD_BLOCK_TARGETED);
    assert_eq!(
        areas_of(&pick.routine),
        [
            BodyArea::Hamstrings,
            BodyArea::Glutes,
            BodyArea::HipFlexors,
            BodyArea::Quads
        ]
    );
}

fn phase() -> impl Strategy<Value = RoutinePhase> {
    prop_oneof![
        Just(RoutinePhase::PreRace),
        Just(RoutinePhase::PostRace),
        Just(RoutinePhase::PostRaceStretch),
        Just(RoutinePhase::HardBlock),
        Just(RoutinePhase::General),
    ]
}

fn toolset() -> impl Strategy<Value = ToolsOwned> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(foam_roller, stick, ball)| {
        ToolsOwned {
            foam_roller,
            stick,
            ball,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the situation, a pick never works or presses on an injured area (judged by the
    /// hand-written table above), needs only owned tools, stays valid, and keeps every other step.
    #[test]
    fn a_pick_never_touches_an_injury_or_needs_a_missing_tool(
        phase in phase(),
        tools in toolset(),
        injured in prop::sample::subsequence(BodyArea::ALL.to_vec(), 0..=5),
    ) {
        let injured: BTreeSet<_> = injured.into_iter().collect();
        let forbidden: BTreeSet<BodyArea> = injured.iter().flat_map(|area| left_out_for(*area)).collect();
        if let Some(pick) = pick_routine(phase, tools, &injured) {
            prop_assert_eq!(pick.routine.validate(), Ok(()));
            let original = builtin(pick.routine.id.as_str(), tools).expect("picks are built-ins");
            for step in &pick.routine.steps {
                prop_assert!(!forbidden.contains(&step.muscle), "{:?} with {:?}", step.muscle, injured);
                prop_assert!(step.tool.is_none_or(|tool| tools.has(tool)));
            }
            let kept = original.steps.iter().filter(|s| !forbidden.contains(&s.muscle)).count();
            prop_assert_eq!(pick.routine.steps.len(), kept);
        }
    }
}
