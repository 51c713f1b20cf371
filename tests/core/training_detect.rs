//! Reading the season from summaries: races by name and by effort, hard and speed-work weeks,
//! blocks from the load curve, and what is left to propose.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use fresh_legs::core::profile::HeartRateSettings;
use fresh_legs::core::record::{RecordId, Tombstone};
use fresh_legs::core::training::activity::{Activity, Sport};
use fresh_legs::core::training::detect::blocks::propose_blocks;
use fresh_legs::core::training::detect::{
    is_race, named_as_race, read_season, Proposal, WeekSignals,
};
use fresh_legs::core::training::load::{LoadBasis, WeekLoad};
use fresh_legs::core::training::{BlockKind, TrainingBlock};

/// When the runner acts on the proposals: fixed, so no test depends on the real date.
fn imported_at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 8, 1, 12, 0, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn activity(day: NaiveDate, minutes: u32, km: f64, avg_hr: u8, name: &str) -> Activity {
    let start = Utc.from_utc_datetime(&day.and_hms_opt(7, 0, 0).unwrap());
    Activity {
        id: RecordId(format!("activity-{day}-{name}")),
        start,
        utc_offset_minutes: Some(0),
        sport: Sport::Run,
        name: name.into(),
        duration_s: minutes * 60,
        distance_m: Some((km * 1000.0) as u32),
        avg_hr: Some(avg_hr),
        max_hr: Some(avg_hr + 8),
        pace_profile: Vec::new(),
        fast_laps: 0,
        doubts: Vec::new(),
        imported_at: None,
        updated_at: start,
    }
}

const HEART: HeartRateSettings = HeartRateSettings {
    max_bpm: Some(190),
    resting_bpm: Some(55),
};

#[test]
fn names_that_say_race_and_names_that_say_training() {
    let races = [
        "Riverside 10K",
        "Saturday parkrun",
        "Berlin Marathon",
        "Half Marathon PB!",
        "County XC champs",
        "race day",
    ];
    let training = [
        "Easy run",
        "10K race pace intervals",
        "Marathon pace tempo",
        "Morning Run",
        "Long run",
        "Race recce",
        "Easy 5k",
        "Recovery 10k",
        "10k long run",
        "Ultra long run",
    ];
    for name in races {
        assert!(named_as_race(name), "{name}");
    }
    for name in training {
        assert!(!named_as_race(name), "{name}");
    }
}

#[test]
fn an_all_out_effort_at_a_standard_distance_is_a_race_an_easy_one_is_not() {
    let day = date(2026, 5, 10);
    let all_out = activity(day, 44, 10.05, 176, "Sunday morning"); // 93% of max over 10 km
    let easy = activity(day, 60, 10.0, 140, "Sunday morning");
    let odd_distance = activity(day, 50, 11.4, 178, "Sunday morning");
    let files = [all_out.clone(), easy.clone(), odd_distance.clone()];
    let basis = LoadBasis::for_runner(HEART, &files);
    assert!(is_race(&all_out, &basis));
    assert!(!is_race(&easy, &basis));
    assert!(!is_race(&odd_distance, &basis));
    let mut ride = all_out.clone();
    ride.sport = Sport::Ride;
    assert!(!is_race(&ride, &basis), "only runs are races here");
}

#[test]
fn without_a_heart_rate_a_race_is_told_by_pace_against_the_runner_s_usual() {
    let day = date(2026, 5, 10);
    let no_heart = |minutes, km| Activity {
        avg_hr: None,
        ..activity(day, minutes, km, 0, "Sunday morning")
    };
    // The usual: 10 km in an hour, 6:00 a km.
    let mut files: Vec<Activity> = (0..5).map(|_| no_heart(60, 10.0)).collect();
    // 5:00 a km is 83 % of the usual time a km, inside the 85 % a 10 km race allows; 5:12 is
    // 87 %, a hard run but not a race.
    let fast = no_heart(50, 10.0);
    let brisk = no_heart(52, 10.0);
    files.extend([fast.clone(), brisk.clone()]);
    let basis = LoadBasis::for_runner(HEART, &files);
    assert_eq!(basis.median_run_pace, Some(360.0));
    assert!(is_race(&fast, &basis));
    assert!(!is_race(&brisk, &basis));
    assert!(!is_race(&files[0], &basis));
}

fn week(
    monday: NaiveDate,
    training_load: f64,
    hard: bool,
    speed_work: bool,
    race: bool,
) -> WeekSignals {
    WeekSignals {
        load: WeekLoad {
            monday,
            load: training_load,
            training_load,
            acute: training_load / 7.0,
            chronic: 0.0,
            activities: usize::from(training_load > 0.0) * 4,
        },
        hard,
        speed_work,
        race,
    }
}

