//! The desktop window's menu bar (File, Edit, View, Help) with the usual shortcuts, and what
//! each item does. The edit items run the webview's own editing commands, so they act on the
//! field or the text the runner has selected.

use crate::core::words::message;
use crate::ui::platform::desktop::copy;
use crate::ui::platform::desktop::launch::ICON_PNG;
use crate::ui::platform::desktop::window::remember_size;
use crate::ui::views::{DataRequest, DataRequests};
use dioxus::desktop::muda::accelerator::{Accelerator, Code, Modifiers};
use dioxus::desktop::muda::{AboutMetadata, Icon, Menu, MenuItem, PredefinedMenuItem, Submenu};
use dioxus::desktop::{icon_from_memory, use_muda_event_handler, window};
use dioxus::prelude::*;

/// The menu items' ids, which the handler matches.
mod id {
    pub const IMPORT: &str = "import";
    pub const EXPORT: &str = "export";
    pub const CLOSE: &str = "close";
    pub const QUIT: &str = "quit";
    pub const UNDO: &str = "undo";
    pub const REDO: &str = "redo";
    pub const CUT: &str = "cut";
    pub const COPY: &str = "copy";
    pub const PASTE: &str = "paste";
    pub const SELECT_ALL: &str = "select-all";
    pub const ZOOM_IN: &str = "zoom-in";
    pub const ZOOM_OUT: &str = "zoom-out";
    pub const ACTUAL_SIZE: &str = "actual-size";
    pub const DATA_FOLDER: &str = "data-folder";
}

/// The key that goes with shortcut letters: Command on a Mac, Control elsewhere.
const PRIMARY: Modifiers = if cfg!(target_os = "macos") {
    Modifiers::SUPER
} else {
    Modifiers::CONTROL
};

/// The zoom steps, as in a browser; 1.0 is the app's own size.
const ZOOM_STEPS: [f64; 9] = [0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75];
/// Where 1.0 sits in [`ZOOM_STEPS`].
const ACTUAL_SIZE_STEP: usize = 4;

/// The item `id`, named by the message `words` in the app's language.
fn item(id: &str, words: &str, shortcut: Option<(Modifiers, Code)>) -> MenuItem {
    let accelerator = shortcut.map(|(modifiers, key)| Accelerator::new(Some(modifiers), key));
    MenuItem::with_id(id, message(words), true, accelerator)
}

/// The menu bar. The edit items carry no shortcut of their own: the webview already answers
/// Ctrl+X, C, V, A and Z in its fields, and a menu shortcut would take those keys from it.
pub fn menu_bar() -> Menu {
    let menu = Menu::new();
    let separator = PredefinedMenuItem::separator;
    let file = Submenu::with_items(
        message(copy::FILE_MENU),
        true,
        &[
            &item(id::IMPORT, copy::IMPORT, Some((PRIMARY, Code::KeyO))),
            &item(id::EXPORT, copy::EXPORT, Some((PRIMARY, Code::KeyE))),
            &separator(),
            &item(id::CLOSE, copy::CLOSE_WINDOW, Some((PRIMARY, Code::KeyW))),
            &item(id::QUIT, copy::QUIT, Some((PRIMARY, Code::KeyQ))),
        ],
    );
    let edit = Submenu::with_items(
        message(copy::EDIT_MENU),
        true,
        &[
            &item(id::UNDO, copy::UNDO, None),
            &item(id::REDO, copy::REDO, None),
            &separator(),
            &item(id::CUT, copy::CUT, None),
            &item(id::COPY, copy::COPY, None),
            &item(id::PASTE, copy::PASTE, None),
            &separator(),
            &item(id::SELECT_ALL, copy::SELECT_ALL, None),
        ],
    );
    let view = Submenu::with_items(
        message(copy::VIEW_MENU),
        true,
        &[
            &item(id::ZOOM_IN, copy::ZOOM_IN, Some((PRIMARY, Code::Equal))),
            &item(id::ZOOM_OUT, copy::ZOOM_OUT, Some((PRIMARY, Code::Minus))),
            &item(
                id::ACTUAL_SIZE,
                copy::ACTUAL_SIZE,
                Some((PRIMARY, Code::Digit0)),
            ),
        ],
    );
    let about = AboutMetadata {
        name: Some("Fresh Legs".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some(message(copy::ABOUT_TEXT)),
        license: Some(env!("CARGO_PKG_LICENSE").into()),
        icon: icon_from_memory::<Icon>(ICON_PNG).ok(),
        ..AboutMetadata::default()
    };
    let help = Submenu::with_items(
        message(copy::HELP_MENU),
        true,
        &[
            &item(id::DATA_FOLDER, copy::DATA_FOLDER, None),
            &PredefinedMenuItem::about(Some(&message(copy::ABOUT)), Some(about)),
        ],
    );
    for submenu in [file, edit, view, help].into_iter().flatten() {
        // A submenu that could not be made leaves the others in place.
        let _ = menu.append(&submenu);
    }
    menu
}

/// Carries out the menu's items for the window the shell belongs to.
pub fn use_menu_actions(requests: DataRequests) {
    let mut zoom = use_signal(|| ACTUAL_SIZE_STEP);
    use_muda_event_handler(move |event| {
        let desktop = window();
        let current = zoom();
        let mut zoom_to = |step: usize| {
            zoom.set(step);
            desktop.set_zoom_level(ZOOM_STEPS[step]);
        };
        match event.id.0.as_str() {
            id::IMPORT => requests.ask(DataRequest::Import),
            id::EXPORT => requests.ask(DataRequest::Export),
            id::DATA_FOLDER => requests.ask(DataRequest::ShowFolder),
            id::CLOSE | id::QUIT => {
                remember_size(&desktop);
                desktop.close();
            }
            id::UNDO => edit(&desktop, "Undo"),
            id::REDO => edit(&desktop, "Redo"),
            id::CUT => edit(&desktop, "Cut"),
            id::COPY => edit(&desktop, "Copy"),
            id::PASTE => edit(&desktop, "Paste"),
            id::SELECT_ALL => edit(&desktop, "SelectAll"),
            id::ZOOM_IN => zoom_to((current + 1).min(ZOOM_STEPS.len() - 1)),
            id::ZOOM_OUT => zoom_to(current.saturating_sub(1)),
            id::ACTUAL_SIZE => zoom_to(ACTUAL_SIZE_STEP),
            _ => {}
        }
    });
}

/// Runs one of WebKit's editing commands ("Cut", "Copy", "Paste", "SelectAll", "Undo",
/// "Redo") on whatever has the focus in the app's page.
#[cfg(target_os = "linux")]
fn edit(desktop: &dioxus::desktop::DesktopContext, command: &str) {
    use dioxus::desktop::wry::WebViewExtUnix;
    use webkit2gtk::WebViewExt;
    desktop.webview.webview().execute_editing_command(command);
}

/// Elsewhere the page's own editing command does the same for the focused field.
#[cfg(not(target_os = "linux"))]
fn edit(_desktop: &dioxus::desktop::DesktopContext, command: &str) {
    let script = format!("document.execCommand({command:?})");
    let _ = dioxus::document::eval(&script);
}
