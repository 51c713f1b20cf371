//! The built-in self-massage routines, and the choice of the one that fits the day.
//!
//! Doses follow the evidence notes: 30–60 s per muscle before running (short and light), 60–120 s
//! per muscle after runs and in hard blocks, pressure around 4–6 of 10 and never deeper (domain
//! rule 8: deeper is not better, muscles guard).

use crate::core::body::ToolsOwned;
use crate::core::body::{BodyArea, MassageTool};
use crate::core::record::RecordId;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::routine::{Pressure, Routine, Side, Step};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;

/// Id of the six-minute light flush for race week.
pub const PRE_RACE_FLUSH: &str = "builtin-pre-race-flush";
/// Id of the light stick flush, for race week and after races when there is no roller.
pub const LIGHT_STICK_FLUSH: &str = "builtin-light-stick-flush";
/// Id of the ten-minute flush for the days after a race.
pub const POST_RACE_FLUSH: &str = "builtin-post-race-flush";
/// Id of the calves and hamstrings session with the massage stick.
pub const CALVES_HAMSTRINGS_STICK: &str = "builtin-calves-hamstrings-stick";
/// Id of the hips and glutes session with the massage ball.
pub const HIPS_GLUTES_BALL: &str = "builtin-hips-glutes-ball";
/// Id of the fifteen-minute full-body foam roller session.
pub const FULL_BODY_ROLLER: &str = "builtin-full-body-roller";
/// Id of the longer, targeted session for hard training blocks.
pub const HARD_BLOCK_TARGETED: &str = "builtin-hard-block-targeted";

/// The part of the season a routine is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoutinePhase {
    /// Race week, up to the race itself: short and light.
    PreRace,
    /// The days after a race: gentle flushing.
    PostRace,
    /// A hard training block or speed-work week: longer, targeted at calves, hamstrings and hips.
    HardBlock,
    /// Ordinary training.
    General,
}

impl From<SelfMassageContext> for RoutinePhase {
    /// The routine phase for the situation Today plans self-massage for.
    fn from(context: SelfMassageContext) -> Self {
        match context {
            SelfMassageContext::RaceWeek => RoutinePhase::PreRace,
            SelfMassageContext::AfterRace => RoutinePhase::PostRace,
            SelfMassageContext::HardBlock => RoutinePhase::HardBlock,
            SelfMassageContext::Everyday => RoutinePhase::General,
        }
    }
}

/// The routine picked for a situation, with the steps left out because of an injury.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutinePick {
    /// The routine, minus any step on an injured area.
    pub routine: Routine,
    /// Areas whose steps were removed, so the shell can say why.
    pub skipped: Vec<BodyArea>,
}

/// Every built-in routine, in the order the catalogue shows them.
pub fn builtin_routines() -> Vec<Routine> {
    vec![
        pre_race_flush(),
        light_stick_flush(),
        post_race_flush(),
        calves_hamstrings_stick(),
        hips_glutes_ball(),
        full_body_roller(),
        hard_block_targeted(),
    ]
}

/// The built-in routine with this id, if there is one.
pub fn builtin(id: &str) -> Option<Routine> {
    builtin_routines()
        .into_iter()
        .find(|routine| routine.id.as_str() == id)
}

/// Picks the built-in routine for `phase` that uses only the tools the runner owns, leaving out
/// every step on an `injured` area: injured tissue is for a professional (domain rule 7), so the
/// app does not prescribe even light work there. `None` when nothing fits (e.g. only a ball in race
/// week: ball work is trigger-point work, too specific for the days before a race).
pub fn pick_routine(
    phase: RoutinePhase,
    tools: ToolsOwned,
    injured: &BTreeSet<BodyArea>,
) -> Option<RoutinePick> {
    let preference: &[&str] = match phase {
        RoutinePhase::PreRace => &[PRE_RACE_FLUSH, LIGHT_STICK_FLUSH],
        RoutinePhase::PostRace => &[POST_RACE_FLUSH, LIGHT_STICK_FLUSH],
        RoutinePhase::HardBlock => &[
            HARD_BLOCK_TARGETED,
            CALVES_HAMSTRINGS_STICK,
            HIPS_GLUTES_BALL,
        ],
        RoutinePhase::General => &[FULL_BODY_ROLLER, CALVES_HAMSTRINGS_STICK, HIPS_GLUTES_BALL],
    };
    preference
        .iter()
        .filter_map(|id| builtin(id))
        .map(|routine| without_injured(routine, injured))
        .find(|pick| {
            let steps = &pick.routine.steps;
            !steps.is_empty() && steps.iter().all(|s| tools.has(s.tool))
        })
}