#[test]
fn blocks_follow_the_shape_of_the_weeks() {
    let first = date(2026, 6, 1);
    // (load, hard, speed, race) per week: base, build with one odd week, peak, taper to a race,
    // then a week off.
    let shape = [
        (300.0, false, false, false),
        (310.0, false, false, false),
        (320.0, false, true, false),
        (330.0, false, false, false), // a week without the intervals inside the build
        (340.0, false, true, false),
        (460.0, true, true, false),
        (470.0, true, true, false),
        (320.0, false, false, false),
        (250.0, false, false, true),
        (0.0, false, false, false),
    ];
    let weeks: Vec<WeekSignals> = shape
        .iter()
        .enumerate()
        .map(|(i, (load, hard, speed, race))| {
            week(
                first + Duration::weeks(i as i64),
                *load,
                *hard,
                *speed,
                *race,
            )
        })
        .collect();
    let blocks: Vec<(BlockKind, NaiveDate, NaiveDate, bool)> = propose_blocks(&weeks)
        .into_iter()
        .map(|b| (b.kind, b.start, b.end, b.speed_work))
        .collect();
    assert_eq!(
        blocks,
        [
            (BlockKind::Base, date(2026, 6, 1), date(2026, 6, 14), false),
            (BlockKind::Build, date(2026, 6, 15), date(2026, 7, 5), true),
            (BlockKind::Peak, date(2026, 7, 6), date(2026, 7, 19), true),
            (BlockKind::Taper, date(2026, 7, 20), date(2026, 8, 2), false),
        ]
    );
}

#[test]
fn a_runner_who_settles_at_a_higher_volume_has_a_short_peak_not_a_months_long_one() {
    let first = date(2026, 1, 5);
    let mut weeks = easy_weeks(first, 10, 1.0);
    weeks.extend(easy_weeks(first + Duration::weeks(10), 6, 1.5));
    let season = read_season(&weeks, HEART, &chrono_tz::UTC, date(2026, 6, 1));
    let hard: Vec<usize> = (0..season.weeks.len())
        .filter(|i| season.weeks[*i].hard)
        .collect();
    // The jump and two weeks at the new level, while it still stands above the weeks before.
    assert_eq!(hard, [10, 11, 12]);
}

#[test]
fn a_hard_week_stands_well_above_the_weeks_before_and_the_season_s_usual() {
    let first = date(2026, 1, 5);
    let hard_weeks = |files: &[Activity]| -> Vec<usize> {
        let season = read_season(files, HEART, &chrono_tz::UTC, date(2026, 6, 1));
        (0..season.weeks.len())
            .filter(|i| season.weeks[*i].hard)
            .collect()
    };
    // A week 20 % over the four before is more, not a spike; 40 % over is one.
    let mut files = easy_weeks(first, 4, 1.0);
    files.extend(easy_weeks(first + Duration::weeks(4), 1, 1.2));
    assert_eq!(hard_weeks(&files), Vec::<usize>::new());
    let mut files = easy_weeks(first, 4, 1.0);
    files.extend(easy_weeks(first + Duration::weeks(4), 1, 1.4));
    assert_eq!(hard_weeks(&files), [4]);
    // After a hard week of 1.5, a week of 1.3 still stands above the weeks before but has fallen
    // under 90 % of the week that began the stretch: the stretch is over.
    let mut files = easy_weeks(first, 4, 1.0);
    files.extend(easy_weeks(first + Duration::weeks(4), 1, 1.5));
    files.extend(easy_weeks(first + Duration::weeks(5), 1, 1.3));
    assert_eq!(hard_weeks(&files), [4]);
    // Back after four weeks off: far above the empty weeks before it, but only the season's
    // usual week (the weeks off do not count towards what is usual).
    let mut files = easy_weeks(first, 2, 1.0);
    files.extend(easy_weeks(first + Duration::weeks(6), 2, 1.0));
    assert_eq!(hard_weeks(&files), Vec::<usize>::new());
}

