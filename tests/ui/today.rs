//! Today rendered with seeded documents: the right kinds of massage for where the runner stands.

use crate::support::{app_at, html};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a June morning in London): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 10, 8, 0, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::Europe::London;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

/// A race `days` from now, at 09:00 UTC.
fn race_in(days: i64, priority: Priority) -> Race {
    Race {
        id: RecordId("race-seeded".into()),
        name: "Harbour Half".into(),
        date: (now() + Duration::days(days)).date_naive(),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: chrono_tz::UTC,
        distance_km: 21.1,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority,
        outdoor: true,
        notes: String::new(),
        updated_at: now(),
    }
}

/// The HTML of the list named "Recommendations".
fn recommendations(page: &str) -> &str {
    let start = page
        .find(r#"aria-label="Recommendations""#)
        .unwrap_or_else(|| panic!("no Recommendations list in {page}"));
    let end = start + page[start..].find("</ul>").unwrap();
    &page[start..end]
}

#[test]
fn the_day_before_an_a_race_brings_a_pre_event_massage_and_no_general_massage() {
    let mut document = Document::default();
    document.races.push(race_in(1, Priority::A));
    let page = html(&app_at("/", document, None, clock()));
    let list = recommendations(&page);
    assert!(list.contains("Pre-event massage"), "{list}");
    assert!(!list.contains("General massage"), "{list}");
    assert!(page.contains("Harbour Half"));
    assert!(page.contains(r#"role="timer""#), "a live countdown: {page}");
    let shown = list.matches(r#"class="card recommendation""#).count();
    assert_eq!(shown, 1, "one hands-on session a day: {list}");
    assert_eq!(
        list.matches("Why: </span>Rule ").count(),
        shown,
        "every recommendation shows its reason: {list}"
    );
}

/// Rule 4: two days out, Today points to the day the season plan books the pre-event session.
#[test]
fn two_days_before_an_a_race_today_points_to_the_plans_pre_event_day() {
    let mut document = Document::default();
    document.races.push(race_in(2, Priority::A));
    let page = html(&app_at("/", document, None, clock()));
    assert!(!recommendations(&page).contains("Pre-event massage"));
    assert!(
        page.contains("your season plan books this one for Thursday 11 June"),
        "{page}"
    );
}

#[test]
fn twelve_days_out_with_a_monthly_budget_allows_a_general_massage() {
    let mut document = Document::default();
    // Three a month: the race's pre- and post-event sessions, and general work now.
    document.profile.massage_budget_per_month = 3;
    document.races.push(race_in(12, Priority::A));
    let page = html(&app_at("/", document, None, clock()));
    assert!(recommendations(&page).contains("General massage"), "{page}");
}

#[test]
fn without_races_the_first_run_card_explains_what_the_app_does() {
    let page = html(&app_at("/", Document::default(), None, clock()));
    assert!(
        page.contains("Plan your massage around your races"),
        "{page}"
    );
    assert!(page.contains("Home care"));
}

/// 01:30 in Berlin on the night the clocks go back is still 23:30 the evening before in UTC: the
/// runner's day is already race day, so Today offers the race-day flush, not tomorrow's session,
/// and shows the race-morning checklist but no longer the day before's.
#[test]
fn at_half_past_one_on_the_night_the_clocks_change_today_is_the_runners_race_day() {
    let berlin = chrono_tz::Europe::Berlin;
    let half_past_one = Utc.with_ymd_and_hms(2026, 10, 24, 23, 30, 0).unwrap();
    assert_eq!(
        half_past_one.with_timezone(&berlin).to_rfc3339(),
        "2026-10-25T01:30:00+02:00",
        "the test's instant is 01:30 summer time on the night of the change"
    );
    let mut document = Document::default();
    document.races.push(Race {
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 25).unwrap(),
        start_time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        time_zone: berlin,
        distance_km: 10.0,
        expected_minutes: None,
        second_of_repeated_hour: false,
        ..race_in(0, Priority::A)
    });
    let clock = Clock::starting_at(half_past_one, berlin);
    let page = html(&app_at("/", document, None, clock));
    let list = recommendations(&page);
    assert!(
        list.contains("15 to 45 minutes before the start"),
        "race day's short flush: {list}"
    );
    assert!(!list.contains("tomorrow"), "{list}");
    assert!(
        page.contains("Race morning"),
        "race morning's checklist: {page}"
    );
    assert!(!page.contains("The day before"), "yesterday's list: {page}");
}

/// Rule 12: the "Is anything off?" check on Today logs a yes, keeps every massage back with a
/// plain "see a doctor" and shows on Log, where a professional's clearance ends it.
#[test]
fn a_red_flag_answered_on_today_stops_massage_until_it_is_cleared_on_log() {
    let mut page = crate::support::events::Page::open("/", Document::default(), clock());
    let first = page.html();
    assert!(first.contains("Is anything off?"), "{first}");
    assert!(first.contains("Calf pain or swelling, above all after a long flight or drive"));
    page.choose("red-flag-fever_or_unwell", "true");
    page.submit_from("red-flag-fever_or_unwell");
    let document = page.document();
    assert_eq!(document.log.len(), 1, "{}", page.html());
    let shown = page.html();
    assert!(shown.contains("Saved to your log."), "{shown}");
    assert!(
        shown.contains("Fever or feeling unwell. See a doctor or physio before any massage"),
        "{shown}"
    );
    assert!(
        recommendations(&shown).contains("Nothing to book or roll today"),
        "{}",
        recommendations(&shown)
    );
    assert!(shown.contains("no massage or self-massage until a doctor or physio has cleared it"));

    let mut log = crate::support::events::Page::open("/log", document, clock());
    let listed = log.html();
    assert!(
        listed.contains("Red flag: Fever or feeling unwell"),
        "{listed}"
    );
    let id = log.document().log[0].id.to_string();
    log.click(&format!("clear-{id}"));
    let cleared = log.document();
    assert!(matches!(
        cleared.log[0].kind,
        fresh_legs::core::log::LogKind::RedFlag {
            cleared: Some(_),
            ..
        }
    ));
    let after = html(&app_at("/", cleared, None, clock()));
    assert!(
        !recommendations(&after).contains("Nothing to book"),
        "{after}"
    );
}

#[test]
fn the_day_after_a_race_offers_the_flush_and_the_stretches_at_their_real_lengths() {
    let mut document = Document::default();
    document.races.push(race_in(-1, Priority::A));
    let page = html(&app_at("/", document, None, clock()));
    assert!(page.contains("Stretches after your race"), "{page}");
    assert!(page.contains("Start Post-race stretches"), "{page}");
    assert!(page.contains("Start Post-race flush"), "{page}");
    // The card's length is the routine's own, as the player will play it.
    let stretch = fresh_legs::core::routine::catalog::builtin(
        fresh_legs::core::routine::catalog::POST_RACE_STRETCH,
        fresh_legs::core::body::ToolsOwned::default(),
    )
    .unwrap();
    let seconds = stretch.total_seconds(fresh_legs::core::routine::Pacing::default());
    let length = match seconds % 60 {
        0 => format!("{} min", seconds / 60),
        rest => format!("{} min {rest} s", seconds / 60),
    };
    assert!(
        page.contains(&format!("Post-race stretches · {length}")),
        "{length}: {page}"
    );
}

#[test]
fn a_runner_with_a_stick_reads_the_same_tools_on_the_card_as_in_the_routine() {
    let mut document = Document::default();
    document.profile.tools.stick = true;
    // No therapist budget: the rolling is the day's session.
    document.profile.massage_budget_per_month = 0;
    let page = html(&app_at("/", document, None, clock()));
    let list = recommendations(&page);
    // The full-body session puts calves and hamstrings on the stick and the rest on the roller.
    assert!(
        list.contains("At home · Massage stick, Foam roller"),
        "{list}"
    );
}

/// Today in German: the headings, the recommendation with its reason and rule, the phase, the
/// countdown's name and the red-flag check, with none of their English left.
#[test]
fn today_speaks_german() {
    use crate::support::words::{in_language, speaking};
    use fresh_legs::core::words::Language;
    let mut document = Document::default();
    document.races.push(race_in(1, Priority::A));
    let page = in_language(Language::German, || {
        html(&app_at(
            "/",
            speaking(document, Language::German),
            None,
            clock(),
        ))
    });
    assert!(page.contains("<h1>Heute</h1>"), "{page}");
    assert!(page.contains(r#"aria-label="Empfehlungen""#), "{page}");
    assert!(page.contains("<h3>Vorwettkampfmassage</h3>"), "{page}");
    assert!(
        page.contains("Warum: </span>Regel 1 · Harbour Half ist morgen: "),
        "{page}"
    );
    assert!(page.contains("Phase: Zeit für die Vorwettkampfmassage"));
    assert!(page.contains(r#"aria-label="Zeit bis zum Start von Harbour Half""#));
    assert!(page.contains("<summary>Stimmt etwas nicht?</summary>"));
    assert!(page.contains("Massage, Muskelkater oder Verletzung eintragen"));
    assert!(page.contains("Trink über den Tag verteilt regelmäßig Wasser"));
    for english in [
        "What to do today",
        "Why: ",
        "Rule 1",
        "Pre-event massage",
        "Home care",
        "Is anything off?",
        "Time until",
    ] {
        assert!(!page.contains(english), "{english}: {page}");
    }
}
