//! The words a runner reads about self-massage and stretching: each step's instruction, the
//! names of the built-in routines, the sides and tools a step names, what an injury changed,
//! and what each situation's session asks for and why. The wording is in
//! `i18n/<language>/routines.ftl`.

use crate::core::body::{area_list, BodyArea, MassageTool};
use crate::core::routine::catalog::builtin_words;
use crate::core::routine::fit::{Change, RoutinePick};
use crate::core::routine::situation::SelfMassageContext;
use crate::core::routine::style::Style;
use crate::core::routine::{Pressure, Routine, Side, Step};
use crate::core::words::{message, message_with, Arg};

/// A built-in step's instruction: where to put the tool (or how to stretch), how to move, and
/// the safety cue the area asks for.
pub fn instruction(area: BodyArea, tool: Option<MassageTool>, style: Style) -> String {
    let pace = match style {
        Style::Flush => "routines-pace-flush",
        Style::Recovery => "routines-pace-recovery",
        Style::Targeted => "routines-pace-targeted",
        Style::Stretch => "routines-pace-stretch",
    };
    message_with(
        "routines-instruction",
        &[
            ("place", Arg::from(message(placement(area, tool)))),
            ("pace", Arg::from(message(pace))),
            ("care", Arg::from(message(safety_cue(area, tool)))),
        ],
    )
}

/// Where the tool goes on `area`, or the stretch for it when there is no tool.
fn placement(area: BodyArea, tool: Option<MassageTool>) -> &'static str {
    use BodyArea::*;
    use MassageTool::{Ball, FoamRoller, Stick};
    match (area, tool) {
        (Calves, Some(FoamRoller)) => "routines-place-calves-roller",
        (Calves, Some(Stick)) => "routines-place-calves-stick",
        (Calves, Some(Ball)) => "routines-place-calves-ball",
        (Calves, None) => "routines-place-calves-stretch",
        (Shins, Some(Stick)) => "routines-place-shins-stick",
        (Shins, _) => "routines-place-shins",
        (Quads, Some(Stick)) => "routines-place-quads-stick",
        (Quads, None) => "routines-place-quads-stretch",
        (Quads, _) => "routines-place-quads",
        (Hamstrings, Some(FoamRoller)) => "routines-place-hamstrings-roller",
        (Hamstrings, Some(Stick)) => "routines-place-hamstrings-stick",
        (Hamstrings, Some(Ball)) => "routines-place-hamstrings-ball",
        (Hamstrings, None) => "routines-place-hamstrings-stretch",
        (ItBand, Some(Stick)) => "routines-place-it-band-stick",
        (ItBand, _) => "routines-place-it-band",
        (Adductors, Some(Stick)) => "routines-place-adductors-stick",
        (Adductors, None) => "routines-place-adductors-stretch",
        (Adductors, _) => "routines-place-adductors",
        (HipFlexors, Some(Ball)) => "routines-place-hip-flexors-ball",
        (HipFlexors, None) => "routines-place-hip-flexors-stretch",
        (HipFlexors, _) => "routines-place-hip-flexors",
        (Glutes, Some(Ball)) => "routines-place-glutes-ball",
        (Glutes, None) => "routines-place-glutes-stretch",
        (Glutes, _) => "routines-place-glutes",
        (UpperBack, Some(Ball)) => "routines-place-upper-back-ball",
        (UpperBack, _) => "routines-place-upper-back",
        (Feet, _) => "routines-place-feet",
        (Achilles | LowerBack, _) => "routines-place-hands-only",
    }
}

