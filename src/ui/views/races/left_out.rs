//! What the season plan left out because the budget could not cover it (rule 5), with the swap:
//! spend a short budget on deep work in the hard blocks first, or on the race sessions first.

use crate::core::profile::{BudgetFirst, Profile};
use crate::core::recommend::copy::swap_label;
use crate::core::recommend::LeftOut;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use dioxus::prelude::*;

/// The swap button's id, as an expression so component tests can find it.
const SWAP_ID: &str = "budget-swap";

/// The plan's left-out sessions and the swap, or nothing when the budget covers everything.
#[component]
pub fn LeftOutNotice(left_out: Vec<LeftOut>) -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut status = use_signal(String::new);
    let first = state.read().profile().budget_first;
    if left_out.is_empty() {
        return rsx! {};
    }
    let swap = move |_| {
        let next = match first {
            BudgetFirst::RaceSessions => BudgetFirst::DeepWork,
            BudgetFirst::DeepWork => BudgetFirst::RaceSessions,
        };
        let profile = Profile {
            budget_first: next,
            ..state.read().profile().clone()
        };
        status.set(match update.send(Change::SetProfile(profile)) {
            Ok(()) => message("races-swapped"),
            Err(UpdateError::NotSaved(reason)) => {
                message_with("races-not-saved", &[("reason", Arg::from(reason))])
            }
        });
    };
    rsx! {
        section { class: "card left-out", "aria-labelledby": "left-out-heading",
            h3 { id: "left-out-heading", {message("races-left-out-heading")} }
            ul { class: "notice-list",
                for (index, item) in left_out.iter().enumerate() {
                    li { key: "{index}", class: "notice notice-warning", p { {item.text()} } }
                }
            }
            div { class: "form-actions",
                button { r#type: "button", class: "button", id: SWAP_ID, onclick: swap, {swap_label(first)} }
                p { class: "form-status", role: "status", "{status}" }
            }
        }
    }
}