/// `routine` without its steps on `injured` areas (domain rule 7). The player applies this to
/// every routine it plays, built in or the runner's own, so no path leads to work on an injury.
pub fn without_injured(mut routine: Routine, injured: &BTreeSet<BodyArea>) -> RoutinePick {
    let mut skipped = Vec::new();
    routine.steps.retain(|step| {
        let keep = !injured.contains(&step.muscle);
        if !keep && !skipped.contains(&step.muscle) {
            skipped.push(step.muscle);
        }
        keep
    });
    RoutinePick { routine, skipped }
}

fn routine(id: &str, name: &str, steps: Vec<Step>) -> Routine {
    Routine {
        id: RecordId(id.to_owned()),
        name: name.to_owned(),
        steps,
        built_in: true,
        // Fixed, so a built-in never looks newer than the runner's copy when documents are merged.
        updated_at: DateTime::<Utc>::UNIX_EPOCH,
    }
}

fn step(
    muscle: BodyArea,
    tool: MassageTool,
    side: Side,
    seconds: u32,
    pressure: Pressure,
    instruction: &str,
) -> Step {
    Step {
        muscle,
        tool,
        side,
        seconds,
        pressure,
        instruction: instruction.to_owned(),
    }
}

fn pre_race_flush() -> Routine {
    use BodyArea::*;
    use MassageTool::FoamRoller as Roller;
    let light = Pressure::LIGHT;
    routine(
        PRE_RACE_FLUSH,
        "Pre-race light flush",
        vec![
            step(Calves, Roller, Side::EachSide, 45, light, "Long, easy passes from ankle to knee. Keep it brisk and light: you want springy legs, not sore ones."),
            step(Hamstrings, Roller, Side::EachSide, 45, light, "Roll from just above the knee to the sit bone. Let the leg hang loose and keep moving."),
            step(Quads, Roller, Side::EachSide, 45, light, "Face down, roll hip to knee in smooth sweeps. Stop a hand's width above the kneecap."),
            step(Glutes, Roller, Side::EachSide, 30, light, "Sit on the roller, cross the ankle over the other knee and rock gently side to side."),
        ],
    )
}

fn light_stick_flush() -> Routine {
    use BodyArea::*;
    use MassageTool::Stick;
    let light = Pressure::LIGHT;
    routine(
        LIGHT_STICK_FLUSH,
        "Light stick flush",
        vec![
            step(Calves, Stick, Side::EachSide, 45, light, "Seated, glide the stick up the calf towards the knee with barely any weight behind it."),
            step(Hamstrings, Stick, Side::EachSide, 40, light, "Foot on a low step, sweep the stick from knee to buttock. Light and quick."),
            step(Quads, Stick, Side::Both, 40, light, "Sitting tall, stroke the front of both thighs towards the hips, one leg after the other."),
        ],
    )
}

fn post_race_flush() -> Routine {
    use BodyArea::*;
    use MassageTool::FoamRoller as Roller;
    let gentle = Pressure::GENTLE;
    routine(
        POST_RACE_FLUSH,
        "Post-race flush",
        vec![
            step(Calves, Roller, Side::EachSide, 75, gentle, "Slow passes from ankle to knee, towards the heart. Slower than before the race, no deeper."),
            step(Hamstrings, Roller, Side::EachSide, 60, gentle, "Roll slowly up the back of the thigh. If a spot bites, ease off rather than dig in."),
            step(Quads, Roller, Side::EachSide, 60, gentle, "Face down, long slow strokes from knee to hip. Breathe out as you roll up."),
            step(Glutes, Roller, Side::EachSide, 60, gentle, "Sit into one side and roll a small circle. Keep it relaxed; recovery comes first today."),
            step(Adductors, Roller, Side::Both, 60, gentle, "Face down, one knee out to the side, roll the inner thigh; swap legs halfway."),
        ],
    )
}

