//! Body areas a runner works on and the tools they work them with: shared by routines, injuries, the profile and the body map.

use serde::{Deserialize, Serialize};

/// A muscle group or area, as a runner names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyArea {
    Feet,
    Calves,
    Achilles,
    Shins,
    Quads,
    Hamstrings,
    ItBand,
    Adductors,
    HipFlexors,
    Glutes,
    LowerBack,
    UpperBack,
}

impl BodyArea {
    /// Every area, in the order a head-to-toe list shows them (reversed: runners start at the feet).
    pub const ALL: [BodyArea; 12] = [
        BodyArea::Feet,
        BodyArea::Calves,
        BodyArea::Achilles,
        BodyArea::Shins,
        BodyArea::Quads,
        BodyArea::Hamstrings,
        BodyArea::ItBand,
        BodyArea::Adductors,
        BodyArea::HipFlexors,
        BodyArea::Glutes,
        BodyArea::LowerBack,
        BodyArea::UpperBack,
    ];

    /// The name shown to the runner.
    pub fn label(self) -> &'static str {
        match self {
            BodyArea::Feet => "Feet",
            BodyArea::Calves => "Calves",
            BodyArea::Achilles => "Achilles",
            BodyArea::Shins => "Shins",
            BodyArea::Quads => "Quads",
            BodyArea::Hamstrings => "Hamstrings",
            BodyArea::ItBand => "IT band",
            BodyArea::Adductors => "Adductors",
            BodyArea::HipFlexors => "Hip flexors",
            BodyArea::Glutes => "Glutes",
            BodyArea::LowerBack => "Lower back",
            BodyArea::UpperBack => "Upper back",
        }
    }

    /// The name mid-sentence: lower case, except names that keep their capitals ("IT band",
    /// "Achilles").
    pub fn in_sentence(self) -> &'static str {
        match self {
            BodyArea::Feet => "feet",
            BodyArea::Calves => "calves",
            BodyArea::Achilles => "Achilles",
            BodyArea::Shins => "shins",
            BodyArea::Quads => "quads",
            BodyArea::Hamstrings => "hamstrings",
            BodyArea::ItBand => "IT band",
            BodyArea::Adductors => "adductors",
            BodyArea::HipFlexors => "hip flexors",
            BodyArea::Glutes => "glutes",
            BodyArea::LowerBack => "lower back",
            BodyArea::UpperBack => "upper back",
        }
    }
}

/// The self-massage tools (domain rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MassageTool {
    /// General use.
    FoamRoller,
    /// Preferred for calves and hamstrings; slightly deeper.
    Stick,
    /// Specific trigger points.
    Ball,
}

impl MassageTool {
    pub const ALL: [MassageTool; 3] = [
        MassageTool::FoamRoller,
        MassageTool::Stick,
        MassageTool::Ball,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MassageTool::FoamRoller => "Foam roller",
            MassageTool::Stick => "Massage stick",
            MassageTool::Ball => "Massage ball",
        }
    }
}

/// Self-massage tools the runner owns (domain rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolsOwned {
    pub foam_roller: bool,
    pub stick: bool,
    pub ball: bool,
}

impl ToolsOwned {
    /// Whether the runner owns `tool`.
    pub fn has(&self, tool: MassageTool) -> bool {
        match tool {
            MassageTool::FoamRoller => self.foam_roller,
            MassageTool::Stick => self.stick,
            MassageTool::Ball => self.ball,
        }
    }
}

impl Default for ToolsOwned {
    fn default() -> Self {
        ToolsOwned {
            foam_roller: true,
            stick: false,
            ball: false,
        }
    }
}

/// "calves, IT band and Achilles" style list of areas, for use mid-sentence.
pub fn area_list(areas: &[BodyArea]) -> String {
    let names: Vec<&str> = areas.iter().map(|area| area.in_sentence()).collect();
    crate::core::validation::list_words(&names)
}
