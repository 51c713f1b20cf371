//! The timers and routines in other languages: what the player shows and says aloud, the
//! built-in routines' names and instructions, and what an injury changed, while what is stored
//! (a built-in routine as the player, a copy and the log keep it) stays in English.

use fresh_legs::core::body::{BodyArea, ToolsOwned};
use fresh_legs::core::routine::catalog::{builtin, builtin_routines, FULL_BODY, PRE_RACE_FLUSH};
use fresh_legs::core::routine::copy::{injury_note, routine_name, step_instruction};
use fresh_legs::core::routine::fit::fit_around_injuries;
use fresh_legs::core::routine::{Pacing, Routine};
use fresh_legs::core::timer::copy::{segment_title, spoken_prompt, step_position};
use fresh_legs::core::timer::cue::CueKind;
use fresh_legs::core::words::{in_english, Language};

use crate::support::words::in_language;
use std::collections::BTreeSet;

fn all_tools() -> ToolsOwned {
    ToolsOwned {
        foam_roller: true,
        stick: true,
        ball: true,
    }
}

/// The prompts of the first built-in routine's opening cues: getting ready, the five-second
/// warning before the switch, the switch, and the warning before the end.
fn opening_prompts() -> Vec<String> {
    let routine = builtin(PRE_RACE_FLUSH, ToolsOwned::default()).unwrap();
    let segments = routine.segments(Pacing::default());
    let last = segments.len() - 1;
    vec![
        spoken_prompt(&routine, &segments, 0, CueKind::GetReady),
        spoken_prompt(&routine, &segments, 1, CueKind::FiveSecondWarning),
        spoken_prompt(&routine, &segments, 2, CueKind::SwitchSides),
        spoken_prompt(&routine, &segments, last, CueKind::FiveSecondWarning),
        spoken_prompt(&routine, &segments, last, CueKind::Done),
        step_position(&segments, Some(0)),
        step_position(&segments, Some(3)),
        segment_title(&routine, &segments[2]),
    ]
}

#[test]
fn the_player_speaks_each_language() {
    assert_eq!(
        opening_prompts(),
        [
            "Get ready. First: Calves, left side, with the foam roller.",
            "5 seconds. Next: Calves, right side, with the foam roller.",
            "Switch sides. Next: Calves, right side, with the foam roller.",
            "5 seconds left. Last one.",
            "Routine complete. Nice work.",
            "8 steps",
            "Step 2 of 8",
            "Switch sides",
        ],
        "English reads and sounds as it always has"
    );
    assert_eq!(
        in_language(Language::German, opening_prompts),
        [
            "Mach dich bereit. Zuerst: Waden, linke Seite, mit der Faszienrolle.",
            "Noch 5 Sekunden. Danach: Waden, rechte Seite, mit der Faszienrolle.",
            "Seite wechseln. Jetzt: Waden, rechte Seite, mit der Faszienrolle.",
            "Noch 5 Sekunden. Der letzte Schritt.",
            "Programm geschafft. Gut gemacht!",
            "8 Schritte",
            "Schritt 2 von 8",
            "Seite wechseln",
        ]
    );
    assert_eq!(
        in_language(Language::French, opening_prompts)[0],
        "Préparez-vous. Pour commencer\u{202F}: Mollets, côté gauche, avec le rouleau de massage."
    );
    assert_eq!(
        in_language(Language::Spanish, opening_prompts)[1],
        "5 segundos. Después: Gemelos, lado derecho, con el rodillo de espuma."
    );
}

/// A stretch has no tool: the step is named as a stretch of the area.
#[test]
fn a_stretch_is_named_as_one() {
    let stretch = |routine: &Routine| {
        let segments = routine.segments(Pacing::default());
        spoken_prompt(routine, &segments, 0, CueKind::GetReady)
    };
    let routine = builtin_routines(ToolsOwned::default())
        .into_iter()
        .find(|routine| routine.tools().is_empty())
        .unwrap();
    assert_eq!(
        stretch(&routine),
        "Get ready. First: Calves stretch, left side."
    );
    assert_eq!(
        in_language(Language::Spanish, || stretch(&routine)),
        "Prepárate. Primero: Gemelos (estiramiento), lado izquierdo."
    );
}

