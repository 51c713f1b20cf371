//! The sport of a file in every app's words: Strava's GPX numbers, the `<type>` words of
//! Garmin, Suunto, Polar, Coros and Komoot exports, and TCX's Sport attribute, each word matched
//! whole.

use super::*;

/// `tempo_run()` as a GPX whose track says `kind` for its type.
fn gpx_typed(kind: &str) -> Vec<u8> {
    let gpx = String::from_utf8(gpx_bytes(&tempo_run())).unwrap();
    assert!(gpx.contains("<type>running</type>"));
    gpx.replace("<type>running</type>", &format!("<type>{kind}</type>"))
        .into_bytes()
}

#[test]
fn strava_gpx_numbers_and_every_apps_words_name_the_sport() {
    let cases = [
        // Strava's GPX exports: numbers.
        ("9", Sport::Run),
        ("53", Sport::Run),
        ("16", Sport::Swim),
        ("1", Sport::Ride),
        ("17", Sport::Ride),
        ("10", Sport::Walk),
        ("4", Sport::Walk),
        ("31", Sport::Other),
        // Garmin.
        ("trail_running", Sport::Run),
        ("treadmill_running", Sport::Run),
        ("road_biking", Sport::Ride),
        ("lap_swimming", Sport::Swim),
        ("hiking", Sport::Walk),
        // Suunto.
        ("Trail running", Sport::Run),
        ("Mountain biking", Sport::Ride),
        ("Nordic walking", Sport::Walk),
        // Polar.
        ("TREADMILL_RUNNING", Sport::Run),
        ("OPEN_WATER_SWIMMING", Sport::Swim),
        ("INDOOR_CYCLING", Sport::Ride),
        // Coros.
        ("Track Run", Sport::Run),
        ("Pool Swim", Sport::Swim),
        ("Open Water", Sport::Swim),
        ("Bike", Sport::Ride),
        // Komoot.
        ("jogging", Sport::Run),
        ("touringbicycle", Sport::Ride),
        ("racebike", Sport::Ride),
        ("mtb", Sport::Ride),
        ("e_mtb", Sport::Ride),
        ("hike", Sport::Walk),
        ("mountaineering", Sport::Walk),
        // Strava's own words, as in an export's activities.csv.
        ("Virtual Run", Sport::Run),
        ("E-Bike Ride", Sport::Ride),
        // Words that only contain a sport are not one.
        ("Swim before brunch", Sport::Swim),
        ("strides", Sport::Other),
        ("Yoga", Sport::Other),
    ];
    for (kind, sport) in cases {
        let activity = read_one("typed.gpx", gpx_typed(kind));
        assert_eq!(activity.sport, sport, "<type>{kind}</type>");
    }
}

#[test]
fn a_tcx_sport_attribute_names_the_sport() {
    let tcx = String::from_utf8(tcx_bytes(&tempo_run())).unwrap();
    for (attribute, sport) in [
        ("Running", Sport::Run),
        ("Biking", Sport::Ride),
        ("Other", Sport::Other),
    ] {
        let file = tcx.replace("Sport=\"Running\"", &format!("Sport=\"{attribute}\""));
        let activity = read_one("sport.tcx", file.into_bytes());
        assert_eq!(activity.sport, sport, "Sport=\"{attribute}\"");
    }
}

#[test]
fn a_track_timed_at_a_few_of_its_points_is_refused_and_one_timed_throughout_is_not() {
    let gpx = String::from_utf8(gpx_bytes(&tempo_run())).unwrap();
    let points = gpx.matches("<trkpt").count();
    // Every point but the first five loses its time.
    let mut seen = 0;
    let few: String = gpx
        .split_inclusive("</trkpt>")
        .map(|point| {
            seen += 1;
            match (seen > 5, point.find("<time>"), point.find("</time>")) {
                (true, Some(open), Some(close)) => {
                    format!("{}{}", &point[..open], &point[close + "</time>".len()..])
                }
                _ => point.to_string(),
            }
        })
        .collect();
    let error = error_of("few-times.gpx", few.into_bytes());
    assert_eq!(
        error,
        FileError::PartlyTimed {
            file: "few-times.gpx".into(),
            timed: 5,
            points,
        }
    );
    assert_says(&error, &["few-times.gpx", "only 5 of its", "track points"]);
}
