//! The review of what the training files propose: each block or race with Accept, Edit and
//! Dismiss. Accepted ones become ordinary blocks and races, so the plan and Today use them at
//! once; dismissed ones are not proposed again (on any device the data is merged into).

use crate::core::race::Priority;
use crate::core::record::RecordId;
use crate::core::training::copy::{not_saved, proposal_reason, proposal_title};
use crate::core::training::detect::Proposal;
use crate::core::validation::FieldErrors;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{SelectField, TextField};
use crate::ui::form_keys::{from_key, key_of};
use crate::ui::ids::new_id;
use crate::ui::state::{use_document_update, UpdateError};
use crate::ui::views::races::{BlockDraft, BlockFields};
use dioxus::prelude::*;

#[component]
pub fn Review(proposals: Vec<Proposal>) -> Element {
    let status = use_signal(String::new);
    rsx! {
        section { class: "review", "aria-labelledby": "review-heading",
            h2 { id: "review-heading", {message("training-review-heading")} }
            if proposals.is_empty() {
                p { class: "hint", {message("training-review-empty")} }
            } else {
                p { class: "hint", {message("training-review-hint")} }
                ul { class: "proposal-list",
                    for proposal in proposals {
                        ProposalCard { key: "{proposal.key()}", proposal, status }
                    }
                }
            }
            p { class: "form-status", role: "status", {status.read().clone()} }
        }
    }
}

/// A proposal made into the record it stands for.
enum Accepted {
    Block(crate::core::training::TrainingBlock),
    Race(crate::core::race::Race),
}

