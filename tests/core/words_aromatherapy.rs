//! The aromatherapy guide and the red-flag check in other languages: the oils' own words found in
//! every catalogue, the calculator's refusals with each language's decimal comma, spacing and
//! plurals, and the red flags mid-sentence.

use fresh_legs::core::aroma::copy::safe_use;
use fresh_legs::core::aroma::{mix, oil, oils, NewOilWarning, Part, SunReason, BLEND_FIELD};
use fresh_legs::core::safety::RedFlag;
use fresh_legs::core::words::Language;

use crate::support::words::in_language;

fn part(key: &str, percent: f64) -> Part<'static> {
    Part {
        oil: oil(key).unwrap(),
        percent,
    }
}

/// The refusal `mix` gives for `field`.
fn refusal(parts: &[Part], carrier_ml: f64, sun: Option<&SunReason>, field: &str) -> String {
    let errors = mix(parts, carrier_ml, sun).expect_err("refused");
    errors.for_field(field).expect(field).to_string()
}

fn warning(days_away: i64) -> String {
    NewOilWarning {
        oil_key: "lavender".into(),
        oil_name: oil("lavender").unwrap().name(),
        race: "Semi de Paris".into(),
        days_away,
    }
    .message()
}

/// The table names its oils' words by id, which the catalogue checks cannot see in the code.
#[test]
fn every_oil_s_words_are_in_every_catalogue() {
    for language in Language::ALL {
        let words: Vec<String> = in_language(language, || {
            oils()
                .iter()
                .flat_map(|oil| {
                    [oil.name(), oil.how()]
                        .into_iter()
                        .chain(oil.sun_safe_alternative())
                        .chain(oil.cautions())
                })
                .collect()
        });
        assert!(words.len() > 2 * oils().len(), "{language:?}");
        for said in words {
            assert!(
                !said.is_empty() && !said.starts_with("aromatherapy-"),
                "{language:?}: {said}"
            );
        }
    }
}

#[test]
fn french_refusals_name_the_oil_its_limit_and_why_in_french_marks() {
    let (alone, together, lavender) = in_language(Language::French, || {
        (
            refusal(
                &[part("bergamot", 2.0)],
                10.0,
                Some(&SunReason::TrainsOutdoors),
                "percent-1",
            ),
            refusal(
                &[
                    part("lemon_cold_pressed", 1.5),
                    part("lime_cold_pressed", 0.5),
                ],
                10.0,
                Some(&SunReason::Race {
                    name: "Semi de Paris".into(),
                }),
                BLEND_FIELD,
            ),
            oil("lavender").unwrap().name(),
        )
    });
    assert_eq!(
        alone,
        "Trop fort pour une peau exposée au soleil\u{202F}: Bergamote rend la peau plus sensible \
         aux coups de soleil, et vous vous entraînez en plein air, de jour. Ne dépassez pas \
         0,4\u{202F}%, ou prenez plutôt bergamote FCF."
    );
    for piece in [
        "car Semi de Paris a lieu en plein air, de jour\u{202F}:",
        "Citron (pressé à froid) à 1,5\u{202F}% utilise 75\u{202F}% de sa limite au soleil\u{202F}; \
         Citron vert (pressé à froid) à 0,5\u{202F}% utilise 71\u{202F}%",
        "soit 146\u{202F}% au total",
    ] {
        assert!(together.contains(piece), "{piece}: {together}");
    }
    assert_eq!(lavender, "Lavande vraie");
}

#[test]
fn french_counts_the_days_to_the_race_with_its_own_plural() {
    let said: Vec<String> = in_language(Language::French, || {
        [0, 1, 5].into_iter().map(warning).collect()
    });
    for (warning, when) in said.iter().zip([
        "Semi de Paris a lieu dans moins d’un jour.",
        "Semi de Paris a lieu dans 1\u{a0}jour.",
        "Semi de Paris a lieu dans 5\u{a0}jours.",
    ]) {
        assert!(
            warning.starts_with("Vous n’avez pas encore testé Lavande vraie, et "),
            "{warning}"
        );
        assert!(warning.contains(when), "{when}: {warning}");
    }
}

#[test]
fn spanish_gives_the_rule_of_thumb_and_the_calculator_s_advice_with_a_decimal_comma() {
    let five: Vec<Part> = oils()
        .iter()
        .take(5)
        .map(|oil| Part { oil, percent: 0.5 })
        .collect();
    let (rule, none, too_many, drop, strong) = in_language(Language::Spanish, || {
        (
            safe_use()[1].clone(),
            refusal(&[], 10.0, None, BLEND_FIELD),
            refusal(&five, 10.0, None, BLEND_FIELD),
            refusal(&[part("bergamot", 0.4)], 10.0, None, "carrier_ml"),
            mix(&[part("lavender", 3.5)], 10.0, None)
                .expect("a strong blend is allowed")
                .note
                .expect("with a note"),
        )
    });
    assert_eq!(
        rule,
        "Para un masaje corporal, mezcla de 1,5 a 3\u{a0}% en un aceite vegetal: de 3 a \
         6\u{a0}gotas en 10\u{a0}ml."
    );
    assert_eq!(none, "Elige al menos un aceite.");
    assert_eq!(
        too_many,
        "Una mezcla lleva como máximo 4 aceites; esta lleva 5."
    );
    assert_eq!(
        drop,
        "Eso es menos de una gota de Bergamota. Prepara al menos 13\u{a0}ml de aceite vegetal \
         con esta concentración."
    );
    assert_eq!(
        strong,
        "Más concentrada que el 1,5 a 3\u{a0}% habitual en un masaje corporal: úsala solo en una \
         zona pequeña."
    );
}

#[test]
fn spanish_red_flags_read_as_reported_and_say_whom_to_see() {
    let said = in_language(Language::Spanish, || {
        (
            RedFlag::FreshInjury.label(),
            RedFlag::FreshInjury.reported(),
            RedFlag::FreshInjury.advice(),
            RedFlag::CalfPainOrSwelling.advice(),
        )
    });
    assert_eq!(
        said,
        (
            "Lesión reciente".to_string(),
            "una lesión reciente".to_string(),
            "Consulta a un médico o fisioterapeuta, y nada de masaje ni rodillo en esa zona hasta \
             que te den el visto bueno."
                .to_string(),
            "Consulta a un médico hoy mismo, y nada de masaje ni rodillo hasta que te diga que no \
             hay problema."
                .to_string(),
        )
    );
}
