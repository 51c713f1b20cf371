//! Aromatherapy, read like a guide: the cautions for every runner and those several oils share
//! said once at the top, then short oil cards by goal whose details (how to use, sun limit, own
//! cautions, and links to the shared ones) open with a tap; what suits the runner's race phase,
//! warnings for oils still new to them, and the dilution calculator.

use crate::core::aroma::copy::safe_use;
use crate::core::aroma::{
    marked, new_oil_warnings, oils, percent, status_of, sun_reason, Goal, Oil, OilStatus,
    SharedCaution,
};
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::RaceStatus;
use crate::core::recommend::phase::Phase;
use crate::core::recommend::today::today_in;
use crate::core::words::{message, message_with, Arg};
use crate::store::Change;
use crate::ui::clock::use_clock;
use crate::ui::components::{BelowTheFold, SelectField};
use crate::ui::form_keys::{from_key, key_of};
use crate::ui::season_plan::use_season_plan;
use crate::ui::state::{use_app_state, use_document_update};
use crate::ui::views::aromatherapy::calculator::Calculator;
use dioxus::prelude::*;

#[component]
pub fn Aromatherapy() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let state = state.read();
    let document = &state.document;
    let now = clock.now();
    let plan = use_season_plan(local_date(clock.zone(), now));
    let day = today_in(&plan, &document.plan_inputs(), now);
    // Just after a race, recovery is what the runner is living; otherwise the next race leads.
    let status = day
        .recent_race
        .as_ref()
        .filter(|status| matches!(status.phase, Phase::PostEventFlush | Phase::Recovery))
        .or(day.next_race.as_ref());
    // Rule 12: under a whole-body red flag no oil goes on the skin, so none is suggested.
    let phase = status
        .map(|status| status.phase)
        .filter(|_| day.stop.is_none());
    let sun = sun_reason(&document.profile, &document.races, now);
    let warnings = new_oil_warnings(&document.oil_marks, &document.races, now);
    rsx! {
        h1 { {message("aromatherapy-title")} }
        if let Some(flag) = day.stop {
            p { class: "notice notice-alert", role: "note",
                {message_with("aromatherapy-stop", &[("flag", Arg::from(flag.reported()))])}
            }
        } else if let Some(status) = status {
            p { class: "lead",
                {lead(status)}
                " "
                match Goal::ALL.into_iter().find(|goal| phase.is_some_and(|phase| goal.fits(phase))) {
                    Some(goal) => rsx! {
                        {message_with("aromatherapy-lead-fits", &[("goal", Arg::from(key_of(&goal)))])}
                    },
                    None => rsx! { {message("aromatherapy-lead-no-race")} },
                }
            }
        }
        if !warnings.is_empty() {
            section { class: "warnings", "aria-labelledby": "oil-warnings-heading",
                h2 { id: "oil-warnings-heading", {message("aromatherapy-warnings")} }
                ul { class: "notice-list",
                    for warning in warnings {
                        li { key: "{warning.oil_key}", class: "notice notice-warning",
                            span { class: "visually-hidden", {message("aromatherapy-warning")} " " }
                            p { {warning.message()} }
                        }
                    }
                }
            }
        }
        Cautions {}
        // The safety first; the dilution calculator and the oils by goal a frame later.
        BelowTheFold {
            Calculator { sun }
            for goal in Goal::ALL {
                GoalSection { key: "{goal.label()}", goal, fits: phase.is_some_and(|phase| goal.fits(phase)) }
            }
        }
    }
}

/// The race the guide is read for and its phase: "Harbour Half: Pre-event window."
fn lead(status: &RaceStatus) -> String {
    message_with(
        "aromatherapy-lead",
        &[
            ("race", Arg::from(status.name.as_str())),
            ("phase", Arg::from(status.phase.label())),
        ],
    )
}

/// The anchor of a shared caution, which the oil cards link to.
fn caution_anchor(caution: SharedCaution) -> String {
    format!("caution-{}", caution.key())
}

