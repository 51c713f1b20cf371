//! The main navigation: a bottom bar on phones, a side bar in wide windows (see main.css).

use crate::ui::routes::Route;
use dioxus::prelude::*;

/// One entry of the navigation.
struct NavItem {
    route: Route,
    label: &'static str,
    /// Path data for a 24×24 line icon.
    icon: &'static str,
}

fn nav_items() -> [NavItem; 3] {
    [
        NavItem {
            route: Route::Today {},
            label: "Today",
            icon: "M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z",
        },
        NavItem {
            route: Route::Timers {},
            label: "Timers",
            icon: "M10 2h4M12 5a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 9v4l3 2",
        },
        NavItem {
            route: Route::Settings {},
            label: "Settings",
            icon: "M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M16 4v4M10 10v4M18 16v4",
        },
    ]
}

#[component]
pub fn MainNav() -> Element {
    rsx! {
        nav { class: "main-nav", "aria-label": "Main",
            ul {
                for item in nav_items() {
                    li { key: "{item.label}",
                        Link { to: item.route, active_class: "active",
                            svg {
                                class: "nav-icon",
                                view_box: "0 0 24 24",
                                "aria-hidden": "true",
                                path { d: item.icon }
                            }
                            span { "{item.label}" }
                        }
                    }
                }
            }
        }
    }
}
