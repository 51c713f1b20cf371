//! How a built-in routine works: the pressure, the pace, and whether the ball suits.

use crate::core::routine::Pressure;

/// How a built-in routine works its areas: how firm, how fast, and which tools suit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// Race week: brisk, light strokes that leave the legs springy.
    Flush,
    /// After a race: slow and gentle, a touch deeper than before it.
    Recovery,
    /// Ordinary and hard training: slow, moderate, pausing on tight spots.
    Targeted,
    /// Static stretches held at an easy pull, no tool.
    Stretch,
}

impl Style {
    /// The pressure (or, for a stretch, the strength of the pull) every step of this style asks for.
    pub fn pressure(self) -> Pressure {
        match self {
            Style::Flush | Style::Stretch => Pressure::LIGHT,
            Style::Recovery => Pressure::LIGHT_TO_MODERATE,
            Style::Targeted => Pressure::MODERATE,
        }
    }

    /// Whether this is light work, which leaves the ball's trigger-point pressure out.
    pub fn light(self) -> bool {
        matches!(self, Style::Flush | Style::Recovery)
    }
}