/// What a runner reads before choosing any oil: how to use oils safely, and the cautions for
/// every runner or several oils, each once.
#[component]
fn Cautions() -> Element {
    rsx! {
        section { class: "card cautions", "aria-labelledby": "cautions-heading",
            h2 { id: "cautions-heading", {message("aromatherapy-cautions")} }
            ul { class: "safety-list",
                for rule in safe_use() {
                    li { key: "{rule}", "{rule}" }
                }
            }
            h3 { {message("aromatherapy-take-care")} }
            p { class: "hint", {message("aromatherapy-take-care-hint")} }
            ul { class: "safety-list", "aria-label": message("aromatherapy-take-care"),
                for caution in SharedCaution::ALL {
                    li { key: "{caution.key()}", id: caution_anchor(caution), tabindex: "-1",
                        strong {
                            {message_with("aromatherapy-caution-lead", &[("caution", Arg::from(caution.label()))])}
                            " "
                        }
                        {caution.text()}
                    }
                }
            }
        }
    }
}

/// The oils for one goal.
#[component]
fn GoalSection(goal: Goal, fits: bool) -> Element {
    let heading_id = format!("goal-{}-heading", key_of(&goal));
    rsx! {
        section { class: if fits { "goal goal-fits" } else { "goal" }, "aria-labelledby": "{heading_id}",
            h2 { id: "{heading_id}",
                {goal.label()}
                if fits {
                    " "
                    span { class: "badge", {message("aromatherapy-fits-now")} }
                }
            }
            for oil in oils().iter().filter(|oil| oil.goal == goal) {
                OilCard { key: "{oil.key}", oil: *oil }
            }
        }
    }
}

/// One oil: how to use it, its sun limit and cautions, and the runner's patch-test mark.
#[component]
fn OilCard(oil: Oil) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let status = status_of(&state.read().document.oil_marks, oil.key);
    let options: Vec<(String, String)> = OilStatus::ALL
        .iter()
        .map(|status| (key_of(status), status.label()))
        .collect();
    let mark = move |value: String| {
        if let Some(chosen) = from_key::<OilStatus>(&value) {
            let mark = marked(
                &state.peek().document.oil_marks,
                oil.key,
                chosen,
                clock.now(),
            );
            // A failed save is shown by the app's banner.
            let _ = update.send(Change::put(mark));
        }
    };
    rsx! {
        article { class: "card oil",
            h3 { {oil.name()} }
            p { class: "oil-tags",
                match oil.sun_max_percent {
                    Some(max) => rsx! {
                        span { class: "badge badge-warning",
                            {message_with("aromatherapy-sun-limit", &[("max", Arg::from(percent(max)))])}
                        }
                    },
                    None => rsx! { span { class: "badge", {message("aromatherapy-sun-safe")} } },
                }
            }
            details { class: "oil-details",
                summary { {message("aromatherapy-details")} }
                p { {oil.how()} }
                if let Some(max) = oil.sun_max_percent {
                    p { class: "oil-sun",
                        strong { {message("aromatherapy-sun-sensitising")} " " }
                        {message_with("aromatherapy-sun-sensitising-max", &[("max", Arg::from(percent(max)))])}
                        if let Some(alternative) = oil.sun_safe_alternative() {
                            " "
                            {message_with("aromatherapy-sun-safe-choice", &[("alternative", Arg::from(alternative))])}
                        }
                    }
                }
                ul { class: "oil-cautions", "aria-label": message_with("aromatherapy-oil-cautions", &[("oil", Arg::from(oil.name()))]),
                    for caution in oil.cautions() {
                        li { key: "{caution}", "{caution}" }
                    }
                    if !oil.shared.is_empty() {
                        li { class: "oil-see",
                            {message("aromatherapy-see-also")}
                            " "
                            for (index, caution) in oil.shared.iter().enumerate() {
                                span { key: "{caution.key()}",
                                    if index > 0 {
                                        ", "
                                    }
                                    a { href: "#{caution_anchor(*caution)}", "{caution.label()}" }
                                }
                            }
                        }
                    }
                }
            }
            SelectField {
                id: "mark-{oil.key}",
                label: message_with("aromatherapy-mark", &[("oil", Arg::from(oil.name()))]),
                options,
                selected: key_of(&status),
                onchange: mark,
            }
        }
    }
}
