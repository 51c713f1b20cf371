//! The Log screen: everything logged, newest first, with add, edit, delete (with undo) and
//! "Mark healed" for injuries, "Cleared by a professional" for red flags; insights below.

use crate::core::dates;
use crate::core::log::{LogEntry, LogKind};
use crate::core::sorting;
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
use crate::core::zone::Zone;
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{
    undo_label, use_first_view_painted, use_toasts, BelowTheFold, ToastAction,
};
use crate::ui::form_keys::key_of;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::log::form::LogForm;
use crate::ui::views::log::insights::Insights;
use crate::ui::views::timers::length_text;
use chrono::NaiveDate;
use dioxus::prelude::*;

/// The heading of an entry, as the runner reads it in the list.
pub fn entry_title(entry: &LogEntry) -> String {
    match &entry.kind {
        LogKind::MassageReceived { kind, .. } => kind.label().to_string(),
        LogKind::SorenessCheckIn { .. } => message("log-title-soreness"),
        LogKind::Injury { area, .. } => {
            message_with("log-title-injury", &[("area", Arg::from(area.label()))])
        }
        LogKind::SelfMassage { .. } => message("log-title-self-massage"),
        LogKind::RedFlag { flag, .. } => {
            message_with("log-title-red-flag", &[("flag", Arg::from(flag.label()))])
        }
    }
}

/// An entry as a message names it: its heading and when, e.g. "Soreness check-in of Sat 5 Dec
/// 2026, 18:00".
pub fn entry_name(entry: &LogEntry, zone: Zone) -> String {
    let when = dates::weekday_day_month_year_clock(entry.at.with_timezone(&zone).naive_local());
    message_with(
        "log-entry-name",
        &[
            ("title", Arg::from(entry_title(entry))),
            ("when", Arg::from(when)),
        ],
    )
}

fn day_text(date: NaiveDate) -> String {
    dates::day_month_year(date)
}

