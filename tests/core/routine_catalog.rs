//! The built-in routines against docs/RULES.md and the article's tool advice, and the
//! choice of routine for a situation.

use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::profile::ToolsOwned;
use fresh_legs::core::routine::catalog::{
    builtin, builtin_routines, CALVES_HAMSTRINGS_STICK, FULL_BODY, HARD_BLOCK_TARGETED,
    HIPS_GLUTES_BALL, POST_RACE_FLUSH, POST_RACE_STRETCH, PRE_RACE_FLUSH,
};
use fresh_legs::core::routine::pick::{pick_routine, RoutinePhase};
use fresh_legs::core::routine::{Pacing, Routine, SegmentKind, Side, MAX_INSTRUCTION_CHARS};
use std::collections::BTreeSet;

const ALL_IDS: [&str; 7] = [
    PRE_RACE_FLUSH,
    POST_RACE_FLUSH,
    POST_RACE_STRETCH,
    CALVES_HAMSTRINGS_STICK,
    HIPS_GLUTES_BALL,
    FULL_BODY,
    HARD_BLOCK_TARGETED,
];

/// Every combination of tools a runner can own.
fn every_toolset() -> Vec<ToolsOwned> {
    (0..8)
        .map(|bits| ToolsOwned {
            foam_roller: bits & 1 != 0,
            stick: bits & 2 != 0,
            ball: bits & 4 != 0,
        })
        .collect()
}

fn owns(roller: bool, stick: bool, ball: bool) -> ToolsOwned {
    ToolsOwned {
        foam_roller: roller,
        stick,
        ball,
    }
}

fn get(id: &str, tools: ToolsOwned) -> Routine {
    builtin(id, tools).unwrap_or_else(|| panic!("no built-in {id}"))
}

fn tool_of(routine: &Routine, area: BodyArea) -> Option<Option<MassageTool>> {
    routine
        .steps
        .iter()
        .find(|step| step.muscle == area)
        .map(|step| step.tool)
}

#[test]
fn every_built_in_is_valid_read_only_and_has_a_stable_unique_id() {
    for tools in every_toolset() {
        let all = builtin_routines(tools);
        let ids: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ALL_IDS);
        for routine in &all {
            assert_eq!(
                routine.validate(),
                Ok(()),
                "{} with {tools:?}",
                routine.name
            );
            assert!(routine.built_in);
            for step in &routine.steps {
                let chars = step.instruction.chars().count();
                assert!(
                    chars > 40 && chars <= MAX_INSTRUCTION_CHARS,
                    "{}",
                    step.instruction
                );
            }
        }
    }
    assert_eq!(builtin("builtin-nope", ToolsOwned::default()), None);
}

