//! Settings: the runner's profile and the preferences the recommendation rules read.

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
    let mut errors = use_signal(FieldErrors::default);
    let mut status = use_signal(|| None::<String>);

    let save = move |event: FormEvent| {
        event.prevent_default();
        let base = state.read().profile().clone();
        let profile = match draft.read().to_profile(&base) {
            Ok(profile) => profile,
            Err(found) => {
                errors.set(found);
                status.set(Some(
                    "Not saved: please fix the fields marked below.".into(),
                ));
                return;
            }
        };
        errors.set(FieldErrors::default());
        status.set(Some(match update.send(Change::SetProfile(profile)) {
            Ok(()) => "Saved.".to_string(),
            Err(UpdateError::NotSaved(message)) => format!("Not saved: {message}"),
        }));
    };

    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    let current = draft.read().clone();
    rsx! {
        h1 { "Settings" }
        form { class: "form", onsubmit: save, novalidate: true,
            section { class: "card",
                h2 { "Profile" }
                TextField { id: "display-name", label: "Display name", value: current.display_name.clone(),
                    error: error("display_name"), oninput: move |value| draft.write().display_name = value }
                SelectField { id: "units", label: "Units", selected: current.units.key(),
                    options: Units::ALL.map(|units| (units.key().to_string(), units.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(units) = Units::from_key(&key) {
                            draft.write().units = units;
                        }
                    }
                }
                SelectField { id: "theme", label: "Theme", selected: current.theme.key(),
                    options: Theme::ALL.map(|theme| (theme.key().to_string(), theme.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(theme) = Theme::from_key(&key) {
                            draft.write().theme = theme;
                        }
                    }
                }
                SelectField { id: "motion", label: "Reduce motion", selected: current.motion.key(),
                    options: Motion::ALL.map(|motion| (motion.key().to_string(), motion.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        if let Some(motion) = Motion::from_key(&key) {
                            draft.write().motion = motion;
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
                    oninput: move |value| draft.write().budget = value,
                }
                if current.budget.trim() == "0" {
                    SelectField { id: "tight-per", label: "With less than one a month", selected: current.tight_per.clone(),
                        options: vec![
                            (String::new(), "No professional massage".to_string()),
                            ("block".to_string(), "Some per training block".to_string()),
                            ("year".to_string(), "Some per year".to_string()),
                        ],
                        onchange: move |value| draft.write().tight_per = value }
                    if !current.tight_per.is_empty() {
                        NumberField { id: "tight-sessions", label: "How many", value: current.tight_sessions.clone(),
                            error: error("tight_budget"), oninput: move |value| draft.write().tight_sessions = value }
                        p { class: "hint", "They go to your hardest training blocks and speed-work weeks." }
                    }
                }
                SelectField { id: "pre-event-preference", label: "Before a race I prefer", selected: current.preference_key,
                    options: PreEventPreference::CHOICES.map(|choice| (choice.key().to_string(), choice.label().to_string())).to_vec(),
                    onchange: move |key: String| {
                        let chosen = PreEventPreference::CHOICES.into_iter().find(|choice| choice.key() == key);
                        if let Some(choice) = chosen {
                            draft.write().preference_key = choice.key();
                        }
                    }
                }
                if current.preference_key == "no_touch" {
                    NumberField {
                        id: "no-touch-days",
                        label: "No-touch days before a race",
                        value: current.no_touch_days.clone(),
                        error: error("no_touch_days"),
                        oninput: move |value| draft.write().no_touch_days = value,
                    }
                }
            }
            fieldset { class: "card",
                legend { "Tools you own" }
                Checkbox { id: "tool-foam-roller", label: "Foam roller", checked: current.foam_roller,
                    onchange: move |checked| draft.write().foam_roller = checked }
                Checkbox { id: "tool-stick", label: "Massage stick", checked: current.stick,
                    onchange: move |checked| draft.write().stick = checked }
                Checkbox { id: "tool-ball", label: "Massage ball", checked: current.ball,
                    onchange: move |checked| draft.write().ball = checked }
            }
            fieldset { class: "card",
                legend { "Sun" }
                Checkbox { id: "outdoors-in-daylight", label: "I train outdoors in daylight", checked: current.outdoors_in_daylight,
                    onchange: move |checked| draft.write().outdoors_in_daylight = checked }
                p { class: "hint", "Some citrus oils make skin burn in sunlight; the aromatherapy calculator then keeps them to their sun-safe strength every day." }
            }
            section { class: "card",
                h2 { "Keep deep work clear of races" }
                p { class: "hint", "Deep (general) massage leaves you sore for a day or two, so it stops this many days before a race." }
                NumberField { id: "cutoff-a", label: "Days before an A race", value: current.a_race_days.clone(),
                    error: error("a_race_days"), oninput: move |value| draft.write().a_race_days = value }
                NumberField { id: "cutoff-b", label: "Days before a B race", value: current.b_race_days.clone(),
                    error: error("b_race_days"), oninput: move |value| draft.write().b_race_days = value }
                NumberField { id: "cutoff-c", label: "Days before a C race", value: current.c_race_days.clone(),
                    error: error("c_race_days"), oninput: move |value| draft.write().c_race_days = value }
                NumberField { id: "post-race-gap", label: "Hours after a race before deep work", value: current.post_race_gap_hours.clone(),
                    error: error("post_race_gap_hours"), oninput: move |value| draft.write().post_race_gap_hours = value }
                NumberField { id: "general-spacing", label: "Days between deep massages", value: current.general_spacing_days.clone(),
                    error: error("general_spacing_days"), oninput: move |value| draft.write().general_spacing_days = value }
                NumberField { id: "soreness-limit", label: "Hours of soreness after deep work that are fine", value: current.soreness_limit_hours.clone(),
                    error: error("soreness_limit_hours"), oninput: move |value| draft.write().soreness_limit_hours = value }
                p { class: "hint", "Past this, with soreness of 3 out of 10 or more, or any bruising, the work was too deep and the next session goes lighter." }
            }
            fieldset { class: "card",
                legend { "Timer cues" }
                p { class: "hint", "How the guided player tells you what comes next while the phone lies on the floor." }
                Checkbox { id: "cue-beep", label: "Beep at each change", checked: current.beep,
                    onchange: move |checked| draft.write().beep = checked }
                Checkbox { id: "cue-vibrate", label: "Vibrate (on phones that can)", checked: current.vibrate,
                    onchange: move |checked| draft.write().vibrate = checked }
                Checkbox { id: "cue-speak", label: "Speak the next step", checked: current.speak,
                    onchange: move |checked| draft.write().speak = checked }
                NumberField { id: "get-ready", label: "Get-ready countdown (seconds)", value: current.get_ready_seconds.clone(),
                    error: error("get_ready_seconds"), oninput: move |value| draft.write().get_ready_seconds = value }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "Save settings" }
                p { class: "form-status", role: "status", {status().unwrap_or_default()} }
            }
        }
        DataSettings {}
    }
}
