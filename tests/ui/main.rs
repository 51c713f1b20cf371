//! Component tests: screens rendered through Dioxus' virtual DOM with seeded data and a fixed
//! clock, in one test binary.

#[path = "../support/mod.rs"]
mod support;

mod aromatherapy;
mod budget_swap;
mod checklists;
mod desktop_files;
mod double_tap;
mod flows;
mod keystrokes;
mod language;
mod log;
mod nav;
mod other_copies;
mod pseudo;
mod races;
mod races_heavy;
mod races_inputs;
mod races_ticks;
mod settings;
mod storage;
mod timers;
mod timers_resume;
mod today;
mod training;
