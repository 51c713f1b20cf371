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

/// A suggested self-massage session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfMassageDose {
    pub minutes: u16,
    /// What to do, in the runner's words.
    pub what: &'static str,
    /// Where to spend the time, before injured areas are taken out.
    pub focus: &'static [BodyArea],
    /// The best tool for the job that the runner owns; `None` means use your hands.
    pub tool: Option<MassageTool>,
    /// Why, citing rule 8.
    pub why: &'static str,
}

/// The dose for `context`, with a tool the runner actually owns.
pub fn dose(context: SelfMassageContext, tools: &ToolsOwned) -> SelfMassageDose {
    use BodyArea::{Calves, Glutes, Hamstrings, HipFlexors, ItBand, Quads};
    let (minutes, what, focus, preferred, why): (u16, _, &'static [BodyArea], _, _) = match context {
        SelfMassageContext::RaceWeek => (
            6,
            "A quick, light roll: 30 to 60 seconds per muscle, easy pressure, then move on.",
            &[Calves, Quads, Hamstrings, Glutes],
            MassageTool::FoamRoller,
            "race week calls for short, light sessions so the legs stay fresh",
        ),
        SelfMassageContext::AfterRace => (
            10,
            "Slow, gentle rolling of the legs; stop well short of discomfort.",
            &[Quads, Calves, Hamstrings, Glutes],
            MassageTool::FoamRoller,
            "tired muscles recover better with gentle pressure than with hard work",
        ),
        SelfMassageContext::HardBlock => (
            20,
            "Targeted work, 60 to 120 seconds per muscle at a moderate 4 to 6 out of 10; the stick suits calves and hamstrings.",
            &[Calves, Hamstrings, HipFlexors, Glutes],
            MassageTool::Stick,
            "hard and speed-work weeks tighten calves, hamstrings and hips, so give them longer",
        ),
        SelfMassageContext::Everyday => (
            12,
            "An all-round roll: about 90 seconds per muscle group, slow and moderate.",
            &[Calves, Quads, Hamstrings, ItBand, Glutes],
            MassageTool::FoamRoller,
            "regular home care between sessions adds up; deeper is not better, muscles guard",
        ),
    };
    SelfMassageDose {
        minutes,
        what,
        focus,
        tool: tool_for(tools, preferred),
        why,
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
