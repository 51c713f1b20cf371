//! The Timers feature: routine catalogue, guided player, the routine in progress on every screen,
//! routine editor, files and session history.

mod catalogue;
mod cue_sounds;
mod editor;
mod editor_draft;
mod history;
mod lock_screen;
mod player;
mod player_clock;
mod quick_start;
mod routine_files;
mod running;
mod running_bar;
mod session;

pub use catalogue::Timers;
pub use editor::RoutineEditor;
pub use player::Player;
pub use quick_start::QuickStart;
pub use running::{use_running_provider, Leave};
pub use running_bar::RunningBar;

use crate::core::routine::catalog::{builtin, builtin_routines};
use crate::core::routine::Routine;
use crate::core::words::{message, message_with, Arg};
use crate::store::Document;

/// Styles of the timer screens, kept beside the feature instead of growing the shared stylesheet.
pub(crate) const TIMERS_CSS: &str = include_str!("../../../../assets/styling/timers.css");

/// The routine with `id`: a built-in one, or one of the runner's own.
pub(crate) fn find_routine(document: &Document, id: &str) -> Option<Routine> {
    builtin(id, document.profile.tools).or_else(|| {
        document
            .routines
            .iter()
            .find(|routine| routine.id.as_str() == id)
            .cloned()
    })
}

/// Every routine the catalogue lists: the built-in ones first, then the runner's own in their order.
pub(crate) fn all_routines(document: &Document) -> Vec<Routine> {
    let mut all = builtin_routines(document.profile.tools);
    all.extend(document.routines.iter().cloned());
    all
}

/// The message `id` given a routine's name as the runner reads it (`copy::routine_name`).
pub(crate) fn named(id: &str, name: &str) -> String {
    message_with(id, &[("routine", Arg::from(name))])
}

/// The message `id` with the reason a change was not saved (or a file not read).
pub(crate) fn reason_said(id: &str, reason: String) -> String {
    message_with(id, &[("reason", Arg::from(reason))])
}

/// A length such as "6 min" or "6 min 30 s". The minutes go as plain digits, as they have
/// always read ("1000 min"): the unit is an abbreviation, with no plural to choose.
pub(crate) fn length_text(seconds: u32) -> String {
    let minutes = || ("minutes", Arg::from((seconds / 60).to_string()));
    let rest = ("seconds", Arg::from(seconds % 60));
    match (seconds / 60, seconds % 60) {
        (0, _) => message_with("timers-length-seconds", &[rest]),
        (_, 0) => message_with("timers-length-minutes", &[minutes()]),
        _ => message_with("timers-length-both", &[minutes(), rest]),
    }
}

/// The tools a routine needs, in the order they first appear, e.g. "Foam roller, Massage ball";
/// "No tool" for stretches.
pub(crate) fn tools_text(routine: &Routine) -> String {
    let tools = routine.tools();
    if tools.is_empty() {
        return message("timers-no-tool");
    }
    tools
        .iter()
        .map(|tool| tool.label())
        .collect::<Vec<_>>()
        .join(", ")
}
