//! The order race sessions are booked in: the most important race first (A, then B, then C; then
//! the earlier), each with its pre-event session (rule 1, or rule 2's test) and its flush (rule
//! 3), so a short budget is spent where it matters most.

use crate::core::recommend::engine::Planner;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::rules::{post_event, pre_event, Rule};
use crate::core::sorting;

pub struct RaceSessions;

impl Rule for RaceSessions {
    fn place(&self, plan: &mut Planner) {
        let mut order: Vec<RaceWindows> = plan.facts.windows.clone();
        sorting::sort_by(&mut order, |a, b| {
            (a.priority, a.start, &a.race_id).cmp(&(b.priority, b.start, &b.race_id))
        });
        // Rule 2: with an untried approach, one smaller race before an A race becomes the test.
        let mut needs_test = !plan.facts.inputs.pre_event_approach_tried(None);
        for w in &order {
            pre_event::book(plan, w, &mut needs_test);
            post_event::book(plan, w);
        }
    }
}
