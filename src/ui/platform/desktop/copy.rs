//! The words the desktop app says about itself, at start and in its menu: the ids of their
//! messages in `i18n/<language>/desktop.ftl`.

/// Printed when the app starts where no window can open (over SSH, in a plain terminal).
pub const NO_DISPLAY: &str = "desktop-no-display";
/// The About window's line about the app.
pub const ABOUT_TEXT: &str = "desktop-about-text";

/// The menus and their items, in the order they appear.
pub const FILE_MENU: &str = "desktop-file";
pub const IMPORT: &str = "desktop-import";
pub const EXPORT: &str = "desktop-export";
pub const CLOSE_WINDOW: &str = "desktop-close-window";
pub const QUIT: &str = "desktop-quit";
pub const EDIT_MENU: &str = "desktop-edit";
pub const UNDO: &str = "desktop-undo";
pub const REDO: &str = "desktop-redo";
pub const CUT: &str = "desktop-cut";
pub const COPY: &str = "desktop-copy";
pub const PASTE: &str = "desktop-paste";
pub const SELECT_ALL: &str = "desktop-select-all";
pub const VIEW_MENU: &str = "desktop-view";
pub const ZOOM_IN: &str = "desktop-zoom-in";
pub const ZOOM_OUT: &str = "desktop-zoom-out";
pub const ACTUAL_SIZE: &str = "desktop-actual-size";
pub const HELP_MENU: &str = "desktop-help";
pub const ABOUT: &str = "desktop-about";
pub const DATA_FOLDER: &str = "desktop-data-folder";
