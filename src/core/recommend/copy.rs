//! The words a runner reads on Today and in the season plan: every recommendation, reason and
//! notice, worded from what the rules decided (`decision.rs`). The wording is in
//! `i18n/<language>/today.ftl`; here each decision picks its message and gives it its figures.

use crate::core::body::area_list;
use crate::core::dates::{long_weekday_day_month, weekday_day_month};
use crate::core::massage::{MassageKind, Pressure};
use crate::core::profile::{BudgetFirst, PreEventPreference, TightBudget};
use crate::core::race::RaceLength;
use crate::core::recommend::decision::{Advice, LeftOut, Notice, Reason, TryChance};
use crate::core::routine::copy::{dose_what, dose_why};
use crate::core::training::BlockKind;
use crate::core::validation::list_words;
use crate::core::words::{message, message_with, Arg};

/// The reasons as the runner reads them, each citing its rule: "Rule 5 · … · Rule 6 · …".
pub fn why(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(Reason::text)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A pressure band as the messages choose by it.
fn pressure_key(pressure: Pressure) -> &'static str {
    match pressure {
        Pressure::Light => "light",
        Pressure::Medium => "medium",
        Pressure::Deep => "deep",
    }
}

/// A race's length as the messages choose by it.
fn length_key(length: RaceLength) -> &'static str {
    match length {
        RaceLength::UpToHalf => "half",
        RaceLength::Marathon => "marathon",
        RaceLength::Ultra => "ultra",
    }
}

/// A yes-or-no choice as the messages take it.
fn yes(choice: bool) -> &'static str {
    if choice {
        "yes"
    } else {
        "no"
    }
}

/// The runner's pre-event approach, mid-sentence: "a light flush", "no massage for 3 days".
pub fn approach_name(preference: PreEventPreference) -> String {
    match preference {
        PreEventPreference::Deep => message("today-approach-deep"),
        PreEventPreference::LightFlush => message("today-approach-light-flush"),
        PreEventPreference::Compression => message("today-approach-compression"),
        PreEventPreference::NoTouch { days } => message_with(
            "today-approach-no-touch",
            &[("days", Arg::from(u32::from(days)))],
        ),
    }
}

/// "your 2 therapist sessions a year" or "your one therapist session per training block".
fn tight_budget(limit: TightBudget) -> String {
    let (sessions, per) = match limit {
        TightBudget::Year(sessions) => (sessions, "year"),
        TightBudget::Block(sessions) => (sessions, "block"),
    };
    message_with(
        "today-tight-budget",
        &[
            ("sessions", Arg::from(u32::from(sessions))),
            ("per", Arg::from(per)),
        ],
    )
}

/// A message about a tight budget, which it names first.
fn with_tight_budget(id: &str, limit: TightBudget) -> String {
    message_with(id, &[("limit", Arg::from(tight_budget(limit)))])
}

impl Advice {
    /// What to do, in a sentence or two.
    pub fn text(&self) -> String {
        match self {
            Advice::RaceDayFlush => message("today-advice-race-day-flush"),
            Advice::PreEvent {
                preference: PreEventPreference::Compression,
                ..
            } => message("today-advice-pre-event-compression"),
            Advice::PreEvent {
                preference: PreEventPreference::Deep,
                tried: true,
            } => message("today-advice-pre-event-deep-tried"),
            Advice::PreEvent {
                preference: PreEventPreference::Deep,
                tried: false,
            } => message("today-advice-pre-event-deep"),
            Advice::PreEvent { .. } => message("today-advice-pre-event-light"),
            Advice::HomeFlush {
                routine,
                minutes,
                before_race,
            } => message_with(
                "today-advice-home-flush",
                &[
                    ("routine", Arg::from(routine.as_str())),
                    ("minutes", Arg::from(u32::from(*minutes))),
                    ("before_race", Arg::from(yes(*before_race))),
                ],
            ),
            Advice::PostEventFlush => message("today-advice-post-event-flush"),
            Advice::General { lighter } => {
                let mut text = message("today-advice-general");
                if let Some(pressure) = lighter {
                    text.push(' ');
                    text.push_str(&message_with(
                        "today-advice-ask-lighter",
                        &[("pressure", Arg::from(pressure_key(*pressure)))],
                    ));
                }
                text
            }
            Advice::SelfMassage {
                context,
                seconds_per_muscle,
            } => dose_what(*context, *seconds_per_muscle),
            Advice::SeeProfessional { areas } => message_with(
                "today-advice-see-professional",
                &[("areas", Arg::from(area_list(areas)))],
            ),
        }
    }
}

