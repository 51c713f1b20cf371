//! The Edit and Delete buttons of one race, the same on a full card and in the compact list.

use crate::core::profile::Units;
use crate::core::race::Race;
use crate::core::words::message;
use crate::ui::clock::use_clock;
use crate::ui::state::use_document_update;
use crate::ui::views::races::draft::RaceDraft;
use crate::ui::views::races::editor::Editor;
use crate::ui::views::races::removal::{Removals, Removed};
use dioxus::prelude::*;

/// Edit loads `race` into the form; Delete removes it, with Undo in the screen's bar.
#[component]
pub fn RaceActions(
    race: Race,
    units: Units,
    editor: Editor<RaceDraft>,
    removals: Removals,
) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let (edit_race, delete_race) = (race.clone(), race.clone());
    rsx! {
        div { class: "card-actions",
            button { r#type: "button", class: "button", id: "edit-{race.id}",
                onclick: move |_| editor.edit(edit_race.id.clone(), RaceDraft::from_race(&edit_race, units)),
                {message("races-edit")}
                span { class: "visually-hidden", " {race.name}" }
            }
            button { r#type: "button", class: "button danger", id: "delete-{race.id}",
                onclick: move |_| {
                    if editor.editing.read().as_ref() == Some(&delete_race.id) {
                        editor.reset(RaceDraft::new(clock.zone(), units));
                    }
                    removals.delete(update, Removed::Race(delete_race.clone()));
                },
                {message("races-delete")}
                span { class: "visually-hidden", " {race.name}" }
            }
        }
    }
}
