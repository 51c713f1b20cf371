//! The words of Today and the season plan (`recommend::copy`): each decision worded as the runner
//! reads it, every reason citing its own rule. The rules' tests assert on the decisions instead.

use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::Tissue;
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::{PreEventPreference, TightBudget};
use fresh_legs::core::race::{Priority, RaceLength};
use fresh_legs::core::recommend::{why, Advice, Notice, Reason};
use fresh_legs::core::routine::self_massage::SelfMassageContext;
use fresh_legs::core::safety::RedFlag;
use fresh_legs::core::training::BlockKind;

fn race() -> String {
    "Harbour Half".to_string()
}

/// One of every reason, with figures a runner could meet.
fn every_reason() -> Vec<Reason> {
    vec![
        Reason::NoTouchDays {
            race: race(),
            days: 3,
        },
        Reason::RaceDay { race: race() },
        Reason::PreEventSoon {
            race: race(),
            days: 2,
            approach: PreEventPreference::LightFlush,
        },
        Reason::PreEventAlsoFlushes { race: race() },
        Reason::TryApproachFirst {
            approach: PreEventPreference::Compression,
            a_race: race(),
        },
        Reason::PostEventFlush {
            race: race(),
            days_after: 0,
        },
        Reason::PostEventFlush {
            race: race(),
            days_after: 1,
        },
        Reason::DeepWorkCutoff {
            race: race(),
            priority: Priority::A,
            length: RaceLength::UpToHalf,
            days: 5,
        },
        Reason::PostRaceGap {
            race: race(),
            length: RaceLength::UpToHalf,
            hours: 72,
        },
        Reason::NoBudget,
        Reason::BudgetSpent { budget: 2 },
        Reason::NoBudgetSoAtHome,
        Reason::BudgetSpentSoAtHome { budget: 1 },
        Reason::TooSoonSinceLast {
            days: 3,
            spacing: 7,
        },
        Reason::RegularRhythm {
            spacing: 14,
            budget: 2,
        },
        Reason::TightBudgetInBlock {
            block: BlockKind::Peak,
            speed_work: true,
        },
        Reason::TightBudgetForARaces {
            limit: TightBudget::Year(3),
        },
        Reason::TightBudgetSpent {
            limit: TightBudget::Block(1),
        },
        Reason::TightBudgetSpentSoAtHome {
            limit: TightBudget::Year(1),
        },
        Reason::OutsideBlocksSoAtHome {
            limit: TightBudget::Block(2),
        },
        Reason::OneSessionADay {
            kind: MassageKind::PreEvent,
            logged: false,
        },
        Reason::OneSessionADay {
            kind: MassageKind::General,
            logged: true,
        },
        Reason::InjuryTooFresh {
            areas: vec![BodyArea::Hamstrings],
            until: chrono::NaiveDate::from_ymd_opt(2026, 6, 19).unwrap(),
        },
        Reason::StepLighter,
        Reason::KeepOffInjuries {
            areas: vec![BodyArea::Calves],
        },
        Reason::InjuryNeedsProfessional,
        Reason::SelfMassageDose(SelfMassageContext::RaceWeek),
        Reason::BookedWithinSpacing {
            days_ahead: 2,
            spacing: 7,
        },
        Reason::PlannedFor {
            kind: MassageKind::PreEvent,
            date: Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 19).unwrap()),
        },
        Reason::PlannedFor {
            kind: MassageKind::General,
            date: None,
        },
        Reason::PlannedButPassed {
            kind: MassageKind::PostEvent,
        },
        Reason::RedFlagStop {
            flag: RedFlag::FeverOrUnwell,
        },
    ]
}

#[test]
fn every_reason_cites_its_own_rule_before_the_words() {
    for reason in every_reason() {
        let text = reason.text();
        let prefix = format!("Rule {} · ", reason.rule());
        assert!(text.starts_with(&prefix), "{text}");
        assert!(text.len() > prefix.len() + 10, "{text}");
    }
}

#[test]
fn reasons_with_a_race_name_it() {
    for reason in every_reason() {
        let names_race = matches!(
            reason,
            Reason::NoTouchDays { .. }
                | Reason::RaceDay { .. }
                | Reason::PreEventSoon { .. }
                | Reason::PreEventAlsoFlushes { .. }
                | Reason::TryApproachFirst { .. }
                | Reason::PostEventFlush { .. }
                | Reason::DeepWorkCutoff { .. }
                | Reason::PostRaceGap { .. }
        );
        assert_eq!(
            reason.text().contains("Harbour Half"),
            names_race,
            "{reason:?}"
        );
    }
}

#[test]
fn the_plan_s_day_is_named_when_today_points_to_it() {
    let text = Reason::PlannedFor {
        kind: MassageKind::PreEvent,
        date: Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 19).unwrap()),
    }
    .text();
    assert_eq!(
        text,
        "Rule 1 · your season plan books this one for Friday 19 June, the day that fits it best"
    );
}

#[test]
fn the_days_to_a_race_read_as_tomorrow_or_in_n_days() {
    let soon = |days| {
        Reason::PreEventSoon {
            race: race(),
            days,
            approach: PreEventPreference::LightFlush,
        }
        .text()
    };
    assert!(soon(1).contains("Harbour Half is tomorrow:"), "{}", soon(1));
    assert!(
        soon(2).contains("Harbour Half is in 2 days:"),
        "{}",
        soon(2)
    );
}