/// The article: the stick for calves and hamstrings, a ball for specific trigger points, the
/// roller for the rest; light work (race week, after a race) leaves the ball out. The expected
/// tools are written out here by hand, not taken from the app's own table.
#[test]
fn each_area_gets_the_tool_the_article_prefers_among_those_owned() {
    use BodyArea::*;
    use MassageTool::{Ball, FoamRoller as Roller, Stick};
    let all = owns(true, true, true);
    let roller = owns(true, false, false);
    let stick = owns(false, true, false);
    let roller_ball = owns(true, false, true);
    let table: &[(&str, ToolsOwned, BodyArea, Option<MassageTool>)] = &[
        (FULL_BODY, all, Calves, Some(Stick)),
        (FULL_BODY, all, Hamstrings, Some(Stick)),
        (FULL_BODY, all, Quads, Some(Roller)),
        (FULL_BODY, all, ItBand, Some(Roller)),
        (FULL_BODY, all, Adductors, Some(Roller)),
        (FULL_BODY, all, Glutes, Some(Ball)),
        (FULL_BODY, all, UpperBack, Some(Roller)),
        (FULL_BODY, roller, Calves, Some(Roller)),
        (FULL_BODY, roller, Glutes, Some(Roller)),
        (FULL_BODY, roller_ball, Glutes, Some(Ball)),
        (FULL_BODY, roller_ball, Calves, Some(Roller)),
        (FULL_BODY, stick, Calves, Some(Stick)),
        (FULL_BODY, stick, Quads, Some(Stick)),
        (HARD_BLOCK_TARGETED, all, HipFlexors, Some(Ball)),
        (HARD_BLOCK_TARGETED, all, Calves, Some(Stick)),
        (PRE_RACE_FLUSH, all, Calves, Some(Stick)),
        (PRE_RACE_FLUSH, all, Glutes, Some(Roller)),
        (PRE_RACE_FLUSH, roller_ball, Glutes, Some(Roller)),
        (POST_RACE_FLUSH, all, Hamstrings, Some(Stick)),
        (POST_RACE_FLUSH, all, Adductors, Some(Roller)),
    ];
    for &(id, tools, area, expected) in table {
        assert_eq!(
            tool_of(&get(id, tools), area),
            Some(expected),
            "{id}, {area:?} with {tools:?}"
        );
    }
    // A stick alone cannot roll the glutes: the steps it cannot do are left out, the rest kept.
    let stick_flush = get(PRE_RACE_FLUSH, stick);
    assert_eq!(tool_of(&stick_flush, Glutes), None);
    assert!(stick_flush.steps.iter().all(|s| s.tool == Some(Stick)));
    // Named for a tool, a routine keeps it; stretches need none.
    assert!(get(CALVES_HAMSTRINGS_STICK, roller)
        .steps
        .iter()
        .all(|s| s.tool == Some(Stick)));
    assert!(get(HIPS_GLUTES_BALL, roller)
        .steps
        .iter()
        .all(|s| s.tool == Some(Ball)));
    assert!(get(POST_RACE_STRETCH, all)
        .steps
        .iter()
        .all(|s| s.tool.is_none()));
}

#[test]
fn a_runner_with_no_suitable_tool_still_sees_the_whole_routine_but_is_not_offered_it() {
    let nothing = owns(false, false, false);
    let flush = get(PRE_RACE_FLUSH, nothing);
    assert_eq!(
        flush.steps.len(),
        4,
        "the catalogue shows what the routine needs"
    );
    assert_eq!(
        pick_routine(RoutinePhase::PreRace, nothing, &BTreeSet::new()),
        None
    );
    let ball_only = owns(false, false, true);
    assert_eq!(
        pick_routine(RoutinePhase::PreRace, ball_only, &BTreeSet::new()),
        None
    );
    assert_eq!(
        pick_routine(RoutinePhase::PostRace, ball_only, &BTreeSet::new()),
        None
    );
}

#[test]
fn the_pick_fits_the_phase_and_the_tools_owned() {
    use RoutinePhase::*;
    let table: &[(RoutinePhase, ToolsOwned, Option<&str>)] = &[
        (PreRace, owns(true, false, false), Some(PRE_RACE_FLUSH)),
        (PreRace, owns(false, true, false), Some(PRE_RACE_FLUSH)),
        (PostRace, owns(false, true, false), Some(POST_RACE_FLUSH)),
        (
            PostRaceStretch,
            owns(false, false, false),
            Some(POST_RACE_STRETCH),
        ),
        (HardBlock, owns(true, true, true), Some(HARD_BLOCK_TARGETED)),
        // A ball alone still does a hard block's calves, hamstrings, glutes and hips.
        (
            HardBlock,
            owns(false, false, true),
            Some(HARD_BLOCK_TARGETED),
        ),
        (General, owns(true, false, false), Some(FULL_BODY)),
        (General, owns(false, true, false), Some(FULL_BODY)),
        (General, owns(false, false, true), Some(FULL_BODY)),
        (General, owns(false, false, false), None),
    ];
    for &(phase, tools, expected) in table {
        let picked = pick_routine(phase, tools, &BTreeSet::new());
        assert_eq!(
            picked.as_ref().map(|pick| pick.routine.id.as_str()),
            expected,
            "{phase:?} with {tools:?}"
        );
        if let Some(pick) = picked {
            assert!(pick
                .routine
                .steps
                .iter()
                .all(|s| s.tool.is_none_or(|t| tools.has(t))));
        }
    }
}

