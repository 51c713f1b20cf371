//! Whether the app animates: some runners get dizzy or distracted by movement on screen.

use crate::core::words::message;
use serde::{Deserialize, Serialize};

/// The reduced-motion setting; `System` follows the device's own setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Motion {
    #[default]
    System,
    /// No animations or transitions, whatever the device says.
    Reduce,
    /// Animations on, even when the device asks for less (the runner chose it here).
    Full,
}

impl Motion {
    pub const ALL: [Motion; 3] = [Motion::System, Motion::Reduce, Motion::Full];

    /// Stable key used in forms, the stored document and the stylesheet's `data-motion`.
    pub fn key(self) -> &'static str {
        match self {
            Motion::System => "system",
            Motion::Reduce => "reduce",
            Motion::Full => "full",
        }
    }

    /// The choice as the runner sees it, in the app's language.
    pub fn label(self) -> String {
        match self {
            Motion::System => message("settings-motion-system"),
            Motion::Reduce => message("settings-motion-reduce"),
            Motion::Full => message("settings-motion-full"),
        }
    }

    pub fn from_key(key: &str) -> Option<Motion> {
        Motion::ALL.into_iter().find(|motion| motion.key() == key)
    }
}
