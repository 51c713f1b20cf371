//! The store's messages in other languages: why a file was refused or the data not saved, the
//! notice about records set aside, and amounts of storage, while what is saved stays in English.

use crate::support::words::in_language;
use fresh_legs::core::words::Language;
use fresh_legs::store::import::{check_size, read_import};
use fresh_legs::store::room::storage_amount;
use fresh_legs::store::set_aside::{notice_text, SetAsideRecord};
use fresh_legs::store::StoreError;
use serde_json::json;

/// Why a file with only a profile, races and blocks is refused.
fn partial() -> String {
    let file = br#"{"schema_version": 2, "profile": {}, "races": [], "blocks": []}"#;
    read_import(file).unwrap_err().to_string()
}

#[test]
fn an_incomplete_file_names_what_it_lacks_in_each_language() {
    assert_eq!(
        in_language(Language::German, partial),
        "Die Datei ist unvollständig, als wäre sie abgeschnitten oder von Hand bearbeitet worden: Es fehlt das Tagebuch oder die Liste der Löschungen. Exportiere sie erneut aus Fresh Legs. Es wurde nichts geändert."
    );
    assert_eq!(
        in_language(Language::Spanish, partial),
        "El archivo está incompleto, como si se hubiera cortado o editado a mano: le falta el diario o el registro de borrados. Vuelve a exportarlo desde Fresh Legs. No se ha cambiado nada."
    );
}

#[test]
fn a_file_too_large_gives_its_size_the_language_s_way() {
    let too_large = || check_size(12 * 1024 * 1024).unwrap_err().to_string();
    assert!(too_large().starts_with("The file is 12.0 MB, larger than the 10 MB"));
    assert_eq!(
        in_language(Language::French, too_large),
        "Le fichier fait 12,0\u{202F}Mo, plus que les 10\u{202F}Mo qu’un export pourrait jamais atteindre, ce n’est donc pas un export de Fresh Legs. Rien n’a été modifié."
    );
}

#[test]
fn a_store_error_says_what_to_do_in_each_language() {
    let full = || {
        StoreError::Full {
            location: "/home/ana/.local/share/fresh-legs".into(),
        }
        .to_string()
    };
    assert_eq!(
        in_language(Language::Spanish, full),
        "No queda espacio en /home/ana/.local/share/fresh-legs, así que tu último cambio no se ha guardado (tu última copia guardada está intacta). El aviso de arriba ofrece formas de hacer sitio."
    );
    let newer = || {
        StoreError::NewerVersion {
            found: 12,
            supported: 7,
        }
        .to_string()
    };
    assert!(
        in_language(Language::German, newer)
            .starts_with("Deine Daten wurden von einer neueren Version von Fresh Legs geschrieben (Format 12, diese App kennt bis 7)."),
        "{}",
        in_language(Language::German, newer)
    );
}

#[test]
fn amounts_of_storage_take_the_language_s_decimal_mark_and_unit() {
    assert_eq!(storage_amount(7_312_000), "7.3\u{a0}MB");
    assert_eq!(
        in_language(Language::German, || storage_amount(7_312_000)),
        "7,3\u{a0}MB"
    );
    assert_eq!(
        in_language(Language::French, || storage_amount(40_001)),
        "41\u{202F}ko"
    );
}

#[test]
fn the_set_aside_notice_is_translated_and_the_saved_reason_stays_english() {
    let records = [SetAsideRecord::new(
        "routines",
        "steps: Step 1: A step lasts between 5 and 600 seconds; this one is 0.",
        json!({ "name": "Quick feet" }),
    )];
    assert_eq!(
        in_language(Language::German, || notice_text(&records)).unwrap(),
        "1 Eintrag konnte nicht verwendet werden und wurde unverändert beiseitegelegt: das Programm „Quick feet“ (steps: Step 1: A step lasts between 5 and 600 seconds; this one is 0.). Alles andere wurde geladen."
    );
    // A file read in French keeps its reasons in English: they are saved with the records.
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v7.json"),
    )
    .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["schema_version"] = fresh_legs::store::SCHEMA_VERSION.into();
    value["routines"][0]["steps"][0]["seconds"] = 0.into();
    let document = in_language(Language::French, || {
        read_import(value.to_string().as_bytes())
    })
    .unwrap();
    assert!(
        document.set_aside[0]
            .reason
            .contains("A step lasts between 5 and 600 seconds"),
        "{:?}",
        document.set_aside
    );
}
