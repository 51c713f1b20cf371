//! The one rule engine: the rules (`recommend::rules`, one file each) fill a grid of the runner's
//! days, keeping each day's reasons, and every screen reads that grid: the season plan is the grid,
//! Today is its cell for today plus what only the present moment has (`today.rs`).
//!
//! How a plan is made: the facts of the range are worked out once (`facts`); each rule, in the
//! engine's order, books its sessions where no rule keeps that kind off and the day is free; then
//! rules amend what others booked (a lighter pressure, areas to keep off); last, every kind that
//! matters on a day but is not booked gets the reason of the first rule that keeps it off, or the
//! date the plan has it instead.

pub mod facts;
pub mod grid;
pub mod ledger;

use crate::core::massage::MassageKind;
use crate::core::recommend::day::Withheld;
use crate::core::recommend::decision::{LeftOut, Reason};
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::rules::{self, Rule};
use crate::core::recommend::season::season_range;
use crate::core::zone::Zone;
use chrono::NaiveDate;
use facts::Facts;
use grid::{PlanDay, Session};
use ledger::{Budget, Full, Ledger};

/// The rules, in the order they are asked: the first rule that keeps a kind off a day gives the
/// reason the runner reads, and rules book their sessions in this order.
pub struct Engine {
    rules: Vec<Box<dyn Rule>>,
}

impl Engine {
    /// The rules of `docs/RULES.md`, ordered for this runner's profile.
    pub fn standard(inputs: &PlanInputs) -> Self {
        Engine {
            rules: rules::standard(inputs.profile),
        }
    }

    /// These rules plus `rule`, asked before all of them (a rule that keeps a kind off a day
    /// then names the reason whatever else applies).
    pub fn with_rule_first(mut self, rule: impl Rule + 'static) -> Self {
        self.rules.insert(0, Box::new(rule));
        self
    }

    /// The plan of the runner's local dates `from..=to`; `tz` is where the runner lives.
    pub fn plan(
        &self,
        inputs: &PlanInputs,
        from: NaiveDate,
        to: NaiveDate,
        tz: Zone,
    ) -> SeasonPlan {
        let facts = Facts::new(*inputs, from, to, tz);
        let mut planner = Planner::new(facts, &self.rules);
        let rules = planner.rules;
        for rule in rules {
            rule.place(&mut planner);
        }
        for rule in rules {
            rule.amend(&mut planner);
        }
        planner.explain();
        planner.finish()
    }

    /// The season plan from `today`, as far as the races and blocks reach (`season_range`): the
    /// one the Races screen shows and Today reads its day from.
    pub fn season(&self, inputs: &PlanInputs, today: NaiveDate, tz: Zone) -> SeasonPlan {
        let (from, to) = season_range(today, tz, &inputs.race_windows(), inputs.blocks);
        self.plan(inputs, from, to, tz)
    }
}

/// A finished plan: each day's sessions and reasons, and what the budget could not cover.
#[derive(Debug, Clone, PartialEq)]
pub struct SeasonPlan {
    pub tz: Zone,
    pub days: Vec<PlanDay>,
    /// Sessions the plan wanted but the budget could not pay for (rule 5).
    pub left_out: Vec<LeftOut>,
}

impl SeasonPlan {
    /// The plan's day for `date`, when the plan covers it.
    pub fn day(&self, date: NaiveDate) -> Option<&PlanDay> {
        let first = self.days.first()?.date;
        let index = usize::try_from((date - first).num_days()).ok()?;
        self.days.get(index)
    }

    /// The first and last date the plan covers.
    pub fn range(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.days.first()?.date, self.days.last()?.date))
    }
}

/// The plan being made: the facts, the grid so far and the budget spent.
pub struct Planner<'a, 'r> {
    pub facts: Facts<'a>,
    pub days: Vec<PlanDay>,
    pub ledger: Ledger<'a>,
    pub left_out: Vec<LeftOut>,
    rules: &'r [Box<dyn Rule>],
}

impl<'a, 'r> Planner<'a, 'r> {
    fn new(facts: Facts<'a>, rules: &'r [Box<dyn Rule>]) -> Self {
        let days = (0..facts.len())
            .map(|index| {
                let (from, to) = facts.spans[index];
                PlanDay {
                    date: facts.date(index),
                    from,
                    to,
                    sessions: Vec::new(),
                    withheld: Vec::new(),
                }
            })
            .collect();
        let counted = facts
            .logged
            .iter()
            .filter(|logged| logged.professional)
            .map(|logged| logged.date)
            .collect();
        let ledger = Ledger::new(
            Budget::of(facts.inputs.profile),
            facts.inputs.blocks,
            counted,
        );
        Planner {
            facts,
            days,
            ledger,
            left_out: Vec::new(),
            rules,
        }
    }

    /// The reason of the first rule that keeps `kind` off day `day`.
    pub fn kept_off(&self, day: usize, kind: MassageKind) -> Option<Reason> {
        self.rules
            .iter()
            .find_map(|rule| rule.keeps_off(self, day, kind))
    }

    /// What already fills day `day`: a massage in the log (`true`) or a session the plan booked.
    pub fn taken_by(&self, day: usize) -> Option<(MassageKind, bool)> {
        let date = self.facts.date(day);
        let logged = self
            .facts
            .logged
            .iter()
            .find(|logged| logged.date == date)
            .map(|logged| (logged.kind, true));
        logged.or_else(|| {
            self.days[day]
                .main_session()
                .map(|session| (session.kind(), false))
        })
    }

