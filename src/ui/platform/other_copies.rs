//! Noticing what other open copies of the app (another tab, window or process) save to the same
//! storage, so this copy shows it at once instead of waiting for its own next save.
//!
//! On the web the browser tells every other tab of a site when one changes its storage (the
//! `storage` event). A file has no such event that works the same on every desktop, so there the
//! file's modification time and size are looked at every [`POLL`]: one `stat` call, cheap enough
//! to run all day, and it sees a window beside this one that never takes the focus (a focus event
//! would miss that one). Either way nothing can be lost in between: every save first checks the
//! revision it started from (`store::sync`). Phones run one copy of the app, so they skip both.

use crate::ui::state::DocumentUpdater;

/// How often the desktop looks at the data file's stamp.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
pub const POLL: std::time::Duration = std::time::Duration::from_secs(2);

/// Keeps `update`'s document in step with what other copies save.
pub fn use_other_copies(update: DocumentUpdater) {
    #[cfg(all(target_arch = "wasm32", feature = "web"))]
    web::use_storage_events(update);
    #[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
    use_file_stamps(update);
    #[cfg(any(target_os = "android", target_os = "ios"))]
    let _ = update;
}

/// Takes in another process's save each time the data file's stamp changes.
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
fn use_file_stamps(update: DocumentUpdater) {
    let in_files = update.keeps_files();
    dioxus::prelude::use_future(move || async move {
        // Storage other processes cannot reach (tests' memory) has nothing to look at.
        if !in_files {
            return;
        }
        let mut seen = None;
        loop {
            crate::ui::clock::sleep(POLL).await;
            let stamp = update.stored_stamp();
            if stamp != seen {
                seen = stamp;
                update.catch_up();
            }
        }
    });
}

#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod web {
    use crate::store::browser::CURRENT_KEY;
    use crate::ui::state::DocumentUpdater;
    use dioxus::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// Takes in another tab's save each time the browser announces one.
    pub fn use_storage_events(update: DocumentUpdater) {
        let saves = use_coroutine(move |mut saves: UnboundedReceiver<()>| async move {
            while saves.recv().await.is_ok() {
                update.catch_up();
            }
        });
        use_hook(move || {
            let sender = saves.tx();
            // A `None` key is another tab clearing the site's storage: also a change to look at.
            let listener = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    if event.key().is_none_or(|key| key == CURRENT_KEY) {
                        let _ = sender.unbounded_send(());
                    }
                },
            );
            if let Some(window) = web_sys::window() {
                let _ = window
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            // Listens as long as the page lives, as the app does.
            listener.forget();
        });
    }
}
