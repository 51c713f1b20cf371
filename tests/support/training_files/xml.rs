//! GPX 1.1 and TCX (Training Center Database v2) writers, laid out as Garmin Connect exports them.

use super::{Workout, WorkoutSample};
use chrono::{DateTime, Duration, FixedOffset, Utc};
use fresh_legs::core::training::activity::Sport;

/// Where every GPX track starts; it then heads due north, so its length is plain arithmetic.
const START_LAT: f64 = 51.5;
const START_LON: f64 = -0.12;
/// Metres per degree of latitude along a meridian, on a sphere of the Earth's mean radius.
const METRES_PER_DEGREE: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// `workout` as a GPX track heading north, with a Garmin TrackPointExtension heart rate on each
/// point. Times carry the workout's offset (`+01:00`), or `Z` when it is zero.
pub fn gpx_bytes(workout: &Workout) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gpx creator=\"Test Watch\" version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\" \
         xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n",
    );
    out += &format!(
        " <metadata><name>Not the track's name</name><time>{}</time></metadata>\n",
        local_time(workout, workout.start)
    );
    out += &format!(
        " <trk>\n  <name>{}</name>\n  <type>{}</type>\n  <trkseg>\n",
        escape(&workout.name),
        gpx_type(workout.sport)
    );
    for sample in workout.samples() {
        out += &format!(
            "   <trkpt lat=\"{:.7}\" lon=\"{START_LON:.7}\"><ele>12.5</ele><time>{}</time>",
            START_LAT + sample.distance_m / METRES_PER_DEGREE,
            local_time(workout, at(workout, &sample))
        );
        if let Some(hr) = sample.hr {
            out += &format!(
                "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr>\
                 </gpxtpx:TrackPointExtension></extensions>"
            );
        }
        out += "</trkpt>\n";
    }
    out += "  </trkseg>\n </trk>\n</gpx>\n";
    out.into_bytes()
}

/// `workout` as a TCX activity: its Id is the start time, every time is in UTC, and each lap
/// holds its own trackpoints. TCX knows only Running, Biking and Other.
pub fn tcx_bytes(workout: &Workout) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n\
         <Activities>\n",
    );
    out += &format!(
        " <Activity Sport=\"{}\">\n  <Id>{}</Id>\n",
        tcx_sport(workout.sport),
        utc_time(workout.start)
    );
    let starts = workout.lap_starts();
    for (index, lap) in workout.laps.iter().enumerate() {
        let lap_start = workout.start + Duration::seconds(i64::from(starts[index]));
        out += &format!(
            "  <Lap StartTime=\"{}\">\n   <TotalTimeSeconds>{}.0</TotalTimeSeconds>\n   \
             <DistanceMeters>{:.2}</DistanceMeters>\n   <Calories>100</Calories>\n",
            utc_time(lap_start),
            lap.duration_s,
            lap.distance_m
        );
        if let Some(hr) = lap.hr {
            out += &format!(
                "   <AverageHeartRateBpm><Value>{hr}</Value></AverageHeartRateBpm>\n   \
                 <MaximumHeartRateBpm><Value>{hr}</Value></MaximumHeartRateBpm>\n"
            );
        }
        out += "   <Intensity>Active</Intensity>\n   <TriggerMethod>Manual</TriggerMethod>\n   <Track>\n";
        for sample in workout.lap_samples(index) {
            out += &format!(
                "    <Trackpoint><Time>{}</Time><DistanceMeters>{:.2}</DistanceMeters>",
                utc_time(at(workout, &sample)),
                sample.distance_m
            );
            if let Some(hr) = sample.hr {
                out += &format!("<HeartRateBpm><Value>{hr}</Value></HeartRateBpm>");
            }
            out += "</Trackpoint>\n";
        }
        out += "   </Track>\n  </Lap>\n";
    }
    out += "  <Creator><Name>Test Watch</Name></Creator>\n </Activity>\n</Activities>\n\
            </TrainingCenterDatabase>\n";
    out.into_bytes()
}

fn at(workout: &Workout, sample: &WorkoutSample) -> DateTime<Utc> {
    workout.start + Duration::seconds(i64::from(sample.at_s))
}

fn utc_time(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn local_time(workout: &Workout, time: DateTime<Utc>) -> String {
    if workout.utc_offset_minutes == 0 {
        return utc_time(time);
    }
    let offset = FixedOffset::east_opt(workout.utc_offset_minutes * 60).expect("a real offset");
    time.with_timezone(&offset)
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

fn gpx_type(sport: Sport) -> &'static str {
    match sport {
        Sport::Run => "running",
        Sport::Ride => "cycling",
        Sport::Swim => "swimming",
        Sport::Walk => "walking",
        Sport::Other => "other",
    }
}

fn tcx_sport(sport: Sport) -> &'static str {
    match sport {
        Sport::Run => "Running",
        Sport::Ride => "Biking",
        _ => "Other",
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
