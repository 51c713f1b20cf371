//! The built-in routines, fitted to the tools the runner owns.
//!
//! Doses follow docs/RULES.md (rule 8): 30–60 s per muscle before running (short and light), 60–120 s
//! per muscle after runs and in hard blocks, pressure around 4–6 of 10 and never deeper (domain
//! rule 8: deeper is not better, muscles guard). Static stretches after a race follow the article
//! (a flush with moderate static stretching); 30 s holds per side are the usual recommendation.
//! The names and the words of each step are in `copy`; the tool for each area is in `tools`.

use crate::core::body::{BodyArea, MassageTool, ToolsOwned};
use crate::core::record::RecordId;
use crate::core::routine::copy::instruction;
use crate::core::routine::style::Style;
use crate::core::routine::tools::tool_for;
use crate::core::routine::{Routine, Side, Step};
use crate::core::words::{in_english, message};
use chrono::{DateTime, Utc};

/// Id of the six-minute light flush for race week.
pub const PRE_RACE_FLUSH: &str = "builtin-pre-race-flush";
/// Id of the flush for the days after a race.
pub const POST_RACE_FLUSH: &str = "builtin-post-race-flush";
/// Id of the static stretches for the hours and days after a race.
pub const POST_RACE_STRETCH: &str = "builtin-post-race-stretch";
/// Id of the calves and hamstrings session with the massage stick.
pub const CALVES_HAMSTRINGS_STICK: &str = "builtin-calves-hamstrings-stick";
/// Id of the hips and glutes session with the massage ball.
pub const HIPS_GLUTES_BALL: &str = "builtin-hips-glutes-ball";
/// Id of the all-round session for ordinary training.
pub const FULL_BODY: &str = "builtin-full-body-roller";
/// Id of the longer, targeted session for hard training blocks.
pub const HARD_BLOCK_TARGETED: &str = "builtin-hard-block-targeted";

/// Where a built-in routine's tools come from.
#[derive(Debug, Clone, Copy)]
enum Tools {
    /// Each area gets the best tool for it that the runner owns.
    Fitted,
    /// The routine is about one tool (its name says so).
    Only(MassageTool),
    /// Stretches: no tool.
    Stretching,
}

/// A built-in routine before it meets the runner's tools.
struct Template {
    id: &'static str,
    /// The message naming it.
    name: &'static str,
    style: Style,
    tools: Tools,
    /// Area, side and seconds (per side for `EachSide`) of each step, in order.
    steps: &'static [(BodyArea, Side, u32)],
}

use BodyArea::*;
use Side::{Both, EachSide};

/// Every built-in routine, in the order the catalogue shows them.
const TEMPLATES: [Template; 7] = [
    Template {
        id: PRE_RACE_FLUSH,
        name: "routines-name-pre-race-flush",
        style: Style::Flush,
        tools: Tools::Fitted,
        steps: &[
            (Calves, EachSide, 45),
            (Hamstrings, EachSide, 45),
            (Quads, EachSide, 45),
            (Glutes, EachSide, 30),
        ],
    },
    Template {
        id: POST_RACE_FLUSH,
        name: "routines-name-post-race-flush",
        style: Style::Recovery,
        tools: Tools::Fitted,
        steps: &[
            (Calves, EachSide, 75),
            (Hamstrings, EachSide, 60),
            (Quads, EachSide, 60),
            (Glutes, EachSide, 60),
            (Adductors, EachSide, 45),
        ],
    },
    Template {
        id: POST_RACE_STRETCH,
        name: "routines-name-post-race-stretch",
        style: Style::Stretch,
        tools: Tools::Stretching,
        steps: &[
            (Calves, EachSide, 30),
            (Hamstrings, EachSide, 30),
            (Quads, EachSide, 30),
            (HipFlexors, EachSide, 30),
            (Glutes, EachSide, 30),
            (Adductors, Both, 30),
        ],
    },
    Template {
        id: CALVES_HAMSTRINGS_STICK,
        name: "routines-name-calves-hamstrings-stick",
        style: Style::Targeted,
        tools: Tools::Only(MassageTool::Stick),
        steps: &[
            (Calves, EachSide, 90),
            (Shins, EachSide, 60),
            (Hamstrings, EachSide, 90),
        ],
    },
    Template {
        id: HIPS_GLUTES_BALL,
        name: "routines-name-hips-glutes-ball",
        style: Style::Targeted,
        tools: Tools::Only(MassageTool::Ball),
        steps: &[(Glutes, EachSide, 90), (HipFlexors, EachSide, 60)],
    },
    Template {
        id: FULL_BODY,
        name: "routines-name-full-body",
        style: Style::Targeted,
        tools: Tools::Fitted,
        steps: &[
            (Calves, EachSide, 70),
            (Hamstrings, EachSide, 70),
            (Quads, EachSide, 70),
            (ItBand, EachSide, 60),
            (Adductors, EachSide, 60),
            (Glutes, EachSide, 60),
            (UpperBack, Both, 90),
        ],
    },
    Template {
        id: HARD_BLOCK_TARGETED,
        name: "routines-name-hard-block",
        style: Style::Targeted,
        tools: Tools::Fitted,
        steps: &[
            (Calves, EachSide, 120),
            (Hamstrings, EachSide, 120),
            (Glutes, EachSide, 90),
            (HipFlexors, EachSide, 90),
            (Quads, EachSide, 90),
        ],
    },
];

