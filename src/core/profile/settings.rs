//! The runner's profile: display preferences and the personal settings the recommendation rules read.

use crate::core::body::ToolsOwned;
use crate::core::massage::Technique;
use crate::core::profile::cue_prefs::CuePreferences;
use crate::core::profile::cutoffs::{Cutoffs, CUTOFF_DAYS, POST_RACE_GAP_HOURS};
use crate::core::profile::heart::HeartRateSettings;
use crate::core::profile::language::LanguageChoice;
use crate::core::profile::motion::Motion;
use crate::core::profile::units::Units;
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Longest display name accepted; enough for any real name, short enough for a phone header.
pub const MAX_DISPLAY_NAME_CHARS: usize = 40;

/// Most professional massages per month the budget field accepts (one a week, with room to spare).
pub const MAX_BUDGET_PER_MONTH: u8 = 8;
/// The no-touch preference covers this range of days before a race (rule 1 speaks of 3 or 4).
pub const NO_TOUCH_DAYS: std::ops::RangeInclusive<u8> = 3..=4;
/// Colour theme; `System` follows the device's light/dark setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
    /// Pure black background: easiest on OLED screens at night.
    Black,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Dark, Theme::Black];

    /// Stable key used in forms, the stored document and the stylesheet's `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Black => "black",
        }
    }

    /// The choice as the runner reads it, in the app's language.
    pub fn label(self) -> String {
        match self {
            Theme::System => message("settings-theme-system"),
            Theme::Light => message("settings-theme-light"),
            Theme::Dark => message("settings-theme-dark"),
            Theme::Black => message("settings-theme-black"),
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.key() == key)
    }
}

/// How the runner likes their body treated just before a race (domain rule 1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PreEventPreference {
    /// Some runners like deeper work the day before or the day of.
    Deep,
    /// Light flushing strokes, compressions, rocking and shaking: the default.
    #[default]
    LightFlush,
    /// Compressions over the clothes.
    Compression,
    /// No massage at all for `days` days before the race (3 or 4).
    NoTouch { days: u8 },
}

impl PreEventPreference {
    /// The technique a logged pre-event session must show for this approach to count as tried
    /// (rule 2); `None` for no-touch, which has nothing to try.
    pub fn technique(self) -> Option<Technique> {
        match self {
            PreEventPreference::Deep => Some(Technique::Deep),
            PreEventPreference::LightFlush => Some(Technique::LightFlush),
            PreEventPreference::Compression => Some(Technique::Compression),
            PreEventPreference::NoTouch { .. } => None,
        }
    }

    /// The choices offered in settings (no-touch with the usual 3 days; the day count is its own field).
    pub const CHOICES: [PreEventPreference; 4] = [
        PreEventPreference::LightFlush,
        PreEventPreference::Compression,
        PreEventPreference::Deep,
        PreEventPreference::NoTouch { days: 3 },
    ];

    /// Stable key of the choice, ignoring the no-touch day count.
    pub fn key(self) -> &'static str {
        match self {
            PreEventPreference::Deep => "deep",
            PreEventPreference::LightFlush => "light_flush",
            PreEventPreference::Compression => "compression",
            PreEventPreference::NoTouch { .. } => "no_touch",
        }
    }

    /// The choice as the runner reads it, in the app's language.
    pub fn label(self) -> String {
        match self {
            PreEventPreference::Deep => message("settings-pre-event-deep"),
            PreEventPreference::LightFlush => message("settings-pre-event-light-flush"),
            PreEventPreference::Compression => message("settings-pre-event-compression"),
            PreEventPreference::NoTouch { .. } => message("settings-pre-event-no-touch"),
        }
    }

    /// The choice with `key`, taking `no_touch_days` for the no-touch choice.
    pub fn from_key(key: &str, no_touch_days: u8) -> Option<PreEventPreference> {
        match key {
            "no_touch" => Some(PreEventPreference::NoTouch {
                days: no_touch_days,
            }),
            _ => PreEventPreference::CHOICES
                .into_iter()
                .find(|choice| choice.key() == key),
        }
    }
}

/// Days the runner can ask between two general (deep) massages, had or booked: rule 11 of docs/RULES.md
/// (default 7, never under 3); four weeks is a monthly rhythm.
pub const GENERAL_SPACING_DAYS: std::ops::RangeInclusive<u8> = 3..=28;

/// Hours of soreness after general work the runner accepts before a session counts as too deep:
/// the article says 24–36 h is expected, other sources 24–48 h (docs/RULES.md); default 36.
pub const SORENESS_LIMIT_HOURS: std::ops::RangeInclusive<u16> = 24..=48;

