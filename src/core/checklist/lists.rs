//! Pre- and post-event checklists for one race: template items shaped by the profile and the race,
//! the runner's own items, their ticks, progress, and what is due on a given day.
//!
//! Items are grouped by when they are due relative to the race start (and the estimated finish),
//! so the same list can tell the Today screen what belongs to the runner's current day.

use crate::core::checklist::group::{Group, ListKind};
use crate::core::checklist::state::RaceChecklist;
use crate::core::checklist::templates::template_items;
use crate::core::profile::Profile;
use crate::core::race::Race;
use crate::core::record::RecordId;
use crate::core::sorting;
use chrono::{DateTime, Utc};

/// One line of a checklist, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// A template id (`tpl-…`, stable across app updates) or the id of the runner's own item.
    pub id: String,
    pub group: Group,
    pub text: String,
    /// A built-in self-massage routine this item is about, to start from the timer.
    pub routine: Option<RecordId>,
    /// Added by the runner (may be edited, moved and removed), not by a template.
    pub own: bool,
    pub ticked: bool,
    /// Leads to hands-on work (a massage, a booking, a routine, an oil on the skin), which a
    /// whole-body red flag puts on hold (rule 12). The runner's own items are theirs to judge.
    pub hands_on: bool,
}

/// How far along a list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent done, rounded down so 100 means everything is ticked.
    pub fn percent(self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        u8::try_from(self.done * 100 / self.total).unwrap_or(100)
    }
}

/// Both lists of one race: templates first in each group, then the runner's own in their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    pub race_id: RecordId,
    pub items: Vec<ChecklistItem>,
}

impl Checklist {
    /// The lists for `race`, following `profile`, with the runner's saved items and ticks.
    pub fn new(profile: &Profile, race: &Race, saved: Option<&RaceChecklist>) -> Checklist {
        let ticked = |id: &str| saved.is_some_and(|state| state.is_ticked(id));
        let templates = template_items(profile, race)
            .into_iter()
            .map(|item| ChecklistItem {
                ticked: ticked(item.id),
                id: item.id.to_string(),
                group: item.group,
                text: item.text,
                routine: item.routine,
                own: false,
                hands_on: item.hands_on,
            });
        let own = saved
            .into_iter()
            .flat_map(|state| state.own.iter())
            .map(|item| ChecklistItem {
                id: item.id.to_string(),
                group: item.group,
                text: item.text.clone(),
                routine: None,
                own: true,
                ticked: ticked(item.id.as_str()),
                hands_on: false,
            });
        let mut items: Vec<ChecklistItem> = templates.chain(own).collect();
        // Stable: templates keep their order and the runner's order is kept within each group.
        sorting::sort_by_key(&mut items, |item| item.group);
        Checklist {
            race_id: race.id.clone(),
            items,
        }
    }

    /// The items of one group, in order.
    pub fn group(&self, group: Group) -> impl Iterator<Item = &ChecklistItem> {
        self.items.iter().filter(move |item| item.group == group)
    }

    /// Ticked and total items of one list.
    pub fn progress(&self, list: ListKind) -> Progress {
        let items = self.items.iter().filter(|item| item.group.list() == list);
        let (done, total) = items.fold((0, 0), |(done, total), item| {
            (done + usize::from(item.ticked), total + 1)
        });
        Progress { done, total }
    }
}

/// A checklist item due in some span, with the race it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub race_id: RecordId,
    pub race_name: String,
    pub item: ChecklistItem,
}

/// The items of every race whose due span touches `[from, to)` (for Today: the runner's local day),
/// in race order and then list order.
pub fn due_between(
    profile: &Profile,
    races: &[Race],
    saved: &[RaceChecklist],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<DueItem> {
    let mut races: Vec<&Race> = races.iter().collect();
    sorting::sort_by_key(&mut races, |race| race.start_instant());
    races
        .into_iter()
        .flat_map(|race| {
            let state = saved.iter().find(|state| state.race_id == race.id);
            Checklist::new(profile, race, state)
                .items
                .into_iter()
                .filter(|item| {
                    let (due_from, due_to) = item.group.due_span(race);
                    due_from < to && from < due_to
                })
                .map(|item| DueItem {
                    race_id: race.id.clone(),
                    race_name: race.name.clone(),
                    item,
                })
        })
        .collect()
}

/// The items due at `now` (race morning ends at the gun, the first hours after begin at the
/// finish), for Today; `stopped` while a whole-body red flag is in force, when nothing that leads
/// to massage is prompted (rule 12).
pub fn due_now(
    profile: &Profile,
    races: &[Race],
    saved: &[RaceChecklist],
    now: DateTime<Utc>,
    stopped: bool,
) -> Vec<DueItem> {
    due_between(
        profile,
        races,
        saved,
        now,
        now + chrono::Duration::seconds(1),
    )
    .into_iter()
    .filter(|due| !(stopped && due.item.hands_on))
    .collect()
}

/// The race a checklist screen opens on: the first whose post-race days are not over yet at `now`,
/// else the latest one.
pub fn default_race(races: &[Race], now: DateTime<Utc>) -> Option<&Race> {
    let still_open = |race: &&Race| Group::DaysTwoToThree.due_span(race).1 > now;
    races
        .iter()
        .filter(still_open)
        .min_by_key(|race| (race.start_instant(), &race.id))
        .or_else(|| {
            races
                .iter()
                .max_by_key(|race| (race.start_instant(), &race.id))
        })
}
