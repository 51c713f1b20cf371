//! What to do and when: today's recommendations and the season plan, one engine over the same
//! rules (the windows around each race, the budget, follow-ups, warnings and home care), plus the
//! season's calendar export.
//!
//! Today's therapist session for a day is the plan's session for that day.

pub mod calendar;
mod context;
pub mod day;
pub mod follow_up;
pub mod inputs;
pub mod notices;
pub mod phase;
pub mod plan;
pub mod plan_days;
pub mod rules;
pub mod today;

pub use day::{Day, Notice, Place, RaceStatus, Recommendation, Withheld};
pub use inputs::PlanInputs;
pub use phase::{Phase, RaceWindows};
pub use plan::plan;
pub use plan_days::PlannedSession;
pub use today::today;
