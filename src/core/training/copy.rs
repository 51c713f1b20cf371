//! The words a runner reads about their training: the kinds of block, what each proposal is and
//! why, the activities kept with what makes one doubtful, what an import did, and why a file or
//! an activity in it was not read. The wording is in `i18n/<language>/training.ftl`; here each
//! decision picks its message and gives it its figures.

use crate::core::dates;
use crate::core::training::activity::{Activity, BatchCounts, Damage, Doubt, Sport};
use crate::core::training::detect::{Proposal, ProposedBlock};
use crate::core::training::BlockKind;
use crate::core::words::{counted, message, message_with, Arg};
use crate::core::zone::Zone;
use chrono::{DateTime, Utc};

/// "46 activities".
pub fn activities(n: usize) -> String {
    message_with("training-activities", &counted(n))
}

/// Why a change on the Training screen was not saved, as its status says it.
pub fn not_saved(reason: String) -> String {
    message_with("training-not-saved", &[("reason", Arg::from(reason))])
}

impl BlockKind {
    /// The name shown to the runner, alone: "Peak (hard)".
    pub fn label(self) -> String {
        message(match self {
            BlockKind::Base => "training-kind-base",
            BlockKind::Build => "training-kind-build",
            BlockKind::Peak => "training-kind-peak",
            BlockKind::Taper => "training-kind-taper",
            BlockKind::Recovery => "training-kind-recovery",
        })
    }

    /// A block of this kind: "Peak (hard) block".
    pub fn block_name(self) -> String {
        message(match self {
            BlockKind::Base => "training-block-base",
            BlockKind::Build => "training-block-build",
            BlockKind::Peak => "training-block-peak",
            BlockKind::Taper => "training-block-taper",
            BlockKind::Recovery => "training-block-recovery",
        })
    }
}

/// The heading of a proposal, e.g. "Peak (hard) block, 10 Aug – 23 Aug 2026".
pub fn proposal_title(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => message_with(
            "training-proposal-block",
            &[
                ("block", Arg::from(block.kind.block_name())),
                ("start", Arg::from(dates::day_month(block.start))),
                ("end", Arg::from(dates::day_month_year(block.end))),
            ],
        ),
        // The name a race without one is given ("Race, 10.0 km") already says race.
        Proposal::Race(race) if race.name.starts_with("Race") => race.name.clone(),
        Proposal::Race(race) => message_with(
            "training-proposal-race",
            &[("name", Arg::from(race.name.as_str()))],
        ),
    }
}

/// Why the files suggest it, in a sentence.
pub fn proposal_reason(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => block_reason(block),
        Proposal::Race(race) => {
            let mut args = vec![
                (
                    "date",
                    Arg::from(dates::weekday_day_month_year(race.local_start.date())),
                ),
                ("time", Arg::from(dates::clock(race.local_start.time()))),
                ("km", Arg::from(race.distance_km)),
            ];
            args.extend(counted(race.minutes as usize));
            message_with("training-reason-race", &args)
        }
    }
}

fn block_reason(block: &ProposedBlock) -> String {
    let weeks = ((block.end - block.start).num_days() + 1) / 7;
    let id = match block.kind {
        BlockKind::Base => "training-reason-base",
        BlockKind::Build => "training-reason-build",
        BlockKind::Peak => "training-reason-peak",
        BlockKind::Taper => "training-reason-taper",
        BlockKind::Recovery => "training-reason-recovery",
    };
    // Speed work is what a build block is, so its reason never adds it.
    let speed = if block.speed_work { "yes" } else { "no" };
    message_with(
        id,
        &[("weeks", Arg::from(weeks)), ("speed", Arg::from(speed))],
    )
}

/// An activity as the runner knows it: its name, or its sport, and the day it started, e.g.
/// "Canal loop, Tue 18 Aug 2026".
pub fn activity_title(activity: &Activity, zone: &Zone) -> String {
    let name = match activity.name.trim() {
        "" => sport_name(activity.sport),
        named => named.to_string(),
    };
    message_with(
        "training-activity-title",
        &[
            ("name", Arg::from(name)),
            (
                "date",
                Arg::from(dates::weekday_day_month_year(activity.local_date(zone))),
            ),
        ],
    )
}

/// "Run", "Ride"…: what an activity without a name is called. Only shown: the activity keeps
/// the name its file gave, empty when it gave none.
pub fn sport_name(sport: Sport) -> String {
    message(match sport {
        Sport::Run => "training-sport-run",
        Sport::Ride => "training-sport-ride",
        Sport::Swim => "training-sport-swim",
        Sport::Walk => "training-sport-walk",
        Sport::Other => "training-sport-other",
    })
}

