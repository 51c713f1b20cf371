//! Settings: the runner's profile and the preferences the recommendation rules read, each saved
//! as it changes.

use crate::core::profile::motion::Motion;
use crate::core::profile::{LanguageChoice, PreEventPreference, Theme, Units};
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::components::{Checkbox, NumberField, SelectField, TextField};
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::settings::data::DataSettings;
use crate::ui::views::settings::draft::{SettingsDraft, SettingsDraftStoreExt};
use dioxus::prelude::*;

#[component]
pub fn Settings() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut draft = use_store(|| SettingsDraft::from_profile(state.read().profile()));
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
            Err(UpdateError::NotSaved(problem)) => {
                let args = [("problem", Arg::from(problem))];
                status.set(Some(message_with("settings-not-saved", &args)))
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
    rsx! {
        h1 { {message("settings-title")} }
        p { class: "hint",
            {message("settings-saved-as-you-go")}
        }
        p { class: "form-status", role: "status", {status().unwrap_or_default()} }
        div { class: "form",
            section { class: "card",
                h2 { {message("settings-profile")} }
                SelectField { id: "language",
                    label: message("settings-language"),
                    selected: draft.language().cloned().key(),
                    options: LanguageChoice::choices().map(|choice| (choice.key().to_string(), choice.label())).collect::<Vec<_>>(),
                    onchange: move |key: String| {
                        if let Some(language) = LanguageChoice::from_key(&key) {
                            edit(&mut |d| d.language = language);
                        }
                    }
                }
                TextField { id: "display-name",
                    label: message("settings-display-name"),
                    text: draft.display_name(), error: error("display_name"), oninput: move |_| save.call(()) }
                SelectField { id: "units",
                    label: message("settings-units"),
                    selected: draft.units().cloned().key(),
                    options: Units::ALL.map(|units| (units.key().to_string(), units.label())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(units) = Units::from_key(&key) {
                            edit(&mut |d| d.units = units);
                        }
                    }
                }
                SelectField { id: "theme",
                    label: message("settings-theme"),
                    selected: draft.theme().cloned().key(),
                    options: Theme::ALL.map(|theme| (theme.key().to_string(), theme.label())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(theme) = Theme::from_key(&key) {
                            edit(&mut |d| d.theme = theme);
                        }
                    }
                }
                SelectField { id: "motion",
                    label: message("settings-motion"),
                    selected: draft.motion().cloned().key(),
                    options: Motion::ALL.map(|motion| (motion.key().to_string(), motion.label())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(motion) = Motion::from_key(&key) {
                            edit(&mut |d| d.motion = motion);
                        }
                    }
                }
            }
            section { class: "card",
                h2 { {message("settings-massage")} }
                NumberField {
                    id: "budget",
                    label: message("settings-budget"),
                    text: draft.budget(),
                    error: error("massage_budget_per_month"),
                    oninput: move |_| save.call(()),
                }
                if draft.budget().read().trim() == "0" {
                    SelectField { id: "tight-per",
                        label: message("settings-tight-per"),
                        selected: draft.tight_per().cloned(),
                        options: vec![
                            (String::new(), message("settings-tight-none")),
                            ("block".to_string(), message("settings-tight-block")),
                            ("year".to_string(), message("settings-tight-year")),
                        ],
                        onchange: move |value: String| edit(&mut |d| d.tight_per.clone_from(&value)) }
                    if !draft.tight_per().read().is_empty() {
                        NumberField { id: "tight-sessions",
                            label: message("settings-tight-sessions"),
                            text: draft.tight_sessions(), error: error("tight_budget"), oninput: move |_| save.call(()) }
                        p { class: "hint",
                            {message("settings-tight-hint")}
                        }
                    }
                }
                SelectField { id: "pre-event-preference",
                    label: message("settings-pre-event"),
                    selected: draft.preference_key().cloned(),
                    options: PreEventPreference::CHOICES.map(|choice| (choice.key().to_string(), choice.label())).to_vec(),
                    onchange: move |key: String| {
                        let chosen = PreEventPreference::CHOICES.into_iter().find(|choice| choice.key() == key);
                        if let Some(choice) = chosen {
                            edit(&mut |d| d.preference_key = choice.key());
                        }
                    }
                }
                if draft.preference_key().cloned() == "no_touch" {
                    NumberField {
                        id: "no-touch-days",
                        label: message("settings-no-touch-days"),
                        text: draft.no_touch_days(),
                        error: error("no_touch_days"),
                        oninput: move |_| save.call(()),
                    }
                }
            }
            fieldset { class: "card",
                legend { {message("settings-tools")} }
                Checkbox { id: "tool-foam-roller",
                    label: message("settings-tool-foam-roller"),
                    checked: draft.foam_roller().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.foam_roller = checked) }
                Checkbox { id: "tool-stick",
                    label: message("settings-tool-stick"),
                    checked: draft.stick().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.stick = checked) }
                Checkbox { id: "tool-ball",
                    label: message("settings-tool-ball"),
                    checked: draft.ball().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.ball = checked) }
            }
            fieldset { class: "card",
                legend { {message("settings-sun")} }
                Checkbox { id: "outdoors-in-daylight",
                    label: message("settings-outdoors"),
                    checked: draft.outdoors_in_daylight().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.outdoors_in_daylight = checked) }
                p { class: "hint",
                    {message("settings-outdoors-hint")}
                }
            }
            section { class: "card",
                h2 { {message("settings-cutoffs")} }
                p { class: "hint",
                    {message("settings-cutoffs-hint")}
                }
                NumberField { id: "cutoff-a",
                    label: message("settings-cutoff-a"),
                    text: draft.a_race_days(), error: error("a_race_days"), oninput: move |_| save.call(()) }
                NumberField { id: "cutoff-b",
                    label: message("settings-cutoff-b"),
                    text: draft.b_race_days(), error: error("b_race_days"), oninput: move |_| save.call(()) }
                NumberField { id: "cutoff-c",
                    label: message("settings-cutoff-c"),
                    text: draft.c_race_days(), error: error("c_race_days"), oninput: move |_| save.call(()) }
                NumberField { id: "post-race-gap",
                    label: message("settings-post-race-gap"),
                    text: draft.post_race_gap_hours(), error: error("post_race_gap_hours"), oninput: move |_| save.call(()) }
                NumberField { id: "general-spacing",
                    label: message("settings-general-spacing"),
                    text: draft.general_spacing_days(), error: error("general_spacing_days"), oninput: move |_| save.call(()) }
                NumberField { id: "soreness-limit",
                    label: message("settings-soreness-limit"),
                    text: draft.soreness_limit_hours(), error: error("soreness_limit_hours"), oninput: move |_| save.call(()) }
                p { class: "hint",
                    {message("settings-soreness-hint")}
                }
            }
            fieldset { class: "card",
                legend { {message("settings-cues")} }
                p { class: "hint",
                    {message("settings-cues-hint")}
                }
                Checkbox { id: "cue-beep",
                    label: message("settings-cue-beep"),
                    checked: draft.beep().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.beep = checked) }
                Checkbox { id: "cue-vibrate",
                    label: message("settings-cue-vibrate"),
                    checked: draft.vibrate().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.vibrate = checked) }
                Checkbox { id: "cue-speak",
                    label: message("settings-cue-speak"),
                    checked: draft.speak().cloned(),
                    onchange: move |checked: bool| edit(&mut |d| d.speak = checked) }
                NumberField { id: "get-ready",
                    label: message("settings-get-ready"),
                    text: draft.get_ready_seconds(), error: error("get_ready_seconds"), oninput: move |_| save.call(()) }
            }
        }
        DataSettings {}
    }
}
