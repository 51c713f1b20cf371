//! The built-in routines against the evidence notes, and the choice of routine for a situation.

use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::profile::ToolsOwned;
use fresh_legs::core::routine::catalog::{
    builtin, builtin_routines, pick_routine, RoutinePhase, CALVES_HAMSTRINGS_STICK,
    FULL_BODY_ROLLER, HARD_BLOCK_TARGETED, HIPS_GLUTES_BALL, LIGHT_STICK_FLUSH, POST_RACE_FLUSH,
    PRE_RACE_FLUSH,
};
use fresh_legs::core::routine::{Pacing, Routine};
use proptest::prelude::*;
use std::collections::BTreeSet;

const TOOLS: [ToolsOwned; 8] = {
    let mut all = [ToolsOwned {
        foam_roller: false,
        stick: false,
        ball: false,
    }; 8];
    let mut bits = 0;
    while bits < 8 {
        all[bits] = ToolsOwned {
            foam_roller: bits & 1 != 0,
            stick: bits & 2 != 0,
            ball: bits & 4 != 0,
        };
        bits += 1;
    }
    all
};

fn only(tool: MassageTool) -> ToolsOwned {
    ToolsOwned {
        foam_roller: tool == MassageTool::FoamRoller,
        stick: tool == MassageTool::Stick,
        ball: tool == MassageTool::Ball,
    }
}

fn get(id: &str) -> Routine {
    builtin(id).unwrap_or_else(|| panic!("no built-in {id}"))
}

fn minutes(routine: &Routine) -> f64 {
    f64::from(routine.total_seconds(Pacing::default())) / 60.0
}

fn picked(phase: RoutinePhase, tools: ToolsOwned, injured: &[BodyArea]) -> Option<String> {
    let injured: BTreeSet<_> = injured.iter().copied().collect();
    pick_routine(phase, tools, &injured).map(|pick| pick.routine.id.to_string())
}

#[test]
fn there_are_at_least_six_valid_read_only_built_ins_with_stable_unique_ids() {
    let all = builtin_routines();
    assert!(all.len() >= 6);
    let ids: BTreeSet<_> = all.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(ids.len(), all.len());
    for routine in &all {
        assert_eq!(routine.validate(), Ok(()), "{}", routine.name);
        assert!(routine.built_in);
        assert!(routine.id.as_str().starts_with("builtin-"));
        assert!(routine.steps.iter().all(|s| !s.instruction.is_empty()));
    }
    for id in [
        PRE_RACE_FLUSH,
        LIGHT_STICK_FLUSH,
        POST_RACE_FLUSH,
        CALVES_HAMSTRINGS_STICK,
        HIPS_GLUTES_BALL,
        FULL_BODY_ROLLER,
        HARD_BLOCK_TARGETED,
    ] {
        assert_eq!(get(id).id.as_str(), id);
    }
    assert_eq!(builtin("builtin-nope"), None);
}

#[test]
fn routine_lengths_match_their_promises() {
    let table = [
        (PRE_RACE_FLUSH, 5.5, 6.5),
        (POST_RACE_FLUSH, 9.5, 10.5),
        (FULL_BODY_ROLLER, 14.5, 15.5),
        (LIGHT_STICK_FLUSH, 3.0, 6.5),
        (CALVES_HAMSTRINGS_STICK, 5.0, 12.0),
        (HIPS_GLUTES_BALL, 5.0, 12.0),
        (HARD_BLOCK_TARGETED, 10.0, 20.0),
    ];
    for (id, low, high) in table {
        let length = minutes(&get(id));
        assert!((low..=high).contains(&length), "{id} lasts {length:.2} min");
    }
    // Race week is short and light; a hard block is longer (domain rule 8).
    assert!(minutes(&get(HARD_BLOCK_TARGETED)) > minutes(&get(PRE_RACE_FLUSH)));
}

#[test]
fn time_per_muscle_follows_the_evidence_ranges() {
    for routine in builtin_routines() {
        let before_a_run = [PRE_RACE_FLUSH, LIGHT_STICK_FLUSH].contains(&routine.id.as_str());
        let range = if before_a_run { 30..=60 } else { 60..=120 };
        for step in &routine.steps {
            assert!(
                range.contains(&step.seconds),
                "{}: {} for {} s",
                routine.name,
                step.muscle.label(),
                step.seconds
            );
        }
    }
}

#[test]
fn pressure_stays_moderate_and_lightest_before_a_race() {
    for routine in builtin_routines() {
        for step in &routine.steps {
            assert!(
                step.pressure.min >= 3 && step.pressure.max <= 6,
                "{}",
                routine.name
            );
        }
    }
    let pre = get(PRE_RACE_FLUSH);
    let post = get(POST_RACE_FLUSH);
    let general = get(FULL_BODY_ROLLER);
    // Post-event work is a little deeper than pre-event and lighter than general (domain rule 3).
    assert!(pre.steps.iter().all(|s| s.pressure.max <= 4));
    assert!(post.steps[0].pressure.max > pre.steps[0].pressure.max);
    assert!(post.steps[0].pressure.max < general.steps[0].pressure.max);
}

