//! Starting the desktop app: a plain sentence instead of a toolkit panic when there is no
//! display, every file the app and its webview write kept under the data folder, and the window
//! with its size, icon and menu.

use crate::store::data_dir::data_dir;
use crate::store::window_size::{load_window_size, DEFAULT, MIN_HEIGHT, MIN_WIDTH};
use crate::ui::platform::desktop::copy;
use crate::ui::platform::desktop::menu::menu_bar;
use dioxus::desktop::tao::window::Icon;
use dioxus::desktop::{icon_from_memory, Config, LogicalSize, WindowBuilder};
use std::ffi::OsString;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The exit code when the window cannot open for want of a display.
pub const NO_DISPLAY_EXIT: i32 = 3;

/// The app's icon, drawn on the window (the launcher's copy is installed by `make install`).
pub const ICON_PNG: &[u8] = include_bytes!("../../../../assets/icons/icon-192.png");

/// Opens the app's window and runs it until the runner quits; without a display, says so in
/// one sentence and exits with [`NO_DISPLAY_EXIT`].
pub fn launch() {
    let folder = data_dir().ok();
    if let Some(folder) = &folder {
        keep_caches_in(folder);
    }
    if !display_available() {
        eprintln!("{}", crate::core::words::message(copy::NO_DISPLAY));
        std::process::exit(NO_DISPLAY_EXIT);
    }
    // The size the window had when it was last closed (see `use_remember_window_size`).
    let size = folder.as_deref().map_or(DEFAULT, load_window_size);
    let mut window = WindowBuilder::new()
        .with_title("Fresh Legs")
        .with_inner_size(LogicalSize::new(size.width, size.height))
        .with_min_inner_size(LogicalSize::new(MIN_WIDTH, MIN_HEIGHT));
    // A picture that does not decode leaves the toolkit's default icon; nothing else changes.
    if let Ok(icon) = icon_from_memory::<Icon>(ICON_PNG) {
        window = window.with_window_icon(Some(icon));
    }
    let mut config = Config::new()
        .with_window(window)
        .with_menu(menu_bar())
        .with_disable_context_menu(false)
        .with_custom_head(format!("<script>{}</script>", FIELD_CONTEXT_MENU_ONLY));
    if let Some(folder) = &folder {
        config = config.with_data_directory(folder.join(WEBVIEW_FOLDER));
    }
    dioxus::LaunchBuilder::desktop()
        .with_cfg(config)
        .launch(crate::ui::App);
}

/// The webview's own storage (its cookies, site storage and the like) inside the data folder.
pub const WEBVIEW_FOLDER: &str = "webview";
/// Caches the toolkit and the webview keep, inside the data folder.
pub const CACHE_FOLDER: &str = "cache";

/// The webview's right-click menu where it helps (cut, copy, paste in a field or on selected
/// text) and nowhere else, where it would only offer to reload the app's page.
const FIELD_CONTEXT_MENU_ONLY: &str = r"document.addEventListener('contextmenu', (event) => {
  const field = event.target.closest && event.target.closest('input, textarea, [contenteditable]');
  if (!field && !String(window.getSelection())) event.preventDefault();
});";

/// Whether a window can open: the toolkit connects to the display named in the environment.
#[cfg(target_os = "linux")]
fn display_available() -> bool {
    let named = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    (named("DISPLAY") || named("WAYLAND_DISPLAY")) && gtk::init().is_ok()
}

/// Other desktops always have the one screen the app runs on.
#[cfg(not(target_os = "linux"))]
fn display_available() -> bool {
    true
}

/// The webview writes its caches under the user's cache folder unless told otherwise, and its
/// builder has no setting for it, so the cache folder is pointed inside the data folder before
/// the toolkit starts: deleting the data folder then resets everything the app wrote.
fn keep_caches_in(folder: &Path) {
    if cfg!(target_os = "linux") {
        let _ = RUNNERS_CACHE_HOME.set(std::env::var_os(CACHE_HOME));
        // Set before any other thread starts, while nothing reads the environment.
        std::env::set_var(CACHE_HOME, folder.join(CACHE_FOLDER));
    }
}

const CACHE_HOME: &str = "XDG_CACHE_HOME";
/// The runner's own cache folder setting, as it was before [`keep_caches_in`].
static RUNNERS_CACHE_HOME: OnceLock<Option<OsString>> = OnceLock::new();

/// Gives a program the app starts (the file manager) the runner's own cache folder, not the
/// app's.
pub fn with_runners_environment(command: &mut Command) -> &mut Command {
    match RUNNERS_CACHE_HOME.get() {
        Some(Some(value)) => command.env(CACHE_HOME, value),
        Some(None) => command.env_remove(CACHE_HOME),
        None => command,
    }
}
