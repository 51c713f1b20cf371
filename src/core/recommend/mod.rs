//! What to do and when: one engine (`engine`) runs the numbered rules (`rules`, one file each, as
//! `docs/RULES.md` lists them) over a grid of the runner's days. The season plan is that grid;
//! Today is its day for today plus what only the present moment has (`today`). The rules decide
//! (`decision.rs`); `copy.rs` words what they decided. Also the season's calendar export.

pub mod calendar;
pub mod copy;
pub mod day;
pub mod decision;
pub mod engine;
pub mod follow_up;
pub mod inputs;
pub mod notices;
pub mod phase;
pub mod plan;
pub mod red_flags;
pub mod rules;
pub mod season;
pub mod today;

pub use copy::why;
pub use day::{Day, Place, RaceStatus, Recommendation, Withheld};
pub use decision::{Advice, LeftOut, Notice, Reason, TryChance};
pub use engine::{Engine, SeasonPlan};
pub use inputs::PlanInputs;
pub use phase::{Phase, RaceWindows};
pub use plan::{plan, PlannedSession};
pub use today::{today, today_in};
