//! The Training feature in other languages: the proposals, the activities in doubt, what an import
//! did and why a file was not read, with their numbers written and their plurals chosen in each
//! language; and what is saved (a race found without a name, an activity's own name) staying as
//! it was.

use chrono::{NaiveDate, TimeZone, Utc};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::activity::{Activity, BatchCounts, Damage, Doubt, Sport};
use fresh_legs::core::training::copy::{
    activity_facts, activity_title, doubt_text, import_summary, import_title, proposal_reason,
    proposal_title, proposals_change,
};
use fresh_legs::core::training::detect::{Proposal, ProposedBlock, ProposedRace};
use fresh_legs::core::training::files::{check_size, FileError};
use fresh_legs::core::training::{BlockKind, TrainingBlock};
use fresh_legs::core::words::Language;

use crate::support::words::in_language;

fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn block(kind: BlockKind, weeks: i64, speed_work: bool) -> Proposal {
    Proposal::Block(ProposedBlock {
        kind,
        start: day(8, 10),
        end: day(8, 10) + chrono::Duration::days(weeks * 7 - 1),
        speed_work,
    })
}

fn race(name: &str, distance_km: f64, minutes: u32) -> Proposal {
    let start = Utc.with_ymd_and_hms(2026, 9, 6, 7, 30, 0).unwrap();
    Proposal::Race(ProposedRace {
        activity: RecordId(format!("activity-{minutes}")),
        name: name.into(),
        start,
        local_start: start.naive_utc(),
        distance_km,
        minutes,
    })
}

/// A run kept from a file without a name.
fn unnamed_run() -> Activity {
    let start = Utc.with_ymd_and_hms(2026, 8, 18, 6, 0, 0).unwrap();
    Activity {
        id: RecordId("activity-1".into()),
        start,
        utc_offset_minutes: Some(120),
        sport: Sport::Run,
        name: String::new(),
        duration_s: 3558,
        distance_m: Some(11_270),
        avg_hr: Some(150),
        max_hr: Some(172),
        pace_profile: Vec::new(),
        fast_laps: 0,
        doubts: Vec::new(),
        imported_at: Some(start),
        updated_at: start,
    }
}

fn counts(added: usize, already_had: usize) -> BatchCounts {
    BatchCounts { added, already_had }
}

#[test]
fn english_says_what_an_import_did_as_it_always_has() {
    let said: Vec<String> = [
        (counts(0, 0), 0),
        (counts(0, 1), 0),
        (counts(0, 1040), 0),
        (counts(1, 0), 0),
        (counts(3, 1), 1),
        (counts(1040, 2), 2),
    ]
    .into_iter()
    .map(|(counts, doubtful)| import_summary(counts, doubtful))
    .collect();
    assert_eq!(
        said,
        [
            "No activities were imported.",
            "Nothing new: the activity was already here.",
            "Nothing new: all 1040 activities were already here.",
            "Imported 1 activity.",
            "Imported 3 activities. 1 was already here. One waits for your word under “Check \
             these activities”.",
            "Imported 1040 activities. 2 were already here. 2 wait for your word under “Check \
             these activities”.",
        ]
    );
}

#[test]
fn german_words_the_proposals_with_decimal_commas_and_its_own_plurals() {
    let (peak, base, one_week, named, unnamed, long) = in_language(Language::German, || {
        (
            proposal_title(&block(BlockKind::Peak, 2, true)),
            proposal_reason(&block(BlockKind::Base, 3, true)),
            proposal_reason(&block(BlockKind::Recovery, 1, false)),
            proposal_title(&race("Stadtlauf 10K", 10.04, 41)),
            proposal_reason(&race("Race, 10.0 km", 10.04, 1)),
            proposal_reason(&race("Ultra", 161.0, 1440)),
        )
    });
    assert_eq!(peak, "Spitzenblock (hart), 10. Aug. – 23. Aug. 2026");
    assert_eq!(
        base,
        "3 Wochen ruhiger Dauerlauf ohne Tempotraining, mit Tempoeinheiten."
    );
    assert_eq!(one_week, "1 Woche lockeres Training nach härteren Wochen.");
    assert_eq!(named, "Wettkampf: Stadtlauf 10K");
    assert!(
        unnamed.ends_with(": 10,0 km in 1 Minute, als Wettkampf gelaufen."),
        "{unnamed}"
    );
    assert!(
        long.ends_with(": 161,0 km in 1440 Minuten, als Wettkampf gelaufen."),
        "the minutes of an ultra as digits, as English writes them: {long}"
    );
}

