//! The runner's profile: display preferences (units, theme, motion, cues) and the personal settings
//! the recommendation rules read.

pub mod cue_prefs;
pub mod cutoffs;
pub mod heart;
pub mod language;
pub mod motion;
pub mod settings;
pub mod units;

pub use crate::core::body::ToolsOwned;
pub use cutoffs::{Cutoffs, CUTOFF_DAYS, POST_RACE_GAP_HOURS};
pub use heart::{HeartRateSettings, MAX_HR_BPM, RESTING_HR_BPM};
pub use language::LanguageChoice;
pub use settings::{
    BudgetFirst, PreEventPreference, Profile, Theme, TightBudget, MAX_BUDGET_PER_MONTH,
    MAX_DISPLAY_NAME_CHARS, NO_TOUCH_DAYS, SESSIONS_PER_BLOCK, SESSIONS_PER_YEAR,
    SORENESS_LIMIT_HOURS,
};
pub use units::{Units, KM_PER_MILE};
