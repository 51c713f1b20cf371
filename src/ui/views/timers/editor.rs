//! The routine editor: name, steps with area, tool, side, time, pressure and instruction; reorder,
//! add and remove steps; save, or delete the routine.

use crate::core::body::{BodyArea, MassageTool};
use crate::core::routine::copy::tool_label;
use crate::core::routine::{Pressure, Side, MAX_STEPS, MAX_STEP_SECONDS, MIN_STEP_SECONDS};
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
use crate::ui::views::timers::TIMERS_CSS;
use dioxus::prelude::*;

/// The id in the path that asks for a new routine.
pub const NEW: &str = "new";

fn options<T: serde::Serialize + Copy>(
    values: &[T],
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    values
        .iter()
        .map(|value| (key_of(value), label(*value).to_string()))
        .collect()
}

/// The tool choice's key for a stretch, which needs none.
const NO_TOOL: &str = "none";

/// Every tool, then "none" for a stretch.
fn tool_options() -> Vec<(String, String)> {
    let mut choices = options(&MassageTool::ALL, MassageTool::label);
    choices.push((NO_TOOL.to_string(), tool_label(None).to_string()));
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
            h1 { "{routine.name}" }
            p { "Built-in routines stay as they are. Use “Duplicate” on the Timers screen to make your own version." }
            Link { class: "button", to: Route::Timers {}, "Back to timers" }
        } else if existing.is_some() || id == NEW {
            EditorForm { key: "{id}", draft: existing.as_ref().map_or_else(|| RoutineDraft::blank(new_id("routine", clock.now())), RoutineDraft::from_routine), saved: existing.is_some() }
        } else {
            h1 { "Routine not found" }
            p { "It may have been deleted." }
            Link { class: "button", to: Route::Timers {}, "Back to timers" }
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
                status.set("Not saved: please fix the fields marked below.".into());
                return;
            }
        };
        errors.set(DraftErrors::default());
        match update.send(Change::put(routine)) {
            Ok(()) => {
                navigator().push(Route::Timers {});
            }
            Err(UpdateError::NotSaved(message)) => status.set(format!("Not saved: {message}")),
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
            Err(UpdateError::NotSaved(message)) => status.set(format!("Not deleted: {message}")),
        }
    };

    let count = form.steps().len();
    let shown = errors.read().clone();
    rsx! {
        h1 { if saved { "Edit routine" } else { "New routine" } }
        form { class: "form editor", onsubmit: save, novalidate: true,
            TextField { id: "routine-name", label: "Routine name", text: form.name(),
                error: shown.routine.for_field("name").map(str::to_string) }
            h2 { "Steps" }
            if let Some(message) = shown.routine.for_field("steps") {
                p { class: "field-error", role: "alert", "{message}" }
            }
            for i in 0..count {
                StepFields { key: "{i}", form, i, count, errors }
            }
            button { r#type: "button", class: "button", disabled: count >= MAX_STEPS,
                "aria-describedby": if count >= MAX_STEPS { Some("step-limit") } else { None },
                onclick: move |_| form.steps().push(StepDraft::new()), "Add step" }
            if count >= MAX_STEPS {
                p { id: "step-limit", class: "hint", "A routine holds at most {MAX_STEPS} steps; remove one to add another." }
            }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary", "Save routine" }
                Link { class: "button", to: Route::Timers {}, "Cancel" }
                if saved {
                    button { id: DELETE_ID, r#type: "button", class: "button danger", onclick: delete,
                        if confirm_delete() { "Yes, delete {draft.name}" } else { "Delete routine" } }
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
    rsx! {
        fieldset { class: "card step-editor",
            legend { "Step {i + 1}" }
            SelectField { id: "step-{i}-muscle", label: "Area", options: options(&BodyArea::ALL, BodyArea::label),
                selected: key_of(&step.muscle().cloned()),
                onchange: move |key: String| if let Some(v) = from_key(&key) { step.muscle().set(v) } }
            SelectField { id: "step-{i}-tool", label: "Tool", options: tool_options(),
                selected: step.tool().cloned().as_ref().map_or(NO_TOOL.to_string(), key_of),
                onchange: move |key: String| step.tool().set(from_key(&key)) }
            SelectField { id: "step-{i}-side", label: "Side",
                options: options(&[Side::EachSide, Side::Both, Side::Left, Side::Right], Side::label),
                selected: key_of(&side),
                onchange: move |key: String| if let Some(v) = from_key(&key) { step.side().set(v) } }
            TextField { id: "step-{i}-seconds", label: if side == Side::EachSide { "Seconds per side" } else { "Seconds" },
                text: step.seconds(), error: shown.step(i, "seconds") }
            p { class: "hint", "{MIN_STEP_SECONDS} to {MAX_STEP_SECONDS} seconds; 30–60 before a run, 60–120 after." }
            SelectField { id: "step-{i}-pressure", label: "Pressure", options: pressure_options(pressure),
                selected: Pressure::PRESETS.iter().position(|p| *p == pressure).map_or(OWN_PRESSURE.to_string(), |i| i.to_string()),
                error: shown.step(i, "pressure"),
                onchange: move |key: String| if let Some(p) = key.parse::<usize>().ok().and_then(|i| Pressure::PRESETS.get(i)) { step.pressure().set(*p) } }
            TextField { id: "step-{i}-instruction", label: "What to do", text: step.instruction(),
                error: shown.step(i, "instruction") }
            div { class: "card-actions",
                button { r#type: "button", class: "button", "aria-label": "Move step {i + 1} up", disabled: i == 0,
                    onclick: move |_| { form.write().move_step(i, true); errors.set(DraftErrors::default()); }, "↑ Up" }
                button { r#type: "button", class: "button", "aria-label": "Move step {i + 1} down", disabled: i + 1 == count,
                    onclick: move |_| { form.write().move_step(i, false); errors.set(DraftErrors::default()); }, "↓ Down" }
                button { r#type: "button", class: "button danger", "aria-label": "Remove step {i + 1}",
                    onclick: move |_| { form.steps().remove(i); errors.set(DraftErrors::default()); }, "Remove" }
            }
        }
    }
}
