//! How much self-massage suits the moment (rule 8): short and light in race week, longer in hard blocks.

use crate::core::body::ToolsOwned;
use crate::core::body::{BodyArea, MassageTool};
use serde::{Deserialize, Serialize};

/// The situation a self-massage session is planned for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelfMassageContext {
    /// From the cut-off to the start: keep it brief and easy.
    RaceWeek,
    /// In the days after a race: slow and gentle.
    AfterRace,
    /// A peak or speed-work block: longer and targeted.
    HardBlock,
    /// Any other day.
    Everyday,
}

/// A suggested self-massage session; its words are in `routine::copy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfMassageDose {
    pub minutes: u16,
    /// Where to spend the time, before injured areas are taken out.
    pub focus: &'static [BodyArea],
    /// The best tool for the job that the runner owns; `None` means use your hands.
    pub tool: Option<MassageTool>,
}

/// The dose for `context`, with a tool the runner actually owns.
pub fn dose(context: SelfMassageContext, tools: &ToolsOwned) -> SelfMassageDose {
    use BodyArea::{Calves, Glutes, Hamstrings, HipFlexors, ItBand, Quads};
    let (minutes, focus, preferred): (u16, &'static [BodyArea], _) = match context {
        SelfMassageContext::RaceWeek => (
            6,
            &[Calves, Quads, Hamstrings, Glutes],
            MassageTool::FoamRoller,
        ),
        SelfMassageContext::AfterRace => (
            10,
            &[Quads, Calves, Hamstrings, Glutes],
            MassageTool::FoamRoller,
        ),
        SelfMassageContext::HardBlock => (
            20,
            &[Calves, Hamstrings, HipFlexors, Glutes],
            MassageTool::Stick,
        ),
        SelfMassageContext::Everyday => (
            12,
            &[Calves, Quads, Hamstrings, ItBand, Glutes],
            MassageTool::FoamRoller,
        ),
    };
    SelfMassageDose {
        minutes,
        focus,
        tool: tool_for(tools, preferred),
    }
}

/// `preferred` if owned, else the most general tool the runner has (roller, stick, then ball).
fn tool_for(tools: &ToolsOwned, preferred: MassageTool) -> Option<MassageTool> {
    std::iter::once(preferred)
        .chain([
            MassageTool::FoamRoller,
            MassageTool::Stick,
            MassageTool::Ball,
        ])
        .find(|tool| tools.has(*tool))
}