impl Reason {
    /// The reason with its rule, as the runner reads it.
    pub fn text(&self) -> String {
        let about_race = |id: &str, race: &str| message_with(id, &[("race", Arg::from(race))]);
        let why = match self {
            Reason::NoTouchDays { race, days } => message_with(
                "today-reason-no-touch",
                &[
                    ("race", Arg::from(race.as_str())),
                    ("days", Arg::from(u32::from(*days))),
                ],
            ),
            Reason::RaceDay { race: name } => about_race("today-reason-race-day", name),
            Reason::PreEventSoon {
                race,
                days,
                approach,
            } => message_with(
                "today-reason-pre-event-soon",
                &[
                    ("race", Arg::from(race.as_str())),
                    ("days", Arg::from(*days)),
                    (
                        "approach",
                        Arg::from(match approach {
                            PreEventPreference::Compression => "compression",
                            PreEventPreference::Deep => "deep",
                            PreEventPreference::LightFlush | PreEventPreference::NoTouch { .. } => {
                                "light"
                            }
                        }),
                    ),
                ],
            ),
            Reason::PreEventAlsoFlushes { race: name } => {
                about_race("today-reason-pre-event-flushes", name)
            }
            Reason::TryApproachFirst { approach, a_race } => message_with(
                "today-reason-try-first",
                &[
                    ("approach", Arg::from(approach_name(*approach))),
                    ("a_race", Arg::from(a_race.as_str())),
                ],
            ),
            Reason::PostEventFlush { race, days_after } => message_with(
                "today-reason-post-event",
                &[
                    ("race", Arg::from(race.as_str())),
                    ("days", Arg::from(*days_after)),
                ],
            ),
            Reason::DeepWorkCutoff {
                race,
                priority,
                length,
                days,
            } => message_with(
                "today-reason-cutoff",
                &[
                    ("race", Arg::from(race.as_str())),
                    ("priority", Arg::from(priority.label())),
                    ("length", Arg::from(length_key(*length))),
                    ("days", Arg::from(u32::from(*days))),
                ],
            ),
            Reason::PostRaceGap {
                race,
                length,
                hours,
            } => message_with(
                "today-reason-gap",
                &[
                    ("race", Arg::from(race.as_str())),
                    ("length", Arg::from(length_key(*length))),
                    ("hours", Arg::from(u32::from(*hours))),
                ],
            ),
            Reason::NoBudget => message("today-reason-no-budget"),
            Reason::BudgetSpent { budget } => message_with(
                "today-reason-budget-spent",
                &[("budget", Arg::from(u32::from(*budget)))],
            ),
            Reason::NoBudgetSoAtHome => message("today-reason-no-budget-at-home"),
            Reason::BudgetSpentSoAtHome { budget } => message_with(
                "today-reason-budget-spent-at-home",
                &[("budget", Arg::from(u32::from(*budget)))],
            ),
            Reason::BookedWithinSpacing {
                days_ahead,
                spacing,
            } => message_with(
                "today-reason-booked-within-spacing",
                &[
                    ("days", Arg::from(*days_ahead)),
                    ("spacing", Arg::from(u32::from(*spacing))),
                ],
            ),
            Reason::TooSoonSinceLast { days, spacing } => message_with(
                "today-reason-too-soon",
                &[("days", Arg::from(*days)), ("spacing", Arg::from(*spacing))],
            ),
            Reason::RegularRhythm { spacing, budget } => message_with(
                "today-reason-rhythm",
                &[
                    ("spacing", Arg::from(*spacing)),
                    ("budget", Arg::from(u32::from(*budget))),
                ],
            ),
            Reason::TightBudgetInBlock { block, speed_work } => message_with(
                "today-reason-tight-budget-block",
                &[
                    ("block", Arg::from(block.block_name())),
                    ("speed_work", Arg::from(yes(*speed_work))),
                ],
            ),
            Reason::TightBudgetForARaces { limit } => {
                with_tight_budget("today-reason-tight-budget-a-races", *limit)
            }
            Reason::TightBudgetSpent { limit } => {
                with_tight_budget("today-reason-tight-budget-spent", *limit)
            }
            Reason::TightBudgetSpentSoAtHome { limit } => {
                with_tight_budget("today-reason-tight-budget-spent-at-home", *limit)
            }
            Reason::OutsideBlocksSoAtHome { limit } => {
                with_tight_budget("today-reason-outside-blocks", *limit)
            }
            Reason::OneSessionADay { kind, logged } => message_with(
                if *logged {
                    "today-reason-one-a-day-logged"
                } else {
                    "today-reason-one-a-day"
                },
                &[("kind", Arg::from(kind.in_sentence()))],
            ),
            Reason::InjuryTooFresh { areas, until } => message_with(
                "today-reason-injury-fresh",
                &[
                    ("areas", Arg::from(area_list(areas))),
                    ("until", Arg::from(long_weekday_day_month(*until))),
                ],
            ),
            Reason::RaceIsTheWork { race: name } => {
                about_race("today-reason-race-is-the-work", name)
            }
            Reason::StepLighter => message("today-reason-step-lighter"),
            Reason::KeepOffInjuries { areas } => message_with(
                "today-reason-keep-off",
                &[("areas", Arg::from(area_list(areas)))],
            ),
            Reason::InjuryNeedsProfessional => message("today-reason-injury-professional"),
            Reason::SelfMassageDose(context) => dose_why(*context),
            Reason::PlannedFor {
                date: Some(date), ..
            } => message_with(
                "today-reason-planned-for",
                &[("date", Arg::from(long_weekday_day_month(*date)))],
            ),
            Reason::PlannedFor { date: None, .. } => message("today-reason-not-planned"),
            Reason::PlannedButPassed { .. } => message("today-reason-planned-passed"),
            Reason::RedFlagStop { flag } => message_with(
                "today-reason-red-flag",
                &[("flag", Arg::from(flag.reported()))],
            ),
        };
        cite(self.rule(), why)
    }
}

