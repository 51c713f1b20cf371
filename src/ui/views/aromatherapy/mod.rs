//! The Aromatherapy screen: oils by goal with their cautions, and the dilution calculator.

mod calculator;
mod screen;

pub use screen::Aromatherapy;
