//! What to do and when: today's recommendations and the season plan, one engine over the same
//! rules (the windows around each race, the budget, follow-ups, warnings and home care), plus the
//! season's calendar export. The rules decide (`decision.rs`); `copy.rs` words what they decided.
//!
//! Today's therapist session for a day is the plan's session for that day.

mod agreement;
pub mod calendar;
mod context;
pub mod copy;
pub mod day;
pub mod decision;
pub mod follow_up;
mod general;
pub mod inputs;
pub mod notices;
pub mod phase;
pub mod plan;
pub mod plan_days;
mod plan_general;
pub mod red_flags;
pub mod rules;
pub mod season;
pub mod today;

pub use copy::why;
pub use day::{Day, Place, RaceStatus, Recommendation, Withheld};
pub use decision::{Advice, Notice, Reason};
pub use inputs::PlanInputs;
pub use phase::{Phase, RaceWindows};
pub use plan::plan;
pub use plan_days::PlannedSession;
pub use today::today;
