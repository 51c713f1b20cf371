//! Strava's activities.csv: its dates in each way exports write them, and distances in metres
//! whatever units the account shows.

use super::*;

#[test]
fn a_manual_strava_distance_is_read_in_metres_where_the_export_has_them_whatever_the_account_units()
{
    let in_miles =
        "Activity ID,Activity Date,Activity Type,Elapsed Time,Distance,Filename,Distance\n\
                    5,\"Mar 1, 2026, 6:00:00 AM\",Run,2700,4.97,,8000.0\n";
    let only_km = "Activity ID,Activity Date,Activity Type,Elapsed Time,Distance,Filename\n\
                   6,\"Mar 1, 2026, 6:00:00 AM\",Run,2700,8.0,\n";
    for csv in [in_miles, only_km] {
        let archive = zip_bytes(&[("activities.csv".into(), csv.as_bytes().to_vec())]);
        assert_eq!(
            read_one("export.zip", archive).distance_m,
            Some(8000.0),
            "{csv}"
        );
    }
}

#[test]
fn strava_dates_are_read_in_each_way_exports_write_them() {
    let csv = "Activity ID,Activity Date,Activity Name,Filename\n\
               1,\"Mar 3, 2026, 6:45:12 AM\",US English,\n\
               2,\"3 Mar 2026, 06:45:12\",Day first,\n\
               3,2026-03-03 06:45:12,ISO,\n\
               4,\"Mar 1, 2026, 12:05:00 PM\",Noon,\n\
               5,\"Feb 28, 2026, 12:05:00 AM\",Midnight,\n";
    let archive = zip_bytes(&[("activities.csv".into(), csv.as_bytes().to_vec())]);
    let starts: Vec<DateTime<Utc>> = read_all(vec![picked("export.zip", archive)])
        .into_iter()
        .map(|result| result.expect("every date reads").start)
        .collect();
    let morning = Utc.with_ymd_and_hms(2026, 3, 3, 6, 45, 12).unwrap();
    assert_eq!(
        starts,
        [
            morning,
            morning,
            morning,
            Utc.with_ymd_and_hms(2026, 3, 1, 12, 5, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 2, 28, 0, 5, 0).unwrap(),
        ]
    );
}
