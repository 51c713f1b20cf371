//! The Log in other languages: tissues and the checks of an entry worded in each language while
//! what is stored keeps its keys and the runner's own words, and the Log's counts with their
//! plurals, shown as plain digits where they run into thousands.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind, Tissue};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::words::{in_english, Arg, Catalogue, Language};

use crate::support::words::{catalogue, in_language};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 8, 3, 18, 0, 0).unwrap()
}

fn logged(kind: LogKind) -> LogEntry {
    LogEntry {
        id: RecordId("entry-1".into()),
        updated_at: now(),
        at: now(),
        kind,
    }
}

/// A check-in past the 240 hours and off the 0–10 scale, and a massage with notes too long.
fn refused() -> [LogEntry; 2] {
    [
        logged(LogKind::SorenessCheckIn {
            hours_after: 1200,
            level: 12,
            bruising: false,
            after: None,
        }),
        logged(LogKind::MassageReceived {
            kind: MassageKind::General,
            pressure: Pressure::Deep,
            before: None,
            technique: None,
            with_therapist: true,
            notes: "x".repeat(1040),
        }),
    ]
}

/// Every message the checks of `refused` give, in order.
fn refusals() -> Vec<String> {
    refused()
        .iter()
        .flat_map(|entry| entry.check().unwrap_err().0)
        .map(|error| error.message)
        .collect()
}

#[test]
fn tissues_are_named_in_each_language_and_stored_by_their_keys() {
    let names = || Tissue::ALL.map(Tissue::label);
    assert_eq!(names(), ["muscle", "tendon", "ligament"]);
    assert_eq!(
        in_language(Language::German, names),
        ["Muskel", "Sehne", "Band"]
    );
    assert_eq!(
        in_language(Language::French, names),
        ["muscle", "tendon", "ligament"],
        "French uses the same words"
    );
    assert_eq!(
        in_language(Language::Spanish, names),
        ["músculo", "tendón", "ligamento"]
    );
    let injury = logged(LogKind::Injury {
        area: BodyArea::Achilles,
        tissue: Tissue::Tendon,
        started: NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
        resolved: None,
    });
    let english = serde_json::to_string(&injury).unwrap();
    for language in &Language::ALL[1..] {
        let stored = in_language(*language, || serde_json::to_string(&injury).unwrap());
        assert_eq!(stored, english, "{language:?}");
    }
    assert!(english.contains(r#""tissue":"tendon""#), "{english}");
}

#[test]
fn an_entry_s_checks_are_worded_in_each_language_with_plain_digits() {
    assert_eq!(
        refusals(),
        [
            "Check in within 240 hours of the massage, not 1200.",
            "Soreness goes from 0 (none) to 10 (worst), not 12.",
            "Keep notes to 500 characters; these are 1040.",
        ],
        "English reads as it always has, without a thousands mark"
    );
    assert_eq!(
        in_language(Language::German, refusals),
        [
            "Trag deinen Muskelkater innerhalb von 240 Stunden nach der Massage ein, nicht nach 1200.",
            "Muskelkater reicht von 0 (keiner) bis 10 (am schlimmsten), nicht 12.",
            "Notizen dürfen höchstens 500 Zeichen lang sein; diese haben 1040.",
        ]
    );
    let french = in_language(Language::French, refusals);
    assert_eq!(
        french[2], "Limitez les notes à 500 caractères\u{202F}; celles-ci en comptent 1040.",
        "a narrow space before the semicolon"
    );
    let spanish = in_language(Language::Spanish, refusals);
    assert_eq!(
        spanish[1],
        "Las agujetas van de 0 (ninguna) a 10 (las peores), no 12."
    );
}

#[test]
fn a_refusal_kept_with_a_stored_record_stays_in_english() {
    let kept = in_language(Language::Spanish, || in_english(refusals));
    assert_eq!(kept, refusals());
}

#[test]
fn the_log_s_counts_choose_each_language_s_plural() {
    let streak = |catalogue: &Catalogue, weeks: usize| {
        let args = [
            ("count", Arg::from(weeks)),
            ("digits", Arg::from(weeks.to_string())),
        ];
        catalogue.text("log-streak", &args)
    };
    let english = Catalogue::english();
    assert_eq!(
        streak(&english, 0),
        "No home-care streak yet: a short roller session this week starts one."
    );
    assert_eq!(streak(&english, 1), "Home-care streak: 1 week.");
    assert_eq!(streak(&english, 3), "Home-care streak: 3 weeks in a row.");
    let german = catalogue(Language::German);
    assert!(streak(&german, 0).starts_with("Noch keine Serie zu Hause"));
    assert_eq!(streak(&german, 1), "Serie zu Hause: 1 Woche.");
    assert_eq!(
        streak(&german, 1040),
        "Serie zu Hause: 1040 Wochen in Folge."
    );
    // French counts 0 as one, but no streak has a sentence of its own.
    let french = catalogue(Language::French);
    assert!(streak(&french, 0).starts_with("Pas encore de série"));
    assert_eq!(streak(&french, 1), "Série à la maison\u{202F}: 1 semaine.");
    assert_eq!(
        streak(&french, 2),
        "Série à la maison\u{202F}: 2 semaines d’affilée."
    );
    let spanish = catalogue(Language::Spanish);
    assert_eq!(streak(&spanish, 4), "Racha en casa: 4 semanas seguidas.");

    let showing = |catalogue: &Catalogue, total: usize| {
        let args = [
            ("shown", Arg::from("30")),
            ("count", Arg::from(total)),
            ("digits", Arg::from(total.to_string())),
        ];
        catalogue.text("log-showing", &args)
    };
    assert_eq!(
        showing(&english, 1826),
        "Showing the latest 30 of 1826 entries."
    );
    assert_eq!(
        showing(&german, 1826),
        "Du siehst die neuesten 30 von 1826 Einträgen."
    );
    assert_eq!(
        showing(&catalogue(Language::Spanish), 31),
        "Se muestran las 30 más recientes de 31 entradas."
    );
}

#[test]
fn a_massage_s_line_names_who_gave_it_and_its_pressure() {
    let line = |catalogue: &Catalogue, therapist: &str, pressure: &str| {
        let args = [
            ("therapist", Arg::from(therapist)),
            ("pressure", Arg::from(pressure)),
        ];
        catalogue.text("log-detail-massage", &args)
    };
    let english = Catalogue::english();
    assert_eq!(
        line(&english, "yes", "deep"),
        "With a therapist · Deep pressure"
    );
    assert_eq!(
        line(&english, "no", "medium"),
        "By myself · Moderate pressure"
    );
    assert_eq!(
        line(&catalogue(Language::German), "yes", "light"),
        "Beim Profi · Leichter Druck"
    );
    assert_eq!(
        line(&catalogue(Language::French), "no", "deep"),
        "Sans professionnel · Pression profonde"
    );
    assert_eq!(
        line(&catalogue(Language::Spanish), "yes", "medium"),
        "Con un profesional · Presión moderada"
    );
}