    /// Whether a session of `kind` that takes the day can be booked on day `day`.
    pub fn can_book(&self, day: usize, kind: MassageKind) -> bool {
        self.taken_by(day).is_none() && self.kept_off(day, kind).is_none() && !self.has(day, kind)
    }

    /// Whether day `day` already has a session of `kind`, one that leaves the day free (the
    /// flush at a race's start) included: a day shows one session of each kind, so a second
    /// race's would be hidden behind the first.
    pub fn has(&self, day: usize, kind: MassageKind) -> bool {
        self.days[day].session(kind).is_some()
    }

    /// Whether the budget has room for one more therapist session on day `day`, or why not.
    pub fn budget_room(&self, day: usize) -> Result<(), Full> {
        self.ledger.room_on(self.facts.date(day))
    }

    /// Books `session` on day `day`, spending the budget when it is a therapist's.
    pub fn book(&mut self, day: usize, session: Session) {
        if session.spends_budget() {
            self.ledger.spend(self.facts.date(day));
        }
        self.days[day].sessions.push(session);
    }

    /// Why a session the budget cannot pay for is done at home instead.
    pub fn home_reason(&self, full: Full) -> Reason {
        match (full, self.ledger.budget()) {
            (Full::Spent, Budget::Monthly(budget)) => Reason::BudgetSpentSoAtHome { budget },
            (Full::Spent, Budget::Tight(limit)) => Reason::TightBudgetSpentSoAtHome { limit },
            (Full::OutsideBlocks, Budget::Tight(limit)) => Reason::OutsideBlocksSoAtHome { limit },
            _ => Reason::NoBudgetSoAtHome,
        }
    }

    /// Whether a general session would fit on day `day` but for the budget's ceiling.
    pub fn held_back_by_budget(&self, day: usize) -> bool {
        self.taken_by(day).is_none()
            && matches!(
                self.kept_off(day, MassageKind::General),
                Some(Reason::BudgetSpent { .. } | Reason::TightBudgetSpent { .. })
            )
    }

    /// Records that a session of `kind` wanted on day `day` did not get the budget because the
    /// sessions of the other sort (race sessions or deep work) spent it first, so the runner can
    /// swap which comes first. Budget spent by the log or by sessions of the same sort is no
    /// swap, and says nothing.
    pub fn note_left_out(&mut self, day: usize, kind: MassageKind) {
        let date = self.facts.date(day);
        // Once per stretch of the budget is enough to say it.
        if self
            .left_out
            .iter()
            .any(|left| left.kind == kind && self.ledger.shares_stretch(left.date, date))
        {
            return;
        }
        let wanted_is_deep = kind == MassageKind::General;
        let spent_on: Vec<(NaiveDate, MassageKind)> = self
            .days
            .iter()
            .filter(|other| self.ledger.shares_stretch(other.date, date))
            .flat_map(|other| {
                other
                    .sessions
                    .iter()
                    .filter(|session| session.spends_budget())
                    .map(move |session| (other.date, session.kind()))
            })
            .filter(|(_, spent)| (*spent == MassageKind::General) != wanted_is_deep)
            .collect();
        if !spent_on.is_empty() {
            self.left_out.push(LeftOut {
                kind,
                date,
                block: self.facts.inputs.block_on(date).map(|block| block.kind),
                spent_on,
            });
        }
    }

    /// The first date from day `day` on (else the last before it) the plan books `kind`.
    fn planned_date(&self, day: usize, kind: MassageKind) -> Option<NaiveDate> {
        let booked = |d: &&PlanDay| d.session(kind).is_some_and(Session::takes_the_day);
        self.days[day..]
            .iter()
            .find(booked)
            .or_else(|| self.days[..day].iter().rev().find(booked))
            .map(|d| d.date)
    }

    /// Gives every kind that matters on a day but is not booked its reason.
    fn explain(&mut self) {
        for day in 0..self.days.len() {
            let withheld: Vec<Withheld> = MassageKind::ALL
                .into_iter()
                .filter(|kind| self.days[day].session(*kind).is_none())
                .filter(|kind| rules::matters(&self.facts, day, *kind))
                .map(|kind| Withheld {
                    kind,
                    reason: self.why_not(day, kind),
                })
                .collect();
            self.days[day].withheld = withheld;
        }
    }

    /// The reason a kind that matters on day `day` is not booked there: the first rule that keeps
    /// it off; else the day the plan has it instead; else the day's own session (self-massage is
    /// planned for every free day, so another of its days says nothing).
    fn why_not(&self, day: usize, kind: MassageKind) -> Reason {
        if let Some(reason) = self.kept_off(day, kind) {
            return reason;
        }
        let elsewhere = self.planned_date(day, kind);
        let taken = self.taken_by(day);
        match (elsewhere, taken) {
            (Some(date), _) if kind != MassageKind::SelfMassage => Reason::PlannedFor {
                kind,
                date: Some(date),
            },
            (_, Some((by, logged))) => Reason::OneSessionADay { kind: by, logged },
            (date, None) => Reason::PlannedFor { kind, date },
        }
    }

    fn finish(self) -> SeasonPlan {
        SeasonPlan {
            tz: self.facts.tz,
            days: self.days,
            left_out: self.left_out,
        }
    }
}
