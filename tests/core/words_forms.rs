//! The forms' checks in other languages: each message names its field and its limit, a typed
//! value is shown as typed, and the desktop menu's labels keep an Alt letter per item.

use crate::support::words::{catalogue, in_language};
use chrono::{TimeZone, Utc};
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::profile::heart::HeartRateSettings;
use fresh_legs::core::profile::Profile;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::{Pressure, Routine, Side, Step};
use fresh_legs::core::validation::{list_words, parse_count};
use fresh_legs::core::words::Language;

/// A profile whose soreness limit and A-race cut-off are out of range.
fn out_of_range() -> Profile {
    let mut profile = Profile {
        soreness_limit_hours: 50,
        ..Profile::default()
    };
    profile.cutoffs.a_race_days = 40;
    profile
}

/// The messages of `out_of_range` for the soreness limit and the A-race cut-off.
fn profile_messages() -> [String; 2] {
    let errors = out_of_range().validate().unwrap_err();
    ["soreness_limit_hours", "a_race_days"].map(|field| errors.for_field(field).unwrap().into())
}

#[test]
fn the_profile_s_checks_name_the_field_and_the_limit_in_each_language() {
    assert_eq!(
        profile_messages(),
        [
            "The soreness limit can be 24 to 48 hours, not 50.",
            "The cut-off before an A race can be 2 to 14 days, not 40.",
        ],
        "English reads as it always has"
    );
    assert_eq!(
        in_language(Language::German, profile_messages),
        [
            "Die Grenze für Muskelkater kann 24 bis 48 Stunden betragen, nicht 50.",
            "Der Stichtag für tiefe Massage vor einem A-Wettkampf kann 2 bis 14 Tage davor liegen, nicht 40.",
        ]
    );
    assert_eq!(
        in_language(Language::French, profile_messages),
        [
            "La limite des courbatures peut être de 24 à 48 heures, pas 50.",
            "La date limite du massage profond avant une course A peut être de 2 à 14 jours, pas 40.",
        ]
    );
    assert_eq!(
        in_language(Language::Spanish, profile_messages),
        [
            "El límite de agujetas puede ser de 24 a 48 horas, no 50.",
            "La fecha límite del masaje profundo antes de una carrera A puede ser de 2 a 14 días, no 40.",
        ]
    );
}

/// The message for a maximum heart rate typed as 250.
fn heart_message() -> String {
    let errors = HeartRateSettings::from_typed("250", "").unwrap_err();
    errors.for_field("max_hr").unwrap().to_string()
}

#[test]
fn heart_rates_are_refused_with_their_range_in_each_language() {
    assert_eq!(
        heart_message(),
        "Maximum heart rate can be 120 to 230 bpm, not 250."
    );
    assert_eq!(
        in_language(Language::German, heart_message),
        "Die maximale Herzfrequenz kann 120 bis 230 bpm betragen, nicht 250."
    );
    assert_eq!(
        in_language(Language::Spanish, heart_message),
        "La frecuencia cardiaca máxima puede ser de 120 a 230 ppm, no 250.",
        "Spanish runners count pulsaciones"
    );
}

#[test]
fn typed_numbers_are_quoted_as_typed() {
    assert_eq!(
        parse_count("70000").unwrap_err(),
        "70000 is far more than this field allows; check the number.",
        "no thousands mark in what the runner typed"
    );
    assert_eq!(
        in_language(Language::French, || parse_count("trois").unwrap_err()),
        "Saisissez un nombre entier, comme 3, pas «\u{202F}trois\u{202F}».",
        "narrow no-break spaces inside the quotes"
    );
    assert_eq!(
        in_language(Language::German, || parse_count("-2").unwrap_err()),
        "Gib 0 oder mehr ein, nicht -2."
    );
    assert_eq!(
        in_language(Language::Spanish, || list_words(&[
            "gemelos",
            "cuádriceps",
            "glúteos"
        ])),
        "gemelos, cuádriceps y glúteos"
    );
}

/// A routine whose one step lasts 2 seconds.
fn too_short() -> Routine {
    Routine {
        id: RecordId("routine-short".into()),
        name: "Quick feet".into(),
        steps: vec![Step {
            muscle: BodyArea::Feet,
            tool: Some(MassageTool::Ball),
            side: Side::EachSide,
            seconds: 2,
            pressure: Pressure::MODERATE,
            instruction: String::new(),
        }],
        built_in: false,
        updated_at: Utc.with_ymd_and_hms(2026, 2, 28, 7, 30, 0).unwrap(),
    }
}

fn step_message() -> String {
    too_short()
        .validate()
        .unwrap_err()
        .for_field("steps")
        .unwrap()
        .to_string()
}

#[test]
fn a_step_s_check_is_numbered_in_each_language() {
    assert_eq!(
        step_message(),
        "Step 1: A step lasts between 5 and 600 seconds; this one is 2."
    );
    assert_eq!(
        in_language(Language::French, step_message),
        "Étape 1\u{202F}: Une étape dure entre 5 et 600 secondes\u{202F}; celle-ci dure 2."
    );
    assert_eq!(
        in_language(Language::German, step_message),
        "Schritt 1: Ein Schritt dauert zwischen 5 und 600 Sekunden; dieser dauert 2."
    );
}

/// The desktop menu bar: each menu's id and its items' ids.
const MENUS: [(&str, &[&str]); 4] = [
    (
        "desktop-file",
        &[
            "desktop-import",
            "desktop-export",
            "desktop-close-window",
            "desktop-quit",
        ],
    ),
    (
        "desktop-edit",
        &[
            "desktop-undo",
            "desktop-redo",
            "desktop-cut",
            "desktop-copy",
            "desktop-paste",
            "desktop-select-all",
        ],
    ),
    (
        "desktop-view",
        &["desktop-zoom-in", "desktop-zoom-out", "desktop-actual-size"],
    ),
    ("desktop-help", &["desktop-data-folder", "desktop-about"]),
];

/// The letter after the "&" of a label, in lower case.
fn alt_letter(label: &str) -> char {
    let (_, after) = label
        .split_once('&')
        .unwrap_or_else(|| panic!("{label} has no Alt letter"));
    after.chars().next().unwrap().to_lowercase().next().unwrap()
}

#[test]
fn the_desktop_menu_is_labelled_in_each_language_with_its_own_alt_letters() {
    let german = catalogue(Language::German);
    assert_eq!(german.text("desktop-file", &[]), "&Datei");
    assert_eq!(german.text("desktop-select-all", &[]), "Alles &markieren");
    let french = catalogue(Language::French);
    assert_eq!(french.text("desktop-edit", &[]), "É&dition");
    assert_eq!(french.text("desktop-about", &[]), "À &propos de Fresh Legs");
    let spanish = catalogue(Language::Spanish);
    assert_eq!(spanish.text("desktop-import", &[]), "&Importar…");
    for language in Language::ALL {
        let words = catalogue(language);
        let letters = |ids: &mut dyn Iterator<Item = &str>| {
            let mut letters: Vec<char> = ids.map(|id| alt_letter(&words.text(id, &[]))).collect();
            let all = letters.len();
            letters.sort_unstable();
            letters.dedup();
            (letters.len(), all)
        };
        let (distinct, all) = letters(&mut MENUS.iter().map(|(menu, _)| *menu));
        assert_eq!(
            distinct, all,
            "{language:?}: the menu bar shares an Alt letter"
        );
        for (menu, items) in MENUS {
            let (distinct, all) = letters(&mut items.iter().copied());
            assert_eq!(distinct, all, "{language:?}: {menu} shares an Alt letter");
        }
    }
}
