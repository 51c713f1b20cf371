//! Rule 5 on the Races screen: when the budget cannot cover everything, the season plan says
//! what it left out and why, and one tap swaps what the budget goes to first.

use crate::support::events::Page;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use fresh_legs::core::log::{LogEntry, LogKind, PreEventFor};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::BudgetFirst;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::{BlockKind, TrainingBlock};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// One a month, an A race at the end of a peak block, the light flush already tried.
fn runner() -> Document {
    let mut document = Document::default();
    document.races.push(Race {
        id: RecordId("race-a".into()),
        name: "Spring 10K".into(),
        date: date(2027, 3, 27),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: chrono_tz::Europe::London,
        distance_km: 10.0,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor: true,
        notes: String::new(),
        updated_at: Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap(),
    });
    document.blocks.push(TrainingBlock {
        id: RecordId("block-peak".into()),
        start: date(2027, 3, 1),
        end: date(2027, 3, 27),
        kind: BlockKind::Peak,
        speed_work: true,
        updated_at: Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap(),
    });
    document.log.push(LogEntry {
        id: RecordId("log-tried".into()),
        updated_at: Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap(),
        at: Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap(),
        kind: LogKind::MassageReceived {
            kind: MassageKind::PreEvent,
            pressure: Pressure::Light,
            before: Some(PreEventFor::Workout),
            technique: Some(Technique::LightFlush),
            with_therapist: true,
            notes: String::new(),
        },
    });
    document
}

#[test]
fn the_plan_says_what_the_budget_left_out_and_the_runner_swaps_it() {
    let clock = Clock::starting_at(
        Utc.with_ymd_and_hms(2027, 3, 1, 8, 0, 0).unwrap(),
        chrono_tz::Europe::London,
    );
    let mut page = Page::open("/races", runner(), clock);
    let html = page.html();
    assert!(html.contains("What the budget cannot cover"), "{html}");
    assert!(html.contains("No deep session in your peak (hard) block around Monday 1 March"));
    assert!(html.contains("Spend the budget on deep work first"));

    page.click("budget-swap");
    assert_eq!(page.document().profile.budget_first, BudgetFirst::DeepWork);
    let html = page.html();
    assert!(
        html.contains("The pre-event massage on Friday 26 March is one to do at home"),
        "{html}"
    );
    assert!(html.contains("Spend the budget on race sessions first"));
}
