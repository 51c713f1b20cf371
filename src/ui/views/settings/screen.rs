//! Settings: the runner's profile and the preferences the recommendation rules read, each saved
//! as it changes.

use crate::core::profile::motion::Motion;
use crate::core::profile::{PreEventPreference, Theme, Units};
use crate::core::validation::FieldErrors;
use crate::store::Change;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::settings::data::DataSettings;
use crate::ui::views::settings::draft::SettingsDraft;
use dioxus::prelude::*;

#[component]
pub fn Settings() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut draft = use_signal(|| SettingsDraft::from_profile(state.read().profile()));
    // The stored settings the form last showed: when another copy of the app changes them, the
    // form follows (see the effect below).
    let mut shown = use_signal(|| SettingsDraft::from_profile(state.peek().profile()));
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(|| None::<String>);

    // Each setting is saved as it changes: every one that passes its checks, at once; one that
    // does not shows why beside it and keeps its stored value until it is fixed.
    let save = use_callback(move |()| {
        let base = state.peek().profile().clone();
        let (profile, found) = draft.peek().accepted(&base);
        errors.set(found);
        if profile == base {
            return;
        }
        match update.send(Change::SetProfile(profile)) {
            Ok(()) => {
                shown.set(SettingsDraft::from_profile(state.peek().profile()));
                status.set(None);
            }
            Err(UpdateError::NotSaved(message)) => {
                status.set(Some(format!("Not saved: {message}")))
            }
        }
    });
    // Settings changed elsewhere (another tab or window) replace what the form shows, except
    // the text of a refused setting, which stays for the runner to correct.
    use_effect(move || {
        let stored = SettingsDraft::from_profile(state.read().profile());
        if stored == *shown.peek() {
            return;
        }
        let mut next = stored.clone();
        for error in &errors.peek().0 {
            next.take_setting(error.field, &draft.peek());
        }
        draft.set(next);
        shown.set(stored);
    });
    let mut edit = move |change: &mut dyn FnMut(&mut SettingsDraft)| {
        change(&mut draft.write());
        save.call(());
    };

    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    let current = draft.read().clone();
    rsx! {
        h1 { "Settings" }
        p { class: "hint", "Each change is saved as you make it." }
        p { class: "form-status", role: "status", {status().unwrap_or_default()} }
        div { class: "form",
            section { class: "card",
                h2 { "Profile" }
                TextField { id: "display-name", label: "Display name", value: current.display_name.clone(),
                    error: error("display_name"), oninput: move |value: String| edit(&mut |d| d.display_name.clone_from(&value)) }
                SelectField { id: "units", label: "Units", selected: current.units.key(),
                    options: Units::ALL.map(|units| (units.key().to_string(), units.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(units) = Units::from_key(&key) {
                            edit(&mut |d| d.units = units);
                        }
                    }
                }
                SelectField { id: "theme", label: "Theme", selected: current.theme.key(),
                    options: Theme::ALL.map(|theme| (theme.key().to_string(), theme.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(theme) = Theme::from_key(&key) {
                            edit(&mut |d| d.theme = theme);
                        }
                    }
                }
                SelectField { id: "motion", label: "Reduce motion", selected: current.motion.key(),
                    options: Motion::ALL.map(|motion| (motion.key().to_string(), motion.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(motion) = Motion::from_key(&key) {
                            edit(&mut |d| d.motion = motion);
                        }
                    }
                }
            }
            section { class: "card",
                h2 { "Massage" }
                NumberField {
                    id: "budget",
                    label: "Professional massages per month",
                    value: current.budget.clone(),
                    error: error("massage_budget_per_month"),
                    oninput: move |value: String| edit(&mut |d| d.budget.clone_from(&value)),
                }
                if current.budget.trim() == "0" {
                    SelectField { id: "tight-per", label: "With less than one a month", selected: current.tight_per.clone(),
                        options: vec![
                            (String::new(), "No professional massage".to_string()),
                            ("block".to_string(), "Some per training block".to_string()),
                            ("year".to_string(), "Some per year".to_string()),
                        ],
                        onchange: move |value: String| edit(&mut |d| d.tight_per.clone_from(&value)) }
                    if !current.tight_per.is_empty() {
                        NumberField { id: "tight-sessions", label: "How many", value: current.tight_sessions.clone(),
                            error: error("tight_budget"), oninput: move |value: String| edit(&mut |d| d.tight_sessions.clone_from(&value)) }
                        p { class: "hint", "They go to your hardest training blocks and speed-work weeks." }
                    }
                }
                SelectField { id: "pre-event-preference", label: "Before a race I prefer", selected: current.preference_key,
                    options: PreEventPreference::CHOICES.map(|choice| (choice.key().to_string(), choice.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        let chosen = PreEventPreference::CHOICES.into_iter().find(|choice| choice.key() == key);
                        if let Some(choice) = chosen {
                            edit(&mut |d| d.preference_key = choice.key());
                        }
                    }
                }
                if current.preference_key == "no_touch" {
                    NumberField {
                        id: "no-touch-days",
                        label: "No-touch days before a race",
                        value: current.no_touch_days.clone(),
                        error: error("no_touch_days"),
                        oninput: move |value: String| edit(&mut |d| d.no_touch_days.clone_from(&value)),
                    }
                }
            }
            fieldset { class: "card",
                legend { "Tools you own" }
                Checkbox { id: "tool-foam-roller", label: "Foam roller", checked: current.foam_roller,
                    onchange: move |checked: bool| edit(&mut |d| d.foam_roller = checked) }
                Checkbox { id: "tool-stick", label: "Massage stick", checked: current.stick,
                    onchange: move |checked: bool| edit(&mut |d| d.stick = checked) }
                Checkbox { id: "tool-ball", label: "Massage ball", checked: current.ball,
                    onchange: move |checked: bool| edit(&mut |d| d.ball = checked) }
            }
            fieldset { class: "card",
                legend { "Sun" }
                Checkbox { id: "outdoors-in-daylight", label: "I train outdoors in daylight", checked: current.outdoors_in_daylight,
                    onchange: move |checked: bool| edit(&mut |d| d.outdoors_in_daylight = checked) }
                p { class: "hint", "Some citrus oils make skin burn in sunlight; the aromatherapy calculator then keeps them to their sun-safe strength every day." }
            }
            section { class: "card",
                h2 { "Keep deep work clear of races" }
                p { class: "hint", "Deep (general) massage leaves you sore for a day or two, so it stops this many days before a race." }
                NumberField { id: "cutoff-a", label: "Days before an A race", value: current.a_race_days.clone(),
                    error: error("a_race_days"), oninput: move |value: String| edit(&mut |d| d.a_race_days.clone_from(&value)) }
                NumberField { id: "cutoff-b", label: "Days before a B race", value: current.b_race_days.clone(),
                    error: error("b_race_days"), oninput: move |value: String| edit(&mut |d| d.b_race_days.clone_from(&value)) }
                NumberField { id: "cutoff-c", label: "Days before a C race", value: current.c_race_days.clone(),
                    error: error("c_race_days"), oninput: move |value: String| edit(&mut |d| d.c_race_days.clone_from(&value)) }
                NumberField { id: "post-race-gap", label: "Hours after a race before deep work", value: current.post_race_gap_hours.clone(),
                    error: error("post_race_gap_hours"), oninput: move |value: String| edit(&mut |d| d.post_race_gap_hours.clone_from(&value)) }
                NumberField { id: "general-spacing", label: "Days between deep massages", value: current.general_spacing_days.clone(),
                    error: error("general_spacing_days"), oninput: move |value: String| edit(&mut |d| d.general_spacing_days.clone_from(&value)) }
                NumberField { id: "soreness-limit", label: "Hours of soreness after deep work that are fine", value: current.soreness_limit_hours.clone(),
                    error: error("soreness_limit_hours"), oninput: move |value: String| edit(&mut |d| d.soreness_limit_hours.clone_from(&value)) }
                p { class: "hint", "Past this, with soreness of 3 out of 10 or more, or any bruising, the work was too deep and the next session goes lighter." }
            }
            fieldset { class: "card",
                legend { "Timer cues" }
                p { class: "hint", "How the guided player tells you what comes next while the phone lies on the floor." }
                Checkbox { id: "cue-beep", label: "Beep at each change", checked: current.beep,
                    onchange: move |checked: bool| edit(&mut |d| d.beep = checked) }
                Checkbox { id: "cue-vibrate", label: "Vibrate (on phones that can)", checked: current.vibrate,
                    onchange: move |checked: bool| edit(&mut |d| d.vibrate = checked) }
                Checkbox { id: "cue-speak", label: "Speak the next step", checked: current.speak,
                    onchange: move |checked: bool| edit(&mut |d| d.speak = checked) }
                NumberField { id: "get-ready", label: "Get-ready countdown (seconds)", value: current.get_ready_seconds.clone(),
                    error: error("get_ready_seconds"), oninput: move |value: String| edit(&mut |d| d.get_ready_seconds.clone_from(&value)) }
            }
        }
        DataSettings {}
    }
}
