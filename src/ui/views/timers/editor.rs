//! The routine editor: name, steps with area, tool, side, time, pressure and instruction; reorder,
//! add and remove steps; save, or delete the routine.

use crate::core::body::{BodyArea, MassageTool};
use crate::core::routine::copy::{routine_name, tool_label};
use crate::core::routine::{Pressure, Side, MAX_STEPS, MAX_STEP_SECONDS, MIN_STEP_SECONDS};
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{SelectField, TextField};
use crate::ui::form_keys::{from_key, key_of};
use crate::ui::ids::new_id;
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::timers::editor_draft::{
    DraftErrors, RoutineDraft, RoutineDraftStoreExt, StepDraft, StepDraftStoreExt,
};
use crate::ui::views::timers::{named, reason_said, TIMERS_CSS};
use dioxus::prelude::*;

/// The id in the path that asks for a new routine.
pub const NEW: &str = "new";

fn options<T: serde::Serialize + Copy>(
    values: &[T],
    label: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    values
        .iter()
        .map(|value| (key_of(value), label(*value)))
        .collect()
}

/// The tool choice's key for a stretch, which needs none.
const NO_TOOL: &str = "none";

/// Every tool, then "none" for a stretch.
fn tool_options() -> Vec<(String, String)> {
    let mut choices = options(&MassageTool::ALL, MassageTool::label);
    choices.push((NO_TOOL.to_string(), tool_label(None)));
    choices
}

/// The pressure choice's key for a step's own range, one that is none of the presets (an
/// imported routine, or one saved before the presets moved onto the one scale).
const OWN_PRESSURE: &str = "own";

/// The presets on the one pressure scale, lightest first, then `current` when it is none of them,
/// so opening a routine never changes its pressure unasked.
fn pressure_options(current: Pressure) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Pressure::PRESETS
        .iter()
        .enumerate()
        .map(|(i, preset)| (i.to_string(), preset.label()))
        .collect();
    if !Pressure::PRESETS.contains(&current) {
        choices.push((OWN_PRESSURE.to_string(), current.label()));
    }
    choices
}

/// The allowed step lengths and the usual ones (rule 8).
fn seconds_hint() -> String {
    message_with(
        "timers-seconds-hint",
        &[
            ("min", Arg::from(MIN_STEP_SECONDS)),
            ("max", Arg::from(MAX_STEP_SECONDS)),
        ],
    )
}

/// The `id` of the Delete button, which asks once before it deletes.
const DELETE_ID: &str = "delete-routine";

/// Edits the runner's routine `id`, or starts a new one when `id` is [`NEW`].
#[component]
pub fn RoutineEditor(id: String) -> Element {
    let state = use_app_state();
    let clock = use_clock();
    let existing = state
        .read()
        .document
        .routines
        .iter()
        .find(|r| r.id.as_str() == id)
        .cloned();
    let built_in = crate::core::routine::catalog::builtin(&id, state.read().document.profile.tools);
    rsx! {
        style { {TIMERS_CSS} }
        if let Some(routine) = built_in {
            h1 { {routine_name(&routine)} }
            p { {message("timers-built-in-hint")} }
            Link { class: "button", to: Route::Timers {}, {message("timers-back")} }
        } else if existing.is_some() || id == NEW {
            EditorForm { key: "{id}", draft: existing.as_ref().map_or_else(|| RoutineDraft::blank(new_id("routine", clock.now())), RoutineDraft::from_routine), saved: existing.is_some() }
        } else {
            h1 { {message("timers-not-found")} }
            p { {message("timers-editor-not-found-hint")} }
            Link { class: "button", to: Route::Timers {}, {message("timers-back")} }
        }
    }
}