#[test]
fn speed_work_is_a_fifth_of_a_run_quicker_than_threshold_pace() {
    let first = date(2026, 1, 5);
    // Easy runs at 5:33 a km put threshold pace near 4:50; `fast` seconds of a 50-minute run in
    // the 3:45–4:00 band, the rest in the 5:30–5:45 one.
    let with_fast = |day: NaiveDate, fast: u32| {
        let mut profile = vec![0; 24];
        profile[5] = fast;
        profile[12] = 3000 - fast;
        Activity {
            pace_profile: profile,
            ..activity(day, 50, 9.0, 145, "Morning run")
        }
    };
    let mut files = easy_weeks(first, 4, 1.0);
    files.push(with_fast(
        first + Duration::weeks(1) + Duration::days(1),
        300,
    )); // a tenth
    files.push(with_fast(
        first + Duration::weeks(2) + Duration::days(1),
        750,
    )); // a quarter
    let season = read_season(&files, HEART, &chrono_tz::UTC, date(2026, 6, 1));
    let speed: Vec<bool> = season.weeks.iter().map(|w| w.speed_work).collect();
    assert_eq!(speed, [false, false, true, false]);
}

#[test]
fn a_week_well_below_the_weeks_before_is_recovery() {
    let first = date(2026, 1, 5);
    let weeks: Vec<WeekSignals> = [300.0, 300.0, 300.0, 150.0, 300.0]
        .iter()
        .enumerate()
        .map(|(i, load)| {
            week(
                first + Duration::weeks(i as i64),
                *load,
                false,
                false,
                false,
            )
        })
        .collect();
    let kinds: Vec<BlockKind> = propose_blocks(&weeks).iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [BlockKind::Base, BlockKind::Recovery, BlockKind::Base]
    );
}

/// Weeks from a fixed Monday with these loads; `speed` marks the weeks with intervals and `race`
/// the week of a race.
fn weeks_of(loads: &[f64], speed: &[usize], race: Option<usize>) -> Vec<WeekSignals> {
    let first = date(2026, 3, 2);
    loads
        .iter()
        .enumerate()
        .map(|(i, load)| {
            let monday = first + Duration::weeks(i as i64);
            week(monday, *load, false, speed.contains(&i), race == Some(i))
        })
        .collect()
}

fn kinds_of(weeks: &[WeekSignals]) -> Vec<(BlockKind, usize)> {
    propose_blocks(weeks)
        .iter()
        .map(|b| (b.kind, ((b.end - b.start).num_days() as usize + 1) / 7))
        .collect()
}

#[test]
fn a_race_week_only_a_little_lighter_than_the_weeks_before_is_no_taper() {
    // 270 is 90 % of the 300 before it: lighter, but a taper carries at most 80 %.
    let weeks = weeks_of(&[300.0, 300.0, 300.0, 270.0], &[], Some(3));
    assert_eq!(kinds_of(&weeks), [(BlockKind::Base, 4)]);
    // 240 is 80 %: a taper of one week.
    let weeks = weeks_of(&[300.0, 300.0, 300.0, 240.0], &[], Some(3));
    assert_eq!(
        kinds_of(&weeks),
        [(BlockKind::Base, 3), (BlockKind::Taper, 1)]
    );
}

#[test]
fn an_easy_week_after_a_build_that_does_not_go_back_to_it_ends_the_build() {
    // Intervals in the second week only: the easy weeks after it are base again, as the odd
    // week is carried only between two weeks of the same build.
    let weeks = weeks_of(&[300.0; 5], &[1], None);
    assert_eq!(
        kinds_of(&weeks),
        [
            (BlockKind::Base, 1),
            (BlockKind::Build, 1),
            (BlockKind::Base, 3)
        ]
    );
    // A lighter week after a build is recovery, not the build carried on.
    let weeks = weeks_of(&[300.0, 300.0, 300.0, 150.0, 300.0], &[2, 4], None);
    assert_eq!(
        kinds_of(&weeks),
        [
            (BlockKind::Base, 2),
            (BlockKind::Build, 1),
            (BlockKind::Recovery, 1),
            (BlockKind::Build, 1)
        ]
    );
}

/// Four easy runs a week for `weeks` weeks from `monday`, each `scale` times an easy 50 minutes.
fn easy_weeks(monday: NaiveDate, weeks: i64, scale: f64) -> Vec<Activity> {
    (0..weeks)
        .flat_map(|w| {
            [0, 2, 4, 6].map(|d| {
                let day = monday + Duration::weeks(w) + Duration::days(d);
                activity(day, (50.0 * scale) as u32, 9.0 * scale, 145, "Easy run")
            })
        })
        .collect()
}

