//! The time-zone finder: what people type for a race's zone, and the IANA zone it leads to, or
//! the question it asks when the words could mean several.

use fresh_legs::core::race::parse_time_zone;
use fresh_legs::core::zone::finder::{find, normalize, suggest, Found};
use fresh_legs::core::zone::places::{Means, ABBREVIATIONS, CITIES, COUNTRIES};
use fresh_legs::core::zone::{self, names};

fn zone_of(text: &str) -> Found {
    find(text, &names())
}

fn one(name: &str) -> Found {
    Found::Zone(name.to_string())
}

/// The zones a question offers, in order.
fn asks(text: &str) -> Vec<String> {
    match zone_of(text) {
        Found::Ask(choices) => choices.into_iter().map(|choice| choice.zone).collect(),
        other => panic!("{text:?} should ask, found {other:?}"),
    }
}

#[test]
fn what_people_type_leads_to_the_zone() {
    let table = [
        // Cities the zone names carry, in any case, with spaces or accents.
        ("Tokyo", "Asia/Tokyo"),
        ("tokyo", "Asia/Tokyo"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("Sydney", "Australia/Sydney"),
        ("  london ", "Europe/London"),
        ("Zürich", "Europe/Zurich"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Mexico City", "America/Mexico_City"),
        // Cities the zone names leave out.
        ("Boston", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("Munich", "Europe/Berlin"),
        ("Valencia", "Europe/Madrid"),
        ("Mumbai", "Asia/Kolkata"),
        ("Kolkata", "Asia/Kolkata"),
        ("Cape Town", "Africa/Johannesburg"),
        // Countries with one zone.
        ("Japan", "Asia/Tokyo"),
        ("germany", "Europe/Berlin"),
        ("United Kingdom", "Europe/London"),
        ("UK", "Europe/London"),
        ("Kenya", "Africa/Nairobi"),
        ("Argentina", "America/Argentina/Buenos_Aires"),
        // Common abbreviations that mean one place's clocks.
        ("JST", "Asia/Tokyo"),
        ("jst", "Asia/Tokyo"),
        ("CET", "Europe/Berlin"),
        ("CEST", "Europe/Berlin"),
        ("BST", "Europe/London"),
        ("PST", "America/Los_Angeles"),
        ("EDT", "America/New_York"),
        ("AEDT", "Australia/Sydney"),
        ("UTC", "UTC"),
        // IANA names stay exactly what they are, whatever their case.
        ("Europe/Berlin", "Europe/Berlin"),
        ("america/new_york", "America/New_York"),
        ("Etc/GMT+5", "Etc/GMT+5"),
    ];
    for (typed, expected) in table {
        assert_eq!(zone_of(typed), one(expected), "{typed:?}");
        assert_eq!(
            parse_time_zone(typed).unwrap().name(),
            zone::named(expected).unwrap().name(),
            "{typed:?} saves as {expected}"
        );
    }
}

#[test]
fn ambiguous_and_fixed_abbreviations_ask_instead_of_guessing() {
    // EST is a zone of its own in the database, a fixed UTC−5: a May race in New York would be
    // an hour off. It asks, New York's clocks first.
    assert_eq!(asks("EST"), ["America/New_York", "Etc/GMT+5"]);
    assert_eq!(asks("est"), ["America/New_York", "Etc/GMT+5"]);
    assert_eq!(
        asks("IST"),
        ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]
    );
    assert_eq!(asks("CST")[0], "America/Chicago");
    assert!(asks("CST").contains(&"Asia/Shanghai".to_string()));
    assert_eq!(
        asks("MST"),
        ["America/Denver", "America/Phoenix", "Etc/GMT+7"]
    );
    assert_eq!(asks("GMT"), ["Europe/London", "UTC"]);
    assert_eq!(asks("AEST"), ["Australia/Sydney", "Australia/Brisbane"]);
    // A country with several zones asks with its main ones.
    let usa = asks("United States");
    assert!(
        usa.starts_with(&["America/New_York".to_string()]),
        "{usa:?}"
    );
    assert!(usa.contains(&"America/Los_Angeles".to_string()));
    assert_eq!(asks("Spain"), ["Europe/Madrid", "Atlantic/Canary"]);

    let question = parse_time_zone("EST").unwrap_err();
    assert_eq!(question.field, "time_zone");
    assert!(
        question
            .message
            .contains("\"EST\" could mean 2 different zones"),
        "{}",
        question.message
    );
    // Each choice says what it is.
    let Found::Ask(choices) = zone_of("EST") else {
        unreachable!()
    };
    assert!(choices[0].why.contains("New York"), "{choices:?}");
    assert!(choices[1].why.contains("all year"), "{choices:?}");
}

#[test]
fn nothing_known_says_what_to_type() {
    assert_eq!(zone_of("Mars/Olympus"), Found::Unknown);
    assert_eq!(zone_of(""), Found::Unknown);
    let error = parse_time_zone("Atlantis").unwrap_err();
    assert!(error.message.contains("\"Atlantis\""), "{}", error.message);
    assert!(error.message.contains("Tokyo"), "{}", error.message);
}

#[test]
fn suggestions_come_as_you_type() {
    let zones = |typed: &str| -> Vec<String> {
        suggest(typed, &names())
            .into_iter()
            .map(|choice| choice.zone)
            .collect()
    };
    assert!(zones("T").is_empty(), "one letter is too little to go on");
    assert_eq!(zones("Toky")[0], "Asia/Tokyo");
    assert_eq!(zones("tokyo")[0], "Asia/Tokyo");
    assert_eq!(zones("new y")[0], "America/New_York");
    assert_eq!(zones("Syd")[0], "Australia/Sydney");
    assert_eq!(zones("bost")[0], "America/New_York");
    assert_eq!(zones("EST")[..2], ["America/New_York", "Etc/GMT+5"]);
    assert_eq!(zones("jap")[0], "Asia/Tokyo");
    for typed in ["lon", "a", "new", "America/", "st", "zz", "Europe"] {
        let found = suggest(typed, &names());
        assert!(found.len() <= 7, "{typed:?}: {found:?}");
        let mut seen: Vec<&str> = found.iter().map(|choice| choice.zone.as_str()).collect();
        seen.dedup();
        assert_eq!(seen.len(), found.len(), "no zone twice for {typed:?}");
    }
    let why = &suggest("Boston", &names())[0].why;
    assert!(why.contains("Boston"), "{why}");
}

#[test]
fn typed_words_are_compared_without_case_accents_or_underscores() {
    assert_eq!(normalize("  Zürich "), "zurich");
    assert_eq!(normalize("New_York"), "new york");
    assert_eq!(normalize("St. Johns"), "st johns");
    assert_eq!(normalize("Port-au-Prince"), "port au prince");
}

/// Every zone the tables lead to is one chrono-tz knows by that name (the browser test holds
/// the same names to Chromium), and no table repeats a word.
#[test]
fn every_zone_in_the_tables_exists() {
    let mut targets: Vec<&str> = Vec::new();
    let mut means = |m: &Means| match m {
        Means::One(zone) => targets.push(zone),
        Means::Ask(list) => targets.extend(list.iter().map(|(zone, _)| *zone)),
    };
    for (_, m) in ABBREVIATIONS.iter().chain(COUNTRIES) {
        means(m);
    }
    targets.extend(CITIES.iter().map(|(_, zone)| *zone));
    for target in targets {
        assert!(
            target.parse::<chrono_tz::Tz>().is_ok(),
            "{target} is not a chrono-tz zone"
        );
    }
    let words: Vec<String> = ABBREVIATIONS
        .iter()
        .map(|(word, _)| word.to_string())
        .chain(COUNTRIES.iter().map(|(word, _)| word.to_string()))
        .chain(CITIES.iter().map(|(word, _)| word.to_string()))
        .collect();
    for word in &words {
        assert_eq!(
            words.iter().filter(|other| *other == word).count(),
            1,
            "{word}"
        );
        if word.chars().any(char::is_lowercase) {
            assert_eq!(
                &normalize(word),
                word,
                "{word} is stored as typed words compare"
            );
        }
    }
}
