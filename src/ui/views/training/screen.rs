//! The Training screen: import the runner's training files, settle the activities in doubt,
//! review what they suggest, see the load week by week, and look over (or undo) each import.

use crate::core::training::detect::read_season;
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
        h1 { "Training" }
        p { class: "lead",
            "Your own training files show your hard weeks, speed work and races, so the massage plan "
            "can follow them without you typing each block."
        }
        ImportPanel {}
        DoubtfulActivities {}
        if any {
            p { class: "hint", {format!("{} kept from your files.", crate::core::validation::count(kept as i64, "activity", "activities"))} }
            Review { proposals: proposals.clone() }
            section { class: "card", "aria-labelledby": "load-heading",
                h2 { id: "load-heading", "Training load" }
                LoadChart { weeks: season.weeks.clone(), blocks: document.blocks.clone(), proposals }
            }
            HeartRateForm { estimated: season.basis.heart }
        }
        YourImports {}
    }
}
