//! Fresh Legs: sports massage and self-massage planned around a runner's races.
//!
//! `core` is the pure domain (no UI, no I/O, no clock), `store` persists one versioned document,
//! and `ui` is the Dioxus app shared by desktop, web and phone.
#![forbid(unsafe_code)]

pub mod core;
pub mod store;
pub mod ui;
