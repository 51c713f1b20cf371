//! The therapist budget as a ceiling (rule 5): every session with a therapist, had, booked or
//! planned, counts, and no stretch the budget speaks of ever holds more than it allows: a calendar
//! month for a monthly budget, any 365 days in a row for a yearly one, each training block for a
//! budget per block.

use crate::core::profile::{Profile, TightBudget};
use crate::core::training::TrainingBlock;
use chrono::{Datelike, Duration, NaiveDate};

/// Days a yearly budget counts back and forward: any 365 days in a row.
const YEAR_DAYS: i64 = 365;

/// What the runner can spend on therapists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// No sessions with a therapist at all.
    None,
    /// At most this many in any calendar month.
    Monthly(u8),
    /// Below one a month: at most this many per training block or per year.
    Tight(TightBudget),
}

impl Budget {
    /// The runner's budget as the profile sets it.
    pub fn of(profile: &Profile) -> Self {
        match (profile.massage_budget_per_month, profile.tight()) {
            (0, Some(tight)) => Budget::Tight(tight),
            (0, None) => Budget::None,
            (per_month, _) => Budget::Monthly(per_month),
        }
    }
}

/// Why a day has no room for one more session with a therapist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    /// No budget is set.
    NoBudget,
    /// The stretch the budget counts holds as many as it allows already.
    Spent,
    /// A budget per block has nothing to spend outside the training blocks.
    OutsideBlocks,
}

/// Every counted session's date, against the budget.
pub struct Ledger<'a> {
    budget: Budget,
    blocks: &'a [TrainingBlock],
    /// Sorted.
    dates: Vec<NaiveDate>,
}

impl<'a> Ledger<'a> {
    /// The ledger of `budget` with the sessions already had or booked on `dates`.
    pub fn new(budget: Budget, blocks: &'a [TrainingBlock], mut dates: Vec<NaiveDate>) -> Self {
        // The app's one sort (`core::sorting`): a sort of its own would add its code to the bundle.
        crate::core::sorting::sort_by_key(&mut dates, |date| *date);
        Ledger {
            budget,
            blocks,
            dates,
        }
    }

    pub fn budget(&self) -> Budget {
        self.budget
    }

    /// Counts one more session on `date`.
    pub fn spend(&mut self, date: NaiveDate) {
        let at = self.dates.partition_point(|held| *held <= date);
        self.dates.insert(at, date);
    }

    /// Sessions counted in `[first, last]`.
    fn between(&self, first: NaiveDate, last: NaiveDate) -> usize {
        self.dates.partition_point(|held| *held <= last)
            - self.dates.partition_point(|held| *held < first)
    }

    /// Whether sessions on `a` and `b` count against the same stretch of the budget: the same
    /// calendar month, less than a year apart, or the same training block.
    pub fn shares_stretch(&self, a: NaiveDate, b: NaiveDate) -> bool {
        match self.budget {
            Budget::None => false,
            Budget::Monthly(_) => (a.year(), a.month()) == (b.year(), b.month()),
            Budget::Tight(TightBudget::Year(_)) => (a - b).num_days().abs() < YEAR_DAYS,
            Budget::Tight(TightBudget::Block(_)) => self
                .blocks
                .iter()
                .any(|block| block.contains(a) && block.contains(b)),
        }
    }

    /// Whether one more session fits on `date`, or why not.
    pub fn room_on(&self, date: NaiveDate) -> Result<(), Full> {
        match self.budget {
            Budget::None => Err(Full::NoBudget),
            Budget::Monthly(per_month) => {
                let first = date.with_day(1).unwrap_or(date);
                let last = first
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .unwrap_or(date);
                fits(self.between(first, last), per_month)
            }
            Budget::Tight(TightBudget::Year(per_year)) => {
                // Every 365-day stretch that holds `date` must keep room: the fullest starts on
                // `date` itself or on a counted session up to a year before it.
                let earliest = date - Duration::days(YEAR_DAYS - 1);
                let starts = self
                    .dates
                    .iter()
                    .copied()
                    .filter(|held| earliest <= *held && *held <= date)
                    .chain(std::iter::once(date));
                let fullest = starts
                    .map(|start| self.between(start, start + Duration::days(YEAR_DAYS - 1)))
                    .max()
                    .unwrap_or(0);
                fits(fullest, per_year)
            }
            Budget::Tight(TightBudget::Block(per_block)) => {
                let mut blocks = self.blocks.iter().filter(|block| block.contains(date));
                let mut any = false;
                let all_fit = blocks.all(|block| {
                    any = true;
                    fits(self.between(block.start, block.end), per_block).is_ok()
                });
                match (any, all_fit) {
                    (false, _) => Err(Full::OutsideBlocks),
                    (true, true) => Ok(()),
                    (true, false) => Err(Full::Spent),
                }
            }
        }
    }
}

fn fits(held: usize, allowed: u8) -> Result<(), Full> {
    if held < usize::from(allowed) {
        Ok(())
    } else {
        Err(Full::Spent)
    }
}
