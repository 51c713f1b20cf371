//! Settings in other languages: the profile's choices named in each language while what is
//! stored keeps its language-free keys, and the import review's counts with their plurals.

use fresh_legs::core::profile::motion::Motion;
use fresh_legs::core::profile::{PreEventPreference, Profile, Theme, Units};
use fresh_legs::core::words::{self, Arg, Catalogue, Language};

use crate::support::words::{catalogue, in_language};

/// Every choice the Settings form offers, as the runner reads them.
fn labels() -> Vec<String> {
    let mut labels: Vec<String> = Units::ALL.map(Units::label).to_vec();
    labels.extend(Theme::ALL.map(Theme::label));
    labels.extend(Motion::ALL.map(Motion::label));
    labels.extend(PreEventPreference::CHOICES.map(PreEventPreference::label));
    labels
}

/// `count` things in the words of the message `id`, as the import review gives it: chosen by
/// the number, shown as plain digits.
fn counted(catalogue: &Catalogue, id: &str, count: usize) -> String {
    catalogue.text(id, &words::counted(count))
}

#[test]
fn the_profile_s_choices_are_named_in_each_language() {
    assert_eq!(
        labels(),
        [
            "Kilometres",
            "Miles",
            "System",
            "Light",
            "Dark",
            "Pure black",
            "Same as this device",
            "On: keep the screen still",
            "Off: allow animations",
            "Light flush (recommended)",
            "Compression over clothes",
            "Deeper work (I have tried it before)",
            "No massage before a race",
        ],
        "English reads as it always has"
    );
    let german = in_language(Language::German, labels);
    assert_eq!(german[..2], ["Kilometer", "Meilen"]);
    assert_eq!(german[5], "Tiefschwarz");
    assert_eq!(german[9], "Leichte Lockerung (empfohlen)");
    let french = in_language(Language::French, labels);
    assert_eq!(
        french[7], "Oui\u{202F}: écran immobile",
        "a narrow space before the colon"
    );
    assert_eq!(french[9], "Massage drainant léger (recommandé)");
    let spanish = in_language(Language::Spanish, labels);
    assert_eq!(spanish[12], "Ningún masaje antes de la carrera");
    for (language, words) in [("de", german), ("fr", french), ("es", spanish)] {
        assert_eq!(words.len(), labels().len());
        let english = labels();
        let kept: Vec<_> = words
            .iter()
            .zip(&english)
            .filter(|(word, english)| word == english && *english != "Miles")
            .collect();
        assert!(kept.is_empty(), "{language} left in English: {kept:?}");
    }
}

#[test]
fn a_profile_is_stored_the_same_whatever_language_the_app_speaks() {
    let profile = Profile {
        units: Units::Mi,
        theme: Theme::Black,
        motion: Motion::Reduce,
        pre_event_preference: PreEventPreference::NoTouch { days: 4 },
        ..Profile::default()
    };
    let english = serde_json::to_string(&profile).unwrap();
    for language in &Language::ALL[1..] {
        let stored = in_language(*language, || {
            // The form reads the labels before a save; they must not reach the document.
            let _ = labels();
            serde_json::to_string(&profile).unwrap()
        });
        assert_eq!(stored, english, "{language:?}");
    }
    assert!(english.contains(r#""units":"mi""#), "{english}");
    assert!(english.contains(r#""kind":"no_touch""#), "{english}");
}

#[test]
fn the_import_review_counts_in_each_language_s_plural() {
    let english = Catalogue::english();
    assert_eq!(counted(&english, "settings-file-races", 1), "1 race");
    assert_eq!(counted(&english, "settings-file-races", 0), "0 races");
    assert_eq!(
        counted(&english, "settings-file-activities", 1234),
        "1234 imported activities",
        "English has always shown the digits without a separator"
    );
    assert_eq!(
        counted(&english, "settings-file-set-aside", 1),
        "1 record in it could not be used; they come along set aside, unchanged, and can be \
         downloaded from the notice."
    );
    let german = catalogue(Language::German);
    assert_eq!(
        counted(&german, "settings-file-log-entries", 1),
        "1 Tagebucheintrag"
    );
    assert_eq!(
        counted(&german, "settings-file-log-entries", 3),
        "3 Tagebucheinträge"
    );
    assert!(counted(&german, "settings-file-set-aside", 2).starts_with("2 Einträge darin waren"));
    // French counts 0 as one.
    let french = catalogue(Language::French);
    assert_eq!(counted(&french, "settings-file-races", 0), "0 course");
    assert_eq!(
        counted(&french, "settings-file-blocks", 2),
        "2 blocs d’entraînement"
    );
    let spanish = catalogue(Language::Spanish);
    assert_eq!(counted(&spanish, "settings-file-routines", 1), "1 rutina");
    assert_eq!(
        counted(&spanish, "settings-file-activities", 5),
        "5 actividades importadas"
    );
}

#[test]
fn the_store_s_reasons_are_placed_in_each_language_s_sentence() {
    let problem = || [("problem", Arg::from("the disk is full"))];
    assert_eq!(
        Catalogue::english().text("settings-not-imported", &problem()),
        "Not imported: the disk is full"
    );
    assert_eq!(
        catalogue(Language::French).text("settings-not-imported", &problem()),
        "Non importé\u{202F}: the disk is full"
    );
    assert_eq!(
        catalogue(Language::German).text("settings-not-saved", &problem()),
        "Nicht gespeichert: the disk is full"
    );
    let sizes = [
        ("merged", Arg::from("64\u{a0}kB")),
        ("replaced", Arg::from("33\u{a0}kB")),
        ("room", Arg::from("49\u{a0}kB")),
    ];
    let spanish = catalogue(Language::Spanish).text("settings-room-space", &sizes);
    assert!(
        spanish.starts_with("Espacio: combinados, tus datos ocuparían 64\u{a0}kB"),
        "{spanish}"
    );
    assert!(spanish.contains("El navegador tiene 49\u{a0}kB para Fresh Legs."));
}
