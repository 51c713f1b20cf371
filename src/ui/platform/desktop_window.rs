//! Desktop only: the window opens at the size it had when the runner last closed it.

use crate::store::data_dir::data_dir;
use crate::store::window_size::{save_window_size, WindowSize};
use dioxus::desktop::tao::event::{Event, WindowEvent};
use dioxus::desktop::{use_wry_event_handler, window};

/// Saves the window's size as it closes; `main` opens the next window at that size. Saved on
/// close rather than on every resize, which would write a file for each frame of a drag.
pub fn use_remember_window_size() {
    let desktop = window();
    use_wry_event_handler(move |event, _| {
        if let Event::WindowEvent {
            event: WindowEvent::CloseRequested,
            ..
        } = event
        {
            let size = desktop
                .window
                .inner_size()
                .to_logical::<f64>(desktop.window.scale_factor());
            // A size that cannot be saved only means the next window opens at the default size.
            if let Ok(dir) = data_dir() {
                let _ = save_window_size(
                    &dir,
                    WindowSize {
                        width: size.width,
                        height: size.height,
                    },
                );
            }
        }
    });
}
