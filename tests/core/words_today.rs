//! Today's words, the season plan's reasons and the massage kinds and pressures in German, French
//! and Spanish, each written out by hand: the plurals, the choices a message makes by a figure
//! ("tomorrow", "in 3 days"), and the same decisions still worded as English has always worded
//! them.

use crate::support::words::in_language;
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::{PreEventPreference, TightBudget};
use fresh_legs::core::recommend::{why, Advice, Notice, Phase, Reason};
use fresh_legs::core::words::Language;

/// A narrow no-break space, which French puts before `:` and `;`.
const NNBSP: &str = "\u{202F}";

fn too_deep() -> Notice {
    Notice::TooDeep {
        limit_hours: 36,
        lasted_too_long: true,
        bruised: false,
        pressure: Pressure::Deep,
        next: Pressure::Medium,
    }
}

fn spent(budget: u8) -> Reason {
    Reason::BudgetSpent { budget }
}

fn soon(days: i64) -> Reason {
    Reason::PreEventSoon {
        race: "Stadtlauf".into(),
        days,
        approach: PreEventPreference::LightFlush,
    }
}

#[test]
fn reasons_and_notices_read_in_german() {
    let shown = in_language(Language::German, || {
        [
            spent(1).text(),
            spent(3).text(),
            soon(1).text(),
            soon(3).text(),
            Reason::TooSoonSinceLast {
                days: 1,
                spacing: 7,
            }
            .text(),
            too_deep().message(),
            Notice::DrinkSteadily.reason(),
        ]
    });
    assert_eq!(
        shown,
        [
            "Regel 5 · die Massage beim Profi in diesem Monat ist schon genutzt oder gebucht",
            "Regel 5 · die 3 Massagen beim Profi in diesem Monat sind schon genutzt oder gebucht",
            "Regel 1 · Stadtlauf ist morgen: leichte Arbeit ein, zwei Tage vorher sollte dir leichte, spritzige Beine geben",
            "Regel 1 · Stadtlauf ist in 3 Tagen: leichte Arbeit ein, zwei Tage vorher sollte dir leichte, spritzige Beine geben",
            "Regel 11 · deine letzte Trainingsmassage war vor einem Tag; gleichmäßige Abstände (etwa alle 7 Tage) sind besser als mehrere kurz hintereinander",
            "Deine letzte Trainingsmassage hat Muskelkater über 36 Stunden hinaus hinterlassen, sie war also tiefer als sinnvoll. Bitte beim nächsten Mal um mittleren statt kräftigen Druck.",
            "Regel 10 · ausreichend trinken und Pflege zu Hause zwischen den Massagen gehören zu jedem Plan",
        ]
    );
}

#[test]
fn reasons_and_advice_read_in_french() {
    let shown = in_language(Language::French, || {
        [
            spent(1).text(),
            Reason::PostEventFlush {
                race: "Marathon de Paris".into(),
                days_after: 2,
            }
            .text(),
            Advice::General {
                lighter: Some(Pressure::Light),
            }
            .text(),
            why(&[Reason::NoBudget, Reason::StepLighter]),
        ]
    });
    assert_eq!(
        shown,
        [
            "Règle 5 · le massage chez un professionnel de ce mois est déjà fait ou réservé".to_string(),
            format!("Règle 3 · Marathon de Paris a eu lieu il y a 2 jours{NNBSP}: un drainage entre environ 2 et 48 heures après l’arrivée accélère la récupération, alors qu’un massage profond la ralentirait"),
            format!("Un travail en profondeur sur les zones tendues, les points gâchettes et l’amplitude articulaire. Comptez 24 à 36 heures de courbatures{NNBSP}: gardez les séances difficiles à distance. Demandez cette fois une pression légère."),
            format!("Règle 5 · aucun budget de massages chez un professionnel n’est fixé{NNBSP}: les soins à la maison prennent le relais · Règle 6 · le dernier massage d’entretien vous a laissé trop de courbatures ou des bleus{NNBSP}: celui-ci sera un cran plus léger"),
        ]
    );
}

