//! The Aromatherapy screen rendered with seeded documents: the guide, what fits the race phase,
//! warnings for new oils and the calculator.

use crate::support::{app_at, html};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::aroma::{oils, set_status, OilStatus, SharedCaution};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a Monday morning in May): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 4, 9, 0, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::UTC;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

fn race_in(days: i64, hour: u32, outdoor: bool) -> Race {
    let zone = ZONE;
    Race {
        id: RecordId("race-seeded".into()),
        name: "Harbour Half".into(),
        date: (now().with_timezone(&zone) + Duration::days(days)).date_naive(),
        start_time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
        time_zone: zone,
        distance_km: 21.1,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor,
        notes: String::new(),
        updated_at: now(),
    }
}

fn with_race(race: Race) -> Document {
    let mut document = Document::default();
    document.races.push(race);
    document
}

#[test]
fn the_guide_shows_both_goals_safety_and_each_oils_use() {
    let page = html(&app_at("/aromatherapy", Document::default(), None, clock()));
    assert!(page.contains("<h1>Aromatherapy</h1>"), "{page}");
    assert!(page.contains("Energising, before a race"));
    assert!(page.contains("Calming, for recovery"));
    assert!(page.contains("never swallow"));
    assert!(page.contains("24 to 48\u{a0}hours"));
    assert!(page.contains("Sun-safe choice: bergamot FCF."));
    assert!(page.contains("at most 0.4\u{a0}%"));
    assert!(page.contains("young child&#39;s face") || page.contains("young child's face"));
    assert!(!page.contains("Fits now"), "no race, nothing highlighted");
    assert!(page.contains(r#"<label for="mark-lavender">Your experience with Lavender</label>"#));
}

#[test]
fn before_a_race_the_energising_oils_are_marked_as_fitting() {
    let page = html(&app_at(
        "/aromatherapy",
        with_race(race_in(2, 9, true)),
        None,
        clock(),
    ));
    let energising = page
        .find(r#"class="goal goal-fits""#)
        .expect("a highlighted goal");
    let calming = page.find("Calming, for recovery").unwrap();
    assert!(energising < calming, "{page}");
    assert!(page[energising..calming].contains("Fits now"));
    assert!(page.contains("Harbour Half: Pre-event window."));
}

#[test]
fn the_calculator_has_labelled_fields_and_works_out_the_drops() {
    let page = html(&app_at(
        "/aromatherapy",
        with_race(race_in(2, 9, true)),
        None,
        clock(),
    ));
    assert!(
        page.contains(r#"<label for="calc-oil-1">Oil 1</label>"#),
        "{page}"
    );
    assert!(page.contains(r#"<label for="calc-carrier">Carrier oil (ml)</label>"#));
    assert!(page.contains(r#"<label for="calc-percent-1">Oil 1 dilution (%)</label>"#));
    assert!(page.contains(">Add an oil</button>"));
    assert!(
        page.contains("4\u{a0}drops of Sweet orange"),
        "10 ml at 2 %: {page}"
    );
    assert!(page.contains("Harbour Half is outdoors in daylight"));
    let indoor = html(&app_at(
        "/aromatherapy",
        with_race(race_in(2, 9, false)),
        None,
        clock(),
    ));
    assert!(!indoor.contains("outdoors in daylight"));
    // A runner who trains outdoors in daylight gets the sun limits with no race at all.
    let mut outdoors = Document::default();
    outdoors.profile.trains_outdoors_in_daylight = true;
    let page = html(&app_at("/aromatherapy", outdoors, None, clock()));
    assert!(
        page.contains("You train outdoors in daylight, so sun-sensitising oils are held"),
        "{page}"
    );
}

#[test]
fn the_cautions_come_before_the_calculator_and_every_oil_has_its_own() {
    let page = html(&app_at("/aromatherapy", Document::default(), None, clock()));
    let cautions = page
        .find("Before you choose an oil")
        .expect("the cautions panel");
    let calculator = page.find("Blend calculator").unwrap();
    assert!(cautions < calculator);
    let panel = &page[cautions..calculator];
    for topic in [
        "Pregnant or breastfeeding",
        "Children",
        "Asthma",
        "Pets",
        "sunburnt skin",
        "Old oils",
    ] {
        assert!(panel.contains(topic), "{topic}: {panel}");
    }
    for oil in fresh_legs::core::aroma::oils() {
        let list = format!(r#"aria-label="Cautions for {}""#, oil.name());
        assert!(page.contains(&list), "{}", oil.name());
    }
    assert!(page.contains("G6PD deficiency"));
}

#[test]
fn an_oil_marked_new_warns_in_the_week_of_an_a_race() {
    let mut document = with_race(race_in(3, 9, true));
    set_status(&mut document.oil_marks, "lavender", OilStatus::New, now());
    let page = html(&app_at("/aromatherapy", document.clone(), None, clock()));
    assert!(
        page.contains("Lavender is new to you and Harbour Half is"),
        "{page}"
    );
    assert!(
        page.contains(r#"<option selected=true value="new">New to me (not patch-tested)</option>"#),
        "{page}"
    );
    document.races[0].date += Duration::days(10);
    let later = html(&app_at("/aromatherapy", document, None, clock()));
    assert!(!later.contains("is new to you"));
}

/// Where a figure and its unit are split by a breakable space ("0.4 %", "3 drops"), which a
/// narrow screen may wrap between: each as the few characters around it.
fn broken_figures(page: &str) -> Vec<String> {
    const UNITS: [&str; 8] = ["%", "ml", "drop", "drops", "hour", "hours", "day", "days"];
    let chars: Vec<char> = page.chars().collect();
    let mut found = Vec::new();
    for (at, pair) in chars.windows(2).enumerate() {
        if !(pair[0].is_ascii_digit() && pair[1] == ' ') {
            continue;
        }
        let rest: String = chars[at + 2..].iter().take(6).collect();
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '%')
            .collect();
        if UNITS.contains(&word.as_str()) {
            found.push(
                chars[at.saturating_sub(12)..(at + 8).min(chars.len())]
                    .iter()
                    .collect(),
            );
        }
    }
    found
}

#[test]
fn the_guide_says_shared_cautions_once_keeps_cards_short_and_never_breaks_a_figure() {
    let mut outdoors = Document::default();
    outdoors.profile.trains_outdoors_in_daylight = true;
    let page = html(&app_at("/aromatherapy", outdoors, None, clock()));

    // Said once, where every oil can point to it.
    assert_eq!(page.matches("go off").count(), 1, "old oils");
    assert_eq!(page.matches("12 to 24\u{a0}hours").count(), 1, "sun limits");
    assert!(
        !page.contains("Does not make skin more sensitive"),
        "a badge says it"
    );
    assert_eq!(
        page.matches("peppermint near a baby").count(),
        1,
        "children"
    );
    assert!(
        !page.contains("faces of babies"),
        "peppermint points to Children"
    );
    for caution in SharedCaution::ALL {
        let anchor = format!(r#"id="caution-{}""#, caution.key());
        assert_eq!(page.matches(&anchor).count(), 1, "{anchor}");
    }
    // Every card points to the shared cautions it needs, by a link that leads somewhere.
    let cards: Vec<&str> = page.split(r#"<article class="card oil""#).skip(1).collect();
    assert_eq!(cards.len(), oils().len());
    for (card, oil) in cards.iter().zip(oils()) {
        let card = &card[..card.find("</article>").unwrap()];
        let details = card
            .find(r#"<details class="oil-details""#)
            .unwrap_or_else(|| panic!("{}: details a tap away: {card}", oil.name()));
        // Before the fold: the name and one badge, not the how-to or the cautions.
        assert!(
            !card[..details].contains(&oil.how()),
            "{}: {card}",
            oil.name()
        );
        assert!(!card[..details].contains("Cautions for"), "{}", oil.name());
        assert!(card[details..].contains("<summary"), "{}", oil.name());
        for caution in oil.shared {
            let link = format!(r##"href="#caution-{}""##, caution.key());
            assert!(card.contains(&link), "{}: {link}", oil.name());
        }
    }
    assert!(page.contains("Sun limit 0.4\u{a0}%"), "{page}");

    // With a result and the sun's limits in force, no figure is split from its unit.
    assert!(
        page.contains("4\u{a0}drops of Sweet orange</strong> in 10\u{a0}ml"),
        "{page}"
    );
    let body = &page[page.rfind("</style>").map_or(0, |end| end)..];
    assert_eq!(broken_figures(body), Vec::<String>::new());
}

#[test]
fn the_guide_speaks_the_app_s_language_with_its_decimal_comma() {
    use crate::support::words::speaking;
    use fresh_legs::core::log::{LogEntry, LogKind};
    use fresh_legs::core::safety::RedFlag;
    use fresh_legs::core::words::Language;
    let mut document = with_race(race_in(3, 9, true));
    document.profile.trains_outdoors_in_daylight = true;
    set_status(&mut document.oil_marks, "lavender", OilStatus::New, now());
    let mut stopped = Document::default();
    stopped.log.push(LogEntry {
        id: RecordId("flag".into()),
        updated_at: now(),
        at: now() - Duration::hours(1),
        kind: LogKind::RedFlag {
            flag: RedFlag::Pregnancy,
            area: None,
            cleared: None,
        },
    });
    let page = html(&app_at(
        "/aromatherapy",
        speaking(document, Language::German),
        None,
        clock(),
    ));
    let on_hold = html(&app_at(
        "/aromatherapy",
        speaking(stopped, Language::German),
        None,
        clock(),
    ));

    assert!(page.contains("<h1>Aromatherapie</h1>"), "{page}");
    assert!(page.contains(">Belebend, vor dem Wettkampf "), "{page}");
    assert!(page.contains("(belebend, vor dem Wettkampf)."), "{page}");
    assert!(page.contains(
        "Für eine Körpermassage mischst du 1,5 bis 3\u{a0}% in ein Trägeröl: 3 bis 6\u{a0}Tropfen auf 10\u{a0}ml."
    ));
    assert!(page.contains("<strong>Kinder: </strong>"), "{page}");
    assert!(page.contains("Bei Sonne max. 0,4\u{a0}%"), "{page}");
    assert!(page.contains("Nicht phototoxische Alternative: Bergamotte FCF."));
    assert!(page.contains(r#"aria-label="Vorsichtshinweise zu Lavendel fein""#));
    assert!(
        page.contains(r#"<label for="mark-lavender">Deine Erfahrung mit Lavendel fein</label>"#)
    );
    assert!(page.contains(
        r#"<option selected=true value="new">Neu für mich (noch kein Verträglichkeitstest)</option>"#
    ));
    assert!(
        page.contains("Lavendel fein ist neu für dich und Harbour Half ist in 2\u{a0}Tagen."),
        "{page}"
    );
    // The calculator: its figures with a decimal comma, and the sun limits said in German.
    assert!(
        page.contains("Ein Tropfen sind etwa 0,05\u{a0}ml."),
        "{page}"
    );
    assert!(page.contains("Du trainierst draußen bei Tageslicht, deshalb gilt"));
    assert!(page.contains(r#"<label for="calc-percent-1">Öl 1, Verdünnung (%)</label>"#));
    assert!(
        page.contains("4\u{a0}Tropfen Orange süß</strong> auf 10\u{a0}ml Trägeröl."),
        "{page}"
    );
    for english in [
        "Sun limit",
        "Before you choose",
        "Blend calculator",
        "Carrier oil",
        "drops",
    ] {
        assert!(!page.contains(english), "{english}: {page}");
    }
    assert!(
        on_hold.contains("Du hast eine Schwangerschaft gemeldet: keine Massageöle auf die Haut"),
        "{on_hold}"
    );
}
