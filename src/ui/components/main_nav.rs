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

fn nav_items() -> [NavItem; 7] {
    [
        NavItem {
            route: Route::Today {},
            label: "Today",
            icon: "M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z",
        },
        NavItem {
            route: Route::Races {},
            label: "Races",
            // A finish-line flag.
            icon: "M5 21V4M5 4h13l-2.5 4L18 12H5",
        },
        NavItem {
            route: Route::Checklists {},
            label: "Checklists",
            icon: "M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2",
        },
        NavItem {
            route: Route::Aromatherapy {},
            label: "Aromatherapy",
            icon: "M12 3c3 4 5 7 5 10a5 5 0 0 1-10 0c0-3 2-6 5-10zM10 14a2 2 0 0 0 2 2",
        },
        NavItem {
            route: Route::Timers {},
            label: "Timers",
            icon: "M10 2h4M12 5a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 9v4l3 2",
        },
        NavItem {
            route: Route::Log {},
            label: "Log",
            icon: "M6 3h12v18H6zM9 8h6M9 12h6M9 16h4",
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