/// Sessions given per training block (the article's "one or two per block") when less than one a
/// month is all the runner can have.
pub const SESSIONS_PER_BLOCK: std::ops::RangeInclusive<u8> = 1..=2;
/// ...or per year: up to eleven, since twelve or more is a monthly rhythm.
pub const SESSIONS_PER_YEAR: std::ops::RangeInclusive<u8> = 1..=11;

/// A budget below one a month (rule 5's "tight" budget): so many sessions per training block or
/// per year, placed in the hardest blocks and speed-work weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "per", content = "sessions")]
pub enum TightBudget {
    Block(u8),
    Year(u8),
}

/// What a budget too small for everything is spent on first (rule 5): the sessions around the
/// races, or deep work in the hard blocks (the other then goes home or goes without).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetFirst {
    #[default]
    RaceSessions,
    DeepWork,
}

/// The runner's profile and preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub display_name: String,
    /// The language the app speaks; documents from before this setting follow the device.
    pub language: LanguageChoice,
    pub units: Units,
    pub theme: Theme,
    /// Reduced motion; documents from before this setting read as `System`.
    pub motion: Motion,
    /// Professional massages the runner can afford per month: one or more is a steady rhythm
    /// (rule 5); 0 means less than one a month, given in `tight_budget`, or none.
    pub massage_budget_per_month: u8,
    /// With less than one a month: sessions per training block or per year; `None` is no budget.
    pub tight_budget: Option<TightBudget>,
    /// What the budget goes to first when it cannot cover everything.
    pub budget_first: BudgetFirst,
    pub pre_event_preference: PreEventPreference,
    pub tools: ToolsOwned,
    /// Whether the runner trains outdoors in daylight: sun-sensitising oils are then held to
    /// their sun limits every day, not only before a sunny race (rule 9).
    pub trains_outdoors_in_daylight: bool,
    pub cutoffs: Cutoffs,
    /// Fewest days between two general massages, counting those had and those booked.
    pub general_spacing_days: u8,
    /// Soreness past this many hours after general work means it was too deep (rule 6).
    pub soreness_limit_hours: u16,
    /// How the guided player announces its cues.
    pub cues: CuePreferences,
    /// Maximum and resting heart rates for the training load of imported files.
    pub heart: HeartRateSettings,
    pub updated_at: DateTime<Utc>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            display_name: String::new(),
            language: LanguageChoice::default(),
            units: Units::default(),
            theme: Theme::default(),
            motion: Motion::default(),
            massage_budget_per_month: 1,
            tight_budget: None,
            budget_first: BudgetFirst::default(),
            pre_event_preference: PreEventPreference::default(),
            tools: ToolsOwned::default(),
            trains_outdoors_in_daylight: false,
            cutoffs: Cutoffs::default(),
            general_spacing_days: 7,
            soreness_limit_hours: 36,
            cues: CuePreferences::default(),
            heart: HeartRateSettings::default(),
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

impl Profile {
    /// The budget below one a month, if that is what the runner has (a monthly budget wins).
    pub fn tight(&self) -> Option<TightBudget> {
        self.tight_budget
            .filter(|_| self.massage_budget_per_month == 0)
    }

    /// Checks every field a runner can edit; the messages say how to fix each one.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let name_chars = self.display_name.trim().chars().count();
        if name_chars > MAX_DISPLAY_NAME_CHARS {
            errors.push(
                "display_name",
                message_with(
                    "forms-display-name-long",
                    &[
                        ("chars", Arg::from(name_chars.to_string())),
                        ("max", Arg::from(MAX_DISPLAY_NAME_CHARS)),
                    ],
                ),
            );
        }
        if self.display_name.chars().any(char::is_control) {
            errors.push("display_name", message("forms-display-name-breaks"));
        }
        if self.massage_budget_per_month > MAX_BUDGET_PER_MONTH {
            errors.push(
                "massage_budget_per_month",
                message_with(
                    "forms-budget",
                    &[
                        ("max", Arg::from(u32::from(MAX_BUDGET_PER_MONTH))),
                        ("value", typed(self.massage_budget_per_month)),
                    ],
                ),
            );
        }
        if let PreEventPreference::NoTouch { days } = self.pre_event_preference {
            if !NO_TOUCH_DAYS.contains(&days) {
                errors.push(
                    "no_touch_days",
                    message_with("forms-no-touch-days", &limits(&NO_TOUCH_DAYS)),
                );
            }
        }
        let cutoffs = [
            ("a_race_days", self.cutoffs.a_race_days, "a"),
            ("b_race_days", self.cutoffs.b_race_days, "b"),
            ("c_race_days", self.cutoffs.c_race_days, "c"),
        ];
        for (field, days, race) in cutoffs {
            if !CUTOFF_DAYS.contains(&days) {
                let [low, high] = limits(&CUTOFF_DAYS);
                errors.push(
                    field,
                    message_with(
                        "forms-cutoff",
                        &[("race", Arg::from(race)), low, high, ("value", typed(days))],
                    ),
                );
            }
        }
        let gap = self.cutoffs.post_race_gap_hours;
        if !POST_RACE_GAP_HOURS.contains(&gap) {
            errors.push(
                "post_race_gap_hours",
                out_of_range("forms-post-race-gap", &POST_RACE_GAP_HOURS, gap),
            );
        }
        match self.tight_budget {
            Some(TightBudget::Block(n)) if !SESSIONS_PER_BLOCK.contains(&n) => errors.push(
                "tight_budget",
                out_of_range("forms-per-block", &SESSIONS_PER_BLOCK, n),
            ),
            Some(TightBudget::Year(n)) if !SESSIONS_PER_YEAR.contains(&n) => errors.push(
                "tight_budget",
                out_of_range("forms-per-year", &SESSIONS_PER_YEAR, n),
            ),
            _ => {}
        }
        if !GENERAL_SPACING_DAYS.contains(&self.general_spacing_days) {
            errors.push(
                "general_spacing_days",
                out_of_range(
                    "forms-general-spacing",
                    &GENERAL_SPACING_DAYS,
                    self.general_spacing_days,
                ),
            );
        }
        if !SORENESS_LIMIT_HOURS.contains(&self.soreness_limit_hours) {
            errors.push(
                "soreness_limit_hours",
                out_of_range(
                    "forms-soreness-limit",
                    &SORENESS_LIMIT_HOURS,
                    self.soreness_limit_hours,
                ),
            );
        }
        self.cues.validate_into(&mut errors);
        self.heart.validate_into(&mut errors);
        errors.into_result()
    }
}

