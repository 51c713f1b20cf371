//! The desktop app's glue: how it starts (display, folders, window, icon, menu), the window's
//! habits, and the computer's own file dialogs.

pub mod copy;
pub mod launch;
pub mod menu;
pub mod window;
