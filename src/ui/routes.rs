//! The screens and their paths, and the shell (banner, navigation) around them.

use crate::ui::components::{LoadBanner, MainNav};
use crate::ui::views::{
    Aromatherapy, Checklists, Log, More, NotFound, OpenFile, Player, Races, RoutineEditor,
    Settings, Timers, Today, Training,
};
use dioxus::prelude::*;

const SHELL_CSS: &str = include_str!("../../assets/styling/shell.css");

/// Every screen of the app. Variants are named after their views.
#[derive(Debug, Clone, PartialEq, Routable)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Today {},
        #[route("/races")]
        Races {},
        #[route("/checklists")]
        Checklists {},
        #[route("/aromatherapy")]
        Aromatherapy {},
        #[route("/timers")]
        Timers {},
        #[route("/timers/play/:id")]
        Player { id: String },
        #[route("/timers/edit/:id")]
        RoutineEditor { id: String },
        #[route("/log")]
        Log {},
        #[route("/training")]
        Training {},
        #[route("/settings")]
        Settings {},
        #[route("/more")]
        More {},
        /// Where the installed web app opens a file it was given (see manifest.webmanifest).
        #[route("/open")]
        OpenFile {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

/// Navigation beside (wide windows) or below (phones) the current screen.
#[component]
fn Shell() -> Element {
    let route = use_route::<Route>();
    // After each change of screen (not on every render of the same one).
    use_effect(use_reactive!(|route| {
        let _ = route;
        crate::ui::platform::screen::opened();
    }));
    rsx! {
        style { {SHELL_CSS} }
        div { class: "shell",
            a { class: "skip-link", href: "#content", "Skip to content" }
            MainNav {}
            main { id: "content", class: "content", tabindex: "-1",
                div { class: "page",
                    LoadBanner {}
                    Outlet::<Route> {}
                }
            }
        }
    }
}