#[test]
fn french_puts_its_narrow_spaces_and_counts_one_activity_as_singular() {
    let nnbsp = '\u{202F}';
    let zone = chrono_tz::Europe::Paris;
    let at = Utc.with_ymd_and_hms(2026, 8, 19, 8, 0, 0).unwrap();
    let before = [
        block(BlockKind::Base, 2, false),
        block(BlockKind::Build, 3, true),
    ];
    let (change, title, none, one, fast) = in_language(Language::French, || {
        (
            proposals_change(&before, &[]),
            import_title(at, &zone, 1040),
            import_summary(counts(0, 0), 0),
            import_summary(counts(1, 0), 1),
            doubt_text(&Doubt::TooFast {
                sport: Sport::Ride,
                speed_m_s: 30.5,
            }),
        )
    });
    assert_eq!(
        change,
        format!(
            "Plus proposé{nnbsp}: Bloc foncier, 10 août – 23 août 2026{nnbsp}; Bloc de \
             développement, 10 août – 30 août 2026."
        )
    );
    assert!(
        title.ends_with(&format!("à 10:00{nnbsp}: 1040 activités")),
        "{title}"
    );
    assert_eq!(none, "Aucune activité n’a été importée.");
    assert_eq!(
        one,
        format!(
            "Importé{nnbsp}: 1 activité. Une activité attend votre décision sous \
             «{nnbsp}Activités à vérifier{nnbsp}»."
        )
    );
    assert!(
        fast.starts_with(&format!(
            "À 110 km/h de moyenne, c’est plus rapide que quiconque à vélo{nnbsp}:"
        )),
        "{fast}"
    );
}

#[test]
fn spanish_words_the_activities_and_why_a_file_was_not_read() {
    let zone = chrono_tz::Europe::Madrid;
    let run = unnamed_run();
    let too_big = FileError::TooLarge {
        file: "todo.zip".into(),
        size_mb: 1300,
        limit_mb: 256,
        archive: true,
    };
    let (title, facts, cut, timer, refused, fit, inside) = in_language(Language::Spanish, || {
        (
            activity_title(&run, &zone),
            activity_facts(&run),
            doubt_text(&Doubt::PartlyRead {
                damage: Damage::CutShort,
            }),
            doubt_text(&Doubt::TimerOverElapsed {
                timer_s: 4000,
                elapsed_s: 3500,
            }),
            too_big.to_string(),
            FileError::NotAnActivity {
                file: "ajustes.fit".into(),
                kind: 2,
            }
            .to_string(),
            FileError::InArchive {
                archive: "export.zip".into(),
                source: Box::new(FileError::NoLaps {
                    file: "activities/1.tcx".into(),
                }),
            }
            .to_string(),
        )
    });
    assert!(title.starts_with("Carrera, "), "{title}");
    assert_eq!(facts, "59:18, 11,27 km");
    assert!(cut.starts_with("Leída en parte: el archivo está cortado"));
    assert_eq!(
        timer,
        "Su cronómetro marca 1:06:40, más que los 58:20 entre la salida y el final; se guarda \
         58:20."
    );
    assert!(
        refused.starts_with("todo.zip ocupa 1300 MB, más de los 256 MB que Fresh Legs lee"),
        "a size as digits, a limit as a number: {refused}"
    );
    assert!(fit.starts_with("ajustes.fit es un archivo de ajustes, no una actividad"));
    assert!(
        inside.starts_with("En export.zip: activities/1.tcx no tiene vueltas"),
        "{inside}"
    );
}

#[test]
fn the_block_and_activity_checks_speak_the_language_and_keep_years_as_digits() {
    let long = TrainingBlock {
        id: RecordId("block-1".into()),
        start: day(1, 1),
        end: day(1, 1) + chrono::Duration::days(1499),
        kind: BlockKind::Base,
        speed_work: false,
        updated_at: Utc::now(),
    };
    let mut old = unnamed_run();
    old.start = Utc.with_ymd_and_hms(1999, 5, 1, 6, 0, 0).unwrap();
    let (block, activity, label, size) = in_language(Language::German, || {
        (
            long.check()
                .unwrap_err()
                .for_field("end")
                .unwrap()
                .to_string(),
            old.check()
                .unwrap_err()
                .for_field("start")
                .unwrap()
                .to_string(),
            BlockKind::Taper.label(),
            check_size("lauf.fit", 40 << 20).unwrap_err().to_string(),
        )
    });
    assert_eq!(
        block,
        "Ein Block dauert höchstens 366 Tage (eine Saison); dieser dauert 1500."
    );
    assert_eq!(
        activity,
        "Sie beginnt 1999, also vor 2000: Die Uhr war nicht richtig gestellt."
    );
    assert_eq!(label, "Tapering");
    assert!(size.starts_with("lauf.fit ist 40 MB groß"), "{size}");
}

#[test]
fn what_is_saved_stays_as_it_was_whatever_the_language() {
    let zone = chrono_tz::Europe::Berlin;
    let run = unnamed_run();
    let Proposal::Race(found) = race("Race, 10.0 km", 10.0, 41) else {
        unreachable!()
    };
    let (title, accepted) = in_language(Language::German, || {
        let title = activity_title(&run, &zone);
        let accepted = found.accept(RecordId("race-1".into()), zone, Utc::now());
        (title, accepted)
    });
    assert!(title.starts_with("Lauf, "), "shown by its sport: {title}");
    assert_eq!(run.name, "", "the activity keeps the name its file gave");
    assert_eq!(
        accepted.name, "Race, 10.0 km",
        "a race found without a name is saved with the name it was found with"
    );
}
