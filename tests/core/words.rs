//! The message engine: each language's plural rules and numbers, English behind a translation
//! that lacks a message or cannot format it, the thread's language, and the pseudo-language of
//! the translation check. Catalogues made here from their text, so each case shows its own
//! wording.

use fresh_legs::core::words::{decimal, language, message, set_language, Arg, Catalogue, Language};

const SESSIONS_EN: &str =
    "sessions = { $count ->\n    [one] { $count } session\n   *[other] { $count } sessions\n}\n";
const SESSIONS_FR: &str =
    "sessions = { $count ->\n    [one] { $count } séance\n   *[other] { $count } séances\n}\n";
const SESSIONS_DE: &str =
    "sessions = { $count ->\n    [one] { $count } Massage\n   *[other] { $count } Massagen\n}\n";

fn sessions(catalogue: &Catalogue, count: f64) -> String {
    catalogue.text("sessions", &[("count", Arg::from(count))])
}

#[test]
fn each_language_picks_its_own_plural() {
    let english = Catalogue::from_files(Language::English, &[SESSIONS_EN]);
    let french = Catalogue::from_files(Language::French, &[SESSIONS_FR]);
    let german = Catalogue::from_files(Language::German, &[SESSIONS_DE]);
    let cases = [
        (&english, 0.0, "0 sessions"),
        (&english, 1.0, "1 session"),
        (&english, 2.0, "2 sessions"),
        (&english, 1.5, "1.5 sessions"),
        // French counts 0 and 1.5 as one, as in "0 séance", "1,5 séance".
        (&french, 0.0, "0 séance"),
        (&french, 1.0, "1 séance"),
        (&french, 1.5, "1,5 séance"),
        (&french, 2.0, "2 séances"),
        (&german, 0.0, "0 Massagen"),
        (&german, 1.0, "1 Massage"),
        (&german, 2.5, "2,5 Massagen"),
    ];
    for (catalogue, count, expected) in cases {
        assert_eq!(
            sessions(catalogue, count),
            expected,
            "{:?}, {count}",
            catalogue.language()
        );
    }
}

#[test]
fn numbers_take_each_language_s_marks() {
    let cases = [
        (21.0975, 0, 1, Language::English, "21.1"),
        (21.0975, 0, 1, Language::German, "21,1"),
        (21.0975, 0, 2, Language::French, "21,1"),
        (42.195, 0, 1, Language::Spanish, "42,2"),
        (5.0, 0, 2, Language::German, "5"),
        (5.0, 1, 2, Language::German, "5,0"),
        (1234.5, 0, 1, Language::English, "1,234.5"),
        (1234.5, 0, 1, Language::German, "1.234,5"),
        (1234.5, 0, 1, Language::French, "1\u{202F}234,5"),
        // Spanish leaves four-digit numbers whole and groups from five.
        (1234.5, 0, 1, Language::Spanish, "1234,5"),
        (12345.0, 0, 0, Language::Spanish, "12.345"),
        (1234567.0, 0, 0, Language::English, "1,234,567"),
        (999.0, 0, 0, Language::German, "999"),
        (-2.5, 0, 1, Language::French, "-2,5"),
        (-0.01, 0, 1, Language::English, "0"),
        (0.1 + 0.2, 0, 6, Language::English, "0.3"),
    ];
    for (value, min, max, language, expected) in cases {
        assert_eq!(
            decimal(value, min, max, language),
            expected,
            "{value} in {language:?}"
        );
    }
}

#[test]
fn a_message_fluent_formats_gets_the_language_s_numbers() {
    let german = Catalogue::from_files(
        Language::German,
        &["distance = { $km } km\nfixed = { NUMBER($km, minimumFractionDigits: 2) } km\n"],
    );
    assert_eq!(
        german.text("distance", &[("km", Arg::from(21.1))]),
        "21,1 km"
    );
    assert_eq!(german.text("fixed", &[("km", Arg::from(5.0))]), "5,00 km");
}

#[test]
fn what_a_translation_lacks_or_cannot_format_is_said_in_english() {
    let german = Catalogue::from_files(
        Language::German,
        &["greeting = Hallo { $name }\nbroken = Hallo { $nickname }\n"],
    );
    // From the compiled English catalogue behind every language.
    assert_eq!(german.text("nav-log", &[]), "Log");
    assert_eq!(
        german.text("greeting", &[("name", Arg::from("Ana"))]),
        "Hallo Ana",
        "no isolation marks around the name"
    );
    // Names a variable the app does not give: English's own message would be used, and English
    // has none by that id, so the id is what is left (the catalogue tests rule this out for the
    // app's own messages).
    assert_eq!(
        german.text("broken", &[("name", Arg::from("Ana"))]),
        "broken"
    );
}

#[test]
fn a_file_with_a_broken_message_keeps_the_rest() {
    let german = Catalogue::from_files(
        Language::German,
        &["nav-today = Heute\nnav-races = { $\nnav-log = Tagebuch\n"],
    );
    assert_eq!(german.text("nav-today", &[]), "Heute");
    assert_eq!(german.text("nav-log", &[]), "Tagebuch");
    assert_eq!(german.text("nav-races", &[]), "Races");
}

#[test]
fn the_thread_speaks_english_until_told_otherwise_and_only_on_that_thread() {
    assert_eq!(language(), Language::English);
    assert_eq!(message("nav-today"), "Today");
    set_language(Catalogue::compiled(Language::Spanish).expect("native builds hold Spanish"));
    assert_eq!(message("nav-today"), "Hoy");
    let elsewhere = std::thread::spawn(|| (language(), message("nav-today")))
        .join()
        .unwrap();
    assert_eq!(elsewhere, (Language::English, "Today".to_string()));
    set_language(Catalogue::english());
    assert_eq!(message("nav-today"), "Today");
}

#[test]
fn the_pseudo_language_wraps_every_message_and_stretches_its_words() {
    let pseudo = Catalogue::english().into_pseudo();
    let english = Catalogue::english();
    for id in [
        "nav-today",
        "nav-races-purpose",
        "nav-training-purpose",
        "skip-to-content",
    ] {
        let plain = english.text(id, &[]);
        let stretched = pseudo.text(id, &[]);
        assert!(
            stretched.starts_with('⟦') && stretched.ends_with('⟧'),
            "{stretched}"
        );
        let inner = stretched.trim_start_matches('⟦').trim_end_matches('⟧');
        let (plain_length, inner_length) = (plain.chars().count(), inner.chars().count());
        assert!(
            inner_length * 10 >= plain_length * 14,
            "{id}: {plain_length} → {inner_length} ({inner})"
        );
        assert_ne!(inner, plain);
    }
    // What the app puts into a message is left as it is, so a name still reads as typed.
    let greeting =
        Catalogue::from_files(Language::English, &["greeting = Hello { $name }\n"]).into_pseudo();
    let said = greeting.text("greeting", &[("name", Arg::from("Ana"))]);
    assert!(said.ends_with(" Ana⟧"), "{said}");
}
