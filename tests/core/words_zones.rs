//! The time zones a typed word could mean, described in each language: the choices the race
//! form shows for "EST", "IST" or a country with several zones read in the runner's language,
//! and every choice of the tables is said in every language.

use fresh_legs::core::words::{message, Language};
use fresh_legs::core::zone::finder::{find, suggest, Found};
use fresh_legs::core::zone::names;
use fresh_legs::core::zone::places::{Means, ABBREVIATIONS, COUNTRIES};

use crate::support::words::in_language;

/// The zones `typed` could mean, each with what it is, in the language of this thread.
fn choices(typed: &str) -> Vec<(String, String)> {
    match find(typed, &names()) {
        Found::Ask(choices) => choices
            .into_iter()
            .map(|choice| (choice.zone, choice.why))
            .collect(),
        other => panic!("{typed:?} should ask, found {other:?}"),
    }
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(zone, why)| (zone.to_string(), why.to_string()))
        .collect()
}

#[test]
fn est_is_described_in_each_language() {
    let cases = [
        (
            Language::English,
            [
                "New York's time: UTC−5 in winter, UTC−4 in summer",
                "UTC−5 all year, with no summer time",
            ],
        ),
        (
            Language::German,
            [
                "Zeit in New York: UTC−5 im Winter, UTC−4 im Sommer",
                "UTC−5 das ganze Jahr, ohne Sommerzeit",
            ],
        ),
        (
            Language::French,
            [
                "Heure de New York\u{202f}: UTC−5 en hiver, UTC−4 en été",
                "UTC−5 toute l’année, sans heure d’été",
            ],
        ),
        (
            Language::Spanish,
            [
                "Hora de Nueva York: UTC−5 en invierno, UTC−4 en verano",
                "UTC−5 todo el año, sin horario de verano",
            ],
        ),
    ];
    for (language, [new_york, fixed]) in cases {
        assert_eq!(
            in_language(language, || choices("EST")),
            pairs(&[("America/New_York", new_york), ("Etc/GMT+5", fixed)]),
            "{language:?}"
        );
    }
}

#[test]
fn places_keep_their_usual_name_in_each_language() {
    let spain = [
        (
            Language::German,
            ["Madrid, spanisches Festland", "Kanarische Inseln"],
        ),
        (
            Language::French,
            ["Madrid, Espagne continentale", "Îles Canaries"],
        ),
        (
            Language::Spanish,
            ["Madrid, España peninsular", "Islas Canarias"],
        ),
    ];
    for (language, [mainland, canaries]) in spain {
        assert_eq!(
            in_language(language, || choices("Spain")),
            pairs(&[("Europe/Madrid", mainland), ("Atlantic/Canary", canaries)]),
            "{language:?}"
        );
    }
    assert_eq!(
        in_language(Language::German, || choices("IST")),
        pairs(&[
            ("Asia/Kolkata", "Indische Standardzeit, UTC+5:30"),
            ("Europe/Dublin", "Irische Zeit: UTC+1 im Sommer"),
            ("Asia/Jerusalem", "Israelische Zeit"),
        ])
    );
    assert_eq!(
        in_language(Language::French, || choices("AEST")),
        pairs(&[
            (
                "Australia/Sydney",
                "Sydney, Melbourne, Canberra\u{202f}: avec heure d’été"
            ),
            ("Australia/Brisbane", "Queensland\u{202f}: sans heure d’été"),
        ])
    );
    let russia = in_language(Language::Spanish, || choices("Russia"));
    assert_eq!(
        russia[0],
        (
            "Europe/Moscow".to_string(),
            "Moscú, San Petersburgo".to_string()
        )
    );
}

#[test]
fn suggestions_as_you_type_are_described_in_the_language_too() {
    let found = in_language(Language::German, || suggest("GMT", &names()));
    let described: Vec<(&str, &str)> = found
        .iter()
        .map(|choice| (choice.zone.as_str(), choice.why.as_str()))
        .collect();
    assert_eq!(
        described[..2],
        [
            (
                "Europe/London",
                "Britische Zeit: GMT im Winter, UTC+1 im Sommer"
            ),
            ("UTC", "UTC das ganze Jahr, ohne Sommerzeit"),
        ]
    );
}

/// Every description id the tables hold, in order, with the word that leads to it.
fn description_ids() -> Vec<(&'static str, &'static str)> {
    ABBREVIATIONS
        .iter()
        .chain(COUNTRIES)
        .flat_map(|(word, means)| match means {
            Means::One(_) => Vec::new(),
            Means::Ask(list) => list.iter().map(|(_, id)| (*word, *id)).collect(),
        })
        .collect()
}

#[test]
fn every_choice_is_described_in_every_language() {
    let ids = description_ids();
    assert!(ids.len() >= 40, "{ids:?}");
    for language in Language::ALL {
        for (word, id) in &ids {
            assert!(id.starts_with("zones-"), "{word}: {id}");
            let said = in_language(language, || message(id));
            assert!(
                !said.trim().is_empty() && said != *id,
                "{language:?}: {word}'s {id} is not said ({said:?})"
            );
        }
    }
}