/// The French plural puts 0 and 1 together, and a single step reads in the singular.
#[test]
fn step_counts_choose_their_plural() {
    let one = Routine {
        steps: builtin(PRE_RACE_FLUSH, ToolsOwned::default())
            .unwrap()
            .steps[..1]
            .to_vec(),
        ..builtin(PRE_RACE_FLUSH, ToolsOwned::default()).unwrap()
    };
    let mut single = one.clone();
    single.steps[0].side = fresh_legs::core::routine::Side::Both;
    let count = |routine: &Routine| step_position(&routine.segments(Pacing::default()), None);
    assert_eq!(count(&single), "1 step");
    assert_eq!(in_language(Language::French, || count(&single)), "1 étape");
    assert_eq!(in_language(Language::French, || count(&one)), "2 étapes");
    assert_eq!(
        in_language(Language::German, || count(&single)),
        "1 Schritt"
    );
}

/// A built-in routine is stored in English whatever the app speaks (a copy, the running
/// session, the log); the screens show its name and instructions in the app's language.
#[test]
fn built_in_routines_are_stored_in_english_and_shown_translated() {
    let english = builtin(PRE_RACE_FLUSH, ToolsOwned::default()).unwrap();
    let (built, shown_name, shown_step) = in_language(Language::German, || {
        let built = builtin(PRE_RACE_FLUSH, ToolsOwned::default()).unwrap();
        let name = routine_name(&built);
        let step = step_instruction(&built, &built.steps[0]);
        (built, name, step)
    });
    assert_eq!(
        built, english,
        "what is stored does not change with the language"
    );
    assert_eq!(english.name, "Pre-race light flush");
    assert!(english.steps[0]
        .instruction
        .starts_with("Calf on the roller"));
    assert_eq!(shown_name, "Leichte Lockerung vor dem Wettkampf");
    assert!(shown_step.starts_with("Wade auf die Rolle"), "{shown_step}");
    assert_eq!(routine_name(&english), english.name);
    assert_eq!(
        step_instruction(&english, &english.steps[0]),
        english.steps[0].instruction
    );
    // The runner's copy is theirs: shown as stored, in any language.
    let copy = Routine {
        built_in: false,
        ..english.clone()
    };
    assert_eq!(
        in_language(Language::French, || routine_name(&copy)),
        "Pre-race light flush"
    );
    assert_eq!(
        in_language(Language::French, || step_instruction(&copy, &copy.steps[0])),
        copy.steps[0].instruction
    );
}

/// Every built-in step has its own words in each language, none falling back to English.
#[test]
fn every_built_in_instruction_is_translated() {
    for routine in builtin_routines(all_tools())
        .into_iter()
        .chain(builtin_routines(ToolsOwned::default()))
    {
        for language in [Language::German, Language::French, Language::Spanish] {
            assert_ne!(
                in_language(language, || routine_name(&routine)),
                routine.name
            );
            for step in &routine.steps {
                let shown = in_language(language, || step_instruction(&routine, step));
                assert_eq!(
                    in_english(|| step_instruction(&routine, step)),
                    step.instruction
                );
                let place = step.instruction.split(". ").next().unwrap_or_default();
                assert!(
                    !shown.contains(place),
                    "{language:?} says {:?} in English: {shown}",
                    step.muscle
                );
            }
        }
    }
}

#[test]
fn an_injury_note_lists_the_areas_in_the_language() {
    let hurt = BTreeSet::from([BodyArea::Hamstrings]);
    let pick = fit_around_injuries(builtin(FULL_BODY, all_tools()).unwrap(), &hurt);
    assert_eq!(
        injury_note(&pick).as_deref(),
        Some("Because of your injured hamstrings: no hamstrings steps; calves, adductors and glutes kept light (3–4 of 10).")
    );
    assert_eq!(
        in_language(Language::German, || injury_note(&pick)).as_deref(),
        Some("Wegen deiner Verletzung (Oberschenkelrückseite): keine Schritte für Oberschenkelrückseite; Waden, Adduktoren und Gesäß nur leicht (3–4 von 10).")
    );
    assert_eq!(
        in_language(Language::Spanish, || injury_note(&pick)).as_deref(),
        Some("Por tu lesión (isquiotibiales): sin pasos de isquiotibiales; gemelos, aductores y glúteos con presión suave (3–4 de 10).")
    );
    let hurt = BTreeSet::from([BodyArea::UpperBack]);
    let pick = fit_around_injuries(builtin(FULL_BODY, all_tools()).unwrap(), &hurt);
    assert_eq!(
        in_language(Language::French, || injury_note(&pick)).as_deref(),
        Some("À cause de votre blessure (haut du dos), étapes retirées\u{202F}: haut du dos.")
    );
}
