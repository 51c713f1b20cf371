//! Body areas a runner works on and the tools they work them with: shared by routines, injuries, the profile and the body map.
//! Their names are in `i18n/<language>/routines.ftl`.

use crate::core::words::{message, message_with, Arg};
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
    pub fn label(self) -> String {
        message(match self {
            BodyArea::Feet => "routines-area-feet",
            BodyArea::Calves => "routines-area-calves",
            BodyArea::Achilles => "routines-area-achilles",
            BodyArea::Shins => "routines-area-shins",
            BodyArea::Quads => "routines-area-quads",
            BodyArea::Hamstrings => "routines-area-hamstrings",
            BodyArea::ItBand => "routines-area-it-band",
            BodyArea::Adductors => "routines-area-adductors",
            BodyArea::HipFlexors => "routines-area-hip-flexors",
            BodyArea::Glutes => "routines-area-glutes",
            BodyArea::LowerBack => "routines-area-lower-back",
            BodyArea::UpperBack => "routines-area-upper-back",
        })
    }

    /// The name mid-sentence: in English lower case, except names that keep their capitals
    /// ("IT band", "Achilles").
    pub fn in_sentence(self) -> String {
        message(match self {
            BodyArea::Feet => "routines-in-sentence-feet",
            BodyArea::Calves => "routines-in-sentence-calves",
            BodyArea::Achilles => "routines-in-sentence-achilles",
            BodyArea::Shins => "routines-in-sentence-shins",
            BodyArea::Quads => "routines-in-sentence-quads",
            BodyArea::Hamstrings => "routines-in-sentence-hamstrings",
            BodyArea::ItBand => "routines-in-sentence-it-band",
            BodyArea::Adductors => "routines-in-sentence-adductors",
            BodyArea::HipFlexors => "routines-in-sentence-hip-flexors",
            BodyArea::Glutes => "routines-in-sentence-glutes",
            BodyArea::LowerBack => "routines-in-sentence-lower-back",
            BodyArea::UpperBack => "routines-in-sentence-upper-back",
        })
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

    /// The name shown to the runner.
    pub fn label(self) -> String {
        message(match self {
            MassageTool::FoamRoller => "routines-tool-foam-roller",
            MassageTool::Stick => "routines-tool-stick",
            MassageTool::Ball => "routines-tool-ball",
        })
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

/// "calves, IT band and Achilles" style list of areas, for use mid-sentence, joined the way the
/// app's language joins a list, with its own word for "and".
pub fn area_list(areas: &[BodyArea]) -> String {
    let names: Vec<String> = areas.iter().map(|area| area.in_sentence()).collect();
    match names.split_last() {
        Some((last, first)) if !first.is_empty() => message_with(
            "routines-area-list",
            &[
                ("first", Arg::from(first.join(", "))),
                ("last", Arg::from(last.as_str())),
            ],
        ),
        _ => names.concat(),
    }
}
