//! The checklists in other languages: the built-in items, the headings and the checks of the
//! runner's own items, with their figures placed and their plurals chosen in each language.

use chrono::TimeZone;
use fresh_legs::core::checklist::state::{validate_text, MAX_ITEM_CHARS};
use fresh_legs::core::checklist::templates::Template;
use fresh_legs::core::checklist::Group;
use fresh_legs::core::dates::long_weekday_day_month;
use fresh_legs::core::words::{Arg, Catalogue, Language};
use fresh_legs::ui::form_keys::key_of;

use crate::support::words::in_language;

/// The error a too long or empty item gets, as the form shows it.
fn refusal(text: &str) -> String {
    validate_text(text)
        .unwrap_err()
        .for_field("item_text")
        .expect("the item's field")
        .to_string()
}

/// What the form says once "Pin the bib" is added to `group`: the form gives the group by its
/// key, and the message chooses its words by it.
fn added(catalogue: &Catalogue, group: Group) -> String {
    let args = [
        ("item", Arg::from("Pin the bib")),
        ("group", Arg::from(key_of(&group))),
    ];
    catalogue.text("checklists-added", &args)
}

#[test]
fn french_items_place_their_figures_and_choose_their_plural() {
    let nnbsp = '\u{202F}';
    let (three_days, one_day, too_long, stretch, heading) = in_language(Language::French, || {
        let three_days = Template::NoTouch { days: 3 }.text();
        let one_day = Template::NoTouch { days: 1 }.text();
        let too_long = refusal(&"x".repeat(1234));
        let stretch = Template::PostRaceRoutine {
            name: "Calm legs".into(),
            minutes: 12,
        }
        .text();
        let heading = Group::DaysTwoToThree.label();
        (three_days, one_day, too_long, stretch, heading)
    });
    assert_eq!(
        three_days,
        format!(
            "Jours sans massage{nnbsp}: vous ne voulez aucun massage dans les 3 jours qui \
             précèdent la course, alors laissez aussi le rouleau de côté."
        )
    );
    // French says one day as "la veille", and counts 0 and 1 alike.
    assert!(
        one_day.contains("aucun massage la veille de la course,"),
        "{one_day}"
    );
    assert_eq!(
        too_long,
        format!(
            "Cela fait 1{nnbsp}234 caractères{nnbsp}; tenez-vous-en à {MAX_ITEM_CHARS} au maximum."
        ),
        "the count in French marks"
    );
    assert_eq!(
        stretch,
        format!(
            "Rouleau en douceur dès aujourd’hui{nnbsp}: Calm legs (12 min), arrêtez-vous bien \
             avant toute gêne."
        )
    );
    assert_eq!(heading, "J+2 et J+3");
}

#[test]
fn spanish_items_place_their_figures_and_choose_their_plural() {
    let (four_days, routine, gap, date, empty, sun) = in_language(Language::Spanish, || {
        let four_days = Template::NoTouch { days: 4 }.text();
        let routine = Template::PreRaceRoutine {
            name: "Pre-race flush".into(),
            minutes: 6,
        }
        .text();
        let from = chrono_tz::Europe::Madrid
            .with_ymd_and_hms(2026, 10, 28, 12, 30, 0)
            .unwrap();
        let gap = Template::NoGeneralUntil { from }.text();
        let date = long_weekday_day_month(from.date_naive());
        let empty = refusal("   ");
        let sun = Template::SunSafeOil.text();
        (four_days, routine, gap, date, empty, sun)
    });
    assert_eq!(
        four_days,
        "Días sin masaje: no quieres ningún masaje en los 4 días previos a la carrera, así que \
         deja también el rodillo a un lado."
    );
    assert_eq!(
        routine,
        "Automasaje: Pre-race flush (6 min), solo con presión suave."
    );
    assert_eq!(
        gap,
        format!(
            "Nada de masaje profundo (de mantenimiento) hasta el {date}, a las 12:30: los \
             músculos cansados necesitan antes ese margen."
        )
    );
    assert_eq!(empty, "Escribe lo que quieras recordar.");
    assert!(sun.contains("que no sea fototóxico"), "{sun}");
}

#[test]
fn the_added_item_s_group_reads_in_english_as_its_heading_does() {
    let english = Catalogue::english();
    for group in Group::ALL {
        assert_eq!(
            added(&english, group),
            format!("Added “Pin the bib” to {}.", group.label().to_lowercase()),
            "{group:?}"
        );
    }
}

#[test]
fn every_language_words_each_group_in_the_added_sentence() {
    for language in Language::ALL {
        let catalogue = Catalogue::compiled(language).expect("native builds hold every language");
        let mut sentences: Vec<String> = Group::ALL
            .into_iter()
            .map(|group| added(&catalogue, group))
            .collect();
        sentences.sort();
        sentences.dedup();
        assert_eq!(
            sentences.len(),
            Group::ALL.len(),
            "{language:?}: a group's key falls through to another's words: {sentences:?}"
        );
    }
}
