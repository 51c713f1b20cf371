//! A counter: the Dioxus hello world that Fresh Legs' size and start-up are measured against.
//! With `FRESH_LEGS_PAINT_PROBE` set, the desktop build prints `first-paint` once the window has
//! drawn its first frame, exactly as Fresh Legs' `use_first_paint_probe` does (this baseline
//! cannot depend on the app it is measured against, so the few lines are repeated here).

use dioxus::prelude::*;

fn main() {
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    let mut count = use_signal(|| 0);
    #[cfg(feature = "desktop")]
    use_effect(|| {
        if std::env::var_os("FRESH_LEGS_PAINT_PROBE").is_some() {
            spawn(async {
                let _ = document::eval(
                    "await new Promise((done) => requestAnimationFrame(() => setTimeout(done)))",
                )
                .await;
                println!("first-paint");
            });
        }
    });
    rsx! {
        main {
            h1 { "Hello, world" }
            button { onclick: move |_| count += 1, "Count: {count}" }
        }
    }
}
