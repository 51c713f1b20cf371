//! Which tool works which area: the article's advice applied to what the runner owns.
//!
//! The article: a foam roller for general use; the stick, slightly deeper, preferred for the
//! calves and hamstrings; a ball, which goes deeper still, for specific trigger points (glutes,
//! the front of the hip, the upper back against a wall, the sole of the foot). Light work (race
//! week, the days after a race) never uses the ball: trigger-point work is too specific then.

use crate::core::body::{BodyArea, MassageTool, ToolsOwned};

/// The tools that suit `area`, best first; empty for areas nobody should roll (the Achilles
/// tendon, the lower back).
pub fn tools_for(area: BodyArea) -> &'static [MassageTool] {
    use MassageTool::{Ball, FoamRoller, Stick};
    match area {
        BodyArea::Calves | BodyArea::Hamstrings => &[Stick, FoamRoller, Ball],
        BodyArea::Shins => &[Stick, FoamRoller],
        BodyArea::Quads | BodyArea::ItBand | BodyArea::Adductors => &[FoamRoller, Stick],
        BodyArea::Glutes | BodyArea::HipFlexors => &[Ball, FoamRoller],
        BodyArea::UpperBack => &[FoamRoller, Ball],
        BodyArea::Feet => &[Ball],
        BodyArea::Achilles | BodyArea::LowerBack => &[],
    }
}

/// The tool for `area`: the best one the runner owns, or, when they own none that suits it, the
/// best one there is (so a routine still reads whole in the catalogue). `light` leaves the ball
/// out. `None` when no tool suits the area at all.
pub fn tool_for(area: BodyArea, tools: ToolsOwned, light: bool) -> Option<MassageTool> {
    let suitable = || {
        tools_for(area)
            .iter()
            .copied()
            .filter(move |tool| !light || *tool != MassageTool::Ball)
    };
    suitable()
        .find(|tool| tools.has(*tool))
        .or_else(|| suitable().next())
}
