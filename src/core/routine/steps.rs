//! Self-massage routines: steps, their validation, and their expansion into timed segments.

use crate::core::body::{BodyArea, MassageTool};
use crate::core::record::{Record, RecordId};
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Longest routine name; fits a "Start <routine name>" button on a phone.
pub const MAX_NAME_CHARS: usize = 60;
/// Shortest step: anything shorter is over before the runner has settled on the tool.
pub const MIN_STEP_SECONDS: u32 = 5;
/// Longest step: ten minutes on one muscle is already far past the evidence's 120 s.
pub const MAX_STEP_SECONDS: u32 = 600;
/// Most steps in one routine; keeps a routine a routine and an imported file bounded.
pub const MAX_STEPS: usize = 50;
/// Longest step instruction; it is read aloud and shown under a big timer.
pub const MAX_INSTRUCTION_CHARS: usize = 280;

/// Which side of the body a step works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
    /// Both legs at once (e.g. calves side by side on the roller), or a midline area like the back.
    Both,
    /// Left first, then a short switch-sides gap, then the same time on the right.
    EachSide,
}

/// Target pressure on the one 0–10 scale (`massage::Pressure`, which names its bands); for a
/// stretch, how strong the pull should feel on the same scale.
///
/// A range rather than a band because that is how the research and therapists phrase it, and a
/// runner can check it against what they feel. Every screen names a pressure through
/// [`Pressure::label`], so a range reads in the same words and figures as the log's choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pressure {
    /// The least the runner should feel, 0–10.
    pub min: u8,
    /// The most the runner should feel, 0–10; going past it means easing off.
    pub max: u8,
}

impl Pressure {
    /// Pre-race flushing and stretching: the runner should leave feeling light, so the light band.
    pub const LIGHT: Pressure = Pressure { min: 3, max: 4 };
    /// After a race: a touch deeper than pre-race, still lighter than general work (domain rule 3).
    pub const LIGHT_TO_MODERATE: Pressure = Pressure { min: 4, max: 5 };
    /// General and hard-block work: the moderate band, inside the evidence's "about 4–6"; deeper
    /// is not better.
    pub const MODERATE: Pressure = Pressure { min: 5, max: 6 };
    /// The presets a routine editor offers, lightest first: each ends higher than the one before.
    pub const PRESETS: [Pressure; 3] = [
        Pressure::LIGHT,
        Pressure::LIGHT_TO_MODERATE,
        Pressure::MODERATE,
    ];

    /// Top of the scale.
    pub const SCALE_MAX: u8 = crate::core::massage::SCALE_MAX;

    /// A short description such as "Moderate (5–6 of 10)" or "Light to moderate (4–5 of 10)".
    pub fn label(self) -> String {
        let args = [
            ("word", Arg::from(self.word())),
            ("min", Arg::from(u32::from(self.min))),
            ("level", Arg::from(u32::from(self.max))),
            ("max", Arg::from(u32::from(Self::SCALE_MAX))),
        ];
        if self.min == self.max {
            message_with("routines-pressure-one", &args)
        } else {
            message_with("routines-pressure-range", &args)
        }
    }

    /// The scale's words for this range: its band when both ends share one ("Light"), else the
    /// bands of its two ends ("Light to moderate").
    pub fn word(self) -> String {
        use crate::core::massage::Pressure as Band;
        let (low, high) = (Band::at(self.min), Band::at(self.max));
        if low == high {
            low.name().to_string()
        } else {
            let ends = [
                ("low", Arg::from(low.name())),
                ("high", Arg::from(high.word())),
            ];
            message_with("routines-pressure-between", &ends)
        }
    }

    /// This pressure, no firmer than `cap`: how a step beside an injury is softened.
    pub fn at_most(self, cap: Pressure) -> Pressure {
        Pressure {
            min: self.min.min(cap.min),
            max: self.max.min(cap.max),
        }
    }
}

impl Default for Pressure {
    fn default() -> Self {
        Pressure::MODERATE
    }
}

/// The message `id` about a text of `chars` characters, over `max`: the count as digits, as
/// however long the text is.
fn too_long(id: &str, chars: usize, max: usize) -> String {
    message_with(
        id,
        &[
            ("chars", Arg::from(chars.to_string())),
            ("max", Arg::from(max)),
        ],
    )
}

