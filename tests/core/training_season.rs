//! A 16-week season written as training files and read back: the hard weeks, the speed work, the
//! blocks and the races found are those the generator put in, and once accepted, the plan places
//! a tight budget's massage in the hard block.

use crate::support::season::{monday, season, BLOCKS, HARD_WEEKS, INTERVAL_WEEKS, RACES, WEEKS};
use crate::support::training_files::{strava_zip, StravaFile, Workout};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::{HeartRateSettings, Profile, TightBudget};
use fresh_legs::core::recommend::inputs::PlanInputs;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::activity::{add_new, summarise, Activity};
use fresh_legs::core::training::detect::{read_season, Proposal, Season};
use fresh_legs::core::training::files::{ImportJob, PickedFile};
use fresh_legs::core::training::TrainingBlock;

const HEART: HeartRateSettings = HeartRateSettings {
    max_bpm: Some(190),
    resting_bpm: Some(55),
};
const ZONE: chrono_tz::Tz = chrono_tz::Europe::Berlin;

/// When the files are imported: after the season.
fn imported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 5, 18, 0, 0).unwrap()
}

/// Each workout as its own file, in turn FIT, gzipped GPX, TCX, FIT.gz, GPX and gzipped TCX.
fn as_files(workouts: &[Workout]) -> Vec<PickedFile> {
    let kinds = [
        StravaFile::Fit,
        StravaFile::GpxGz,
        StravaFile::Tcx,
        StravaFile::FitGz,
        StravaFile::Gpx,
        StravaFile::TcxGz,
    ];
    workouts
        .iter()
        .zip(kinds.iter().cycle())
        .map(|(workout, kind)| {
            let path = kind.path(workout).unwrap();
            let name = path.rsplit('/').next().unwrap().to_string();
            PickedFile {
                name,
                bytes: kind.bytes(workout).unwrap(),
            }
        })
        .collect()
}

fn import(files: Vec<PickedFile>) -> Vec<Activity> {
    ImportJob::new(files, imported_at())
        .map(|read| summarise(&read.expect("every generated file reads"), imported_at()))
        .collect()
}

fn season_of(activities: &[Activity], today: NaiveDate) -> Season {
    read_season(activities, HEART, &ZONE, today)
}

fn weeks_where(
    season: &Season,
    test: impl Fn(&fresh_legs::core::training::detect::WeekSignals) -> bool,
) -> Vec<usize> {
    season
        .weeks
        .iter()
        .filter(|w| test(w))
        .map(|w| ((w.load.monday - monday(1)).num_days() / 7 + 1) as usize)
        .collect()
}

fn after_season() -> NaiveDate {
    monday(WEEKS) + Duration::days(14)
}

#[test]
fn the_files_show_the_weeks_blocks_and_races_the_generator_put_in() {
    let activities = import(as_files(&season()));
    assert_eq!(activities.len(), season().len());
    let found = season_of(&activities, after_season());
    assert_eq!(found.weeks.len(), WEEKS);
    assert_eq!(weeks_where(&found, |w| w.hard), HARD_WEEKS);
    assert_eq!(
        weeks_where(&found, |w| w.speed_work),
        INTERVAL_WEEKS.collect::<Vec<_>>()
    );
    assert_eq!(weeks_where(&found, |w| w.race), [8, 16]);
    let blocks: Vec<_> = found
        .blocks
        .iter()
        .map(|b| (b.kind, b.start, b.end, b.speed_work))
        .collect();
    let expected: Vec<_> = BLOCKS
        .iter()
        .map(|&(kind, first, last, speed)| {
            (kind, monday(first), monday(last) + Duration::days(6), speed)
        })
        .collect();
    assert_eq!(blocks, expected);
    let races: Vec<(NaiveDate, f64)> = found
        .races
        .iter()
        .map(|r| (r.local_start.date(), (r.distance_km * 10.0).round() / 10.0))
        .collect();
    let put_in: Vec<(NaiveDate, f64)> = RACES
        .iter()
        .map(|&(_, week, day, km)| {
            (
                monday(week) + Duration::days(day),
                (km * 10.0).round() / 10.0,
            )
        })
        .collect();
    assert_eq!(races, put_in);
    // FIT and TCX files carry no name: those races are named by their distance.
    for (race, (name, ..)) in found.races.iter().zip(RACES) {
        let by_distance = format!("Race, {:.1} km", race.distance_km);
        assert!(
            race.name == name || race.name == by_distance,
            "{}",
            race.name
        );
    }
}

