//! The Open screen: a Fresh Legs export that the installed web app was opened with (its file
//! handler) or was shared (its share target), shown with what is in it before the runner merges
//! it into their data or, asked first and with Undo, replaces their data with it.

use crate::core::words::{message, message_with, Arg};
use crate::store::import::{read_import, ImportMode, ImportSummary};
use crate::store::room::Room;
use crate::store::Document;
use crate::ui::clock::{sleep, use_clock};
use crate::ui::platform::download::{take_incoming, RECEIVES_FILES};
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, StoreHandle};
use crate::ui::views::settings::data::{describe, import_into};
use crate::ui::views::settings::replace::{use_replacing, ConfirmReplace};
use crate::ui::views::settings::room_check::{
    measure_room, RoomCheck, RoomStatement, ROOM_CHECK_ID,
};
use dioxus::prelude::*;
use std::time::Duration;

/// How often to look for the file: it arrives a moment after the page opens.
const LOOK_EVERY: Duration = Duration::from_millis(250);

/// A file that arrived: its name, and its contents or why they cannot be imported.
type Arrived = (String, Result<Document, String>);

#[component]
pub fn OpenFile() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let store = use_hook(|| CopyValue::new(try_consume_context::<StoreHandle>()));
    let mut room = use_signal(|| None::<Room>);
    let mut arrived = use_signal(|| None::<Arrived>);
    let mut outcome = use_signal(|| None::<(bool, String)>);
    let mut asking_to_replace = use_signal(|| false);
    let replacing = use_replacing();
    use_future(move || async move {
        while RECEIVES_FILES {
            if let Some((name, text)) = take_incoming() {
                let read = read_import(text.as_bytes()).map_err(|error| error.to_string());
                if read.is_ok() {
                    room.set(measure_room(store.read().as_ref()));
                }
                arrived.set(Some((name, read)));
                return;
            }
            sleep(LOOK_EVERY).await;
        }
    });
    let mut choose = move |mode: ImportMode| {
        let Some((name, Ok(document))) = arrived.take() else {
            return;
        };
        arrived.set(Some((name, Err(String::new()))));
        outcome.set(Some(import_into(update, replacing, document, mode)));
    };

    // Worked out once per file, data or room, not on every render.
    let room_check = use_memo(move || match (arrived.read().as_ref(), room()) {
        (Some((_, Ok(incoming))), Some(room)) => Some(RoomCheck::of(
            &state.read().document,
            incoming,
            room,
            clock.now(),
        )),
        _ => None,
    });
    let body = match (arrived(), outcome()) {
        (_, Some((is_error, text))) => rsx! {
            p { class: if is_error { "field-error" } else { "form-status" }, role: if is_error { "alert" } else { "status" }, "{text}" }
            div { class: "form-actions",
                if replacing.can_undo() {
                    button { r#type: "button", class: "button", onclick: move |_| outcome.set(Some(replacing.undo(update))),
                        {message("settings-undo")}
                    }
                }
                Link { class: "button primary", to: Route::Today {},
                    {message("settings-open-go-today")}
                }
                Link { class: "button", to: Route::Settings {},
                    {message("settings-open-your-data")}
                }
            }
        },
        (None, None) => rsx! {
            p { role: "status",
                {message("settings-open-waiting")}
            }
            Link { class: "button", to: Route::Settings {},
                {message("settings-open-import-instead")}
            }
        },
        (Some((name, Err(problem))), None) => rsx! {
            p { class: "field-error", role: "alert",
                {message_with("settings-open-refused", &[("name", Arg::from(name)), ("problem", Arg::from(problem))])}
            }
            Link { class: "button", to: Route::Today {},
                {message("settings-open-go-today")}
            }
        },
        (Some((name, Ok(document))), None) => {
            let check = room_check();
            let merge_fits = check.is_none_or(|check| check.merge_fits());
            let replace_fits = check.is_none_or(|check| check.replace_fits());
            rsx! {
            p { class: "incoming-name", strong { "{name}" } }
            p { {describe(ImportSummary::of(&document))} }
            if let Some(check) = check {
                RoomStatement { check }
            }
            p { class: "hint",
                {message("settings-open-ways")}
            }
            if asking_to_replace() {
                ConfirmReplace {
                    on_yes: move |()| choose(ImportMode::Replace),
                    on_no: move |()| asking_to_replace.set(false),
                }
            } else {
                div { class: "form-actions",
                    button { r#type: "button", class: "button primary", disabled: !merge_fits,
                        "aria-describedby": (!merge_fits).then_some(ROOM_CHECK_ID),
                        onclick: move |_| choose(ImportMode::Merge),
                        {message("settings-open-merge")}
                    }
                    button { r#type: "button", class: "button", disabled: !replace_fits,
                        "aria-describedby": (!replace_fits).then_some(ROOM_CHECK_ID),
                        onclick: move |_| asking_to_replace.set(true),
                        {message("settings-replace-mine")}
                    }
                    Link { class: "button", to: Route::Today {},
                        {message("settings-open-not-now")}
                    }
                }
            }
            }
        }
    };
    rsx! {
        h1 { {message("settings-open-title")} }
        section { class: "card", {body} }
    }
}
