//! Training blocks on the Races screen: the list with edit and delete, and the add/edit form.

use crate::core::dates;
use crate::core::sorting;
use crate::core::training::detect::read_season;
use crate::core::training::{BlockKind, TrainingBlock};
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::LoadChart;
use crate::ui::components::{Checkbox, SelectField, TextField};
use crate::ui::form_keys::key_of;
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update};
use crate::ui::views::races::block_draft::{BlockDraft, BlockDraftStoreExt};
use crate::ui::views::races::editor::{use_editor, Editor};
use crate::ui::views::races::removal::{block_name, Removals, Removed};
use dioxus::prelude::*;

/// The blocks of the season, earliest first, and the form that adds or edits them.
#[component]
pub fn Blocks(removals: Removals) -> Element {
    let state = use_app_state();
    let editor = use_editor("block", BlockDraft::default);
    let mut blocks = state.read().document.blocks.clone();
    sorting::sort_by(&mut blocks, |a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    rsx! {
        section { class: "blocks", "aria-labelledby": "blocks-heading",
            h2 { id: "blocks-heading", {message("races-blocks-heading")} }
            p { class: "hint", {message("races-blocks-hint")} }
            if !blocks.is_empty() {
                ul { class: "block-list",
                    for block in blocks {
                        BlockItem { key: "{block.id}", block, editor, removals }
                    }
                }
            }
            BlockForm { editor }
            FromTheFiles {}
        }
    }
}

/// The weekly load from the runner's imported files, with what they suggest, and the way to the
/// review; nothing until files have been imported.
#[component]
fn FromTheFiles() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let minute = use_minute_clock();
    let zone = clock.zone();
    let read = state.read();
    let document = &read.document;
    if document.activities.is_empty() {
        return rsx! {};
    }
    let today = minute().with_timezone(&zone).date_naive();
    let season = read_season(&document.activities, document.profile.heart, &zone, today);
    let proposals = season.proposals(&document.blocks, &document.races, &document.tombstones);
    let count = proposals.len();
    rsx! {
        h3 { {message("races-load-heading")} }
        LoadChart { weeks: season.weeks, blocks: document.blocks.clone(), proposals }
        if count > 0 {
            Link { class: "button", to: Route::Training {},
                {message_with("races-review-proposals", &[("count", Arg::from(count))])}
            }
        }
    }
}

/// One block in the list, with its Edit and Delete buttons.
#[component]
fn BlockItem(block: TrainingBlock, editor: Editor<BlockDraft>, removals: Removals) -> Element {
    let update = use_document_update();
    let name = block_name(&block);
    let (edit_block, delete_block) = (block.clone(), block.clone());
    let mut args = vec![
        ("start", Arg::from(dates::day_month_year(block.start))),
        ("end", Arg::from(dates::day_month_year(block.end))),
        (
            "speed",
            Arg::from(if block.speed_work { "yes" } else { "no" }),
        ),
    ];
    args.extend(counted(usize::try_from(block.days()).unwrap_or(0)));
    let facts = message_with("races-block-facts", &args);
    rsx! {
        li { class: "card block-item",
            p { class: "block-name",
                strong { {block.kind.label()} }
                " · {facts}"
            }
            div { class: "card-actions",
                button { r#type: "button", class: "button", id: "edit-{block.id}",
                    onclick: move |_| editor.edit(edit_block.id.clone(), BlockDraft::from_block(&edit_block)),
                    {message("races-edit")}
                    span { class: "visually-hidden", " {name}" }
                }
                button { r#type: "button", class: "button danger", id: "delete-{block.id}",
                    onclick: move |_| {
                        if editor.editing.read().as_ref() == Some(&delete_block.id) {
                            editor.reset(BlockDraft::default());
                        }
                        removals.delete(update, Removed::Block(delete_block.clone()));
                    },
                    {message("races-delete")}
                    span { class: "visually-hidden", " {name}" }
                }
            }
        }
    }
}

/// Adds a block, or saves the one `editor` is editing.
#[component]
fn BlockForm(editor: Editor<BlockDraft>) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let save = move |event: FormEvent| {
        event.prevent_default();
        let now = clock.now();
        // A second tap on the form its first tap already saved and cleared.
        let Some(id) = editor.record_id() else {
            return;
        };
        let checked = editor.draft.read().to_block(id, now);
        let block = match checked {
            Ok(block) => block,
            Err(found) => {
                editor.refuse(found, &message("races-fix-fields"));
                return;
            }
        };
        let name = block_name(&block);
        editor.finish_save(
            update.send(Change::put(block)),
            name,
            BlockDraft::default(),
            now,
        );
    };
    rsx! {
        form { class: "form card block-form", onsubmit: save, novalidate: true,
            "aria-label": message(if editor.is_editing() { "races-block-form-edit" } else { "races-block-form-add" }),
            BlockFields { prefix: "block", draft: editor.draft, start_error: editor.error("start"), end_error: editor.error("end") }
            div { class: "form-actions",
                button { r#type: "submit", class: "button primary",
                    if editor.is_editing() { {message("races-save-block")} } else { {message("races-add-block")} }
                }
                if editor.is_editing() {
                    button { r#type: "button", class: "button",
                        onclick: move |_| editor.reset(BlockDraft::default()), {message("races-cancel-editing")} }
                }
                p { class: "form-status", role: "status", {editor.status.read().clone()} }
            }
        }
    }
}

/// A block's dates, kind and speed work, for the block form and for editing a block the training
/// files propose; the fields' ids start with `prefix`.
#[component]
pub fn BlockFields(
    prefix: &'static str,
    draft: Store<BlockDraft>,
    start_error: Option<String>,
    end_error: Option<String>,
) -> Element {
    let kinds = BlockKind::ALL
        .iter()
        .map(|kind| (key_of(kind), kind.label()))
        .collect::<Vec<_>>();
    rsx! {
        div { class: "field-row",
            TextField { id: "{prefix}-start", label: message("races-field-block-start"), kind: "date", text: draft.start(), error: start_error }
            TextField { id: "{prefix}-end", label: message("races-field-block-end"), kind: "date", text: draft.end(), error: end_error }
        }
        SelectField { id: "{prefix}-kind", label: message("races-field-block-kind"), options: kinds, selected: draft.kind().cloned(),
            onchange: move |value| draft.kind().set(value) }
        Checkbox { id: "{prefix}-speed", label: message("races-field-speed-work"), checked: draft.speed_work().cloned(),
            onchange: move |checked| draft.speed_work().set(checked) }
    }
}