#[test]
fn a_block_still_going_on_runs_to_the_end_of_this_week_and_the_weeks_count_from_the_files() {
    let monday = date(2026, 6, 1);
    let mut files = easy_weeks(monday, 4, 1.0);
    files.extend(easy_weeks(monday + Duration::weeks(4), 2, 1.5)); // two hard weeks
    files.extend(easy_weeks(monday + Duration::weeks(6), 1, 1.5)); // this week, so far
    let today = monday + Duration::weeks(6) + Duration::days(2);
    files.retain(|a| a.start.date_naive() < today);
    let season = read_season(&files, HEART, &chrono_tz::UTC, today);
    let hard: Vec<bool> = season.weeks.iter().map(|w| w.hard).collect();
    assert_eq!(hard, [false, false, false, false, true, true, false]);
    let last = season.blocks.last().unwrap();
    assert_eq!(
        (last.kind, last.start),
        (BlockKind::Peak, date(2026, 6, 29))
    );
    assert_eq!(
        last.end,
        date(2026, 7, 19),
        "the peak goes on through this week"
    );
}

#[test]
fn a_block_is_carried_into_this_week_only_when_the_runner_trains_on_from_it() {
    let monday = date(2026, 6, 1);
    let mut files = easy_weeks(monday, 4, 1.0);
    files.extend(easy_weeks(monday + Duration::weeks(4), 2, 1.5)); // two hard weeks
                                                                   // Nothing yet this week: the peak ended last Sunday, and says so.
    let today = monday + Duration::weeks(6) + Duration::days(2);
    let season = read_season(&files, HEART, &chrono_tz::UTC, today);
    let last = season.blocks.last().unwrap();
    assert_eq!((last.kind, last.end), (BlockKind::Peak, date(2026, 7, 12)));
    // A week off, then a run this week: the peak ended before the week off, and stays ended.
    files.push(activity(today, 50, 9.0, 145, "Easy run"));
    let today = today + Duration::weeks(1);
    files.last_mut().unwrap().start += Duration::weeks(1);
    let season = read_season(&files, HEART, &chrono_tz::UTC, today);
    let last = season.blocks.last().unwrap();
    assert_eq!((last.kind, last.end), (BlockKind::Peak, date(2026, 7, 12)));
}

#[test]
fn proposals_leave_out_what_is_dismissed_or_already_on_the_calendar() {
    let monday = date(2026, 6, 1);
    let mut files = easy_weeks(monday, 4, 1.0);
    files.extend(easy_weeks(monday + Duration::weeks(4), 2, 1.5));
    files.push(activity(date(2026, 6, 13), 45, 10.0, 176, "Riverside 10K"));
    let today = date(2026, 8, 1);
    let season = read_season(&files, HEART, &chrono_tz::UTC, today);
    let all = season.proposals(&[], &[], &[]);
    let keys: Vec<String> = all.iter().map(Proposal::key).collect();
    assert_eq!(
        keys,
        [
            "block:Base:2026-06-01".to_string(),
            "block:Peak:2026-06-29".to_string(),
            format!("race:{}", files.last().unwrap().id),
        ]
    );
    // What the chart draws as suggested bands: the blocks among the proposals, not the race.
    let blocks: Vec<BlockKind> = all
        .iter()
        .filter_map(Proposal::block)
        .map(|b| b.kind)
        .collect();
    assert_eq!(blocks, [BlockKind::Base, BlockKind::Peak]);
    let dismissed = Tombstone {
        id: all[1].dismissal_id(),
        deleted_at: imported_at(),
    };
    let typed = TrainingBlock {
        id: RecordId("block-own".into()),
        start: date(2026, 6, 10),
        end: date(2026, 6, 20),
        kind: BlockKind::Build,
        speed_work: true,
        updated_at: imported_at(),
    };
    let Proposal::Race(race) = &all[2] else {
        panic!("a race")
    };
    let accepted = race.accept(RecordId("race-1".into()), chrono_tz::UTC, imported_at());
    assert_eq!(
        (accepted.date, accepted.distance_km),
        (date(2026, 6, 13), 10.0)
    );
    // A block of the runner's before the season, and one after it, overlap nothing: every
    // proposal stays.
    let apart = |id: &str, start: NaiveDate, end: NaiveDate| TrainingBlock {
        id: RecordId(id.into()),
        start,
        end,
        ..typed.clone()
    };
    let before_and_after = [
        apart("block-spring", date(2026, 3, 2), date(2026, 5, 31)),
        apart("block-autumn", date(2026, 9, 7), date(2026, 10, 4)),
    ];
    assert_eq!(season.proposals(&before_and_after, &[], &[]), all);
    let left = season.proposals(&[typed], &[accepted], &[dismissed]);
    assert!(left.is_empty(), "{left:?}");
}
