//! Desktop only: the window opens at the size it had when the runner last closed it, and a probe
//! for the benchmarks that reports the first painted frame.

use crate::store::data_dir::data_dir;
use crate::store::window_size::{save_window_size, WindowSize};
use dioxus::desktop::tao::event::{Event, WindowEvent};
use dioxus::desktop::{use_wry_event_handler, window, DesktopContext};
use dioxus::prelude::*;

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
            remember_size(&desktop);
        }
    });
}

/// Saves the size of the app's window for the next launch (the menu's Quit and Close call it
/// too, as they close the window without a close request).
pub fn remember_size(desktop: &DesktopContext) {
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

/// Environment variable that makes the app print `first-paint` once the window has drawn its
/// first frame; `make bench` times launches with it, the same way for the hello world.
pub const PAINT_PROBE_ENV: &str = "FRESH_LEGS_PAINT_PROBE";

/// With [`PAINT_PROBE_ENV`] set, prints `first-paint` after the webview's first animation frame
/// following the first render. Does nothing otherwise.
pub fn use_first_paint_probe() {
    use_effect(|| {
        if std::env::var_os(PAINT_PROBE_ENV).is_none() {
            return;
        }
        spawn(async {
            let frame =
                "await new Promise((done) => requestAnimationFrame(() => setTimeout(done)))";
            let _ = dioxus::document::eval(frame).await;
            println!("first-paint");
        });
    });
}