#[test]
fn reasons_read_in_spanish() {
    let shown = in_language(Language::Spanish, || {
        [
            Reason::BookedWithinSpacing {
                days_ahead: 0,
                spacing: 7,
            }
            .text(),
            Reason::TightBudgetSpent {
                limit: TightBudget::Year(1),
            }
            .text(),
            Reason::TightBudgetSpent {
                limit: TightBudget::Year(4),
            }
            .text(),
            Reason::OneSessionADay {
                kind: MassageKind::General,
                logged: true,
            }
            .text(),
        ]
    });
    assert_eq!(
        shown,
        [
            "Regla 11 · ya hay un masaje de mantenimiento reservado para más tarde hoy; las sesiones profundas se separan al menos 7 días para que cada una haga efecto",
            "Regla 5 · tu presupuesto (un masaje con un profesional al año) ya está usado o reservado",
            "Regla 5 · tu presupuesto (4 masajes con un profesional al año) ya está usado o reservado",
            "Regla 5 · tu diario ya tiene un masaje de mantenimiento ese día; una sesión con un profesional al día es más que suficiente",
        ]
    );
}

/// The kinds, the pressure bands and the phases, which many screens show.
#[test]
fn kinds_pressures_and_phases_have_their_names_in_each_language() {
    let names = |language| {
        in_language(language, || {
            [
                MassageKind::General.label().to_string(),
                MassageKind::PreEvent.short_label().to_string(),
                Pressure::Light.label(),
                Pressure::Deep.label(),
                Technique::Compression.label(),
                Phase::RaceDay.label(),
            ]
        })
    };
    assert_eq!(
        names(Language::German),
        [
            "Trainingsmassage",
            "Vorwettkampf",
            "Leicht (bis 4 von 10)",
            "Kräftig (ab 7 von 10)",
            "Kompressionen über der Kleidung",
            "Wettkampftag",
        ]
    );
    assert_eq!(
        names(Language::French),
        [
            "Massage d’entretien",
            "Pré-compétition",
            "Légère (jusqu’à 4 sur 10)",
            "Profonde (7 ou plus sur 10)",
            "Compressions par-dessus les vêtements",
            "Jour de course",
        ]
    );
    assert_eq!(
        names(Language::Spanish),
        [
            "Masaje de mantenimiento",
            "Precompetitivo",
            "Suave (hasta 4 de 10)",
            "Profunda (7 o más de 10)",
            "Compresiones sobre la ropa",
            "Día de carrera",
        ]
    );
    // Back in English, the names are the English ones again, not the last language's.
    assert_eq!(MassageKind::General.label(), "General massage");
    assert_eq!(Pressure::Deep.word(), "deep");
}

/// The same decisions, worded from the catalogue, read exactly as English always wrote them.
#[test]
fn english_reads_as_it_always_has() {
    assert_eq!(
        spent(1).text(),
        "Rule 5 · this month's therapist session is already used or booked"
    );
    assert_eq!(
        spent(3).text(),
        "Rule 5 · this month's 3 therapist sessions are already used or booked"
    );
    assert_eq!(
        Reason::TightBudgetSpent {
            limit: TightBudget::Block(1)
        }
        .text(),
        "Rule 5 · your one therapist session per training block are already used or booked"
    );
    assert_eq!(
        Reason::TooSoonSinceLast {
            days: 1,
            spacing: 7
        }
        .text(),
        "Rule 11 · your last general massage was 1 day ago; steady spacing (every 7 days or so) beats bunching them"
    );
    assert_eq!(
        too_deep().message(),
        "Your last general massage left soreness lasting beyond 36 hours, so it was deeper than it should be. Ask for moderate pressure next time instead of deep."
    );
    assert_eq!(Pressure::Medium.label(), "Moderate (5–6 of 10)");
    assert_eq!(Technique::LightFlush.label(), "Light flush");
}
