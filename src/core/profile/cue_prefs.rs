//! How the guided player announces its cues: which channels are on and how long the get-ready countdown is.

use crate::core::routine::Pacing;
use crate::core::validation::FieldErrors;
use crate::core::words::{message_with, Arg};
use serde::{Deserialize, Serialize};

/// The get-ready countdown accepts up to half a minute; longer and the runner wonders if it started.
pub const MAX_GET_READY_SECONDS: u32 = 30;

/// The runner's choice of cue channels. Every channel defaults to on: with the phone on the floor
/// the runner cannot read the screen, and each channel is missing on some devices anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CuePreferences {
    /// A short tone at each transition, audible over music.
    pub beep: bool,
    /// A buzz at each transition, where the device can vibrate.
    pub vibrate: bool,
    /// Spoken prompts that name the next step.
    pub speak: bool,
    /// The countdown before the first step, time to get down with the tool.
    pub get_ready_seconds: u32,
}

impl Default for CuePreferences {
    fn default() -> Self {
        CuePreferences {
            beep: true,
            vibrate: true,
            speak: true,
            get_ready_seconds: Pacing::default().get_ready_seconds,
        }
    }
}

impl CuePreferences {
    /// The pacing the player uses: the chosen countdown and the standard switch-sides gap.
    pub fn pacing(&self) -> Pacing {
        Pacing {
            get_ready_seconds: self.get_ready_seconds,
            ..Pacing::default()
        }
    }

    /// Adds problems to `errors` under the field key `"get_ready_seconds"`.
    pub fn validate_into(&self, errors: &mut FieldErrors) {
        if self.get_ready_seconds > MAX_GET_READY_SECONDS {
            errors.push(
                "get_ready_seconds",
                message_with(
                    "forms-get-ready",
                    &[("max", Arg::from(MAX_GET_READY_SECONDS))],
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_saved_before_cue_preferences_existed_gets_every_cue_on() {
        let prefs: CuePreferences = serde_json::from_str("{}").unwrap();
        assert_eq!(prefs, CuePreferences::default());
        assert!(prefs.beep && prefs.vibrate && prefs.speak);
        assert_eq!(prefs.pacing(), Pacing::default());
    }

    #[test]
    fn a_long_countdown_is_refused_and_none_at_all_is_allowed() {
        let mut errors = FieldErrors::default();
        CuePreferences {
            get_ready_seconds: 31,
            ..CuePreferences::default()
        }
        .validate_into(&mut errors);
        assert!(errors.for_field("get_ready_seconds").is_some());
        let mut errors = FieldErrors::default();
        CuePreferences {
            get_ready_seconds: 0,
            ..CuePreferences::default()
        }
        .validate_into(&mut errors);
        assert!(errors.is_empty());
    }
}