impl Template {
    /// The routine with tools for a runner who owns `owned`. A fitted routine leaves out the
    /// steps whose tool the runner does not own, so what the catalogue lists, what Today offers
    /// and what the player plays are the same steps; when that would leave nothing, every step
    /// keeps its best tool, so the catalogue still shows what the routine needs.
    ///
    /// Its name and instructions are English whatever the app speaks: they are stored as they
    /// are (a copy the runner makes, the running session, the log), and the screens show them in
    /// the app's language through `copy::routine_name` and `copy::step_instruction`.
    fn build(&self, owned: ToolsOwned) -> Routine {
        in_english(|| self.build_words(owned))
    }

    fn build_words(&self, owned: ToolsOwned) -> Routine {
        let light = self.style.light();
        let all: Vec<Step> = self
            .steps
            .iter()
            .filter_map(|&(area, side, seconds)| {
                let tool = match self.tools {
                    Tools::Fitted => Some(tool_for(area, owned, light)?),
                    Tools::Only(tool) => Some(tool),
                    Tools::Stretching => None,
                };
                Some(Step {
                    muscle: area,
                    tool,
                    side,
                    seconds,
                    pressure: self.style.pressure(),
                    instruction: instruction(area, tool, self.style),
                })
            })
            .collect();
        let owned_only: Vec<Step> = match self.tools {
            Tools::Fitted => all
                .iter()
                .filter(|step| step.tool.is_none_or(|tool| owned.has(tool)))
                .cloned()
                .collect(),
            Tools::Only(_) | Tools::Stretching => Vec::new(),
        };
        Routine {
            id: RecordId(self.id.to_owned()),
            name: message(self.name),
            steps: if owned_only.is_empty() {
                all
            } else {
                owned_only
            },
            built_in: true,
            // Fixed, so a built-in never looks newer than the runner's copy when documents are merged.
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

/// Every built-in routine for a runner who owns `tools`, in the order the catalogue shows them.
pub fn builtin_routines(tools: ToolsOwned) -> Vec<Routine> {
    TEMPLATES
        .iter()
        .map(|template| template.build(tools))
        .collect()
}

/// The built-in routine with this id, fitted to `tools`, if there is one.
pub fn builtin(id: &str, tools: ToolsOwned) -> Option<Routine> {
    TEMPLATES
        .iter()
        .find(|template| template.id == id)
        .map(|template| template.build(tools))
}

/// Whether `id` names a built-in routine.
pub fn is_builtin(id: &str) -> bool {
    TEMPLATES.iter().any(|template| template.id == id)
}

/// The message naming `routine` and the style its instructions are worded in, when it is a
/// built-in routine: how its stored English words are shown in the app's language.
pub(crate) fn builtin_words(routine: &Routine) -> Option<(&'static str, Style)> {
    TEMPLATES
        .iter()
        .find(|template| routine.built_in && template.id == routine.id.as_str())
        .map(|template| (template.name, template.style))
}
