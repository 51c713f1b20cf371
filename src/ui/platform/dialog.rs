//! The computer's own file dialogs (Linux builds): choose a file to open, or where to save one.
//! The desktop app shows GTK's file chooser, the toolkit its window already runs on, so it opens
//! on any Linux desktop without a portal service or `zenity`; it goes through the desktop's
//! portal where there is one. A build with no window (the tests) has no dialog and says so, and
//! the screens then offer their other way (paste the text, or the Downloads folder).

use std::path::{Path, PathBuf};

/// What the runner did with a dialog that opened: chose a path, or closed it.
pub type Choice = Option<PathBuf>;

/// Said when no file dialog can open, so the screen's other way is offered instead: English's
/// words (`components-no-dialog`, which the screens show), which the tests look for on the page.
pub const NO_DIALOG: &str = "No file dialog could open here.";

/// The kind of file a dialog offers, as the message naming it and the file-name patterns it
/// covers.
#[derive(Debug, Clone, Copy)]
pub struct FileKind {
    pub name: &'static str,
    pub patterns: &'static [&'static str],
}

/// Fresh Legs' own JSON files (an export, routines).
pub const JSON_FILES: FileKind = FileKind {
    name: "components-json-files",
    patterns: &["*.json", "*.JSON"],
};

/// Asks for a file to open. `Err` when no dialog could open.
pub async fn choose_file_to_open(title: &str, kind: FileKind) -> Result<Choice, String> {
    imp::show(title, kind, None).await
}

/// Asks where to save `file_name`, starting in `folder`. `Err` when no dialog could open.
pub async fn choose_where_to_save(
    title: &str,
    kind: FileKind,
    folder: &Path,
    file_name: &str,
) -> Result<Choice, String> {
    imp::show(title, kind, Some((folder, file_name))).await
}

#[cfg(feature = "desktop")]
mod imp {
    use super::{Choice, FileKind};
    use crate::core::words::message;
    use dioxus::desktop::tao::platform::unix::WindowExtUnix;
    use gtk::prelude::*;
    use std::cell::RefCell;
    use std::path::Path;

    /// Shows GTK's file chooser over the app's window and waits for the runner's answer
    /// without blocking the window: the answer comes back through the dialog's response.
    pub async fn show(
        title: &str,
        kind: FileKind,
        save: Option<(&Path, &str)>,
    ) -> Result<Choice, String> {
        let desktop = dioxus::desktop::window();
        let parent: &gtk::Window = desktop.window.gtk_window().upcast_ref();
        let (action, accept) = match save {
            Some(_) => (gtk::FileChooserAction::Save, "components-dialog-save"),
            None => (gtk::FileChooserAction::Open, "components-dialog-open"),
        };
        let accept = message(accept);
        let dialog =
            gtk::FileChooserNative::new(Some(title), Some(parent), action, Some(&accept), None);
        dialog.set_modal(true);
        let filter = gtk::FileFilter::new();
        filter.set_name(Some(&message(kind.name)));
        for pattern in kind.patterns {
            filter.add_pattern(pattern);
        }
        dialog.add_filter(filter);
        if let Some((folder, file_name)) = save {
            dialog.set_do_overwrite_confirmation(true);
            let _ = dialog.set_current_folder(folder);
            dialog.set_current_name(file_name);
        }
        let (answer, answered) = tokio::sync::oneshot::channel();
        let answer = RefCell::new(Some(answer));
        dialog.connect_response(move |dialog, response| {
            let chosen = (response == gtk::ResponseType::Accept)
                .then(|| dialog.filename())
                .flatten();
            if let Some(answer) = answer.borrow_mut().take() {
                let _ = answer.send(chosen);
            }
        });
        dialog.show();
        // `dialog` lives in this future until the answer comes, so GTK keeps it open.
        let chosen = answered.await.ok().flatten();
        dialog.destroy();
        Ok(chosen)
    }
}

#[cfg(not(feature = "desktop"))]
mod imp {
    use super::{Choice, FileKind};
    use crate::core::words::message;
    use std::path::Path;

    /// A build without a window has no dialog to show.
    pub async fn show(
        _title: &str,
        _kind: FileKind,
        _save: Option<(&Path, &str)>,
    ) -> Result<Choice, String> {
        Err(message("components-no-dialog"))
    }
}
