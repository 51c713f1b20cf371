//! The words the desktop app says about itself: at start, in its menu, and about its dialogs.

/// Printed when the app starts where no window can open (over SSH, in a plain terminal).
pub const NO_DISPLAY: &str = "Fresh Legs found no display to open its window on: run it in a desktop session, or run `make serve` and use the web app in a browser.";

/// The menus and their items, in the order they appear.
pub const FILE_MENU: &str = "&File";
pub const IMPORT: &str = "&Import…";
pub const EXPORT: &str = "&Export…";
pub const CLOSE_WINDOW: &str = "&Close window";
pub const QUIT: &str = "&Quit";
pub const EDIT_MENU: &str = "&Edit";
pub const UNDO: &str = "&Undo";
pub const REDO: &str = "&Redo";
pub const CUT: &str = "Cu&t";
pub const COPY: &str = "&Copy";
pub const PASTE: &str = "&Paste";
pub const SELECT_ALL: &str = "Select &all";
pub const VIEW_MENU: &str = "&View";
pub const ZOOM_IN: &str = "Zoom &in";
pub const ZOOM_OUT: &str = "Zoom &out";
pub const ACTUAL_SIZE: &str = "&Actual size";
pub const HELP_MENU: &str = "&Help";
pub const ABOUT: &str = "&About Fresh Legs";
pub const DATA_FOLDER: &str = "Show &data folder";
