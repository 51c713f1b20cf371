//! The Training screen: import the runner's training files, settle the activities in doubt,
//! review what they suggest, see the load week by week, and look over (or undo) each import.

use crate::core::training::copy::activities;
use crate::core::training::detect::read_season;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::LoadChart;
use crate::ui::state::use_app_state;
use crate::ui::views::training::activities::{DoubtfulActivities, YourImports};
use crate::ui::views::training::heart::HeartRateForm;
use crate::ui::views::training::import::ImportPanel;
use crate::ui::views::training::review::Review;
use dioxus::prelude::*;

const TRAINING_CSS: &str = include_str!("../../../../assets/styling/training.css");

#[component]
pub fn Training() -> Element {
    let clock = use_clock();
    let minute = use_minute_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let today = minute().with_timezone(&zone).date_naive();
    let read = state.read();
    let document = &read.document;
    let season = read_season(&document.activities, document.profile.heart, &zone, today);
    let proposals = season.proposals(&document.blocks, &document.races, &document.tombstones);
    let kept = document.activities.iter().filter(|a| a.counts()).count();
    let any = !document.activities.is_empty();
    rsx! {
        style { {TRAINING_CSS} }
        h1 { {message("training-title")} }
        p { class: "lead", {message("training-lead")} }
        ImportPanel {}
        DoubtfulActivities {}
        if any {
            p { class: "hint", {message_with("training-kept", &[("activities", Arg::from(activities(kept)))])} }
            Review { proposals: proposals.clone() }
            section { class: "card", "aria-labelledby": "load-heading",
                h2 { id: "load-heading", {message("training-load-heading")} }
                LoadChart { weeks: season.weeks.clone(), blocks: document.blocks.clone(), proposals }
            }
            HeartRateForm { estimated: season.basis.heart }
        }
        YourImports {}
    }
}