/// The facts under an entry's heading.
pub fn entry_details(entry: &LogEntry, race_name: impl Fn(&str) -> Option<String>) -> Vec<String> {
    match &entry.kind {
        LogKind::MassageReceived {
            pressure,
            before,
            technique,
            with_therapist,
            notes,
            ..
        } => {
            let therapist = if *with_therapist { "yes" } else { "no" };
            let mut lines = vec![message_with(
                "log-detail-massage",
                &[
                    ("therapist", Arg::from(therapist)),
                    ("pressure", Arg::from(key_of(pressure))),
                ],
            )];
            if let Some(technique) = technique {
                lines.push(technique.label().to_string());
            }
            match before {
                Some(crate::core::log::PreEventFor::Workout) => {
                    lines.push(message("log-detail-before-workout"))
                }
                Some(crate::core::log::PreEventFor::Race { race_id }) => {
                    lines.push(match race_name(race_id.as_str()) {
                        Some(race) => {
                            message_with("log-detail-before-race", &[("race", Arg::from(race))])
                        }
                        None => message("log-detail-before-a-race"),
                    })
                }
                None => {}
            }
            if !notes.is_empty() {
                lines.push(message_with(
                    "log-detail-notes",
                    &[("notes", Arg::from(notes.as_str()))],
                ));
            }
            lines
        }
        LogKind::SorenessCheckIn {
            hours_after,
            level,
            bruising,
            ..
        } => {
            let bruising = if *bruising { "yes" } else { "no" };
            vec![message_with(
                "log-detail-soreness",
                &[
                    ("level", Arg::from(u32::from(*level))),
                    ("hours", Arg::from(u32::from(*hours_after))),
                    ("bruising", Arg::from(bruising)),
                ],
            )]
        }
        LogKind::Injury {
            tissue,
            started,
            resolved,
            ..
        } => {
            let mut args = vec![
                ("tissue", Arg::from(capitalized(&tissue.label()))),
                ("since", Arg::from(day_text(*started))),
            ];
            let id = match resolved {
                Some(end) => {
                    args.push(("healed", Arg::from(day_text(*end))));
                    "log-detail-injury-healed"
                }
                None => "log-detail-injury-active",
            };
            vec![message_with(id, &args)]
        }
        LogKind::SelfMassage {
            routine_name,
            seconds,
        } => vec![format!("{routine_name} · {}", length_text(*seconds))],
        LogKind::RedFlag {
            flag,
            area,
            cleared,
        } => {
            let mut lines = Vec::new();
            if let Some(area) = area {
                lines.push(message_with(
                    "log-detail-area",
                    &[("area", Arg::from(area.label()))],
                ));
            }
            lines.push(match cleared {
                Some(day) => {
                    message_with("log-detail-cleared", &[("day", Arg::from(day_text(*day)))])
                }
                None => flag.advice().to_string(),
            });
            lines
        }
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How many entries the Log draws at a time: more than a phone's screen holds, few enough to open
/// at once whatever the history.
const PAGE: usize = 30;
/// How many entries the Log draws first: a phone's screen shows four as it opens, a tall one six;
/// the rest of the page is drawn a frame later (`BelowTheFold`).
const FIRST_VIEW: usize = 6;
/// The "Show older" button and the line that says how many are shown, as expressions so
/// component tests can find them.
const MORE_ID: &str = "log-more"; // an element's id: not a message, whatever its prefix
const SHOWING_ID: &str = "log-showing"; // an element's id: not a message

/// "Showing the latest 30 of 2000 entries.", both as plain digits: the pages run into thousands.
fn showing_text(shown: usize, total: usize) -> String {
    let mut args = vec![("shown", Arg::from(shown.to_string()))];
    args.extend(counted(total));
    message_with("log-showing", &args)
}

/// The "Add an entry" form and its summary, as expressions so component tests can find them.
const ADD_ENTRY: &str = "add-entry";
const ADD_SUMMARY: &str = "add-entry-summary";

#[component]
pub fn Log() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let toasts = use_toasts();
    let mut deleted = use_signal(|| None::<LogEntry>);
    let mut adding = use_signal(|| false);
    let mut form_box = use_signal(|| None::<std::rc::Rc<MountedData>>);
    let open_form = move |_| {
        adding.set(true);
        if let Some(form) = form_box() {
            spawn(async move {
                let _ = form.scroll_to(ScrollBehavior::Smooth).await;
            });
        }
    };

    // Made here, not on the entry's card: the card is gone by the time Undo is pressed.
    let undo = use_callback(move |()| {
        let Some(entry) = deleted.take() else {
            return;
        };
        let title = entry_name(&entry, clock.zone());
        toasts.say(match update.send(Change::restore(entry)) {
            Ok(()) => message_with("log-restored", &[("name", Arg::from(title))]),
            Err(UpdateError::NotSaved(reason)) => {
                message_with("log-not-restored", &[("reason", Arg::from(reason))])
            }
        });
    });
    let delete = move |entry: LogEntry| match update.send(Change::Delete(entry.id.clone())) {
        Ok(()) => {
            toasts.say_with(
                message_with(
                    "log-deleted",
                    &[("name", Arg::from(entry_name(&entry, clock.zone())))],
                ),
                ToastAction {
                    label: undo_label(),
                    id: "log-undo",
                    run: undo,
                },
            );
            deleted.set(Some(entry));
        }
        Err(UpdateError::NotSaved(reason)) => toasts.say(message_with(
            "log-not-deleted",
            &[("reason", Arg::from(reason))],
        )),
    };

    // Sorted once per change of the log, not per render; only the newest `shown` are drawn, so a
    // runner with years of entries opens the screen as fast as one with a season's.
    let entries = use_memo(move || {
        let mut entries = state.read().document.log.clone();
        sorting::sort_by(&mut entries, |a, b| (b.at, &b.id).cmp(&(a.at, &a.id)));
        entries
    });
    let mut shown = use_signal(|| PAGE);
    let total = entries.read().len();
    let visible: Vec<LogEntry> = entries.read().iter().take(shown()).cloned().collect();
    let painted = use_first_view_painted();
    rsx! {
        h1 { {message("log-heading")} }
        // Opened by its summary or by the empty insights' "Log your first session", so the
        // open state is the screen's, not only the browser's.
        details {
            class: "card",
            id: ADD_ENTRY,
            open: adding(),
            onmounted: move |event| form_box.set(Some(event.data())),
            summary {
                id: ADD_SUMMARY,
                onclick: move |event| {
                    event.prevent_default();
                    adding.toggle();
                },
                {message("log-add-entry")}
            }
            // Folded away as the screen opens: drawn a frame after the screen's top.
            BelowTheFold { LogForm { prefix: "add" } }
        }
        section { "aria-labelledby": "history-heading",
            h2 { id: "history-heading", {message("log-history")} }
            if total == 0 {
                p { class: "hint", {message("log-nothing-yet")} }
            }
            ul { class: "log-list", "aria-label": message("log-entries-label"),
                // One keyed list, so an entry being edited keeps its form as newer entries push
                // it past the first view.
                for entry in visible.into_iter().take(if painted() { usize::MAX } else { FIRST_VIEW }) {
                    LogItem { key: "{entry.id}", entry, on_delete: delete }
                }
            }
            // After the entries below the first view: drawn with them, the end of the list is
            // not seen (and the next page not loaded) before they are.
            BelowTheFold {
                if total > shown() {
                    div { class: "log-more",
                        // Reaching the end of the list loads the next page, as a phone list does; the
                        // button is there for keyboards and screen readers, and says how many remain.
                        onvisible: move |event: VisibleEvent| {
                            if event.data().is_intersecting().unwrap_or(false) {
                                shown += PAGE;
                            }
                        },
                        p { class: "hint", id: SHOWING_ID, {showing_text(shown().min(total), total)} }
                        button { id: MORE_ID, r#type: "button", class: "button", onclick: move |_| shown += PAGE,
                            {message_with("log-show-older", &[("count", Arg::from(PAGE.min(total - shown())))])}
                        }
                    }
                }
            }
        }
        BelowTheFold {
            Insights { on_log_first: open_form }
            section { class: "card", "aria-labelledby": "watch-heading",
                h2 { id: "watch-heading", {message("log-watch-heading")} }
                p { class: "hint", {message("log-watch-hint")} }
                Link { class: "button", to: crate::ui::routes::Route::Training {}, {message("log-watch-import")} }
            }
        }
    }
}

#[component]
fn LogItem(entry: LogEntry, on_delete: EventHandler<LogEntry>) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let zone: Zone = clock.zone();
    let mut editing = use_signal(|| false);
    let title = entry_title(&entry);
    let edit_label = message_with("log-edit-label", &[("title", Arg::from(title.as_str()))]);
    let delete_label = message_with("log-delete-label", &[("title", Arg::from(title.as_str()))]);
    let when = entry.at.with_timezone(&zone);
    let details = entry_details(&entry, |id| {
        let state = state.read();
        state
            .document
            .races
            .iter()
            .find(|race| race.id.as_str() == id)
            .map(|race| race.name.clone())
    });
    let active_injury = matches!(entry.kind, LogKind::Injury { resolved: None, .. });
    let open_red_flag = matches!(entry.kind, LogKind::RedFlag { cleared: None, .. });
    let red_flag = matches!(entry.kind, LogKind::RedFlag { .. });
    let booked = entry.is_booked(clock.now());
    let closing = entry.clone();
    // Ends an active injury (healed) or an open red flag (cleared) today.
    let close = move |_| {
        let today = clock.now().with_timezone(&zone).date_naive();
        let mut closed = closing.clone();
        match &mut closed.kind {
            LogKind::Injury {
                started, resolved, ..
            } => *resolved = Some(today.max(*started)),
            LogKind::RedFlag { cleared, .. } => *cleared = Some(today),
            _ => return,
        }
        // Failures show in the app-wide save banner, which is where the runner looks for them.
        let _ = update.send(Change::put(closed));
    };
    let for_delete = entry.clone();
    let prefix = format!("edit-{}", entry.id);
    rsx! {
        li { class: "card log-entry",
            h3 { "{title}" }
            p { class: "log-when",
                time { datetime: "{entry.at.to_rfc3339()}", {dates::weekday_day_month_year_clock(when.naive_local())} }
                if booked { {message("log-booked")} }
            }
            for line in details {
                p { "{line}" }
            }
            div { class: "form-actions",
                // A red-flag answer is a record of what was reported: cleared, or deleted, never rewritten.
                if !red_flag {
                    button { id: "edit-button-{entry.id}", r#type: "button", class: "button", "aria-expanded": if editing() { "true" } else { "false" },
                        "aria-label": edit_label, onclick: move |_| editing.toggle(), {message("log-edit")} }
                }
                button { id: "delete-{entry.id}", r#type: "button", class: "button", "aria-label": delete_label,
                    onclick: move |_| on_delete.call(for_delete.clone()), {message("log-delete")} }
                if active_injury || open_red_flag {
                    button { id: if active_injury { "heal-{entry.id}" } else { "clear-{entry.id}" },
                        r#type: "button", class: "button", onclick: close,
                        if active_injury { {message("log-mark-healed")} } else { {message("log-cleared-by-professional")} }
                    }
                }
            }
            if editing() {
                LogForm { prefix, existing: entry.clone(), on_saved: move |_| editing.set(false) }
            }
        }
    }
}