#[component]
fn EditorForm(draft: RoutineDraft, saved: bool) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let form = use_store(|| draft.clone());
    let mut errors = use_signal(DraftErrors::default);
    let mut status = use_signal(String::new);
    let mut confirm_delete = use_signal(|| false);

    let save = move |event: FormEvent| {
        event.prevent_default();
        let routine = match form.read().to_routine(clock.now()) {
            Ok(routine) => routine,
            Err(found) => {
                errors.set(found);
                status.set(message("timers-fix-fields"));
                return;
            }
        };
        errors.set(DraftErrors::default());
        match update.send(Change::put(routine)) {
            Ok(()) => {
                navigator().push(Route::Timers {});
            }
            Err(UpdateError::NotSaved(reason)) => {
                status.set(reason_said("timers-not-saved", reason))
            }
        }
    };
    let delete = move |_| {
        if !confirm_delete() {
            confirm_delete.set(true);
            return;
        }
        let id = form.read().id.clone();
        match update.send(Change::Delete(id)) {
            Ok(()) => {
                navigator().push(Route::Timers {});
            }
            Err(UpdateError::NotSaved(reason)) => {
                status.set(reason_said("timers-not-deleted", reason))
            }
        }
    };

    let count = form.steps().len();
    let step_limit = message_with("timers-step-limit", &[("max", Arg::from(MAX_STEPS))]);
    let shown = errors.read().clone();
    let name_label = message("timers-routine-name");
    rsx! {
        h1 { {message(if saved { "timers-edit-routine" } else { "timers-new-routine" })} }
        form { class: "form editor", onsubmit: save, novalidate: true,
            TextField { id: "routine-name", label: name_label, text: form.name(),
                error: shown.routine.for_field("name").map(str::to_string) }
            h2 { {message("timers-steps-heading")} }
            if let Some(message) = shown.routine.for_field("steps") {
                p { class: "field-error", role: "alert", "{message}" }
            }
            for i in 0..count {
                StepFields { key: "{i}", form, i, count, errors }
            }
            button { r#type: "button", class: "button", disabled: count >= MAX_STEPS,
                "aria-describedby": if count >= MAX_STEPS { Some("step-limit") } else { None },
                onclick: move |_| form.steps().push(StepDraft::new()), {message("timers-add-step")} }
            if count >= MAX_STEPS {
                p { id: "step-limit", class: "hint", {step_limit} }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", {message("timers-save")} }
                Link { class: "button", to: Route::Timers {}, {message("timers-cancel")} }
                if saved {
                    button { id: DELETE_ID, r#type: "button", class: "button danger", onclick: delete,
                        if confirm_delete() { {named("timers-delete-confirm", &draft.name)} } else { {message("timers-delete")} } }
                }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}

/// Step `i` of `count` in the editor `form`: its choices, its time and instruction, and the
/// buttons that move or remove it.
#[component]
fn StepFields(
    form: Store<RoutineDraft>,
    i: usize,
    count: usize,
    errors: Signal<DraftErrors>,
) -> Element {
    let mut form = form;
    let mut errors = errors;
    let step = form.steps().index(i);
    let side = step.side().cloned();
    let pressure = step.pressure().cloned();
    let shown = errors.read().clone();
    let number = || ("number", Arg::from(i + 1));
    let seconds_label = message(if side == Side::EachSide {
        "timers-seconds-per-side"
    } else {
        "timers-seconds"
    });
    // Named here: the fields' lines are markup, which the catalogue check skips.
    let (area, tool, side_label) = (
        message("timers-area"),
        message("timers-tool"),
        message("timers-side"),
    );
    let (pressure_label, what_to_do) = (message("timers-pressure"), message("timers-what-to-do"));
    let up = message_with("timers-move-step-up", &[number()]);
    let down = message_with("timers-move-step-down", &[number()]);
    let remove = message_with("timers-remove-step", &[number()]);
    rsx! {
        fieldset { class: "card step-editor",
            legend { {message_with("timers-step-number", &[number()])} }
            SelectField { id: "step-{i}-muscle", label: area, options: options(&BodyArea::ALL, BodyArea::label),
                selected: key_of(&step.muscle().cloned()),
                onchange: move |key: String| if let Some(v) = from_key(&key) { step.muscle().set(v) } }
            SelectField { id: "step-{i}-tool", label: tool, options: tool_options(),
                selected: step.tool().cloned().as_ref().map_or(NO_TOOL.to_string(), key_of),
                onchange: move |key: String| step.tool().set(from_key(&key)) }
            SelectField { id: "step-{i}-side", label: side_label,
                options: options(&[Side::EachSide, Side::Both, Side::Left, Side::Right], Side::label),
                selected: key_of(&side),
                onchange: move |key: String| if let Some(v) = from_key(&key) { step.side().set(v) } }
            TextField { id: "step-{i}-seconds", label: seconds_label,
                text: step.seconds(), error: shown.step(i, "seconds") }
            p { class: "hint", {seconds_hint()} }
            SelectField { id: "step-{i}-pressure", label: pressure_label, options: pressure_options(pressure),
                selected: Pressure::PRESETS.iter().position(|p| *p == pressure).map_or(OWN_PRESSURE.to_string(), |i| i.to_string()),
                error: shown.step(i, "pressure"),
                onchange: move |key: String| if let Some(p) = key.parse::<usize>().ok().and_then(|i| Pressure::PRESETS.get(i)) { step.pressure().set(*p) } }
            TextField { id: "step-{i}-instruction", label: what_to_do, text: step.instruction(),
                error: shown.step(i, "instruction") }
            div { class: "card-actions",
                button { r#type: "button", class: "button", "aria-label": "{up}", disabled: i == 0,
                    onclick: move |_| { form.write().move_step(i, true); errors.set(DraftErrors::default()); }, {message("timers-up")} }
                button { r#type: "button", class: "button", "aria-label": "{down}", disabled: i + 1 == count,
                    onclick: move |_| { form.write().move_step(i, false); errors.set(DraftErrors::default()); }, {message("timers-down")} }
                button { r#type: "button", class: "button danger", "aria-label": "{remove}",
                    onclick: move |_| { form.steps().remove(i); errors.set(DraftErrors::default()); }, {message("timers-remove")} }
            }
        }
    }
}
