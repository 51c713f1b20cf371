//! Races: every race with its live countdown and timeline, the add/edit form, training blocks, the
//! season plan and the calendar export; in a wide window the season planner across the top and
//! the forms beside the lists.

use crate::core::race::Race;
use crate::core::recommend::calendar::exports_session;
use crate::core::recommend::plan::{sessions, PlannedSession};
use crate::core::sorting;
use crate::core::words::message;
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::{use_first_view_painted, BelowTheFold};
use crate::ui::season_plan::use_season_plan;
use crate::ui::state::use_app_state;
use crate::ui::views::races::blocks::Blocks;
use crate::ui::views::races::calendar_export::CalendarExport;
use crate::ui::views::races::card::RaceCard;
use crate::ui::views::races::compact::{CompactList, FinishedBySeason};
use crate::ui::views::races::draft::RaceDraft;
use crate::ui::views::races::editor::{use_editor, Editor};
use crate::ui::views::races::form::RaceForm;
use crate::ui::views::races::left_out::LeftOutNotice;
use crate::ui::views::races::planner::Planner;
use crate::ui::views::races::removal::{use_removals, Removals};
use crate::ui::views::races::season::Season;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// Styles of this screen only (timelines, race cards), kept apart from the app-wide sheet.
const RACES_CSS: &str = include_str!("../../../../assets/styling/races.css");

/// Races coming up shown as full cards (countdown, timeline); later ones are one line each.
const FULL_UPCOMING: usize = 3;
/// Race cards a phone's screen shows as Races opens (a card with its timeline is about half a
/// phone's height); the rest are drawn a frame later (`BelowTheFold`).
const CARDS_IN_FIRST_VIEW: usize = 2;
/// Finished races shown as full cards; older ones are folded by season.
const FULL_FINISHED: usize = 2;
/// The screen's width (in CSS px) from which it is a planner: a window of about 1,000 px, less
/// the side navigation and the margins.
const WIDE_SCREEN: f64 = 700.0;

/// The Races screen.
#[component]
pub fn Races() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let units = state.read().profile().units;
    let editor = use_editor("race", || RaceDraft::new(zone, units));
    let removals = use_removals();
    let minute = use_minute_clock();
    let mut wide = use_signal(|| false);

    let now = minute();
    let today = now.with_timezone(&zone).date_naive();
    let plan = use_season_plan(today);
    let state = state.read();
    let document = &state.document;
    let (from, to) = plan.range().unwrap_or((today, today));
    let planned = sessions(&plan);
    let mut races = document.races.clone();
    sorting::sort_by(&mut races, |a, b| {
        (a.start_instant(), &a.id).cmp(&(b.start_instant(), &b.id))
    });
    let (finished, upcoming): (Vec<Race>, Vec<Race>) = races
        .iter()
        .cloned()
        .partition(|race| race.is_finished(now));
    // The latest finished races stay in full: the days after them shape the recovery plan.
    let (older, recent) = finished.split_at(finished.len().saturating_sub(FULL_FINISHED));
    let bookable: Vec<PlannedSession> = planned
        .iter()
        .filter(|session| exports_session(session))
        .cloned()
        .collect();
    // In a wide window (the screen itself at least WIDE_SCREEN px) the planner goes across the
    // top and the stylesheet puts the forms beside the lists; narrower, there is no planner (not
    // even hidden) and everything is one column, as on a phone.
    rsx! {
        style { {RACES_CSS} }
        div { class: if wide() { "races-screen wide" } else { "races-screen" },
            onresize: move |event| {
                if let Ok(size) = event.get_border_box_size() {
                    let now_wide = size.width >= WIDE_SCREEN;
                    if now_wide != *wide.peek() {
                        wide.set(now_wide);
                    }
                }
            },
            h1 { {message("races-heading")} }
            if wide() {
                Planner { from, to, races: races.clone(), blocks: document.blocks.clone(), sessions: bookable }
            }
            div { class: "races-columns",
                section { class: "races-upcoming", "aria-labelledby": "upcoming-heading",
                    h2 { id: "upcoming-heading", {message("races-coming-up")} }
                    if upcoming.is_empty() {
                        p { class: "hint", {message("races-none-ahead")} }
                    }
                    RaceList { races: upcoming.iter().take(FULL_UPCOMING).cloned().collect::<Vec<_>>(), label: message("races-coming-up-label"), editor, removals, now }
                    if upcoming.len() > FULL_UPCOMING {
                        BelowTheFold {
                            h3 { {message("races-later")} }
                            CompactList { races: upcoming[FULL_UPCOMING..].to_vec(), label: message("races-later-label"), units, editor, removals }
                        }
                    }
                }
                // A phone's first view is the heading and the next races; the forms, the
                // finished races and the season follow a frame later.
                BelowTheFold {
                    div { class: "races-side",
                        RaceForm { editor }
                        Blocks { removals }
                    }
                    div { class: "races-rest",
                        if !finished.is_empty() {
                            section { "aria-labelledby": "finished-heading",
                                h2 { id: "finished-heading", {message("races-finished-heading")} }
                                p { class: "hint", {message("races-finished-hint")} }
                                RaceList { races: recent.to_vec(), label: message("races-finished-label"), editor, removals, now }
                                if !older.is_empty() {
                                    FinishedBySeason { races: older.to_vec(), units, editor, removals }
                                }
                            }
                        }
                        Season { from, to, races, blocks: document.blocks.clone(), sessions: planned.clone() }
                        LeftOutNotice { left_out: plan.left_out.clone() }
                        CalendarExport { sessions: planned }
                    }
                }
            }
        }
    }
}

/// A list of race cards, named for screen readers; nothing at all when empty.
#[component]
fn RaceList(
    races: Vec<Race>,
    label: String,
    editor: Editor<RaceDraft>,
    removals: Removals,
    now: DateTime<Utc>,
) -> Element {
    let units = use_app_state().read().profile().units;
    let painted = use_first_view_painted();
    let drawn = if painted() {
        usize::MAX
    } else {
        CARDS_IN_FIRST_VIEW
    };
    rsx! {
        if !races.is_empty() {
            ul { class: "race-list", "aria-label": "{label}",
                // One keyed list, so a card keeps its state as races ahead of it finish.
                for race in races.into_iter().take(drawn) {
                    RaceCard { key: "{race.id}", race, units, editor, removals, now }
                }
            }
        }
    }
}