/// One timed step of a routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The area worked. Always present: the type makes "a step needs a muscle" impossible to
    /// break, and an imported step without one fails to parse.
    pub muscle: BodyArea,
    /// `None` for a stretch, held with the body alone.
    pub tool: Option<MassageTool>,
    pub side: Side,
    /// Time per side: an `EachSide` step takes twice this, plus the switch-sides gap.
    pub seconds: u32,
    pub pressure: Pressure,
    /// What to do, in a sentence or two; may be empty.
    pub instruction: String,
}

impl Step {
    /// Checks the fields a runner edits. Field keys: `"seconds"`, `"pressure"`, `"instruction"`.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        if !(MIN_STEP_SECONDS..=MAX_STEP_SECONDS).contains(&self.seconds) {
            errors.push(
                "seconds",
                message_with(
                    "forms-step-seconds",
                    &[
                        ("low", Arg::from(MIN_STEP_SECONDS)),
                        ("high", Arg::from(MAX_STEP_SECONDS)),
                        ("value", Arg::from(self.seconds.to_string())),
                    ],
                ),
            );
        }
        if self.pressure.min > self.pressure.max || self.pressure.max > Pressure::SCALE_MAX {
            errors.push("pressure", message("forms-step-pressure"));
        }
        let chars = self.instruction.chars().count();
        if chars > MAX_INSTRUCTION_CHARS {
            errors.push(
                "instruction",
                too_long("forms-step-instruction-long", chars, MAX_INSTRUCTION_CHARS),
            );
        }
        errors.into_result()
    }

    /// Seconds of actual massage in this step (both sides for an `EachSide` step).
    pub fn active_seconds(&self) -> u32 {
        match self.side {
            Side::EachSide => self.seconds.saturating_mul(2),
            Side::Left | Side::Right | Side::Both => self.seconds,
        }
    }
}

/// A named list of steps, built in or made by the runner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    pub id: RecordId,
    pub name: String,
    pub steps: Vec<Step>,
    /// Built-in routines are read-only in the editor; they can be duplicated.
    pub built_in: bool,
    pub updated_at: DateTime<Utc>,
}

impl Record for Routine {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl Routine {
    /// Checks the whole routine. Field keys: `"name"` and `"steps"`; a step's own problems are
    /// reported under `"steps"` prefixed with its 1-based number ("Step 2: …"), and the editor can
    /// call [`Step::validate`] to place them beside that step's fields.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let name_chars = self.name.trim().chars().count();
        if name_chars == 0 {
            errors.push("name", message("forms-routine-name-missing"));
        } else if name_chars > MAX_NAME_CHARS {
            errors.push(
                "name",
                too_long("forms-routine-name-long", name_chars, MAX_NAME_CHARS),
            );
        }
        if self.name.chars().any(char::is_control) {
            errors.push("name", message("forms-routine-name-breaks"));
        }
        if self.steps.is_empty() {
            errors.push("steps", message("forms-routine-no-steps"));
        } else if self.steps.len() > MAX_STEPS {
            errors.push(
                "steps",
                message_with(
                    "forms-routine-too-many-steps",
                    &[
                        ("max", Arg::from(MAX_STEPS)),
                        ("value", Arg::from(self.steps.len().to_string())),
                    ],
                ),
            );
        }
        for (index, step) in self.steps.iter().enumerate() {
            if let Err(step_errors) = step.validate() {
                for error in step_errors.0 {
                    errors.push(
                        "steps",
                        message_with(
                            "forms-routine-step",
                            &[
                                ("number", Arg::from((index + 1).to_string())),
                                ("problem", Arg::from(error.message)),
                            ],
                        ),
                    );
                }
            }
        }
        errors.into_result()
    }

    /// Seconds of actual massage, without the get-ready countdown or switch-sides gaps.
    pub fn active_seconds(&self) -> u32 {
        self.steps
            .iter()
            .fold(0u32, |sum, step| sum.saturating_add(step.active_seconds()))
    }