#[test]
fn the_strava_archive_gives_the_same_season_and_a_second_import_adds_nothing() {
    let workouts = season();
    let mix = [StravaFile::FitGz, StravaFile::Gpx, StravaFile::TcxGz];
    let rows: Vec<(Workout, StravaFile)> = workouts
        .iter()
        .cloned()
        .zip(mix.iter().copied().cycle())
        .collect();
    let archive = PickedFile {
        name: "export_12345.zip".into(),
        bytes: strava_zip(&rows),
    };
    let from_archive = import(vec![archive]);
    let from_files = import(as_files(&workouts));
    let (a, b) = (
        season_of(&from_archive, after_season()),
        season_of(&from_files, after_season()),
    );
    assert_eq!(a.blocks, b.blocks);
    assert_eq!(weeks_where(&a, |w| w.hard), weeks_where(&b, |w| w.hard));
    let mut kept = from_archive.clone();
    let again = add_new(&mut kept, from_archive.clone());
    assert_eq!((again.added, again.already_had), (0, workouts.len()));
    let files_too = add_new(&mut kept, from_files);
    assert_eq!(
        files_too.added, 0,
        "the watch's files are the archive's activities again"
    );
}

#[test]
fn heart_rates_estimated_from_the_files_find_the_same_hard_weeks() {
    let activities = import(as_files(&season()));
    let estimated = read_season(
        &activities,
        HeartRateSettings::default(),
        &ZONE,
        after_season(),
    );
    assert_eq!(weeks_where(&estimated, |w| w.hard), HARD_WEEKS);
}

/// Mid-season (Wednesday of week 12), with files up to the day before.
#[test]
fn accepted_mid_season_the_peak_runs_through_this_week_and_takes_the_tight_budgets_massage() {
    let today = monday(12) + Duration::days(2);
    let workouts: Vec<Workout> = season()
        .into_iter()
        .filter(|w| w.start.with_timezone(&ZONE).date_naive() < today)
        .collect();
    let activities = import(as_files(&workouts));
    let found = season_of(&activities, today);
    let peak = found.blocks.last().unwrap().clone();
    assert_eq!(
        (peak.start, peak.end),
        (monday(11), monday(12) + Duration::days(6))
    );

    let profile = Profile {
        massage_budget_per_month: 0,
        tight_budget: Some(TightBudget::Year(2)),
        ..Profile::default()
    };
    let generals = |blocks: &[TrainingBlock]| -> Vec<NaiveDate> {
        let inputs = PlanInputs {
            profile: &profile,
            races: &[],
            blocks,
            log: &[],
        };
        plan(&inputs, today, today + Duration::days(60), ZONE)
            .into_iter()
            .filter(|s| s.kind == MassageKind::General)
            .map(|s| s.date)
            .collect()
    };
    assert!(
        generals(&[]).is_empty(),
        "with no blocks, a tight budget has nowhere to go"
    );
    let accepted: Vec<TrainingBlock> = found
        .proposals(&[], &[], &[])
        .into_iter()
        .filter_map(|p| match p {
            Proposal::Block(block) => {
                Some(block.accept(RecordId(format!("block-{}", block.start)), imported_at()))
            }
            Proposal::Race(_) => None,
        })
        .collect();
    let booked = generals(&accepted);
    assert!(!booked.is_empty());
    assert!(
        booked.iter().all(|d| (today..=peak.end).contains(d)),
        "{booked:?} in the peak {peak:?}"
    );
}
