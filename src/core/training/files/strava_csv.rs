//! The rows of a Strava export's `activities.csv`: each activity's id, date, name, type and
//! totals, and the file of its track when it was recorded.

use super::error::FileError;
use super::sport::sport_from_name;
use crate::core::training::activity::{ParsedActivity, Sport, Track};
use chrono::{DateTime, NaiveDateTime, Utc};
use csv::StringRecord;

/// How "Activity Date" is written, in UTC: the English export first, then day-first and ISO forms.
const DATE_FORMATS: [&str; 3] = [
    "%b %d, %Y, %I:%M:%S %p",
    "%d %b %Y, %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
];

/// One activity as `activities.csv` lists it.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub id: String,
    pub start: DateTime<Utc>,
    pub name: Option<String>,
    pub sport: Sport,
    pub elapsed_s: Option<f64>,
    pub distance_m: Option<f64>,
    pub max_hr: Option<f64>,
    /// The track's file, relative to the csv's folder; `None` for an activity entered by hand.
    pub filename: Option<String>,
}

impl Row {
    /// The activity the csv alone describes: an activity entered by hand has no file.
    pub fn manual_activity(&self) -> ParsedActivity {
        ParsedActivity {
            source_id: Some(self.source_id()),
            name: self.name.clone(),
            sport: self.sport,
            start: self.start,
            utc_offset_minutes: None,
            duration_s: self.elapsed_s.unwrap_or(0.0),
            elapsed_s: None,
            distance_m: self.distance_m,
            avg_hr: None,
            max_hr: self.max_hr,
            laps: Vec::new(),
            track: Track::default(),
            damage: None,
        }
    }

    /// `activity`, read from this row's file, under Strava's id and the name the runner gave it
    /// there. Strava's type fills in a sport the file does not say.
    pub fn apply_to(&self, mut activity: ParsedActivity) -> ParsedActivity {
        activity.source_id = Some(self.source_id());
        if self.name.is_some() {
            activity.name = self.name.clone();
        }
        if activity.sport == Sport::Other {
            activity.sport = self.sport;
        }
        activity
    }

    fn source_id(&self) -> String {
        format!("strava:{}", self.id)
    }
}

/// The columns read, by their position in the header row.
struct Columns {
    id: usize,
    date: usize,
    name: Option<usize>,
    kind: Option<usize>,
    elapsed: Option<usize>,
    /// The first "Distance": in the account's units (km or miles), so read as km only when the
    /// export has no other.
    distance: Option<usize>,
    /// The repeated "Distance" of newer exports: always in metres.
    distance_metres: Option<usize>,
    max_hr: Option<usize>,
    filename: Option<usize>,
}

/// Every row of `csv`, each parsed or the reason it cannot be; the whole file fails only when it
/// is not a CSV with Strava's id and date columns. `archive` names the export in errors.
pub(super) fn rows(archive: &str, csv: &[u8]) -> Result<Vec<Result<Row, FileError>>, FileError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
    let bad = |detail: String| {
        FileError::unreadable(&format!("{archive}'s activities.csv"), "CSV", detail)
    };
    let headers = reader.headers().map_err(|error| bad(error.to_string()))?;
    // Real exports repeat some names ("Elapsed Time", "Distance"); the first is the one meant.
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header.trim_start_matches('\u{feff}').trim() == name)
    };
    let required =
        |name: &str| column(name).ok_or_else(|| bad(format!("it has no \"{name}\" column")));
    let columns = Columns {
        id: required("Activity ID")?,
        date: required("Activity Date")?,
        name: column("Activity Name"),
        kind: column("Activity Type"),
        elapsed: column("Elapsed Time"),
        distance: column("Distance"),
        distance_metres: headers
            .iter()
            .enumerate()
            .filter(|(_, header)| header.trim() == "Distance")
            .nth(1)
            .map(|(at, _)| at),
        max_hr: column("Max Heart Rate"),
        filename: column("Filename"),
    };
    Ok(reader
        .records()
        .enumerate()
        .map(|(index, record)| {
            // Line numbers as a spreadsheet shows them: the header is row 1.
            let row = index as u64 + 2;
            let bad_row = |detail: String| FileError::BadRow {
                archive: archive.into(),
                row,
                detail,
            };
            let record = record.map_err(|error| bad_row(error.to_string()))?;
            columns.row(&record).map_err(bad_row)
        })
        .collect())
}

impl Columns {
    fn row(&self, record: &StringRecord) -> Result<Row, String> {
        let text = |column: Option<usize>| {
            column
                .and_then(|at| record.get(at))
                .map(str::trim)
                .filter(|text| !text.is_empty())
        };
        let number = |column| {
            text(column)
                .and_then(|t| t.parse::<f64>().ok())
                .filter(|n| n.is_finite())
        };
        let id = text(Some(self.id)).ok_or("it has no Activity ID")?;
        let date = text(Some(self.date)).ok_or("it has no Activity Date")?;
        let start = DATE_FORMATS
            .iter()
            .find_map(|format| NaiveDateTime::parse_from_str(date, format).ok())
            .ok_or_else(|| format!("its Activity Date \"{date}\" is not a date"))?
            .and_utc();
        Ok(Row {
            id: id.to_string(),
            start,
            name: text(self.name).map(str::to_string),
            sport: text(self.kind).map_or(Sport::Other, sport_from_name),
            elapsed_s: number(self.elapsed),
            distance_m: number(self.distance_metres)
                .or_else(|| number(self.distance).map(|km| km * 1000.0)),
            max_hr: number(self.max_hr),
            filename: text(self.filename).map(str::to_string),
        })
    }
}
