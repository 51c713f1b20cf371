//! The main navigation: a bottom bar on phones, a side bar in wide windows (see shell.css).
//!
//! Phones show one row of five: the four screens a runner opens most, and "More" for the rest.
//! Wide windows show every screen and no "More". Both come from one list, so they never disagree.

use crate::core::words::message;
use crate::ui::routes::Route;
use dioxus::prelude::*;

/// Where a destination appears.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    /// In the phone bar and the side bar.
    Everywhere,
    /// In the side bar only; on a phone it is one tap away on the More screen.
    BehindMore,
    /// In the phone bar only: the side bar already lists what it leads to.
    PhoneOnly,
}

/// One destination of the navigation.
pub struct NavItem {
    pub route: Route,
    pub label: String,
    /// Path data for a 24×24 line icon.
    pub icon: &'static str,
    /// What the More screen says it is for.
    pub purpose: String,
    reach: Reach,
}

/// Every destination, in the side bar's order.
fn nav_items() -> [NavItem; 9] {
    [
        NavItem {
            route: Route::Today {},
            label: message("nav-today"),
            icon: "M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z",
            purpose: message("nav-today-purpose"),
            reach: Reach::Everywhere,
        },
        NavItem {
            route: Route::Races {},
            label: message("nav-races"),
            // A finish-line flag.
            icon: "M5 21V4M5 4h13l-2.5 4L18 12H5",
            purpose: message("nav-races-purpose"),
            reach: Reach::Everywhere,
        },
        NavItem {
            route: Route::Checklists {},
            label: message("nav-checklists"),
            icon: "M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2",
            purpose: message("nav-checklists-purpose"),
            reach: Reach::BehindMore,
        },
        NavItem {
            route: Route::Aromatherapy {},
            label: message("nav-aromatherapy"),
            icon: "M12 3c3 4 5 7 5 10a5 5 0 0 1-10 0c0-3 2-6 5-10zM10 14a2 2 0 0 0 2 2",
            purpose: message("nav-aromatherapy-purpose"),
            reach: Reach::BehindMore,
        },
        NavItem {
            route: Route::Timers {},
            label: message("nav-timers"),
            icon: "M10 2h4M12 5a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 9v4l3 2",
            purpose: message("nav-timers-purpose"),
            reach: Reach::Everywhere,
        },
        NavItem {
            route: Route::Log {},
            label: message("nav-log"),
            icon: "M6 3h12v18H6zM9 8h6M9 12h6M9 16h4",
            purpose: message("nav-log-purpose"),
            reach: Reach::Everywhere,
        },
        NavItem {
            route: Route::Training {},
            label: message("nav-training"),
            // A rising load line over its bars.
            icon: "M4 20V14M9 20V10M14 20V12M19 20V6M3 11l6-4 5 2 6-5",
            purpose: message("nav-training-purpose"),
            reach: Reach::BehindMore,
        },
        NavItem {
            route: Route::Settings {},
            label: message("nav-settings"),
            icon: "M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M16 4v4M10 10v4M18 16v4",
            purpose: message("nav-settings-purpose"),
            reach: Reach::BehindMore,
        },
        NavItem {
            route: Route::More {},
            label: message("nav-more"),
            // Three dots.
            icon: "M5 12h.01M12 12h.01M19 12h.01",
            purpose: String::new(),
            reach: Reach::PhoneOnly,
        },
    ]
}

/// The screens the More screen lists.
pub fn behind_more() -> impl Iterator<Item = NavItem> {
    nav_items()
        .into_iter()
        .filter(|item| item.reach == Reach::BehindMore)
}

/// The destination `route` belongs to: a routine's player and editor are part of Timers.
fn destination(route: &Route) -> Route {
    match route {
        Route::Player { .. } | Route::RoutineEditor { .. } => Route::Timers {},
        other => other.clone(),
    }
}

/// How an item is marked for the screen being shown: `aria-current="page"` on the destination
/// itself, and on a phone the More item stands for the screens behind it.
fn current_mark(item: &NavItem, shown: &Route) -> Option<&'static str> {
    if item.route == *shown {
        return Some("page");
    }
    let shown_is_behind_more = behind_more().any(|hidden| hidden.route == *shown);
    (item.reach == Reach::PhoneOnly && shown_is_behind_more).then_some("true")
}

/// `ask_first`, while a routine plays, takes a tapped destination instead of going there: the
/// player asks whether to keep the routine going or stop it.
#[component]
pub fn MainNav(ask_first: Option<EventHandler<Route>>) -> Element {
    let shown = destination(&use_route::<Route>());
    rsx! {
        nav { class: "main-nav", "aria-label": message("nav-label"),
            ul {
                for item in nav_items() {
                    li {
                        key: "{item.label}",
                        class: match item.reach {
                            Reach::Everywhere => "",
                            Reach::BehindMore => "nav-wide-only",
                            Reach::PhoneOnly => "nav-phone-only",
                        },
                        Link {
                            to: item.route.clone(),
                            onclick_only: ask_first.is_some(),
                            onclick: {
                                let route = item.route.clone();
                                move |_| {
                                    if let Some(ask) = ask_first {
                                        ask.call(route.clone());
                                    }
                                }
                            },
                            class: if current_mark(&item, &shown).is_some() { "active" } else { "" },
                            "aria-current": current_mark(&item, &shown),
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