fn calves_hamstrings_stick() -> Routine {
    use BodyArea::*;
    use MassageTool::Stick;
    let moderate = Pressure::MODERATE;
    routine(
        CALVES_HAMSTRINGS_STICK,
        "Calves and hamstrings with the stick",
        vec![
            step(Calves, Stick, Side::EachSide, 90, moderate, "Seated, work up from the ankle in short strokes, then long ones. Pause on tight spots for a breath."),
            step(Shins, Stick, Side::Both, 60, moderate, "Roll the muscle beside the shin bone, never the bone itself."),
            step(Hamstrings, Stick, Side::EachSide, 90, moderate, "Foot up on a chair, roll from knee to buttock: outer line, middle line, inner line."),
        ],
    )
}

fn hips_glutes_ball() -> Routine {
    use BodyArea::*;
    use MassageTool::Ball;
    let moderate = Pressure::MODERATE;
    routine(
        HIPS_GLUTES_BALL,
        "Hips and glutes with the ball",
        vec![
            step(Glutes, Ball, Side::EachSide, 90, moderate, "Sit on the ball in the middle of the buttock. Find a tender spot, hold, and breathe until it softens."),
            step(Glutes, Ball, Side::EachSide, 60, moderate, "Lie on your side with the ball just behind the hip bone; roll small circles on the side of the hip."),
            step(HipFlexors, Ball, Side::EachSide, 60, moderate, "Face down, ball just inside the front of the hip bone. Stay gentle here: ease in, keep breathing."),
        ],
    )
}

fn full_body_roller() -> Routine {
    use BodyArea::*;
    use MassageTool::FoamRoller as Roller;
    let moderate = Pressure::MODERATE;
    routine(
        FULL_BODY_ROLLER,
        "Full-body foam roller",
        vec![
            step(Calves, Roller, Side::EachSide, 70, moderate, "Stack the other leg on top for more weight if it feels easy. Turn the foot in and out to reach both sides."),
            step(Hamstrings, Roller, Side::EachSide, 70, moderate, "Roll slowly from knee to sit bone; slow rolling relaxes the muscle better than fast."),
            step(Quads, Roller, Side::EachSide, 70, moderate, "Face down on the forearms, roll from just above the knee to the hip."),
            step(ItBand, Roller, Side::EachSide, 60, moderate, "Roll the outside of the thigh with the top foot on the floor to take weight off. Skip it if it is sharp."),
            step(Adductors, Roller, Side::EachSide, 60, moderate, "Face down, knee bent out to the side, roll the inner thigh from knee towards the groin."),
            step(Glutes, Roller, Side::EachSide, 60, moderate, "Sit on the roller with one ankle on the other knee and lean into that side."),
            step(UpperBack, Roller, Side::Both, 90, moderate, "Roller across the shoulder blades, hands behind the head; roll the upper back only, not the lower back."),
        ],
    )
}

fn hard_block_targeted() -> Routine {
    use BodyArea::*;
    use MassageTool::FoamRoller as Roller;
    let moderate = Pressure::MODERATE;
    routine(
        HARD_BLOCK_TARGETED,
        "Hard-block targeted session",
        vec![
            step(Calves, Roller, Side::EachSide, 120, moderate, "Speed work loads the calves most. Roll in thirds, lower, middle, upper, pausing on any knot."),
            step(Hamstrings, Roller, Side::EachSide, 90, moderate, "Slow passes with the leg straight, then with the knee bent to change the angle."),
            step(Glutes, Roller, Side::EachSide, 90, moderate, "Figure-four position on the roller; lean towards the outside of the hip."),
            step(Quads, Roller, Side::EachSide, 60, moderate, "Face down, long slow passes from knee to hip, toes on the floor."),
        ],
    )
}
