//! Rule 10 on the words of Today and the plan: each pre-event approach has its own reason, "tried
//! before" only when it was, counts read right, body areas keep their capitals, a booked clash is
//! moved past the gap, and the home flush names the routine's real length.

use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::Tissue;
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::recommend::{Advice, Notice, Reason};

fn race() -> String {
    "Harbour Half".to_string()
}

/// Rule 10: the reasons match the advice.
#[test]
fn each_preference_gets_its_own_words_and_tried_before_only_when_it_was() {
    let soon = |approach| {
        Reason::PreEventSoon {
            race: race(),
            days: 1,
            approach,
        }
        .text()
    };
    assert!(soon(PreEventPreference::LightFlush).contains("light and springy"));
    for approach in [PreEventPreference::Deep, PreEventPreference::Compression] {
        let text = soon(approach);
        assert!(!text.contains("light and springy"), "{text}");
    }
    assert!(soon(PreEventPreference::Deep).contains("firmer work"));
    assert!(soon(PreEventPreference::Compression).contains("compressions over the clothes"));
    let deep = |tried| {
        Advice::PreEvent {
            preference: PreEventPreference::Deep,
            tried,
        }
        .text()
    };
    assert!(deep(true).contains("tried before"));
    assert!(!deep(false).contains("tried"), "{}", deep(false));
}

#[test]
fn counts_are_singular_or_plural_and_never_session_s() {
    assert!(Reason::BudgetSpent { budget: 1 }
        .text()
        .contains("this month's therapist session is already used or booked"));
    assert!(Reason::BudgetSpentSoAtHome { budget: 3 }
        .text()
        .contains("this month's 3 therapist sessions are used or booked"));
    for budget in 0..=8 {
        for reason in [
            Reason::BudgetSpent { budget },
            Reason::BudgetSpentSoAtHome { budget },
        ] {
            assert!(!reason.text().contains("(s)"), "{}", reason.text());
        }
    }
}

#[test]
fn body_areas_keep_their_capitals_mid_sentence() {
    let text = Reason::KeepOffInjuries {
        areas: vec![BodyArea::Calves, BodyArea::ItBand, BodyArea::Achilles],
    }
    .text();
    assert!(
        text.ends_with("keep deep pressure off your calves, IT band and Achilles"),
        "{text}"
    );
    let injury = Notice::ActiveInjury {
        area: BodyArea::ItBand,
        tissue: Tissue::Tendon,
        acute_until: None,
    }
    .message();
    assert!(injury.starts_with("Your IT band tendon injury"), "{injury}");
}

#[test]
fn a_booked_clash_says_to_move_it_past_the_gap_and_the_home_flush_has_the_routines_length() {
    let booked = Notice::GeneralInsideWindow {
        race: race(),
        booked: true,
        before_race: true,
    }
    .message();
    assert!(
        booked.ends_with("Move it earlier, or to after the post-race gap."),
        "{booked}"
    );
    let home = Advice::HomeFlush {
        routine: "Pre-race flush".into(),
        minutes: 6,
        before_race: true,
    }
    .text();
    assert_eq!(
        home,
        "A short flush of your own instead: Pre-race flush (6 min), light and quick."
    );
}
