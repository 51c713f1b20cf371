//! Tells the runner, prominently, when their stored data could not be used as it was, and always
//! offers a way forward: download what was kept aside, dismiss the notice, or start fresh.

use crate::core::words::{message, message_with, Arg};
use crate::store::set_aside::{export_text, notice_text};
use crate::store::{Change, LoadNotice};
use crate::ui::components::MakeRoom;
use crate::ui::platform::download::save_download;
use crate::ui::state::{use_app_state, use_document_update};
use dioxus::prelude::*;

/// Control ids, as expressions so tests can find them in the render's mutations.
const SET_ASIDE_DOWNLOAD: &str = "set-aside-download";
const SET_ASIDE_DISMISS: &str = "set-aside-dismiss";
const STUCK_DOWNLOAD: &str = "stuck-download";
const STUCK_START_FRESH: &str = "stuck-start-fresh";

#[component]
pub fn LoadBanner() -> Element {
    let state = use_app_state();
    let read = state.read();
    let notice = read.load_notice.as_ref().and_then(|notice| match notice {
        LoadNotice::SetAside {
            kept_at,
            restored_backup,
        } => {
            let opened = message(if *restored_backup {
                "components-backup-opened"
            } else {
                "components-started-empty"
            });
            Some(message_with(
                "components-not-read",
                &[
                    ("place", Arg::from(kept_at.as_str())),
                    ("opened", Arg::from(opened)),
                ],
            ))
        }
        // A version is shown as digits: it is a name, not a quantity.
        LoadNotice::NewerVersion { found } => Some(message_with(
            "components-newer",
            &[("found", Arg::from(found.to_string()))],
        )),
        LoadNotice::Stuck { .. } => None,
    });
    let stuck = matches!(read.load_notice, Some(LoadNotice::Stuck { .. }));
    let set_aside = notice_text(&read.document.set_aside);
    rsx! {
        if let Some(message) = notice {
            div { class: "banner banner-warning", role: "alert", "{message}" }
        }
        if stuck {
            StuckBanner {}
        }
        if let Some(notice) = set_aside {
            SetAsideBanner { notice }
        }
        if let Some(error) = read.save_error.as_ref() {
            div { class: "banner banner-error", role: "alert",
                p { {message_with("components-not-saved", &[("problem", Arg::from(error.as_str()))])} }
                if read.storage_full {
                    MakeRoom {}
                }
            }
        }
    }
}

/// Records set aside on load or import: download them, or dismiss the notice (they stay kept).
#[component]
fn SetAsideBanner(notice: String) -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut status = use_signal(String::new);
    let download = move |_| async move {
        let text = export_text(&state.read().document.set_aside);
        status.set(
            match save_download("fresh-legs-set-aside.json", "application/json", &text).await {
                Ok(place) => place,
                Err(problem) => problem,
            },
        );
    };
    let dismiss = move |_| {
        let _ = update.send(Change::DismissSetAside);
    };
    rsx! {
        div { class: "banner banner-warning", role: "alert",
            p { "{notice}" }
            div { class: "banner-actions",
                button { id: SET_ASIDE_DOWNLOAD, class: "button", onclick: download, {message("components-download-set-aside")} }
                button { id: SET_ASIDE_DISMISS, class: "button", onclick: dismiss, {message("components-dismiss")} }
            }
            p { class: "hint", role: "status", "{status}" }
        }
    }
}

/// Unreadable data that could not be moved aside: the app is read-only over it until the runner
/// downloads it and starts fresh, or keeps browsing read-only.
#[component]
fn StuckBanner() -> Element {
    let state = use_app_state();
    let update = use_document_update();
    let mut downloaded = use_signal(|| false);
    let mut status = use_signal(String::new);
    let detail = match &state.read().load_notice {
        Some(LoadNotice::Stuck { detail, .. }) => detail.clone(),
        _ => String::new(),
    };
    let download = move |_| {
        let text = match &state.read().load_notice {
            Some(LoadNotice::Stuck { unreadable, .. }) => Some(unreadable.clone()),
            _ => None,
        };
        async move {
            let Some(text) = text else {
                return;
            };
            match save_download("fresh-legs-unreadable.json", "application/json", &text).await {
                Ok(place) => {
                    downloaded.set(true);
                    status.set(place);
                }
                Err(problem) => status.set(problem),
            }
        }
    };
    let start_fresh = move |_| {
        if !downloaded() {
            return;
        }
        if let Err(crate::ui::state::UpdateError::NotSaved(problem)) = update.start_fresh() {
            status.set(problem);
        }
    };
    rsx! {
        div { class: "banner banner-warning", role: "alert",
            p { {message_with("components-stuck", &[("detail", Arg::from(detail))])} }
            p { {message("components-stuck-advice")} }
            div { class: "banner-actions",
                button { id: STUCK_DOWNLOAD, class: "button primary", onclick: download, {message("components-download-unreadable")} }
                button { id: STUCK_START_FRESH, class: "button danger", disabled: !downloaded(), onclick: start_fresh,
                    {message("components-start-fresh")}
                }
            }
            if !downloaded() {
                p { class: "hint", {message("components-start-fresh-waits")} }
            }
            p { class: "hint", role: "status", "{status}" }
        }
    }
}
