//! Races in other languages: the priorities, the checks of a race with their fields' limits and
//! the distance as typed with the language's decimal mark, the countdown and the zones a word
//! could mean with their plurals; what is stored keeps its keys and its English.

use crate::common::*;
use chrono::{TimeZone, Utc};
use fresh_legs::core::race::countdown::Countdown;
use fresh_legs::core::race::{parse_expected_time, parse_time_zone, Priority, Race};
use fresh_legs::core::words::{in_english, Language};

use crate::support::words::in_language;

/// A marathon well inside the date window of `today`.
fn marathon() -> Race {
    race("r", date(2027, 4, 25), 9, LONDON, 42.195, Priority::A)
}

fn today() -> chrono::NaiveDate {
    date(2026, 11, 26)
}

/// The message a race's checks give for `field`.
fn refusal(race: &Race, field: &str) -> String {
    let errors = race.validate(today()).expect_err(field);
    errors
        .for_field(field)
        .unwrap_or_else(|| panic!("no {field} error: {errors:?}"))
        .to_string()
}

#[test]
fn priorities_are_named_in_each_language_and_stored_by_their_keys() {
    let names = || Priority::ALL.map(Priority::label);
    let cases = [
        (Language::English, ["A race", "B race", "C race"]),
        (
            Language::German,
            ["A-Wettkampf", "B-Wettkampf", "C-Wettkampf"],
        ),
        (Language::French, ["Course A", "Course B", "Course C"]),
        (Language::Spanish, ["Carrera A", "Carrera B", "Carrera C"]),
    ];
    for (language, expected) in cases {
        assert_eq!(in_language(language, names), expected, "{language:?}");
    }
    let english = serde_json::to_string(&marathon()).unwrap();
    for language in &Language::ALL[1..] {
        let stored = in_language(*language, || serde_json::to_string(&marathon()).unwrap());
        assert_eq!(stored, english, "{language:?}");
    }
    assert!(english.contains(r#""priority":"A""#), "{english}");
}

#[test]
fn a_race_s_checks_name_the_field_and_the_limit_in_each_language() {
    let too_long = Race {
        name: "x".repeat(101),
        ..marathon()
    };
    let too_far = Race {
        date: date(2031, 11, 27),
        ..marathon()
    };
    let cases = [
        (
            Language::German,
            [
                "Der Name des Wettkampfs hat 101 Zeichen; erlaubt sind höchstens 100.",
                "Das Datum des Wettkampfs liegt mehr als 5 Jahre in der Zukunft; prüf das Jahr.",
            ],
        ),
        (
            Language::French,
            [
                "Le nom de la course compte 101 caractères\u{202F}; limitez-le à 100.",
                "La date de la course est à plus de 5 ans d’ici\u{202F}; vérifiez l’année.",
            ],
        ),
        (
            Language::Spanish,
            [
                "El nombre de la carrera tiene 101 caracteres; déjalo en 100 como mucho.",
                "La fecha de la carrera está a más de 5 años vista; revisa el año.",
            ],
        ),
    ];
    for (language, expected) in cases {
        let found = in_language(language, || {
            [refusal(&too_long, "name"), refusal(&too_far, "date")]
        });
        assert_eq!(found, expected, "{language:?}");
    }
    assert_eq!(
        refusal(&too_long, "name"),
        "Race name is 101 characters; keep it to 100 or fewer.",
        "English reads as it always has"
    );
}

#[test]
fn a_distance_is_quoted_as_typed_with_the_language_s_decimal_mark() {
    let over = |km: f64| {
        refusal(
            &Race {
                distance_km: km,
                ..marathon()
            },
            "distance_km",
        )
    };
    let cases = [
        (
            Language::English,
            "Distance is 500.5 km, over the 500 km limit; check the number.",
        ),
        (
            Language::German,
            "Die Distanz beträgt 500,5 km und liegt über der Grenze von 500 km; prüf die Zahl.",
        ),
        (
            Language::French,
            "La distance est de 500,5 km, au-delà de la limite de 500 km\u{202F}; vérifiez le nombre.",
        ),
        (
            Language::Spanish,
            "La distancia es de 500,5 km, por encima del límite de 500 km; revisa el número.",
        ),
    ];
    for (language, expected) in cases {
        assert_eq!(in_language(language, || over(500.5)), expected);
    }
    // A distance typed in metres keeps every digit, without a thousands mark.
    assert_eq!(
        in_language(Language::German, || over(21097.5)),
        "Die Distanz beträgt 21097,5 km und liegt über der Grenze von 500 km; prüf die Zahl."
    );
    assert_eq!(
        in_language(Language::Spanish, || refusal(
            &Race {
                distance_km: -2.5,
                ..marathon()
            },
            "distance_km"
        )),
        "Escribe una distancia mayor que 0 km (esta es de -2,5 km)."
    );
}

#[test]
fn the_countdown_and_its_plurals_in_each_language() {
    let at = |d: u32, h: u32, m: u32, s: u32| Utc.with_ymd_and_hms(2026, 11, d, h, m, s).unwrap();
    let start = at(28, 9, 30, 15);
    let counts = || {
        [
            Countdown::between(at(26, 8, 0, 0), start).text(),
            Countdown::between(at(28, 9, 0, 0), start).text(),
            Countdown::between(at(28, 10, 0, 0), start).text(),
        ]
    };
    let cases = [
        (Language::English, ["2d 01h 30m", "00h 30m 15s", "Started"]),
        (
            Language::German,
            [
                "2 Tg. 01 Std. 30 Min.",
                "00 Std. 30 Min. 15 Sek.",
                "Gestartet",
            ],
        ),
        (
            Language::French,
            ["2 j 01 h 30 min", "00 h 30 min 15 s", "Départ donné"],
        ),
        (
            Language::Spanish,
            ["2 d 01 h 30 min", "00 h 30 min 15 s", "Ya ha empezado"],
        ),
    ];
    for (language, expected) in cases {
        assert_eq!(in_language(language, counts), expected, "{language:?}");
    }
    // A race years away counts its days in plain digits.
    let far = Countdown::between(
        at(26, 8, 0, 0),
        Utc.with_ymd_and_hms(2030, 1, 1, 8, 0, 0).unwrap(),
    );
    assert_eq!(
        in_language(Language::German, || far.text()),
        "1132 Tg. 00 Std. 00 Min."
    );

    let ask = || parse_time_zone("EST").unwrap_err().message;
    assert_eq!(
        in_language(Language::German, ask),
        "„EST“ kann 2 verschiedene Zonen bedeuten: Wähl unten die, die an deiner Startlinie gilt."
    );
    assert_eq!(
        in_language(Language::French, ask),
        "«\u{202F}EST\u{202F}» peut désigner 2 fuseaux différents\u{202F}: choisissez ci-dessous celui de votre ligne de départ."
    );
    assert_eq!(
        in_language(Language::Spanish, ask),
        "«EST» puede referirse a 2 zonas distintas: elige abajo la que rige en tu salida."
    );
}

#[test]
fn typed_times_and_zones_are_refused_in_each_language() {
    let refused = || {
        [
            parse_expected_time("four hours").unwrap_err().message,
            parse_time_zone(" ").unwrap_err().message,
        ]
    };
    assert_eq!(
        in_language(Language::German, refused),
        [
            "„four hours“ ist keine Zeit; gib Stunden und Minuten ein, etwa 4:30, oder lass das Feld leer.",
            "Wähl die Zeitzone der Startlinie.",
        ]
    );
    assert_eq!(
        in_language(Language::French, refused)[0],
        "«\u{202F}four hours\u{202F}» n’est pas une durée\u{202F}; saisissez les heures et les minutes, comme 4:30, ou laissez vide."
    );
    assert_eq!(
        in_language(Language::Spanish, refused)[1],
        "Elige la zona horaria de la salida."
    );
}

#[test]
fn a_refusal_kept_with_a_stored_race_stays_in_english() {
    let unnamed = Race {
        name: " ".into(),
        ..marathon()
    };
    let kept = in_language(Language::French, || {
        in_english(|| unnamed.check().unwrap_err().0[0].message.clone())
    });
    assert_eq!(kept, "Give the race a name.");
}
