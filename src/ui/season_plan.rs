//! The season plan, made once per change of the runner's data or of the runner's day, and shared
//! by every screen that shows it (Today, Races, its calendar export, Aromatherapy): a render never
//! runs the rule engine again.

use crate::core::race::local_time::local_date;
use crate::core::recommend::{Engine, SeasonPlan};
use crate::core::zone::Zone;
use crate::ui::clock::use_clock;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use dioxus::prelude::*;
use std::rc::Rc;

/// The shared plan. Two are equal only when they are the same plan, so a new plan always reaches
/// the screens, and comparing never walks a season.
#[derive(Clone)]
pub struct SharedPlan(pub Rc<SeasonPlan>);

impl PartialEq for SharedPlan {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The plan and the day it was made from.
#[derive(Clone, Copy)]
struct SeasonPlans {
    date: Signal<NaiveDate>,
    plan: Memo<SharedPlan>,
}

fn make(state: &AppState, date: NaiveDate, zone: Zone) -> Rc<SeasonPlan> {
    let inputs = state.document.plan_inputs();
    Rc::new(Engine::standard(&inputs).season(&inputs, date, zone))
}

/// Provides the plan below the caller, remade whenever the document changes or a screen finds
/// the runner's day has turned.
pub fn use_season_plan_provider(state: Signal<AppState>) {
    let clock = use_clock();
    let date = use_signal(|| local_date(clock.zone(), clock.now()));
    let plan = use_memo(move || SharedPlan(make(&state.read(), date(), clock.zone())));
    use_context_provider(|| SeasonPlans { date, plan });
}

/// The season plan from the runner's `today`, shared by the screens. When the day has turned
/// since the shared plan was made (a page left open past midnight), this screen gets a plan made
/// from today at once, and the shared one moves on to today for the others.
pub fn use_season_plan(today: NaiveDate) -> Rc<SeasonPlan> {
    let plans = try_use_context::<SeasonPlans>()
        .expect("use_season_plan needs AppWithData above it: it provides the season plan");
    let state = try_use_context::<Signal<AppState>>().expect("AppWithData provides the state");
    let zone = use_clock().zone();
    let shared = plans.plan.read().0.clone();
    if shared.range().is_none_or(|(from, _)| from == today) {
        return shared;
    }
    let mut date = plans.date;
    spawn(async move { date.set(today) });
    let fresh = make(&state.read(), today, zone);
    fresh
}
