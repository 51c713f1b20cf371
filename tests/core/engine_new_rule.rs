//! A rule added to the engine changes the season plan and Today together: here a made-up one, "no
//! deep work within 3 days of a long flight", written in this test file alone. Today reads its day
//! from the same plan, so nothing else needs to learn the rule.

use crate::common::*;
use chrono::{Days, NaiveDate};
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::recommend::engine::Planner;
use fresh_legs::core::recommend::rules::Rule;
use fresh_legs::core::recommend::today::today_in;
use fresh_legs::core::recommend::{Engine, Reason};
use fresh_legs::core::safety::RedFlag;

/// No general massage within 3 days either side of a long flight (a clot risk).
struct NoDeepWorkNearAFlight {
    flight: NaiveDate,
}

impl Rule for NoDeepWorkNearAFlight {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        let near = (plan.facts.date(day) - self.flight).num_days().abs() <= 3;
        // A real rule adds its own `Reason` and words it in `copy.rs`; this one borrows the clot
        // warning's reason.
        (kind == MassageKind::General && near).then_some(Reason::RedFlagStop {
            flag: RedFlag::CalfPainOrSwelling,
        })
    }
}

#[test]
fn a_rule_added_to_the_engine_changes_the_plan_and_today_together() {
    let mut data = Data::default();
    data.profile.massage_budget_per_month = 8;
    data.profile.general_spacing_days = 3;
    let inputs = data.inputs();
    let flight = date(2026, 5, 20);
    let (from, to) = (date(2026, 5, 14), date(2026, 5, 31));
    let generals = |engine: &Engine| -> Vec<NaiveDate> {
        engine
            .plan(&inputs, from, to, LONDON)
            .days
            .iter()
            .filter(|day| day.session(MassageKind::General).is_some())
            .map(|day| day.date)
            .collect()
    };
    let near = |day: &NaiveDate| flight - Days::new(3) <= *day && *day <= flight + Days::new(3);
    let without = generals(&Engine::standard(&inputs));
    assert!(without.iter().any(near), "{without:?}");

    let with_rule = || Engine::standard(&inputs).with_rule_first(NoDeepWorkNearAFlight { flight });
    let planned = generals(&with_rule());
    assert!(!planned.is_empty());
    assert!(!planned.iter().any(near), "{planned:?}");

    // Today on the day of the flight reads the same engine's plan: general work is held back with
    // the new rule's reason, and offered again four days on.
    for (now, held) in [
        (local(LONDON, 2026, 5, 20, 9, 0), true),
        (local(LONDON, 2026, 5, 24, 9, 0), false),
    ] {
        let plan = with_rule().season(&inputs, now.with_timezone(&LONDON).date_naive(), LONDON);
        let day = today_in(&plan, &inputs, now);
        let offered = day
            .recommendations
            .iter()
            .any(|rec| rec.kind == MassageKind::General);
        assert_eq!(offered, !held, "{now}");
        let reason = day
            .withheld
            .iter()
            .find(|w| w.kind == MassageKind::General)
            .map(|w| &w.reason);
        assert_eq!(
            reason
                == Some(&Reason::RedFlagStop {
                    flag: RedFlag::CalfPainOrSwelling
                }),
            held,
            "{now}: {reason:?}"
        );
    }
}
