//! Strava "download your data" exports: `activities.csv` with Strava's column names (repeats
//! included) and the activity files it names, in a zip written here from the zip specification
//! (PKWARE APPNOTE), each entry deflated.

use super::{crc32, fit_bytes, gpx_bytes, gzip, tcx_bytes, Workout};
use std::io::Write;

/// How an export holds one activity's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StravaFile {
    Fit,
    FitGz,
    Gpx,
    GpxGz,
    Tcx,
    TcxGz,
    /// Entered by hand on Strava: a csv row with no file.
    Manual,
}

/// The mix a real export has: watches upload FIT, phones GPX, older devices TCX; Strava gzips
/// some of them.
pub const STRAVA_MIX: [StravaFile; 3] = [StravaFile::FitGz, StravaFile::Gpx, StravaFile::TcxGz];

impl StravaFile {
    /// The file's path inside the export, or `None` for a manual entry.
    pub fn path(self, workout: &Workout) -> Option<String> {
        let extension = match self {
            StravaFile::Fit => "fit",
            StravaFile::FitGz => "fit.gz",
            StravaFile::Gpx => "gpx",
            StravaFile::GpxGz => "gpx.gz",
            StravaFile::Tcx => "tcx",
            StravaFile::TcxGz => "tcx.gz",
            StravaFile::Manual => return None,
        };
        Some(format!("activities/{}.{extension}", workout.id))
    }

    /// The file's contents, or `None` for a manual entry.
    pub fn bytes(self, workout: &Workout) -> Option<Vec<u8>> {
        Some(match self {
            StravaFile::Fit => fit_bytes(workout),
            StravaFile::FitGz => gzip(&fit_bytes(workout)),
            StravaFile::Gpx => gpx_bytes(workout),
            StravaFile::GpxGz => gzip(&gpx_bytes(workout)),
            StravaFile::Tcx => tcx_bytes(workout),
            StravaFile::TcxGz => gzip(&tcx_bytes(workout)),
            StravaFile::Manual => return None,
        })
    }
}

/// An export of `rows`: `activities.csv` and each row's file. Tests that need an export with a
/// part missing build it from [`strava_csv`] and [`zip_bytes`] instead.
pub fn strava_zip(rows: &[(Workout, StravaFile)]) -> Vec<u8> {
    let mut entries = vec![("activities.csv".to_string(), strava_csv(rows).into_bytes())];
    for (workout, file) in rows {
        if let (Some(path), Some(bytes)) = (file.path(workout), file.bytes(workout)) {
            entries.push((path, bytes));
        }
    }
    zip_bytes(&entries)
}

/// `activities.csv` for `rows`, with the columns of a real export up to the second "Distance":
/// the first "Distance" is in kilometres with two decimals, the repeated one in metres, and
/// "Elapsed Time" appears twice too. Dates are UTC, written the English way
/// (`Mar 3, 2026, 6:45:12 AM`).
pub fn strava_csv(rows: &[(Workout, StravaFile)]) -> String {
    let mut csv = String::from(
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,\
         Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,\
         Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n",
    );
    for (workout, file) in rows {
        let fields = [
            workout.id.to_string(),
            workout.start.format("%b %-d, %Y, %-I:%M:%S %p").to_string(),
            workout.name.clone(),
            strava_type(workout).into(),
            String::new(),
            workout.duration_s().to_string(),
            format!("{:.2}", workout.distance_m() / 1000.0),
            workout
                .max_hr()
                .map_or(String::new(), |hr| format!("{hr}.0")),
            "12".into(),
            "false".into(),
            String::new(),
            String::new(),
            file.path(workout).unwrap_or_default(),
            String::new(),
            String::new(),
            format!("{}.0", workout.duration_s()),
            format!("{}.0", workout.duration_s()),
            format!("{:.1}", workout.distance_m()),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        csv += &quoted.join(",");
        csv += "\n";
    }
    csv
}

fn strava_type(workout: &Workout) -> &'static str {
    use fresh_legs::core::training::activity::Sport;
    match workout.sport {
        Sport::Run => "Run",
        Sport::Ride => "Ride",
        Sport::Swim => "Swim",
        Sport::Walk => "Walk",
        Sport::Other => "Workout",
    }
}

/// Quotes a field when it holds a comma, quote or line break, as Strava's export does.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A zip of `entries` (path, contents), each deflated, with local headers, a central directory
/// and its end record.
pub fn zip_bytes(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (path, contents) in entries {
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(contents).expect("writing to memory");
        let packed = encoder.finish().expect("writing to memory");
        let offset = out.len() as u32;
        // version 2.0, no flags, deflate, 2026-03-01 12:00, CRC, sizes, name length, no extra.
        let common = [
            &20u16.to_le_bytes()[..],
            &0u16.to_le_bytes(),
            &8u16.to_le_bytes(),
            &0x6000u16.to_le_bytes(),
            &0x5C61u16.to_le_bytes(),
            &crc32(contents).to_le_bytes(),
            &(packed.len() as u32).to_le_bytes(),
            &(contents.len() as u32).to_le_bytes(),
            &(path.len() as u16).to_le_bytes(),
            &0u16.to_le_bytes(),
        ]
        .concat();
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&common);
        out.extend_from_slice(path.as_bytes());
        out.extend_from_slice(&packed);

        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&20u16.to_le_bytes());
        directory.extend_from_slice(&common);
        // No comment, disk 0, no internal or external attributes, then where the entry starts.
        directory.extend_from_slice(&[0; 10]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(path.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    let count = (entries.len() as u16).to_le_bytes();
    out.extend_from_slice(&count);
    out.extend_from_slice(&count);
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}