#[test]
fn time_per_muscle_and_pressure_follow_the_evidence() {
    for routine in builtin_routines(owns(true, true, true)) {
        let id = routine.id.as_str();
        let (seconds, pressure_max) = match id {
            PRE_RACE_FLUSH => (30..=60, 4),
            POST_RACE_STRETCH => (20..=45, 4),
            POST_RACE_FLUSH => (45..=120, 5),
            _ => (60..=120, 6),
        };
        for step in &routine.steps {
            assert!(
                seconds.contains(&step.seconds),
                "{id}: {:?} {} s",
                step.muscle,
                step.seconds
            );
            assert!(
                step.pressure.min >= 3 && step.pressure.max <= pressure_max,
                "{id}"
            );
        }
    }
    let pacing = Pacing::default();
    let minutes = |id| get(id, owns(true, false, false)).total_seconds(pacing) / 60;
    // Race week is short and light; a hard block is longer (domain rule 8).
    assert!(minutes(HARD_BLOCK_TARGETED) > minutes(FULL_BODY));
    assert!(minutes(FULL_BODY) > minutes(PRE_RACE_FLUSH));
    assert!((5..=8).contains(&minutes(PRE_RACE_FLUSH)));
}

#[test]
fn a_step_done_one_leg_after_the_other_is_cued_as_two_sides() {
    let legs = [BodyArea::UpperBack, BodyArea::LowerBack];
    for tools in every_toolset() {
        for routine in builtin_routines(tools) {
            for (index, step) in routine.steps.iter().enumerate() {
                let text = step.instruction.to_lowercase();
                assert!(
                    !text.contains("swap") && !text.contains("halfway"),
                    "{text}"
                );
                if step.side == Side::Both {
                    // Only the midline, or a stretch that works both legs at once.
                    assert!(
                        legs.contains(&step.muscle) || step.tool.is_none(),
                        "{}: {:?} on both sides",
                        routine.name,
                        step.muscle
                    );
                    continue;
                }
                assert_eq!(step.side, Side::EachSide);
                // Left, the switch-sides cue, right: in that order in what the player plays.
                let kinds: Vec<SegmentKind> = routine
                    .segments(Pacing::default())
                    .into_iter()
                    .map(|segment| segment.kind)
                    .filter(|kind| match kind {
                        SegmentKind::Work { step: s, .. }
                        | SegmentKind::SwitchSides { step: s } => *s == index,
                        SegmentKind::GetReady => false,
                    })
                    .collect();
                assert_eq!(
                    kinds,
                    [
                        SegmentKind::Work {
                            step: index,
                            side: Side::Left
                        },
                        SegmentKind::SwitchSides { step: index },
                        SegmentKind::Work {
                            step: index,
                            side: Side::Right
                        },
                    ]
                );
            }
        }
    }
}

#[test]
fn safety_cues_stand_where_anatomy_asks_for_them() {
    let all = owns(true, true, true);
    let mut checked = 0;
    for routine in builtin_routines(all) {
        for step in &routine.steps {
            let text = step.instruction.to_lowercase();
            assert_ne!(
                step.muscle,
                BodyArea::LowerBack,
                "no rolling over the lower back"
            );
            assert_ne!(step.muscle, BodyArea::Achilles, "no rolling over a tendon");
            if step.tool.is_none() {
                continue;
            }
            let cue = match step.muscle {
                BodyArea::HipFlexors => "pulse, tingling or numbness",
                BodyArea::Calves | BodyArea::Hamstrings => "back of the knee",
                BodyArea::Shins => "never on the bone",
                BodyArea::UpperBack => "never roll the lower back",
                BodyArea::Quads => "above the kneecap",
                _ => continue,
            };
            assert!(text.contains(cue), "{}: {text}", routine.name);
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} steps checked");
}