#[test]
fn tool_routines_use_their_tool_and_cover_their_muscles() {
    let stick = get(CALVES_HAMSTRINGS_STICK);
    assert!(stick.steps.iter().all(|s| s.tool == MassageTool::Stick));
    let worked: BTreeSet<_> = stick.steps.iter().map(|s| s.muscle).collect();
    assert!(worked.contains(&BodyArea::Calves) && worked.contains(&BodyArea::Hamstrings));

    let ball = get(HIPS_GLUTES_BALL);
    assert!(ball.steps.iter().all(|s| s.tool == MassageTool::Ball));
    assert!(ball.steps.iter().any(|s| s.muscle == BodyArea::Glutes));
    assert!(ball.steps.iter().any(|s| s.muscle == BodyArea::HipFlexors));

    assert!(get(FULL_BODY_ROLLER)
        .steps
        .iter()
        .all(|s| s.tool == MassageTool::FoamRoller));
    assert!(get(PRE_RACE_FLUSH)
        .steps
        .iter()
        .all(|s| s.tool == MassageTool::FoamRoller));
}

#[test]
fn the_pick_fits_the_phase_and_the_tools_owned() {
    use MassageTool::*;
    use RoutinePhase::*;
    let all = TOOLS[7];
    let table: [(RoutinePhase, ToolsOwned, Option<&str>); 14] = [
        (PreRace, only(FoamRoller), Some(PRE_RACE_FLUSH)),
        (PreRace, all, Some(PRE_RACE_FLUSH)),
        (PreRace, only(Stick), Some(LIGHT_STICK_FLUSH)),
        (PreRace, only(Ball), None),
        (PostRace, only(FoamRoller), Some(POST_RACE_FLUSH)),
        (PostRace, only(Stick), Some(LIGHT_STICK_FLUSH)),
        (PostRace, only(Ball), None),
        (HardBlock, all, Some(HARD_BLOCK_TARGETED)),
        (HardBlock, only(Stick), Some(CALVES_HAMSTRINGS_STICK)),
        (HardBlock, only(Ball), Some(HIPS_GLUTES_BALL)),
        (General, only(FoamRoller), Some(FULL_BODY_ROLLER)),
        (General, only(Stick), Some(CALVES_HAMSTRINGS_STICK)),
        (General, only(Ball), Some(HIPS_GLUTES_BALL)),
        (General, TOOLS[0], None),
    ];
    for (phase, tools, expected) in table {
        assert_eq!(
            picked(phase, tools, &[]).as_deref(),
            expected,
            "{phase:?} with {tools:?}"
        );
    }
}

#[test]
fn an_injured_area_is_left_out_and_named() {
    let injured = BTreeSet::from([BodyArea::Calves]);
    let pick = pick_routine(
        RoutinePhase::HardBlock,
        only(MassageTool::FoamRoller),
        &injured,
    )
    .expect("the rest of the session still fits");
    assert_eq!(pick.routine.id.as_str(), HARD_BLOCK_TARGETED);
    assert_eq!(pick.skipped, vec![BodyArea::Calves]);
    assert!(pick
        .routine
        .steps
        .iter()
        .all(|s| s.muscle != BodyArea::Calves));
    assert_eq!(
        pick.routine.steps.len(),
        get(HARD_BLOCK_TARGETED).steps.len() - 1
    );
}

#[test]
fn a_routine_with_nothing_left_gives_way_to_the_next_choice() {
    // Stick owner in a hard block with sore calves, shins and hamstrings: the stick session is
    // empty, and with a ball the hips session takes over.
    let injured = [BodyArea::Calves, BodyArea::Shins, BodyArea::Hamstrings];
    let stick_and_ball = ToolsOwned {
        foam_roller: false,
        stick: true,
        ball: true,
    };
    assert_eq!(
        picked(RoutinePhase::HardBlock, stick_and_ball, &injured).as_deref(),
        Some(HIPS_GLUTES_BALL)
    );
    assert_eq!(
        picked(RoutinePhase::HardBlock, only(MassageTool::Stick), &injured),
        None
    );
}

fn phase() -> impl Strategy<Value = RoutinePhase> {
    prop_oneof![
        Just(RoutinePhase::PreRace),
        Just(RoutinePhase::PostRace),
        Just(RoutinePhase::HardBlock),
        Just(RoutinePhase::General),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the situation, a pick never works an injured area, needs only owned tools, and is
    /// still a valid routine; what it skipped was injured and really was in the original.
    #[test]
    fn a_pick_never_touches_an_injury_or_needs_a_missing_tool(
        phase in phase(),
        tools in prop::sample::select(TOOLS.to_vec()),
        injured in prop::sample::subsequence(BodyArea::ALL.to_vec(), 0..=6),
    ) {
        let injured: BTreeSet<_> = injured.into_iter().collect();
        if let Some(pick) = pick_routine(phase, tools, &injured) {
            prop_assert_eq!(pick.routine.validate(), Ok(()));
            let original = builtin(pick.routine.id.as_str()).expect("picks are built-ins");
            for step in &pick.routine.steps {
                prop_assert!(!injured.contains(&step.muscle));
                prop_assert!(tools.has(step.tool));
            }
            for area in &pick.skipped {
                prop_assert!(injured.contains(area));
                prop_assert!(original.steps.iter().any(|s| s.muscle == *area));
            }
            let kept = original.steps.iter().filter(|s| !injured.contains(&s.muscle)).count();
            prop_assert_eq!(pick.routine.steps.len(), kept);
        }
    }
}
