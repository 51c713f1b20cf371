//! The words a runner reads about self-massage and stretching: each step's instruction, what an
//! injury changed, and what each situation's session asks for and why.

use crate::core::body::{area_list, BodyArea, MassageTool};
use crate::core::routine::fit::{Change, RoutinePick};
use crate::core::routine::situation::SelfMassageContext;
use crate::core::routine::style::Style;
use crate::core::routine::Pressure;

/// A built-in step's instruction: where to put the tool (or how to stretch), how to move, and
/// the safety cue the area asks for.
pub fn instruction(area: BodyArea, tool: Option<MassageTool>, style: Style) -> String {
    let pace = match style {
        Style::Flush => "Brisk, easy passes: leave the legs feeling light.",
        Style::Recovery => "Slow and gentle; ease off if a spot bites.",
        Style::Targeted => "Slow passes, pausing on a tight spot for a breath or two.",
        Style::Stretch => "Hold still at an easy pull and breathe; no bouncing.",
    };
    format!(
        "{} {pace} {}",
        placement(area, tool),
        safety_cue(area, tool)
    )
}

/// Where the tool goes on `area`, or the stretch for it when there is no tool.
fn placement(area: BodyArea, tool: Option<MassageTool>) -> &'static str {
    use BodyArea::*;
    use MassageTool::{Ball, FoamRoller, Stick};
    match (area, tool) {
        (Calves, Some(FoamRoller)) => "Calf on the roller, hands behind you, hips up; roll from above the ankle to below the knee.",
        (Calves, Some(Stick)) => "Seated, foot flat, roll the stick up the calf from above the ankle to below the knee.",
        (Calves, Some(Ball)) => "Seated, ball under the calf, other leg crossed on top for weight; move in short strokes.",
        (Calves, None) => "Hands on a wall, this leg straight behind you, heel down; lean in until the calf pulls.",
        (Shins, Some(Stick)) => "Seated, roll the muscle just outside the shin bone, from the ankle to below the knee.",
        (Shins, _) => "Kneel with the front of the lower leg on the roller, turned in a little so the muscle beside the bone takes the weight.",
        (Quads, Some(Stick)) => "Sitting tall, roll down the front of the thigh from the hip to above the knee.",
        (Quads, None) => "Standing, a hand on a wall, hold this foot behind you and bring the heel towards the buttock, knees together.",
        (Quads, _) => "Face down on your forearms, roller under the thigh; roll from above the knee to the hip.",
        (Hamstrings, Some(FoamRoller)) => "Back of the thigh on the roller, hands behind you; roll from above the knee to the sit bone.",
        (Hamstrings, Some(Stick)) => "Foot up on a low step, roll the back of the thigh from above the knee to below the buttock.",
        (Hamstrings, Some(Ball)) => "Sitting on a firm chair, ball under the thigh; slowly straighten and bend the knee.",
        (Hamstrings, None) => "On your back, a towel round this foot, raise the straight leg until the back of the thigh pulls.",
        (ItBand, Some(Stick)) => "Seated, roll the outside of the thigh from the hip to above the knee.",
        (ItBand, _) => "On your side on the roller, top foot on the floor in front to take weight off; roll the outside of the thigh.",
        (Adductors, Some(Stick)) => "Seated, knee dropped out, roll the inner thigh from above the knee upwards.",
        (Adductors, None) => "Sit tall, soles of the feet together, knees dropped out; lean forward a little from the hips.",
        (Adductors, _) => "Face down, this knee bent out to the side on the roller; roll the inner thigh from the knee upwards.",
        (HipFlexors, Some(Ball)) => "Face down, ball just inside the bony point at the front of the hip; let your weight sink in slowly.",
        (HipFlexors, None) => "Half-kneeling on this knee, tuck the tailbone under and shift forward until the front of the hip pulls.",
        (HipFlexors, _) => "Face down, roller just below the front of the hip bone; small, slow movements.",
        (Glutes, Some(Ball)) => "Sit on the ball in the middle of this buttock; find a tender spot and hold it while you breathe.",
        (Glutes, None) => "On your back, this ankle over the other knee; draw both legs towards your chest.",
        (Glutes, _) => "Sit on the roller, this ankle over the other knee, and lean towards this side.",
        (UpperBack, Some(Ball)) => "Ball between the wall and the muscle beside the shoulder blade; lean in and move slowly.",
        (UpperBack, _) => "Roller across the shoulder blades, hands behind the head; roll from mid-back to the shoulders.",
        (Feet, _) => "Seated or standing, roll the ball under the sole from the heel to the ball of the foot.",
        (Achilles | LowerBack, _) => "Work around the area with your hands only.",
    }
}

