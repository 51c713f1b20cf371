//! Launches Fresh Legs on the platform chosen by the build feature (`desktop`, `web` or `mobile`).

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    use fresh_legs::store::window_size::{load_window_size, DEFAULT, MIN_HEIGHT, MIN_WIDTH};
    // The size the window had when it was last closed (see `use_remember_window_size`).
    let size = fresh_legs::store::data_dir::data_dir()
        .map(|dir| load_window_size(&dir))
        .unwrap_or(DEFAULT);
    let window = WindowBuilder::new()
        .with_title("Fresh Legs")
        .with_inner_size(LogicalSize::new(size.width, size.height))
        .with_min_inner_size(LogicalSize::new(MIN_WIDTH, MIN_HEIGHT));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(fresh_legs::ui::App);
}

#[cfg(all(not(feature = "desktop"), any(feature = "web", feature = "mobile")))]
fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "web"))]
    fresh_legs::ui::platform::console_log::init();
    dioxus::launch(fresh_legs::ui::App);
}

#[cfg(not(any(feature = "desktop", feature = "web", feature = "mobile")))]
fn main() {
    eprintln!("Fresh Legs needs a platform: run `make run`, or build with --features desktop, web or mobile.");
    std::process::exit(2);
}
