//! Tells the runner, prominently, when their stored data could not be used as it was.

use crate::store::LoadNotice;
use crate::ui::state::use_app_state;
use dioxus::prelude::*;

#[component]
pub fn LoadBanner() -> Element {
    let state = use_app_state();
    let state = state.read();
    let notice = state.load_notice.as_ref().map(|notice| match notice {
        LoadNotice::SetAside { kept_at, restored_backup } => {
            let opened = if *restored_backup {
                "Your last good copy was opened instead, so only the most recent change may be missing."
            } else {
                "The app started with empty data."
            };
            format!("Your saved data could not be read. It was kept, unchanged, at {kept_at}. {opened}")
        }
        LoadNotice::NewerVersion { found } => format!(
            "Your data was saved by a newer version of Fresh Legs (format {found}). It is shown read-only so nothing gets lost: update the app to make changes."
        ),
    });
    rsx! {
        if let Some(message) = notice {
            div { class: "banner banner-warning", role: "alert", "{message}" }
        }
        if let Some(error) = state.save_error.as_ref() {
            div { class: "banner banner-error", role: "alert", "Not saved: {error}" }
        }
    }
}
