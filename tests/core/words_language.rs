//! Which language a device and a profile ask for, and how the choice is stored.

use fresh_legs::core::profile::{LanguageChoice, Profile};
use fresh_legs::core::words::Language;

#[test]
fn a_device_s_languages_are_read_the_way_devices_write_them() {
    let cases: [(&[&str], Language); 10] = [
        (&["de-DE"], Language::German),
        (&["fr"], Language::French),
        // A system locale as the C library names it.
        (&["es_ES.UTF-8"], Language::Spanish),
        (&["fr_CA@euro"], Language::French),
        (&["DE-ch"], Language::German),
        // The first the app speaks, in the device's order.
        (&["nl-BE", "fr-BE", "de"], Language::French),
        (&["en-GB", "de"], Language::English),
        // None the app speaks, the C locale, nothing at all: English.
        (&["pt-BR", "it"], Language::English),
        (&["C", "POSIX"], Language::English),
        (&[], Language::English),
    ];
    for (tags, expected) in cases {
        assert_eq!(Language::for_device(tags), expected, "{tags:?}");
    }
}

#[test]
fn the_profile_s_choice_wins_and_the_device_decides_otherwise() {
    let device = ["es-MX".to_string()];
    assert_eq!(LanguageChoice::Device.resolve(&device), Language::Spanish);
    for language in Language::ALL {
        assert_eq!(LanguageChoice::Chosen(language).resolve(&device), language);
    }
}

#[test]
fn the_choice_is_stored_by_its_key_and_an_unknown_one_follows_the_device() {
    let keys: Vec<&str> = LanguageChoice::choices().map(LanguageChoice::key).collect();
    assert_eq!(keys, ["device", "en", "de", "fr", "es"]);
    for choice in LanguageChoice::choices() {
        let json = serde_json::to_string(&choice).unwrap();
        assert_eq!(json, format!("\"{}\"", choice.key()));
        assert_eq!(
            serde_json::from_str::<LanguageChoice>(&json).unwrap(),
            choice
        );
    }
    // A profile from before the setting, and one from a newer version with a language this
    // one lacks: the rest of the profile is read, and the app follows the device.
    let old: Profile = serde_json::from_str(r#"{"display_name":"Ana"}"#).unwrap();
    assert_eq!(
        (old.display_name.as_str(), old.language),
        ("Ana", LanguageChoice::Device)
    );
    let newer: Profile = serde_json::from_str(r#"{"display_name":"Ana","language":"it"}"#).unwrap();
    assert_eq!(
        (newer.display_name.as_str(), newer.language),
        ("Ana", LanguageChoice::Device)
    );
}