/// What to keep clear of on `area`: the back of the knee, bone, the lower back, and anything
/// that feels like a nerve or an artery near the front of the hip.
fn safety_cue(area: BodyArea, tool: Option<MassageTool>) -> &'static str {
    use BodyArea::*;
    match (area, tool) {
        (Calves, Some(_)) => "routines-care-calves-tool",
        (Calves, None) => "routines-care-calves-stretch",
        (Shins, _) => "routines-care-shins",
        (Quads, Some(_)) => "routines-care-quads-tool",
        (Quads, None) => "routines-care-quads-stretch",
        (Hamstrings, Some(_)) => "routines-care-hamstrings-tool",
        (Hamstrings, None) => "routines-care-hamstrings-stretch",
        (ItBand, _) => "routines-care-it-band",
        (Adductors, Some(_)) => "routines-care-adductors-tool",
        (Adductors, None) => "routines-care-adductors-stretch",
        (HipFlexors, Some(_)) => "routines-care-hip-flexors-tool",
        (HipFlexors, None) => "routines-care-hip-flexors-stretch",
        (Glutes, Some(_)) => "routines-care-glutes-tool",
        (Glutes, None) => "routines-care-glutes-stretch",
        (UpperBack, _) => "routines-care-upper-back",
        (Feet, _) => "routines-care-feet",
        (Achilles | LowerBack, _) => "routines-care-never-roll",
    }
}

/// The routine's name as the runner reads it: a built-in routine's in the app's language (its
/// stored name stays English, as a copy and the log keep it), the runner's own as they wrote it.
pub fn routine_name(routine: &Routine) -> String {
    match builtin_words(routine) {
        Some((name, _)) => message(name),
        None => routine.name.clone(),
    }
}

/// The instruction of `step` of `routine` as the runner reads it: a built-in step's in the
/// app's language, the runner's own as they wrote it.
pub fn step_instruction(routine: &Routine, step: &Step) -> String {
    match builtin_words(routine) {
        Some((_, style)) => instruction(step.muscle, step.tool, style),
        None => step.instruction.clone(),
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
    let light = Pressure::LIGHT;
    let sentences: Vec<String> = injured
        .into_iter()
        .map(|hurt| {
            let dropped = areas(&pick.left_out, hurt);
            let softened = areas(&pick.softened, hurt);
            let id = match (dropped.is_empty(), softened.is_empty()) {
                (false, true) => "routines-injury-dropped",
                (true, false) => "routines-injury-softened",
                _ => "routines-injury-both",
            };
            message_with(
                id,
                &[
                    ("injured", Arg::from(hurt.in_sentence())),
                    ("dropped", Arg::from(area_list(&dropped))),
                    ("softened", Arg::from(area_list(&softened))),
                    ("min", Arg::from(u32::from(light.min))),
                    ("max", Arg::from(u32::from(light.max))),
                ],
            )
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// What to do in a session for `context`, with the routine's own time per muscle.
pub fn dose_what(context: SelfMassageContext, seconds_per_muscle: u32) -> String {
    let id = match context {
        SelfMassageContext::RaceWeek => "routines-dose-race-week",
        SelfMassageContext::AfterRace => "routines-dose-after-race",
        SelfMassageContext::HardBlock => "routines-dose-hard-block",
        SelfMassageContext::Everyday => "routines-dose-everyday",
    };
    message_with(id, &[("seconds", Arg::from(seconds_per_muscle))])
}

/// Why that much suits `context` (rule 8), mid-sentence.
pub fn dose_why(context: SelfMassageContext) -> String {
    message(match context {
        SelfMassageContext::RaceWeek => "routines-why-race-week",
        SelfMassageContext::AfterRace => "routines-why-after-race",
        SelfMassageContext::HardBlock => "routines-why-hard-block",
        SelfMassageContext::Everyday => "routines-why-everyday",
    })
}

/// How a step's tool reads on the player and in the editor; a stretch has none.
pub fn tool_label(tool: Option<MassageTool>) -> String {
    tool.map_or_else(|| message("routines-tool-none"), MassageTool::label)
}

impl Side {
    /// The name shown to the runner.
    pub fn label(self) -> String {
        message(match self {
            Side::Left => "routines-side-left",
            Side::Right => "routines-side-right",
            Side::Both => "routines-side-both",
            Side::EachSide => "routines-side-each",
        })
    }
}