/// A reason the runner reads, naming the rule that produced it ("Rule 4 · ...").
fn cite(rule: u8, why: String) -> String {
    message_with(
        "today-rule",
        &[
            ("rule", Arg::from(u32::from(rule))),
            ("why", Arg::from(why)),
        ],
    )
}

impl Notice {
    /// What the runner should know or do.
    pub fn message(&self) -> String {
        match self {
            Notice::RedFlag { flag, area } => {
                let (flag, advice) = (Arg::from(flag.label()), Arg::from(flag.advice()));
                match area {
                    Some(area) => message_with(
                        "today-notice-red-flag-area",
                        &[
                            ("flag", flag),
                            ("area", Arg::from(area.in_sentence())),
                            ("advice", advice),
                        ],
                    ),
                    None => message_with(
                        "today-notice-red-flag",
                        &[("flag", flag), ("advice", advice)],
                    ),
                }
            }
            Notice::ActiveInjury {
                area,
                tissue,
                acute_until,
            } => {
                let mut args = vec![
                    ("area", Arg::from(area.in_sentence())),
                    ("tissue", Arg::from(tissue.label())),
                ];
                let id = match acute_until {
                    Some(until) => {
                        args.push(("until", Arg::from(long_weekday_day_month(*until))));
                        "today-notice-injury-new"
                    }
                    None => "today-notice-injury-active",
                };
                message_with(id, &args)
            }
            Notice::UntriedApproach {
                approach,
                race,
                chance,
            } => {
                let mut args = vec![
                    ("approach", Arg::from(approach_name(*approach))),
                    ("race", Arg::from(race.as_str())),
                ];
                let id = match chance {
                    TryChance::SmallerRace {
                        race: smaller,
                        date,
                    } => {
                        args.push(("smaller", Arg::from(smaller.as_str())));
                        args.push(("date", Arg::from(long_weekday_day_month(*date))));
                        "today-notice-untried-smaller-race"
                    }
                    TryChance::Workout { by } => {
                        args.push(("date", Arg::from(long_weekday_day_month(*by))));
                        "today-notice-untried-workout"
                    }
                    TryChance::NoneLeft => "today-notice-untried-none-left",
                };
                message_with(id, &args)
            }
            Notice::GeneralInsideWindow {
                race,
                booked,
                before_race,
            } => message_with(
                match (booked, before_race) {
                    (true, true) => "today-notice-general-booked-before",
                    (true, false) => "today-notice-general-booked-after",
                    (false, true) => "today-notice-general-had-before",
                    (false, false) => "today-notice-general-had-after",
                },
                &[("race", Arg::from(race.as_str()))],
            ),
            Notice::TooDeep {
                limit_hours,
                lasted_too_long,
                bruised,
                pressure,
                next,
            } => {
                let what = match (lasted_too_long, bruised) {
                    (true, false) => "long",
                    (false, true) => "bruising",
                    _ => "both",
                };
                let logged = ("pressure", Arg::from(pressure_key(*pressure)));
                let ask = if next == pressure {
                    message_with("today-too-deep-same", &[logged])
                } else {
                    message_with(
                        "today-too-deep-lighter",
                        &[("next", Arg::from(pressure_key(*next))), logged],
                    )
                };
                message_with(
                    "today-notice-too-deep",
                    &[
                        ("what", Arg::from(what)),
                        ("hours", Arg::from(u32::from(*limit_hours))),
                        ("ask", Arg::from(ask)),
                    ],
                )
            }
            Notice::DrinkSteadily => message("today-notice-drink"),
            Notice::AfterMassage => message("today-notice-after-massage"),
            Notice::RaceRunUp => message("today-notice-race-run-up"),
            Notice::AfterRace => message("today-notice-after-race"),
        }
    }

