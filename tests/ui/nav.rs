//! The navigation as rendered: every screen in the side bar, five in a phone's bar, the current
//! one marked for screen readers; the More screen; and the Open screen with no file given.

use crate::support::{app_at, html};
use chrono::{TimeZone, Utc};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

fn clock() -> Clock {
    Clock::starting_at(
        Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(),
        chrono_tz::Europe::London,
    )
}

/// The `<a …>` of the navigation link labelled `label`.
fn nav_link(page: &str, label: &str) -> String {
    let nav = &page[page.find(r#"<nav class="main-nav""#).expect("a navigation")..];
    let end = nav
        .find(&format!("<span>{label}</span>"))
        .unwrap_or_else(|| panic!("{label}"));
    let start = nav[..end].rfind("<a ").unwrap();
    nav[start..end].to_string()
}

#[test]
fn the_phone_bar_holds_five_and_the_side_bar_every_screen() {
    let page = html(&app_at("/", Document::default(), None, clock()));
    let wide_only = page.matches(r#"<li class="nav-wide-only">"#).count();
    let phone_only = page.matches(r#"<li class="nav-phone-only">"#).count();
    let everywhere = page.matches(r#"<li class="">"#).count();
    assert_eq!((everywhere, wide_only, phone_only), (4, 4, 1), "{page}");
    for label in ["Checklists", "Aromatherapy", "Training", "Settings"] {
        assert!(
            page.contains(&format!(
                r#"<li class="nav-wide-only"><a href="/{}""#,
                label.to_lowercase()
            )),
            "{label}: {page}"
        );
    }
    assert!(
        page.contains(r#"<li class="nav-phone-only"><a href="/more""#),
        "{page}"
    );
}

#[test]
fn the_current_screen_is_marked_and_more_stands_for_the_screens_behind_it() {
    let page = html(&app_at("/checklists", Document::default(), None, clock()));
    assert!(
        nav_link(&page, "Checklists").contains(r#"aria-current="page""#),
        "{page}"
    );
    assert!(
        nav_link(&page, "More").contains(r#"aria-current="true""#),
        "{page}"
    );
    assert!(!nav_link(&page, "Today").contains("aria-current"), "{page}");

    let today = html(&app_at("/", Document::default(), None, clock()));
    assert!(nav_link(&today, "Today").contains(r#"aria-current="page""#));
    assert!(!nav_link(&today, "More").contains("aria-current"));
}

#[test]
fn a_routine_being_played_or_edited_belongs_to_timers() {
    for path in ["/timers/play/builtin-pre-race-flush", "/timers/edit/new"] {
        let page = html(&app_at(path, Document::default(), None, clock()));
        assert!(
            nav_link(&page, "Timers").contains(r#"aria-current="page""#),
            "{path}: {page}"
        );
    }
}

#[test]
fn more_lists_the_screens_behind_it_with_what_each_is_for() {
    let page = html(&app_at("/more", Document::default(), None, clock()));
    assert!(page.contains("<h1>More</h1>"), "{page}");
    let list = &page[page.find(r#"<ul class="more-list">"#).unwrap()..];
    for (path, label) in [
        ("/checklists", "Checklists"),
        ("/aromatherapy", "Aromatherapy"),
        ("/settings", "Settings"),
    ] {
        assert!(
            list.contains(&format!(r#"href="{path}""#)),
            "{label}: {list}"
        );
        assert!(
            list.contains(&format!("<strong>{label}</strong>")),
            "{label}: {list}"
        );
    }
    assert!(list.contains("export, import, delete"));
}

#[test]
fn the_open_screen_with_no_file_given_leads_to_the_import_in_settings() {
    let page = html(&app_at("/open", Document::default(), None, clock()));
    assert!(page.contains("<h1>Open a file</h1>"), "{page}");
    assert!(page.contains("Waiting for a file."), "{page}");
    assert!(page.contains(r#"href="/settings""#), "{page}");
}

#[test]
fn the_navigation_speaks_the_app_s_language() {
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    let page = html(&app_at(
        "/more",
        speaking(Document::default(), Language::German),
        None,
        clock(),
    ));
    assert!(nav_link(&page, "Heute").contains(r#"href="/""#), "{page}");
    assert!(page.contains(r#"aria-label="Hauptmenü""#), "{page}");
    assert!(page.contains("Zum Inhalt springen"), "{page}");
    assert!(page.contains("<h1>Mehr</h1>"), "{page}");
    assert!(
        page.contains("Was du vor und nach einem Wettkampf einpackst und erledigst."),
        "the More screen's purposes: {page}"
    );
}