#[test]
fn the_figures_the_rules_decided_appear_in_the_words() {
    let cases = [
        (
            Reason::DeepWorkCutoff {
                race: race(),
                priority: Priority::A,
                length: RaceLength::UpToHalf,
                days: 5,
            },
            "deep work stops 5 days before it",
        ),
        (
            Reason::PostRaceGap {
                race: race(),
                length: RaceLength::UpToHalf,
                hours: 96,
            },
            "waits until 96 h after the finish",
        ),
        (
            Reason::TooSoonSinceLast {
                days: 3,
                spacing: 7,
            },
            "was 3 days ago; steady spacing (every 7 days or so)",
        ),
        (
            Reason::TightBudgetInBlock {
                block: BlockKind::Peak,
                speed_work: true,
            },
            "your Peak (hard) block with speed work",
        ),
        (
            Reason::KeepOffInjuries {
                areas: vec![BodyArea::Calves, BodyArea::Hamstrings, BodyArea::Glutes],
            },
            "keep deep pressure off your calves, hamstrings and glutes",
        ),
        (
            Reason::TryApproachFirst {
                approach: PreEventPreference::Compression,
                a_race: race(),
            },
            "try compressions over the clothes before Harbour Half",
        ),
    ];
    for (reason, words) in cases {
        assert!(reason.text().contains(words), "{}", reason.text());
    }
}

#[test]
fn several_reasons_join_in_order() {
    let reasons = [
        Reason::RegularRhythm {
            spacing: 7,
            budget: 4,
        },
        Reason::StepLighter,
    ];
    let text = why(&reasons);
    assert!(text.starts_with("Rule 5 · "), "{text}");
    assert!(text.contains(" · Rule 6 · "), "{text}");
}

#[test]
fn advice_words_follow_the_preference_and_the_lighter_pressure() {
    assert!(Advice::PreEvent {
        preference: PreEventPreference::LightFlush,
        tried: false,
    }
    .text()
    .starts_with("Light flushing strokes"));
    assert!(Advice::PreEvent {
        preference: PreEventPreference::Compression,
        tried: true,
    }
    .text()
    .contains("over your clothes"));
    assert!(Advice::RaceDayFlush
        .text()
        .contains("15 to 45 minutes before the start"));
    let plain = Advice::General { lighter: None }.text();
    assert!(!plain.contains("pressure"), "{plain}");
    let lighter = Advice::General {
        lighter: Some(Pressure::Medium),
    }
    .text();
    assert!(
        lighter.ends_with("Ask for moderate pressure this time."),
        "{lighter}"
    );
    let injured = Advice::SeeProfessional {
        areas: vec![BodyArea::Achilles],
    }
    .text();
    assert!(injured.starts_with("Have your Achilles seen"), "{injured}");
}

#[test]
fn notices_word_what_was_found() {
    let too_deep = |lasted_too_long, bruised, pressure, next| {
        Notice::TooDeep {
            limit_hours: 36,
            lasted_too_long,
            bruised,
            pressure,
            next,
        }
        .message()
    };
    assert!(too_deep(true, false, Pressure::Deep, Pressure::Medium)
        .contains("left soreness lasting beyond 36 hours"));
    assert!(too_deep(false, true, Pressure::Deep, Pressure::Medium).contains("left bruising,"));
    let both = too_deep(true, true, Pressure::Deep, Pressure::Medium);
    assert!(
        both.contains("bruising and soreness beyond 36 hours"),
        "{both}"
    );
    assert!(both.ends_with("Ask for moderate pressure next time instead of deep."));
    let already_light = too_deep(true, false, Pressure::Light, Pressure::Light);
    assert!(
        already_light.contains("already logged as light"),
        "{already_light}"
    );

    let window = |booked, before_race| {
        Notice::GeneralInsideWindow {
            race: race(),
            booked,
            before_race,
        }
        .message()
    };
    assert!(window(true, true)
        .starts_with("A general massage is booked inside the cut-off before Harbour Half"));
    assert!(
        window(true, false).starts_with("A general massage is booked too soon after Harbour Half")
    );
    assert!(window(false, true).starts_with("You had a general massage inside the cut-off"));
    assert!(window(false, false).starts_with("You had a general massage soon after"));

    let injury = Notice::ActiveInjury {
        area: BodyArea::Hamstrings,
        tissue: Tissue::Muscle,
        acute_until: None,
    };
    assert!(injury
        .message()
        .starts_with("Your hamstrings muscle injury is still active."));
    for notice in [
        injury,
        Notice::DrinkSteadily,
        Notice::AfterMassage,
        Notice::RaceRunUp,
        Notice::AfterRace,
    ] {
        assert!(
            notice
                .reason()
                .starts_with(&format!("Rule {} · ", notice.rule())),
            "{}",
            notice.reason()
        );
    }
}

#[test]
fn long_races_say_why_the_windows_are_wider() {
    let cutoff = Reason::DeepWorkCutoff {
        race: race(),
        priority: Priority::C,
        length: RaceLength::Marathon,
        days: 5,
    }
    .text();
    assert!(
        cutoff.contains(
            "Harbour Half (C race, a marathon) is close: deep work stops 5 days before it"
        ),
        "{cutoff}"
    );
    let gap = Reason::PostRaceGap {
        race: race(),
        length: RaceLength::Ultra,
        hours: 168,
    }
    .text();
    assert!(
        gap.contains(
            "Harbour Half, an ultra, is only just behind you: deep work waits until 168 h"
        ),
        "{gap}"
    );
}
