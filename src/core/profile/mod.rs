//! The runner's profile: display preferences (units, theme, motion, cues) and the personal settings
//! the recommendation rules read.

pub mod cue_prefs;
pub mod motion;
pub mod settings;
pub mod units;

pub use crate::core::body::ToolsOwned;
pub use settings::{
    Cutoffs, PreEventPreference, Profile, Theme, CUTOFF_DAYS, MAX_BUDGET_PER_MONTH,
    MAX_DISPLAY_NAME_CHARS, NO_TOUCH_DAYS, POST_RACE_GAP_HOURS, SORENESS_LIMIT_HOURS,
};
pub use units::{Units, KM_PER_MILE};