    /// The routine's length in whole minutes as the runner reads it on every card ("6 min"):
    /// the played length with `pacing`'s pauses, rounded to the nearest minute, at least one.
    pub fn minutes(&self, pacing: Pacing) -> u16 {
        let minutes = self.total_seconds(pacing).saturating_add(30) / 60;
        u16::try_from(minutes).unwrap_or(u16::MAX).max(1)
    }

    /// The tools the routine uses, in the order they first appear; empty for stretches only.
    pub fn tools(&self) -> Vec<MassageTool> {
        let mut tools = Vec::new();
        for tool in self.steps.iter().filter_map(|step| step.tool) {
            if !tools.contains(&tool) {
                tools.push(tool);
            }
        }
        tools
    }

    /// Seconds per muscle a runner reads on the card ("about 90 s per muscle"): the average time
    /// on one area on one side, rounded to the nearest 5 s.
    pub fn seconds_per_muscle(&self) -> u32 {
        let count = u32::try_from(self.steps.len()).unwrap_or(u32::MAX).max(1);
        let per_side = self
            .steps
            .iter()
            .fold(0u32, |sum, step| sum.saturating_add(step.seconds));
        (per_side / count + 2) / 5 * 5
    }

    /// Flattens the routine into the segments the timer plays, in order: the get-ready countdown,
    /// then each step; an `EachSide` step becomes left, a switch-sides gap, then right.
    /// Zero-length countdowns and gaps are left out so the timer never shows an empty segment.
    pub fn segments(&self, pacing: Pacing) -> Vec<Segment> {
        let mut segments = Vec::with_capacity(self.steps.len() * 3 + 1);
        let mut push = |kind, seconds| {
            if seconds > 0 {
                segments.push(Segment { kind, seconds });
            }
        };
        push(SegmentKind::GetReady, pacing.get_ready_seconds);
        for (step, s) in self.steps.iter().enumerate() {
            match s.side {
                Side::EachSide => {
                    push(
                        SegmentKind::Work {
                            step,
                            side: Side::Left,
                        },
                        s.seconds,
                    );
                    push(
                        SegmentKind::SwitchSides { step },
                        pacing.switch_sides_seconds,
                    );
                    push(
                        SegmentKind::Work {
                            step,
                            side: Side::Right,
                        },
                        s.seconds,
                    );
                }
                side @ (Side::Left | Side::Right | Side::Both) => {
                    push(SegmentKind::Work { step, side }, s.seconds);
                }
            }
        }
        segments
    }

    /// Wall-clock length of the whole routine when played without pauses or skips.
    pub fn total_seconds(&self, pacing: Pacing) -> u32 {
        total_seconds(&self.segments(pacing))
    }
}

/// The sum of the segments' lengths.
pub fn total_seconds(segments: &[Segment]) -> u32 {
    segments
        .iter()
        .fold(0u32, |sum, segment| sum.saturating_add(segment.seconds))
}

/// The pauses the player inserts around the steps; both default to 5 s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pacing {
    /// Countdown before the first step, time to get down on the floor with the tool.
    pub get_ready_seconds: u32,
    /// Gap between the left and right halves of an `EachSide` step.
    pub switch_sides_seconds: u32,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            get_ready_seconds: 5,
            switch_sides_seconds: 5,
        }
    }
}

/// What a segment of a played routine is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SegmentKind {
    /// The countdown before the first step.
    GetReady,
    /// Massage time for `steps[step]`; `side` is never `EachSide` here (it was expanded).
    Work { step: usize, side: Side },
    /// The gap between the two halves of `steps[step]`.
    SwitchSides { step: usize },
}

/// One timed piece of a played routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Length on the routine's timeline.
    pub seconds: u32,
}

impl Segment {
    /// The segment's length in milliseconds, the unit the timer computes in.
    pub fn millis(&self) -> i64 {
        i64::from(self.seconds) * 1000
    }

    /// Whether this segment is massage time (counted as active time in the session log).
    pub fn is_work(&self) -> bool {
        matches!(self.kind, SegmentKind::Work { .. })
    }

    /// The index of the step this segment belongs to, if any.
    pub fn step(&self) -> Option<usize> {
        match self.kind {
            SegmentKind::GetReady => None,
            SegmentKind::Work { step, .. } | SegmentKind::SwitchSides { step } => Some(step),
        }
    }
}
