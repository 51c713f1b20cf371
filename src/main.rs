//! Launches Fresh Legs on the platform chosen by the build feature (`desktop`, `web` or `mobile`).

#[cfg(feature = "desktop")]
fn main() {
    fresh_legs::ui::platform::locale::apply_date_and_time_forms();
    fresh_legs::ui::platform::desktop::launch::launch();
}

#[cfg(all(not(feature = "desktop"), any(feature = "web", feature = "mobile")))]
fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "web"))]
    fresh_legs::ui::platform::console_log::init();
    fresh_legs::ui::platform::locale::apply_date_and_time_forms();
    dioxus::launch(fresh_legs::ui::App);
}

#[cfg(not(any(feature = "desktop", feature = "web", feature = "mobile")))]
fn main() {
    eprintln!("Fresh Legs needs a platform: run `make run`, or build with --features desktop, web or mobile.");
    std::process::exit(2);
}
