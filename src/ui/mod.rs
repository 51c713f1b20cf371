//! The Dioxus app shared by desktop, web and phone: providers, router, screens and widgets.

pub mod app;
pub mod clock;
pub mod components;
pub mod files;
pub mod form_keys;
pub mod ids;
pub mod language;
pub mod platform;
pub mod routes;
pub mod season_plan;
pub mod state;
pub mod views;

pub use app::{App, AppWithData, AppWithDataProps};
