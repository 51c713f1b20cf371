//! The screens and their paths, and the shell (banner, navigation) around them.

use crate::core::words::message;
use crate::ui::components::{use_toasts_provider, LoadBanner, MainNav, ToastRegion};
use crate::ui::views::{
    use_data_requests_provider, use_running_provider, Aromatherapy, Checklists, Leave, Log, More,
    NotFound, OpenFile, Player, Races, RoutineEditor, RunningBar, Settings, Timers, Today,
    Training,
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

/// Navigation beside (wide windows) or below (phones) the current screen, the routine in
/// progress as a bar above the navigation, and the messages about what just happened. While a
/// routine plays, its player has the phone's screen to itself, and the navigation asks before
/// leaving it.
#[component]
fn Shell() -> Element {
    let route = use_route::<Route>();
    use_toasts_provider();
    let running = use_running_provider();
    let requests = use_data_requests_provider();
    #[cfg(feature = "desktop")]
    crate::ui::platform::desktop::menu::use_menu_actions(requests);
    #[cfg(not(feature = "desktop"))]
    let _ = requests;
    // After each change of screen (not on every render of the same one).
    use_effect(use_reactive!(|route| {
        let _ = route;
        crate::ui::platform::screen::opened();
    }));
    let playing_here = matches!(route, Route::Player { .. }) && running.session.in_progress();
    let ask_first = playing_here.then_some(EventHandler::new(move |to: Route| {
        running.leave(Leave::To(to));
    }));
    rsx! {
        style { {SHELL_CSS} }
        div { class: if playing_here { "shell playing" } else { "shell" },
            a { class: "skip-link", href: "#content", {message("skip-to-content")} }
            ToastRegion {}
            RunningBar {}
            MainNav { ask_first }
            main { id: "content", class: "content", tabindex: "-1",
                div { class: "page",
                    LoadBanner {}
                    Outlet::<Route> {}
                }
            }
        }
    }
}