/// What to keep clear of on `area`: the back of the knee, bone, the lower back, and anything
/// that feels like a nerve or an artery near the front of the hip.
fn safety_cue(area: BodyArea, tool: Option<MassageTool>) -> &'static str {
    use BodyArea::*;
    match (area, tool) {
        (Calves, Some(_)) => "Keep off the back of the knee and the Achilles tendon.",
        (Calves, None) => "Keep the back knee straight but not locked.",
        (Shins, _) => "Stay on the muscle, never on the bone.",
        (Quads, Some(_)) => "Stop a hand's width above the kneecap.",
        (Quads, None) => "Keep the back straight; hold a wall for balance.",
        (Hamstrings, Some(_)) => "Keep off the back of the knee.",
        (Hamstrings, None) => "Keep the other leg relaxed and the lower back on the floor.",
        (ItBand, _) => "Stay off the hip bone and the knee; skip it if it is sharp.",
        (Adductors, Some(_)) => "Stop short of the groin.",
        (Adductors, None) => "Let the knees drop only as far as is easy.",
        (HipFlexors, Some(_)) => "Move off at once if you feel a pulse, tingling or numbness.",
        (HipFlexors, None) => "Keep the front knee over the ankle.",
        (Glutes, Some(_)) => "Stay on the muscle, off the tailbone and the lower back.",
        (Glutes, None) => "Keep the head and shoulders on the floor.",
        (UpperBack, _) => "Never roll the lower back or the neck.",
        (Feet, _) => "Press lightly over the arch.",
        (Achilles | LowerBack, _) => "Never roll over it.",
    }
}

/// What an injury changed in a routine, one sentence per injured area, e.g. "Because of your
/// injured Achilles: no calves steps; feet kept light (3–4 of 10)."; `None` when nothing changed.
pub fn injury_note(pick: &RoutinePick) -> Option<String> {
    let mut injured: Vec<BodyArea> = Vec::new();
    for change in pick.left_out.iter().chain(&pick.softened) {
        if !injured.contains(&change.injured) {
            injured.push(change.injured);
        }
    }
    let areas = |changes: &[Change], hurt: BodyArea| -> Vec<BodyArea> {
        changes
            .iter()
            .filter(|change| change.injured == hurt)
            .map(|change| change.area)
            .collect()
    };
    let sentences: Vec<String> = injured
        .into_iter()
        .map(|hurt| {
            let left_out = areas(&pick.left_out, hurt);
            let softened = areas(&pick.softened, hurt);
            let mut parts = Vec::new();
            if !left_out.is_empty() {
                parts.push(format!("no {} steps", area_list(&left_out)));
            }
            if !softened.is_empty() {
                let light = Pressure::LIGHT;
                parts.push(format!(
                    "{} kept light ({}–{} of 10)",
                    area_list(&softened),
                    light.min,
                    light.max
                ));
            }
            format!(
                "Because of your injured {}: {}.",
                hurt.in_sentence(),
                parts.join("; ")
            )
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// What to do in a session for `context`, with the routine's own time per muscle.
pub fn dose_what(context: SelfMassageContext, seconds_per_muscle: u32) -> String {
    match context {
        SelfMassageContext::RaceWeek => format!("A quick, light roll: about {seconds_per_muscle} s per muscle, easy pressure, then move on."),
        SelfMassageContext::AfterRace => format!("Slow, gentle rolling of the legs, about {seconds_per_muscle} s per muscle; stop well short of discomfort."),
        SelfMassageContext::HardBlock => format!("Targeted work, about {seconds_per_muscle} s per muscle at a moderate 4 to 6 out of 10; the stick suits calves and hamstrings."),
        SelfMassageContext::Everyday => format!("An all-round roll: about {seconds_per_muscle} s per muscle group, slow and moderate."),
    }
}

/// Why that much suits `context` (rule 8), mid-sentence.
pub fn dose_why(context: SelfMassageContext) -> &'static str {
    match context {
        SelfMassageContext::RaceWeek => {
            "race week calls for short, light sessions so the legs stay fresh"
        }
        SelfMassageContext::AfterRace => {
            "tired muscles recover better with gentle pressure than with hard work"
        }
        SelfMassageContext::HardBlock => {
            "hard and speed-work weeks tighten calves, hamstrings and hips, so give them longer"
        }
        SelfMassageContext::Everyday => {
            "regular home care between sessions adds up; deeper is not better, muscles guard"
        }
    }
}

/// How a step's tool reads on the player and in the editor; a stretch has none.
pub fn tool_label(tool: Option<MassageTool>) -> &'static str {
    tool.map_or("None: a stretch", MassageTool::label)
}