    /// Why, citing the rule.
    pub fn reason(&self) -> String {
        let why = message(match self {
            Notice::RedFlag { .. } => "today-why-red-flag",
            Notice::ActiveInjury { .. } => "today-why-injury",
            Notice::UntriedApproach { .. } => "today-why-untried",
            Notice::GeneralInsideWindow { .. } => "today-why-general-inside",
            Notice::TooDeep { .. } => "today-why-too-deep",
            Notice::DrinkSteadily
            | Notice::AfterMassage
            | Notice::RaceRunUp
            | Notice::AfterRace => "today-why-home-care",
        });
        cite(self.rule(), why)
    }
}

impl LeftOut {
    /// What the budget could not cover, and what it went to instead (rule 5).
    pub fn text(&self) -> String {
        let when = long_weekday_day_month(self.date);
        let spent: Vec<String> = self
            .spent_on
            .iter()
            .map(|(date, kind)| {
                message_with(
                    "today-left-out-spent-on",
                    &[
                        ("kind", Arg::from(kind.in_sentence())),
                        ("date", Arg::from(weekday_day_month(*date))),
                    ],
                )
            })
            .collect();
        let mut args = vec![
            ("date", Arg::from(when)),
            ("instead", Arg::from(list_words(&spent))),
        ];
        let id = match (self.kind, self.block) {
            (MassageKind::General, Some(block)) => {
                args.push((
                    "block",
                    Arg::from(match block {
                        BlockKind::Base => "base",
                        BlockKind::Build => "build",
                        BlockKind::Peak => "peak",
                        BlockKind::Taper => "taper",
                        BlockKind::Recovery => "recovery",
                    }),
                ));
                "today-left-out-block"
            }
            (MassageKind::General, None) => "today-left-out",
            (kind, _) => {
                args.push(("kind", Arg::from(kind.in_sentence())));
                "today-left-out-at-home"
            }
        };
        message_with(id, &args)
    }
}

/// The button that swaps what a short budget is spent on first.
pub fn swap_label(now_first: BudgetFirst) -> String {
    message(match now_first {
        BudgetFirst::RaceSessions => "today-swap-to-deep",
        BudgetFirst::DeepWork => "today-swap-to-race",
    })
}
