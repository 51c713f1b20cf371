//! The Settings form as typed: text fields stay text, so a half-typed number is never lost and
//! every problem is reported next to its field, while every setting that passes is saved.

use crate::core::body::MassageTool;
use crate::core::profile::motion::Motion;
use crate::core::profile::{
    LanguageChoice, PreEventPreference, Profile, Theme, TightBudget, Units,
};
use crate::core::validation::{parse_count, FieldErrors};
use dioxus::prelude::{dioxus_stores, Store};

/// What the Settings form currently shows. A store, so each field edits its own part.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct SettingsDraft {
    pub display_name: String,
    pub language: LanguageChoice,
    pub units: Units,
    pub theme: Theme,
    pub motion: Motion,
    pub budget: String,
    /// With a budget of 0: `""` (none), `"block"` or `"year"`.
    pub tight_per: String,
    /// Sessions per block or per year, as typed.
    pub tight_sessions: String,
    pub preference_key: &'static str,
    pub no_touch_days: String,
    pub foam_roller: bool,
    pub stick: bool,
    pub ball: bool,
    pub outdoors_in_daylight: bool,
    pub a_race_days: String,
    pub b_race_days: String,
    pub c_race_days: String,
    pub post_race_gap_hours: String,
    pub general_spacing_days: String,
    pub soreness_limit_hours: String,
    pub beep: bool,
    pub vibrate: bool,
    pub speak: bool,
    pub get_ready_seconds: String,
}

impl SettingsDraft {
    pub fn from_profile(profile: &Profile) -> Self {
        let no_touch_days = match profile.pre_event_preference {
            PreEventPreference::NoTouch { days } => days,
            _ => 3,
        };
        SettingsDraft {
            display_name: profile.display_name.clone(),
            language: profile.language,
            units: profile.units,
            theme: profile.theme,
            motion: profile.motion,
            budget: profile.massage_budget_per_month.to_string(),
            tight_per: match profile.tight_budget {
                Some(TightBudget::Block(_)) => "block".into(),
                Some(TightBudget::Year(_)) => "year".into(),
                None => String::new(),
            },
            tight_sessions: match profile.tight_budget {
                Some(TightBudget::Block(n) | TightBudget::Year(n)) => n.to_string(),
                None => "1".into(),
            },
            preference_key: profile.pre_event_preference.key(),
            no_touch_days: no_touch_days.to_string(),
            foam_roller: profile.tools.has(MassageTool::FoamRoller),
            stick: profile.tools.has(MassageTool::Stick),
            ball: profile.tools.has(MassageTool::Ball),
            outdoors_in_daylight: profile.trains_outdoors_in_daylight,
            a_race_days: profile.cutoffs.a_race_days.to_string(),
            b_race_days: profile.cutoffs.b_race_days.to_string(),
            c_race_days: profile.cutoffs.c_race_days.to_string(),
            post_race_gap_hours: profile.cutoffs.post_race_gap_hours.to_string(),
            general_spacing_days: profile.general_spacing_days.to_string(),
            soreness_limit_hours: profile.soreness_limit_hours.to_string(),
            beep: profile.cues.beep,
            vibrate: profile.cues.vibrate,
            speak: profile.cues.speak,
            get_ready_seconds: profile.cues.get_ready_seconds.to_string(),
        }
    }