/// Its time and distance, e.g. "59:18, 11.27 km".
pub fn activity_facts(activity: &Activity) -> String {
    let time = hours_minutes_seconds(activity.duration_s);
    match activity.distance_m {
        Some(metres) => message_with(
            "training-activity-facts",
            &[
                ("time", Arg::from(time)),
                ("km", Arg::from(f64::from(metres) / 1000.0)),
            ],
        ),
        None => time,
    }
}

/// "1:02:03" past the hour, "47:12" under it: the same in every language the app speaks.
fn hours_minutes_seconds(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Why an activity waits for the runner's word, in a sentence.
pub fn doubt_text(doubt: &Doubt) -> String {
    match doubt {
        Doubt::PartlyRead { damage } => message(match damage {
            Damage::CutShort => "training-doubt-cut-short",
            Damage::Checksum => "training-doubt-checksum",
            Damage::Garbled => "training-doubt-garbled",
            Damage::NoSession => "training-doubt-no-session",
        }),
        Doubt::TimerOverElapsed { timer_s, elapsed_s } => message_with(
            "training-doubt-timer",
            &[
                ("timer", Arg::from(hours_minutes_seconds(*timer_s))),
                ("elapsed", Arg::from(hours_minutes_seconds(*elapsed_s))),
            ],
        ),
        Doubt::TooFast { sport, speed_m_s } => {
            let per = |metres: f64| hours_minutes_seconds((metres / speed_m_s).round() as u32);
            let pace = match sport {
                Sport::Ride => message_with(
                    "training-pace-kmh",
                    &[("speed", Arg::from(speed_m_s * 3.6))],
                ),
                Sport::Swim => {
                    message_with("training-pace-per-100m", &[("time", Arg::from(per(100.0)))])
                }
                _ => message_with("training-pace-per-km", &[("time", Arg::from(per(1000.0)))]),
            };
            let who = match sport {
                Sport::Run => "run",
                Sport::Walk => "walk",
                Sport::Swim => "swim",
                Sport::Ride | Sport::Other => "ride",
            };
            message_with(
                "training-doubt-too-fast",
                &[("pace", Arg::from(pace)), ("sport", Arg::from(who))],
            )
        }
    }
}

/// What a change to the activities did to the proposals: those no longer made and those new.
pub fn proposals_change(before: &[Proposal], after: &[Proposal]) -> String {
    let titles = |from: &[Proposal], without: &[Proposal]| -> Vec<String> {
        from.iter()
            .filter(|p| !without.iter().any(|q| q.key() == p.key()))
            .map(proposal_title)
            .collect()
    };
    let (gone, new) = (titles(before, after), titles(after, before));
    let separator = message("training-change-separator");
    let said = |id: &str, titles: &[String]| {
        (!titles.is_empty())
            .then(|| message_with(id, &[("titles", Arg::from(titles.join(&separator)))]))
    };
    let sentences: Vec<String> = [
        said("training-change-gone", &gone),
        said("training-change-new", &new),
    ]
    .into_iter()
    .flatten()
    .collect();
    if sentences.is_empty() {
        return message("training-change-none");
    }
    sentences.join(" ")
}

/// One import, e.g. "Imported Mon 7 Dec 2026 at 10:00: 46 activities".
pub fn import_title(at: DateTime<Utc>, zone: &Zone, count: usize) -> String {
    let local = at.with_timezone(zone).naive_local();
    message_with(
        "training-import-title",
        &[
            (
                "date",
                Arg::from(dates::weekday_day_month_year(local.date())),
            ),
            ("time", Arg::from(dates::clock(local.time()))),
            ("activities", Arg::from(activities(count))),
        ],
    )
}

/// What an import that was saved did: `counts` of its batch, `doubtful` of those read waiting
/// for the runner's word.
pub fn import_summary(counts: BatchCounts, doubtful: usize) -> String {
    if counts.added == 0 && counts.already_had == 0 {
        return message("training-import-none");
    }
    if counts.added == 0 {
        return message_with("training-import-nothing-new", &counted(counts.already_had));
    }
    let mut sentences = vec![message_with(
        "training-import-added",
        &[("activities", Arg::from(activities(counts.added)))],
    )];
    if counts.already_had > 0 {
        sentences.push(message_with(
            "training-import-again",
            &counted(counts.already_had),
        ));
    }
    if doubtful > 0 {
        sentences.push(message_with("training-import-check", &counted(doubtful)));
    }
    sentences.join(" ")
}