#[component]
fn ProposalCard(proposal: Proposal, status: Signal<String>) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let mut editing = use_signal(|| false);
    let title = proposal_title(&proposal);
    let key = proposal.key();
    let mut report = move |result: Result<(), UpdateError>, done: String| {
        status.set(match result {
            Ok(()) => done,
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };
    let (accepted, dismissed) = (proposal.clone(), proposal.clone());
    let accept_title = title.clone();
    // Given when the card opens, so a second tap on Accept saves the same record again.
    let new = use_hook(|| match &proposal {
        Proposal::Block(_) => new_id("block", clock.now()),
        Proposal::Race(_) => new_id("race", clock.now()),
    });
    let accept = move |_| {
        let now = clock.now();
        // Held to the checks every stored block and race passes; one that fails (a race with no
        // distance in its file) opens in the editor with the reason.
        let checked = match &accepted {
            Proposal::Block(proposed) => {
                let block = proposed.accept(new.clone(), now);
                block.check().map(|()| Accepted::Block(block))
            }
            Proposal::Race(proposed) => {
                let race = proposed.accept(new.clone(), clock.zone(), now);
                race.check().map(|()| Accepted::Race(race))
            }
        };
        let result = match checked {
            Ok(Accepted::Block(block)) => update.send(Change::put(block)),
            Ok(Accepted::Race(race)) => update.send(Change::put(race)),
            Err(found) => {
                let reasons: Vec<&str> = found.0.iter().map(|e| e.message.as_str()).collect();
                editing.set(true);
                let args = [("reasons", Arg::from(reasons.join(" ")))];
                return status.set(message_with("training-edit-first", &args));
            }
        };
        let args = [("title", Arg::from(accept_title.as_str()))];
        report(result, message_with("training-accepted", &args));
    };
    let dismiss_title = title.clone();
    let dismiss = move |_| {
        let result = update.send(Change::Delete(dismissed.dismissal_id()));
        let args = [("title", Arg::from(dismiss_title.as_str()))];
        report(result, message_with("training-dismissed", &args));
    };
    rsx! {
        li { class: "card proposal",
            h3 { class: "proposal-title", "{title}" }
            p { {proposal_reason(&proposal)} }
            if editing() {
                match proposal.clone() {
                    Proposal::Block(block) => rsx! {
                        EditBlock { draft: BlockDraft::from_block(&block.accept(RecordId(String::new()), clock.now())), editing, status }
                    },
                    Proposal::Race(race) => rsx! {
                        EditRace { proposal: Proposal::Race(race), editing, status }
                    },
                }
            } else {
                div { class: "card-actions",
                    button { r#type: "button", class: "button primary", id: "accept-{key}", onclick: accept,
                        {message("training-accept")}
                        span { class: "visually-hidden", " {title}" }
                    }
                    button { r#type: "button", class: "button", id: "edit-{key}", onclick: move |_| editing.set(true),
                        {message("training-edit")}
                        span { class: "visually-hidden", " {title}" }
                    }
                    button { r#type: "button", class: "button", id: "dismiss-{key}", onclick: dismiss,
                        {message("training-dismiss")}
                        span { class: "visually-hidden", " {title}" }
                    }
                }
            }
        }
    }
}

/// A proposed block's fields, saved as a new block when they pass the block form's checks.
#[component]
fn EditBlock(draft: BlockDraft, editing: Signal<bool>, status: Signal<String>) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let draft = use_store(|| draft);
    let mut errors = use_signal(FieldErrors::default);
    // Given when the form opens, so a second tap saves the same block again.
    let id = use_hook(|| new_id("block", clock.now()));
    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        let checked = draft.read().to_block(id.clone(), now);
        let block = match checked.and_then(|block| {
            block
                .validate(now.with_timezone(&clock.zone()).date_naive())
                .map(|()| block)
        }) {
            Ok(block) => block,
            Err(found) => return errors.set(found),
        };
        let added = message_with(
            "training-block-added",
            &[("block", Arg::from(block.kind.block_name()))],
        );
        status.set(match update.send(Change::put(block)) {
            Ok(()) => added,
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };
    let error = move |field: &str| errors.read().for_field(field).map(str::to_string);
    rsx! {
        form { class: "form", onsubmit: save, novalidate: true, "aria-label": message("training-edit-block"),
            BlockFields { prefix: "proposed-block", draft, start_error: error("start"), end_error: error("end") }
            FormButtons { editing }
        }
    }
}

/// A proposed race's name and priority, saved as a new race.
#[component]
fn EditRace(proposal: Proposal, editing: Signal<bool>, status: Signal<String>) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let Proposal::Race(race) = proposal else {
        return rsx! {};
    };
    let name = use_signal(|| race.name.clone());
    let mut priority = use_signal(|| key_of(&Priority::B));
    let mut errors = use_signal(FieldErrors::default);
    // Given when the form opens, so a second tap saves the same race again.
    let id = use_hook(|| new_id("race", clock.now()));
    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        let mut accepted = race.accept(id.clone(), clock.zone(), now);
        accepted.name = name.read().trim().to_string();
        accepted.priority = from_key(&priority.read()).unwrap_or(Priority::B);
        if let Err(found) = accepted.check() {
            return errors.set(found);
        }
        let added = message_with(
            "training-race-added",
            &[("name", Arg::from(accepted.name.clone()))],
        );
        status.set(match update.send(Change::put(accepted)) {
            Ok(()) => added,
            Err(UpdateError::NotSaved(reason)) => not_saved(reason),
        });
    };
    let priorities = Priority::ALL
        .iter()
        .map(|p| (key_of(p), p.label().to_string()))
        .collect::<Vec<_>>();
    rsx! {
        form { class: "form", onsubmit: save, novalidate: true, "aria-label": message("training-edit-race"),
            TextField { id: "proposed-race-name", label: message("training-race-name"), text: name,
                error: errors.read().for_field("name").map(str::to_string) }
            SelectField { id: "proposed-race-priority", label: message("training-priority"), options: priorities,
                selected: priority(), onchange: move |value| priority.set(value) }
            FormButtons { editing }
        }
    }
}

/// Save, and Cancel back to the proposal.
#[component]
fn FormButtons(editing: Signal<bool>) -> Element {
    let mut editing = editing;
    rsx! {
        div { class: "form-actions",
            button { r#type: "submit", class: "button primary", {message("training-save")} }
            button { r#type: "button", class: "button", onclick: move |_| editing.set(false), {message("training-cancel")} }
        }
    }
}
