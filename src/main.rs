//! Launches Fresh Legs on the platform chosen by the build feature (`desktop`, `web` or `mobile`).

#[cfg(feature = "desktop")]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("Fresh Legs")
        .with_inner_size(LogicalSize::new(1100.0, 760.0))
        .with_min_inner_size(LogicalSize::new(360.0, 560.0));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(fresh_legs::ui::App);
}

#[cfg(all(not(feature = "desktop"), any(feature = "web", feature = "mobile")))]
fn main() {
    dioxus::launch(fresh_legs::ui::App);
}

#[cfg(not(any(feature = "desktop", feature = "web", feature = "mobile")))]
fn main() {
    eprintln!("Fresh Legs needs a platform: run `make run`, or build with --features desktop, web or mobile.");
    std::process::exit(2);
}