    /// The profile this draft describes, on top of `base`, or every problem found.
    pub fn to_profile(&self, base: &Profile) -> Result<Profile, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut number = |field: &'static str, text: &str| -> u16 {
            parse_count(text).unwrap_or_else(|message| {
                errors.push(field, message);
                0
            })
        };
        let small = |value: u16| u8::try_from(value).unwrap_or(u8::MAX);
        let budget = small(number("massage_budget_per_month", &self.budget));
        // A budget below one a month only counts when the monthly budget is 0.
        let tight = match (budget, self.tight_per.as_str()) {
            (0, "block") => Some(TightBudget::Block(small(number(
                "tight_budget",
                &self.tight_sessions,
            )))),
            (0, "year") => Some(TightBudget::Year(small(number(
                "tight_budget",
                &self.tight_sessions,
            )))),
            _ => None,
        };
        let no_touch_days = small(number("no_touch_days", &self.no_touch_days));
        let a_race_days = small(number("a_race_days", &self.a_race_days));
        let b_race_days = small(number("b_race_days", &self.b_race_days));
        let c_race_days = small(number("c_race_days", &self.c_race_days));
        let gap = number("post_race_gap_hours", &self.post_race_gap_hours);
        let spacing = small(number("general_spacing_days", &self.general_spacing_days));
        let soreness_limit = number("soreness_limit_hours", &self.soreness_limit_hours);
        let get_ready = number("get_ready_seconds", &self.get_ready_seconds);

        let mut profile = base.clone();
        profile.display_name = self.display_name.trim().to_string();
        profile.language = self.language;
        profile.units = self.units;
        profile.theme = self.theme;
        profile.motion = self.motion;
        profile.massage_budget_per_month = budget;
        profile.tight_budget = tight;
        profile.pre_event_preference =
            PreEventPreference::from_key(self.preference_key, no_touch_days).unwrap_or_default();
        profile.tools.foam_roller = self.foam_roller;
        profile.tools.stick = self.stick;
        profile.tools.ball = self.ball;
        profile.trains_outdoors_in_daylight = self.outdoors_in_daylight;
        profile.cutoffs.a_race_days = a_race_days;
        profile.cutoffs.b_race_days = b_race_days;
        profile.cutoffs.c_race_days = c_race_days;
        profile.cutoffs.post_race_gap_hours = gap;
        profile.general_spacing_days = spacing;
        profile.soreness_limit_hours = soreness_limit;
        profile.cues.beep = self.beep;
        profile.cues.vibrate = self.vibrate;
        profile.cues.speak = self.speak;
        profile.cues.get_ready_seconds = u32::from(get_ready);

        // Fields that did not even parse keep their own message instead of a range message.
        if let Err(range_errors) = profile.validate() {
            for error in range_errors.0 {
                if errors.for_field(error.field).is_none() {
                    errors.0.push(error);
                }
            }
        }
        errors.into_result().map(|()| profile)
    }

    /// The profile with every setting of this draft that passes its checks, on top of `base`,
    /// and the problems of those that do not, which keep `base`'s value until they are fixed:
    /// each setting is saved as it changes, whatever the state of the others.
    pub fn accepted(&self, base: &Profile) -> (Profile, FieldErrors) {
        let errors = match self.to_profile(base) {
            Ok(profile) => return (profile, FieldErrors::default()),
            Err(errors) => errors,
        };
        let stored = SettingsDraft::from_profile(base);
        let mut valid = self.clone();
        for error in &errors.0 {
            valid.take_setting(error.field, &stored);
        }
        (
            valid.to_profile(base).unwrap_or_else(|_| base.clone()),
            errors,
        )
    }

    /// Puts `from`'s text back in the field(s) of the setting a validation `field` is about.
    pub fn take_setting(&mut self, field: &str, from: &SettingsDraft) {
        match field {
            "display_name" => self.display_name.clone_from(&from.display_name),
            "massage_budget_per_month" => self.budget.clone_from(&from.budget),
            "tight_budget" => {
                self.tight_per.clone_from(&from.tight_per);
                self.tight_sessions.clone_from(&from.tight_sessions);
            }
            "no_touch_days" => self.no_touch_days.clone_from(&from.no_touch_days),
            "a_race_days" => self.a_race_days.clone_from(&from.a_race_days),
            "b_race_days" => self.b_race_days.clone_from(&from.b_race_days),
            "c_race_days" => self.c_race_days.clone_from(&from.c_race_days),
            "post_race_gap_hours" => self
                .post_race_gap_hours
                .clone_from(&from.post_race_gap_hours),
            "general_spacing_days" => self
                .general_spacing_days
                .clone_from(&from.general_spacing_days),
            "soreness_limit_hours" => self
                .soreness_limit_hours
                .clone_from(&from.soreness_limit_hours),
            "get_ready_seconds" => self.get_ready_seconds.clone_from(&from.get_ready_seconds),
            // The heart rates are set on the Training screen, never here.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_survives_the_round_trip_through_the_form() {
        let mut profile = Profile {
            pre_event_preference: PreEventPreference::NoTouch { days: 4 },
            ..Profile::default()
        };
        profile.tools.ball = true;
        profile.cues.speak = false;
        profile.cues.get_ready_seconds = 12;
        let draft = SettingsDraft::from_profile(&profile);
        assert_eq!(draft.to_profile(&profile).unwrap(), profile);
    }

    #[test]
    fn the_settings_that_pass_are_kept_and_the_refused_ones_keep_their_stored_value() {
        let base = Profile::default();
        let mut draft = SettingsDraft::from_profile(&base);
        draft.display_name = "Ana".into();
        draft.budget = "40".into();
        draft.a_race_days = "six".into();
        let (profile, errors) = draft.accepted(&base);
        assert_eq!(profile.display_name, "Ana");
        assert_eq!(
            profile.massage_budget_per_month,
            base.massage_budget_per_month
        );
        assert_eq!(profile.cutoffs.a_race_days, base.cutoffs.a_race_days);
        assert!(errors.for_field("massage_budget_per_month").is_some());
        assert!(errors.for_field("a_race_days").is_some());
        assert!(errors.for_field("display_name").is_none());
    }

    #[test]
    fn text_in_a_number_field_is_reported_there_and_nothing_else_changes() {
        let profile = Profile::default();
        let mut draft = SettingsDraft::from_profile(&profile);
        draft.budget = "two".into();
        draft.post_race_gap_hours = "5".into();
        let errors = draft.to_profile(&profile).unwrap_err();
        assert_eq!(
            errors.for_field("massage_budget_per_month"),
            Some("Enter a whole number, like 3, not \"two\".")
        );
        assert!(errors
            .for_field("post_race_gap_hours")
            .unwrap()
            .contains("72"));
        assert!(errors.for_field("a_race_days").is_none());
        assert_eq!(draft.budget, "two", "the typed text is kept for correcting");
        // Whole numbers out of range are named as such, with the value.
        draft.budget = "-1".into();
        let errors = draft.to_profile(&profile).unwrap_err();
        assert_eq!(
            errors.for_field("massage_budget_per_month"),
            Some("Enter 0 or more, not -1.")
        );
        draft.budget = "100000".into();
        let errors = draft.to_profile(&profile).unwrap_err();
        assert!(errors
            .for_field("massage_budget_per_month")
            .unwrap()
            .starts_with("100000 is far more"));
    }
}
