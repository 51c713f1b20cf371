//! The words a runner reads about their training files: what each proposal is and why, and the
//! activities kept, with what makes one doubtful.

use crate::core::dates;
use crate::core::training::activity::{Activity, Damage, Doubt, Sport};
use crate::core::training::detect::{Proposal, ProposedBlock};
use crate::core::training::BlockKind;
use crate::core::validation::count;
use crate::core::zone::Zone;
use chrono::{DateTime, Utc};

/// The heading of a proposal, e.g. "Peak (hard) block, 10 Aug – 23 Aug 2026".
pub fn proposal_title(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => format!(
            "{} block, {} – {}",
            block.kind.label(),
            dates::day_month(block.start),
            dates::day_month_year(block.end)
        ),
        Proposal::Race(race) if race.name.starts_with("Race") => race.name.clone(),
        Proposal::Race(race) => format!("Race: {}", race.name),
    }
}

/// Why the files suggest it, in a sentence.
pub fn proposal_reason(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Block(block) => block_reason(block),
        Proposal::Race(race) => format!(
            "On {} at {}: {:.1} km in {}, run as a race.",
            dates::weekday_day_month_year(race.local_start.date()),
            dates::clock(race.local_start.time()),
            race.distance_km,
            count(i64::from(race.minutes), "minute", "minutes")
        ),
    }
}

fn block_reason(block: &ProposedBlock) -> String {
    let weeks = count(
        ((block.end - block.start).num_days() + 1) / 7,
        "week",
        "weeks",
    );
    let why = match block.kind {
        BlockKind::Base => "steady running without speed work",
        BlockKind::Build => "intervals or fast running most weeks",
        BlockKind::Peak => {
            "your heaviest training, begun by a jump in load well above the weeks before"
        }
        BlockKind::Taper => "the load eased off before a race",
        BlockKind::Recovery => "a light spell after harder weeks",
    };
    let speed = if block.speed_work && block.kind != BlockKind::Build {
        ", with speed work"
    } else {
        ""
    };
    format!("{weeks} of {why}{speed}.")
}

/// An activity as the runner knows it: its name, or its sport, and the day it started, e.g.
/// "Canal loop, Tue 18 Aug 2026".
pub fn activity_title(activity: &Activity, zone: &Zone) -> String {
    let name = match activity.name.trim() {
        "" => sport_name(activity.sport),
        named => named,
    };
    format!(
        "{name}, {}",
        dates::weekday_day_month_year(activity.local_date(zone))
    )
}

/// "Run", "Ride"…: what an activity without a name is called.
pub fn sport_name(sport: Sport) -> &'static str {
    match sport {
        Sport::Run => "Run",
        Sport::Ride => "Ride",
        Sport::Swim => "Swim",
        Sport::Walk => "Walk",
        Sport::Other => "Activity",
    }
}

/// Its time and distance, e.g. "59:18, 11.27 km".
pub fn activity_facts(activity: &Activity) -> String {
    let time = hours_minutes_seconds(activity.duration_s);
    match activity.distance_m {
        Some(metres) => format!("{time}, {:.2} km", f64::from(metres) / 1000.0),
        None => time,
    }
}

/// "1:02:03" past the hour, "47:12" under it.
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
        Doubt::PartlyRead { damage } => match damage {
            Damage::CutShort => "Partly read: the file is cut short, so only what comes before the cut is here.",
            Damage::Checksum => "Partly read: the file's checksum does not match, so some of its figures may be wrong.",
            Damage::Garbled => "Partly read: part way through, the file stops making sense, so only what comes before is here.",
            Damage::NoSession => "Partly read: the file has a track but not the totals a watch saves at the end, so its time and distance come from the track alone.",
        }
        .to_string(),
        Doubt::TimerOverElapsed { timer_s, elapsed_s } => format!(
            "Its timer says {}, longer than the {} from its start to its end; {} is kept.",
            hours_minutes_seconds(*timer_s),
            hours_minutes_seconds(*elapsed_s),
            hours_minutes_seconds(*elapsed_s)
        ),
        Doubt::TooFast { sport, speed_m_s } => {
            let pace = match sport {
                Sport::Ride => format!("{:.0} km/h", speed_m_s * 3.6),
                Sport::Swim => format!("{} per 100 m", hours_minutes_seconds((100.0 / speed_m_s).round() as u32)),
                _ => format!("{} per km", hours_minutes_seconds((1000.0 / speed_m_s).round() as u32)),
            };
            let who = match sport {
                Sport::Run => "anyone runs",
                Sport::Walk => "anyone walks",
                Sport::Swim => "anyone swims",
                _ => "anyone rides",
            };
            format!("At {pace} on average it is faster than {who}: perhaps another sport, or the GPS went astray.")
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
    match (gone.is_empty(), new.is_empty()) {
        (true, true) => "The proposals are as they were.".to_string(),
        (false, true) => format!("No longer proposed: {}.", gone.join("; ")),
        (true, false) => format!("Now proposed: {}.", new.join("; ")),
        (false, false) => format!(
            "No longer proposed: {}. Now proposed: {}.",
            gone.join("; "),
            new.join("; ")
        ),
    }
}

/// One import, e.g. "Imported Mon 7 Dec 2026 at 10:00: 46 activities".
pub fn import_title(at: DateTime<Utc>, zone: &Zone, activities: usize) -> String {
    let local = at.with_timezone(zone).naive_local();
    format!(
        "Imported {} at {}: {}",
        dates::weekday_day_month_year(local.date()),
        dates::clock(local.time()),
        count(activities as i64, "activity", "activities")
    )
}