/// A range's ends, as the messages take them: `$low` and `$high`.
fn limits<T: Copy + Into<u32>>(
    range: &std::ops::RangeInclusive<T>,
) -> [(&'static str, Arg<'static>); 2] {
    [
        ("low", Arg::from((*range.start()).into())),
        ("high", Arg::from((*range.end()).into())),
    ]
}

/// A stored value as the messages show it: as digits, the way the runner typed it.
fn typed(value: impl ToString) -> Arg<'static> {
    Arg::from(value.to_string())
}

/// The message `id` about `value`, outside `range`: "… can be 24 to 48 hours, not 50."
fn out_of_range<T: Copy + Into<u32> + ToString>(
    id: &str,
    range: &std::ops::RangeInclusive<T>,
    value: T,
) -> String {
    let [low, high] = limits(range);
    message_with(id, &[low, high, ("value", typed(value))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_evidence_notes() {
        let profile = Profile::default();
        assert_eq!(profile.cutoffs.a_race_days, 5);
        assert_eq!(profile.cutoffs.b_race_days, 4);
        assert_eq!(profile.cutoffs.c_race_days, 2);
        assert_eq!(profile.cutoffs.post_race_gap_hours, 72);
        assert_eq!(profile.pre_event_preference, PreEventPreference::LightFlush);
        assert!(profile.validate().is_ok());
    }

    #[test]
    fn absurd_numbers_are_refused_field_by_field() {
        let profile = Profile {
            massage_budget_per_month: 30,
            pre_event_preference: PreEventPreference::NoTouch { days: 0 },
            cutoffs: Cutoffs {
                a_race_days: 40,
                b_race_days: 4,
                c_race_days: 2,
                post_race_gap_hours: 2,
            },
            ..Profile::default()
        };
        let errors = profile.validate().unwrap_err();
        for field in [
            "massage_budget_per_month",
            "no_touch_days",
            "a_race_days",
            "post_race_gap_hours",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}: {errors:?}");
        }
        assert!(errors.for_field("b_race_days").is_none());
    }

    #[test]
    fn keys_round_trip_and_match_the_stored_names() {
        for units in Units::ALL {
            assert_eq!(Units::from_key(units.key()), Some(units));
            assert_eq!(serde_json::to_value(units).unwrap(), units.key());
        }
        for theme in Theme::ALL {
            assert_eq!(Theme::from_key(theme.key()), Some(theme));
            assert_eq!(serde_json::to_value(theme).unwrap(), theme.key());
        }
        assert_eq!(Theme::from_key("sepia"), None);
    }

    #[test]
    fn an_overlong_or_multiline_name_is_refused_with_a_reason() {
        let long = Profile {
            display_name: "x".repeat(MAX_DISPLAY_NAME_CHARS + 1),
            ..Profile::default()
        };
        let errors = long.validate().unwrap_err();
        assert!(errors
            .for_field("display_name")
            .unwrap()
            .contains("41 characters"));

        let multiline = Profile {
            display_name: "Ana\nB".into(),
            ..Profile::default()
        };
        assert!(multiline.validate().is_err());
    }
}
