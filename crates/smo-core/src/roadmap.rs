//! The improvement roadmap: initiatives in phases, with owners, dates,
//! dependencies and milestones, and what the plan does to each practice's level.
//!
//! Rules:
//! - an initiative never ends before it starts, and a phase neither (refused);
//! - a dependency must exist and must not close a circle: a cycle is refused
//!   with a message naming every initiative in it;
//! - an initiative that starts before one it depends on ends is *flagged*
//!   ([`Roadmap::issues`]), as is one dated outside its phase: plans are
//!   sometimes knowingly aggressive;
//! - the board's now / next / later are computed from dates and status against
//!   a "today" the caller passes in (this crate reads no clock).

use std::collections::{HashMap, HashSet};

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{Framework, GapReport, Level, Place, TextRule, ValidationError};

/// How big an initiative is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Effort {
    /// Weeks, within the team.
    Small,
    /// A few months or several teams.
    Medium,
    /// A programme.
    Large,
}

/// Where an initiative stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum InitiativeStatus {
    /// Not started.
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Paused.
    OnHold,
}

/// The four phases a roadmap is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PhaseKind {
    /// Visible results within weeks.
    QuickWins,
    /// The processes, roles and tools everything else stands on.
    Foundation,
    /// Spreading the practices across the organisation.
    Expansion,
    /// Measuring and refining.
    Optimisation,
}

impl PhaseKind {
    /// The stored name.
    pub const fn key(self) -> &'static str {
        match self {
            PhaseKind::QuickWins => "quickWins",
            PhaseKind::Foundation => "foundation",
            PhaseKind::Expansion => "expansion",
            PhaseKind::Optimisation => "optimisation",
        }
    }

    /// Parses [`PhaseKind::key`]'s output.
    pub fn parse(s: &str) -> Option<PhaseKind> {
        PhaseKind::ALL.into_iter().find(|p| p.key() == s)
    }
}

/// A phase and its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Phase {
    /// Which phase.
    pub kind: PhaseKind,
    /// First day.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
}

/// An improvement initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Initiative {
    /// Stable id.
    pub id: String,
    /// What it is, in a few words.
    pub title: String,
    /// What it involves.
    pub description: String,
    /// The practices (framework ids) whose gaps it closes.
    pub practices: Vec<String>,
    /// Who owns it.
    pub owner: String,
    /// First day.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
    /// The phase it belongs to.
    pub phase: Option<PhaseKind>,
    /// How big it is.
    pub effort: Option<Effort>,
    /// Where it stands.
    pub status: InitiativeStatus,
    /// Ids of the initiatives that must finish first.
    pub dependencies: Vec<String>,
    /// Whether its end is a milestone worth reporting.
    pub milestone: bool,
    /// The level its practices reach once it is done.
    pub raises_to: Option<Level>,
}

/// The whole roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Roadmap {
    /// The four phases, in order.
    pub phases: Vec<Phase>,
    /// Initiatives, in the order the user put them.
    pub initiatives: Vec<Initiative>,
}

impl Default for Roadmap {
    fn default() -> Self {
        Roadmap {
            phases: PhaseKind::ALL
                .iter()
                .map(|&kind| Phase {
                    kind,
                    start: None,
                    end: None,
                })
                .collect(),
            initiatives: Vec::new(),
        }
    }
}

/// Something worth a second look in a valid roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoadmapIssue {
    /// The initiative concerned.
    pub initiative_id: String,
    /// The explanation.
    pub message: String,
}

/// Something that could make the plan slip, for the reader of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRisk {
    /// The initiative concerned.
    pub initiative_id: String,
    /// Its title.
    pub initiative: String,
    /// Who owns it ("" if nobody yet).
    pub owner: String,
    /// What could slip.
    pub kind: ScheduleRiskKind,
}

/// What could make an initiative slip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleRiskKind {
    /// Its end has passed and it is not done.
    Overdue {
        /// Its end.
        end: NaiveDate,
        /// Where it stands.
        status: InitiativeStatus,
    },
    /// It starts before an initiative it depends on has finished.
    StartsBeforeDependency {
        /// The title of what it depends on.
        dependency: String,
    },
    /// It runs outside the dates of its phase.
    OutsidePhase {
        /// The phase.
        phase: PhaseKind,
    },
}

impl ScheduleRisk {
    /// The risk, as a sentence about the initiative ("Runs outside the
    /// Foundation phase"), days written in `dates`' style.
    pub fn risk(&self, dates: crate::DateStyle) -> String {
        match &self.kind {
            ScheduleRiskKind::Overdue { end, status } => format!(
                "Due to finish by {}, still {}",
                dates.day(*end),
                status.label().to_lowercase()
            ),
            ScheduleRiskKind::StartsBeforeDependency { dependency } => {
                format!("Starts before “{dependency}”, which it needs, has finished")
            }
            ScheduleRiskKind::OutsidePhase { phase } => {
                format!("Runs outside the {} phase", phase.label())
            }
        }
    }

    /// What to do about it.
    pub fn action(&self) -> String {
        match &self.kind {
            ScheduleRiskKind::Overdue { .. } => {
                "Confirm it is done, or agree a new end date and what it delays".into()
            }
            ScheduleRiskKind::StartsBeforeDependency { dependency } => {
                format!("Start it after “{dependency}” ends, or agree what it can begin without")
            }
            ScheduleRiskKind::OutsidePhase { .. } => {
                "Move its dates into the phase's, or move it to the phase it falls in".into()
            }
        }
    }
}

/// A column of the now / next / later board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Bucket {
    /// Under way, or dated around today.
    Now,
    /// Starting within [`NEXT_WINDOW_DAYS`].
    Next,
    /// Further out, or not yet dated.
    Later,
    /// Finished.
    Done,
}

/// How far ahead "next" reaches, in days.
pub const NEXT_WINDOW_DAYS: u64 = 90;

/// When a practice reaches its target under the roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", tag = "kind", content = "on")]
pub enum TargetReached {
    /// It is already at or above its target.
    Already,
    /// On the end date of the initiative that gets it there.
    On(NaiveDate),
    /// The roadmap does not get it there (or has no dates for it).
    NotPlanned,
}

/// What the roadmap does to one practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    /// The practice.
    pub practice_id: String,
    /// Its name.
    pub name: String,
    /// Today's level.
    pub current: Option<Level>,
    /// The target.
    pub target: Option<Level>,
    /// The level expected once all its initiatives are done.
    pub projected: Option<Level>,
    /// When the target is reached.
    pub reached: TargetReached,
    /// The initiatives that raise it, by id.
    pub initiatives: Vec<String>,
}

/// An initiative's title and owner: one line of up to 200 characters.
const TITLE: TextRule = TextRule {
    max: 200,
    ..TextRule::LINE
};
/// The most initiatives a roadmap may hold.
pub const MAX_INITIATIVES: usize = 1_000;

/// What the roadmap step's progress rests on, and nothing else: which
/// phases are dated, how many initiatives there are and how many are planned
/// (an owner and both dates), and the practices they cover.
///
/// [`Roadmap::outline`] derives it from a whole roadmap; a store builds it
/// with the same methods from a narrower read (no titles, descriptions or
/// links between initiatives), for the progress an edit replies with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoadmapOutline {
    dated: HashSet<PhaseKind>,
    initiatives: usize,
    planned: usize,
    covered: HashSet<String>,
}

impl RoadmapOutline {
    /// An outline of a roadmap with no phase dated and no initiative.
    pub fn new() -> RoadmapOutline {
        RoadmapOutline::default()
    }

    /// Records one phase's dates (a phase is dated when it has both).
    pub fn phase(&mut self, kind: PhaseKind, start: Option<NaiveDate>, end: Option<NaiveDate>) {
        if start.is_some() && end.is_some() {
            self.dated.insert(kind);
        } else {
            self.dated.remove(&kind);
        }
    }

    /// Records one initiative: planned when its owner is named and both its
    /// dates are set.
    pub fn initiative(&mut self, owner: &str, start: Option<NaiveDate>, end: Option<NaiveDate>) {
        self.initiatives += 1;
        if !owner.trim().is_empty() && start.is_some() && end.is_some() {
            self.planned += 1;
        }
    }

    /// Records that an initiative addresses `practice` (a framework id).
    pub fn covers(&mut self, practice: &str) {
        if !self.covered.contains(practice) {
            self.covered.insert(practice.to_owned());
        }
    }

    /// Whether all four phases are dated.
    pub fn phases_dated(&self) -> bool {
        PhaseKind::ALL.iter().all(|k| self.dated.contains(k))
    }

    /// How many initiatives there are.
    pub fn initiatives(&self) -> usize {
        self.initiatives
    }

    /// Whether every initiative has an owner and both dates (none: false).
    pub fn all_planned(&self) -> bool {
        self.initiatives > 0 && self.planned == self.initiatives
    }

    /// Whether some initiative addresses `practice`.
    pub fn is_covered(&self, practice: &str) -> bool {
        self.covered.contains(practice)
    }
}

impl Roadmap {
    /// What the roadmap step's progress rests on (see [`RoadmapOutline`]).
    pub fn outline(&self) -> RoadmapOutline {
        let mut outline = RoadmapOutline::new();
        for phase in &self.phases {
            outline.phase(phase.kind, phase.start, phase.end);
        }
        for initiative in &self.initiatives {
            outline.initiative(&initiative.owner, initiative.start, initiative.end);
            for practice in &initiative.practices {
                outline.covers(practice);
            }
        }
        outline
    }

    /// The initiative with `id`.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| i.id == id)
    }

    /// The phase of `kind`.
    pub fn phase(&self, kind: PhaseKind) -> Option<&Phase> {
        self.phases.iter().find(|p| p.kind == kind)
    }

    /// Where a new piece of work of `months` months, wanted in phase `kind`
    /// and starting no earlier than `from`, goes: the phase (`kind`, or the
    /// first later one not over by `from` when `kind` is), its first day and
    /// its last day, kept inside that phase's dates where it has them.
    fn dates_within_phase(
        &self,
        kind: PhaseKind,
        from: NaiveDate,
        months: u16,
    ) -> (PhaseKind, NaiveDate, Option<NaiveDate>) {
        let open = |k: PhaseKind| {
            self.phase(k)
                .and_then(|p| p.end)
                .is_none_or(|end| end >= from)
        };
        let kind = PhaseKind::ALL
            .into_iter()
            .skip_while(|k| *k != kind)
            .find(|k| open(*k))
            .unwrap_or(kind);
        let phase = self.phase(kind);
        let phase_end = phase.and_then(|p| p.end).filter(|end| *end >= from);
        let start = phase.and_then(|p| p.start).map_or(from, |s| s.max(from));
        let start = phase_end.map_or(start, |end| start.min(end));
        let end = start
            .checked_add_months(Months::new(u32::from(months)))
            .and_then(|d| d.pred_opt());
        let end = match (end, phase_end) {
            (Some(end), Some(limit)) => Some(end.min(limit)),
            (end, _) => end,
        };
        (kind, start, end)
    }

    /// Adds `initiative`, or replaces the one with its id, after checking it
    /// against the rest. A refused change leaves the roadmap as it was.
    pub fn upsert(&mut self, initiative: Initiative) -> Result<(), ValidationError> {
        let mut next = self.clone();
        match next.initiatives.iter_mut().find(|i| i.id == initiative.id) {
            Some(slot) => *slot = initiative,
            None => next.initiatives.push(initiative),
        }
        next.validate()?;
        *self = next;
        Ok(())
    }

    /// Removes an initiative and every dependency on it.
    pub fn remove(&mut self, id: &str) {
        self.initiatives.retain(|i| i.id != id);
        for i in &mut self.initiatives {
            i.dependencies.retain(|d| d != id);
        }
    }

    /// Checks every rule in the module documentation that refuses a change.
    pub fn validate(&self) -> Result<(), ValidationError> {
        for p in &self.phases {
            let at = |input: &str| Place {
                row: Some(p.kind.key().to_owned()),
                input: input.to_owned(),
            };
            check_dates(p.kind.label(), p.start, p.end, at)?;
        }
        if self.initiatives.len() > MAX_INITIATIVES {
            return Err(ValidationError::Text {
                what: "The roadmap".into(),
                reason: format!("has more than {MAX_INITIATIVES} initiatives"),
            });
        }
        let ids: HashSet<&str> = self.initiatives.iter().map(|i| i.id.as_str()).collect();
        if ids.len() != self.initiatives.len() {
            return Err(ValidationError::Text {
                what: "An initiative id".into(),
                reason: "is used twice".into(),
            });
        }
        for i in &self.initiatives {
            check_initiative(i)?;
            for d in &i.dependencies {
                if !ids.contains(d.as_str()) {
                    return Err(ValidationError::Text {
                        what: format!("\"{}\"", i.title),
                        reason: "depends on an initiative that does not exist".into(),
                    }
                    .at(Place {
                        row: Some(i.id.clone()),
                        input: "dependencies".into(),
                    }));
                }
            }
        }
        if let Some(cycle) = self.find_cycle() {
            let names: Vec<String> = cycle
                .iter()
                .filter_map(|id| self.initiative(id))
                .map(|i| i.title.clone())
                .collect();
            return Err(ValidationError::DependencyCycle { names });
        }
        Ok(())
    }

    /// A dependency cycle as initiative ids, the first repeated at the end
    /// (`[a, b, a]`), or `None`.
    pub fn find_cycle(&self) -> Option<Vec<String>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            Unvisited,
            OnPath,
            Finished,
        }
        let index: HashMap<&str, usize> = self
            .initiatives
            .iter()
            .enumerate()
            .map(|(n, i)| (i.id.as_str(), n))
            .collect();
        let mut marks = vec![Mark::Unvisited; self.initiatives.len()];
        for root in 0..self.initiatives.len() {
            if marks.get(root) != Some(&Mark::Unvisited) {
                continue;
            }
            // Iterative depth-first search; `path` is the current chain.
            let mut path: Vec<(usize, usize)> = vec![(root, 0)];
            if let Some(m) = marks.get_mut(root) {
                *m = Mark::OnPath;
            }
            while let Some(&mut (node, ref mut next_edge)) = path.last_mut() {
                let deps = &self.initiatives.get(node)?.dependencies;
                if let Some(dep) = deps.get(*next_edge) {
                    *next_edge += 1;
                    let Some(&target) = index.get(dep.as_str()) else {
                        continue;
                    };
                    match marks.get(target) {
                        Some(Mark::OnPath) => {
                            let from = path.iter().position(|(n, _)| *n == target)?;
                            let mut cycle: Vec<String> = path[from..]
                                .iter()
                                .filter_map(|(n, _)| self.initiatives.get(*n))
                                .map(|i| i.id.clone())
                                .collect();
                            cycle.push(self.initiatives.get(target)?.id.clone());
                            return Some(cycle);
                        }
                        Some(Mark::Unvisited) => {
                            if let Some(m) = marks.get_mut(target) {
                                *m = Mark::OnPath;
                            }
                            path.push((target, 0));
                        }
                        _ => {}
                    }
                } else {
                    if let Some(m) = marks.get_mut(node) {
                        *m = Mark::Finished;
                    }
                    path.pop();
                }
            }
        }
        None
    }

    /// Flags what is allowed but worth a second look.
    pub fn issues(&self) -> Vec<RoadmapIssue> {
        let mut out = Vec::new();
        for i in &self.initiatives {
            for conflict in self.conflicts(i) {
                // No dates in the words: they are beside it on every screen
                // and page, written in the reader's style.
                let message = match conflict {
                    ScheduleRiskKind::StartsBeforeDependency { dependency } => format!(
                        "“{}” starts before “{dependency}”, which it depends on, has finished",
                        i.title
                    ),
                    ScheduleRiskKind::OutsidePhase { phase } => format!(
                        "“{}” runs outside the dates of its phase, {}",
                        i.title,
                        phase.label()
                    ),
                    ScheduleRiskKind::Overdue { .. } => continue,
                };
                out.push(RoadmapIssue {
                    initiative_id: i.id.clone(),
                    message,
                });
            }
        }
        out
    }

    /// Where `i`'s dates conflict with the plan, whatever the day: it starts
    /// before something it depends on has finished, or runs outside its
    /// phase. The one rule behind [`Roadmap::issues`] and
    /// [`Roadmap::schedule_risks`].
    fn conflicts(&self, i: &Initiative) -> Vec<ScheduleRiskKind> {
        let mut out = Vec::new();
        for d in &i.dependencies {
            let Some(dep) = self.initiative(d) else {
                continue;
            };
            if let (Some(start), Some(dep_end)) = (i.start, dep.end) {
                if start <= dep_end {
                    out.push(ScheduleRiskKind::StartsBeforeDependency {
                        dependency: dep.title.clone(),
                    });
                }
            }
        }
        let phase = i.phase.and_then(|k| self.phase(k));
        if let (Some(phase), Some(start), Some(end)) = (phase, i.start, i.end) {
            if phase.start.is_some_and(|p| start < p) || phase.end.is_some_and(|p| end > p) {
                out.push(ScheduleRiskKind::OutsidePhase { phase: phase.kind });
            }
        }
        out
    }

    /// What could make the plan slip, as of `today`, written for the people
    /// who own it: each risk names the initiative, what is wrong, its owner
    /// and what to do. Unlike [`Roadmap::issues`] (the app's prompts) these are
    /// what a document tells its reader. Listed by the initiative's order in
    /// [`Roadmap::in_schedule_order`].
    pub fn schedule_risks(&self, today: NaiveDate) -> Vec<ScheduleRisk> {
        let mut out = Vec::new();
        for i in self.in_schedule_order() {
            let mut push = |kind: ScheduleRiskKind| {
                out.push(ScheduleRisk {
                    initiative_id: i.id.clone(),
                    initiative: i.title.clone(),
                    owner: i.owner.clone(),
                    kind,
                });
            };
            if let Some(end) = i.end {
                if end < today && i.status != InitiativeStatus::Done {
                    push(ScheduleRiskKind::Overdue {
                        end,
                        status: i.status,
                    });
                }
            }
            for conflict in self.conflicts(i) {
                push(conflict);
            }
        }
        out
    }

    /// The initiatives as a schedule reads them: by phase (those without a
    /// phase last), then by start (undated last), then as entered.
    pub fn in_schedule_order(&self) -> Vec<&Initiative> {
        let mut all: Vec<(usize, &Initiative)> = self.initiatives.iter().enumerate().collect();
        all.sort_by_key(|(n, i)| (i.phase.is_none(), i.phase, i.start.is_none(), i.start, *n));
        all.into_iter().map(|(_, i)| i).collect()
    }

    /// Which board column an initiative belongs in, on `today`.
    pub fn bucket(initiative: &Initiative, today: NaiveDate) -> Bucket {
        if initiative.status == InitiativeStatus::Done {
            return Bucket::Done;
        }
        if initiative.status == InitiativeStatus::InProgress {
            return Bucket::Now;
        }
        let horizon = today.checked_add_days(chrono::Days::new(NEXT_WINDOW_DAYS));
        match (initiative.start, initiative.end) {
            (Some(start), _) if start <= today => Bucket::Now,
            (Some(start), _) if horizon.is_some_and(|h| start <= h) => Bucket::Next,
            (None, _) if initiative.phase == Some(PhaseKind::QuickWins) => Bucket::Next,
            _ => Bucket::Later,
        }
    }

    /// What the roadmap does to each practice in the gap report: the level
    /// once its initiatives are done, and when its target is reached.
    pub fn projections(&self, report: &GapReport) -> Vec<Projection> {
        report
            .practices
            .iter()
            .map(|p| {
                let mut mine: Vec<&Initiative> = self
                    .initiatives
                    .iter()
                    .filter(|i| i.practices.contains(&p.practice_id))
                    .collect();
                // Earliest end first; undated ones last, in list order.
                mine.sort_by_key(|i| (i.end.is_none(), i.end));
                let mut level = p.current;
                let mut reached = match (p.current, p.target) {
                    (Some(c), Some(t)) if c >= t => TargetReached::Already,
                    _ => TargetReached::NotPlanned,
                };
                for i in &mine {
                    let Some(raised) = i.raises_to else { continue };
                    level = Some(level.map_or(raised, |l| l.max(raised)));
                    if reached == TargetReached::NotPlanned {
                        if let (Some(t), Some(end)) = (p.target, i.end) {
                            if raised >= t {
                                reached = TargetReached::On(end);
                            }
                        }
                    }
                }
                Projection {
                    practice_id: p.practice_id.clone(),
                    name: p.name.clone(),
                    current: p.current,
                    target: p.target,
                    projected: level,
                    reached,
                    initiatives: mine.iter().map(|i| i.id.clone()).collect(),
                }
            })
            .collect()
    }
}

/// Checks a phase's or an initiative's days: each within the years kept,
/// the end not before the start; `at` names the input ("start", "end").
fn check_dates(
    what: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    at: impl Fn(&str) -> Place,
) -> Result<(), ValidationError> {
    for (input, day) in [("start", start), ("end", end)] {
        if let Some(day) = day {
            crate::validation::check_day(what, day).map_err(|e| e.at(at(input)))?;
        }
    }
    match (start, end) {
        (Some(start), Some(end)) if end < start => {
            Err(ValidationError::EndBeforeStart { start, end }.at(at("end")))
        }
        _ => Ok(()),
    }
}

fn check_initiative(i: &Initiative) -> Result<(), ValidationError> {
    if i.id.trim().is_empty() || i.id.len() > 64 {
        return Err(ValidationError::Text {
            what: "An initiative id".into(),
            reason: "is empty or too long".into(),
        });
    }
    let at = |input: &str| Place {
        row: Some(i.id.clone()),
        input: input.to_owned(),
    };
    if i.title.trim().is_empty() {
        return Err(ValidationError::Text {
            what: "An initiative".into(),
            reason: "needs a title".into(),
        }
        .at(at("title")));
    }
    TITLE
        .check_named("Initiative title", &i.title)
        .map_err(|e| e.at(at("title")))?;
    TITLE
        .check_named("Owner", &i.owner)
        .map_err(|e| e.at(at("owner")))?;
    TextRule::PARAGRAPH
        .check_named("Description", &i.description)
        .map_err(|e| e.at(at("description")))?;
    for practice in &i.practices {
        TITLE
            .check_named("A practice id", practice)
            .map_err(|e| e.at(at("practices")))?;
    }
    check_dates(&format!("A date of “{}”", i.title), i.start, i.end, at)?;
    if i.dependencies.contains(&i.id) {
        return Err(ValidationError::DependencyCycle {
            names: vec![i.title.clone(), i.title.clone()],
        });
    }
    Ok(())
}

/// Drafts one initiative for each of the `count` gaps that matter most and
/// that no initiative covers yet. Deterministic: ids are `suggested-<practice>`.
/// The gap's size picks the phase (1 level a quick win, 2 foundation, more
/// expansion). Dates run for the practice's horizon (12 months when none was
/// set) from `start` (the first day after the workshop, say) and fit inside
/// the phase's dates: a dated phase's draft starts no earlier than the phase
/// and ends no later, and a phase already over by `start` hands its drafts to
/// the next one still open. So a draft is never flagged as outside its phase
/// unless every later phase is over too.
pub fn suggest_initiatives(
    report: &GapReport,
    framework: &Framework,
    roadmap: &Roadmap,
    horizons: &HashMap<String, u16>,
    start: NaiveDate,
    count: usize,
) -> Vec<Initiative> {
    let covered: HashSet<&str> = roadmap
        .initiatives
        .iter()
        .flat_map(|i| i.practices.iter().map(String::as_str))
        .collect();
    report
        .top(usize::MAX)
        .filter(|g| g.gap.unwrap_or(0) > 0 && !covered.contains(g.practice_id.as_str()))
        .take(count)
        .map(|g| {
            let gap = g.gap.unwrap_or(0);
            let months = horizons.get(&g.practice_id).copied().unwrap_or(12);
            let (phase, effort) = match gap {
                1 => (PhaseKind::QuickWins, Effort::Small),
                2 => (PhaseKind::Foundation, Effort::Medium),
                _ => (PhaseKind::Expansion, Effort::Large),
            };
            let (phase, phase_start, end) = roadmap.dates_within_phase(phase, start, months);
            let aim = g
                .target
                .and_then(|t| framework.practice(&g.practice_id).map(|p| p.descriptor(t)))
                .unwrap_or_default();
            let level = |l: Option<Level>| l.map_or("?".to_owned(), |l| l.value().to_string());
            Initiative {
                id: format!("suggested-{}", g.practice_id),
                title: format!(
                    "Raise {} from level {} to {}",
                    g.name.to_lowercase_first(),
                    level(g.current),
                    level(g.target)
                ),
                description: format!("Aim: {aim}"),
                practices: vec![g.practice_id.clone()],
                owner: String::new(),
                start: Some(phase_start),
                end,
                phase: Some(phase),
                effort: Some(effort),
                status: InitiativeStatus::Planned,
                dependencies: Vec::new(),
                milestone: false,
                raises_to: g.target,
            }
        })
        .collect()
}

/// "Incident management" → "incident management", leaving acronyms ("IT asset…") alone.
trait LowercaseFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowercaseFirst for String {
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match (chars.next(), self.chars().nth(1)) {
            (Some(first), Some(second)) if !second.is_uppercase() => {
                first.to_lowercase().chain(chars).collect()
            }
            _ => self.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
    use crate::{Assessment, PracticeAssessment, Priority};
    use proptest::prelude::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("valid date")
    }

    fn initiative(id: &str, deps: &[&str]) -> Initiative {
        Initiative {
            id: id.into(),
            title: format!("Initiative {id}"),
            description: String::new(),
            practices: Vec::new(),
            owner: String::new(),
            start: None,
            end: None,
            phase: None,
            effort: None,
            status: InitiativeStatus::Planned,
            dependencies: deps.iter().map(|d| (*d).to_owned()).collect(),
            milestone: false,
            raises_to: None,
        }
    }

    fn roadmap(items: Vec<Initiative>) -> Roadmap {
        Roadmap {
            initiatives: items,
            ..Roadmap::default()
        }
    }

    #[test]
    fn an_outline_counts_dated_phases_planned_initiatives_and_covered_practices() {
        let empty = Roadmap::default().outline();
        assert!(!empty.phases_dated());
        assert_eq!(empty.initiatives(), 0);
        assert!(!empty.all_planned(), "no initiative is not all planned");

        let mut planned = initiative("a", &[]);
        planned.owner = "Dana".into();
        (planned.start, planned.end) = (Some(date(1, 5)), Some(date(3, 31)));
        planned.practices = vec!["incident-management".into()];
        let mut blank_owner = planned.clone();
        blank_owner.id = "b".into();
        blank_owner.owner = " \t".into();
        blank_owner.practices = vec!["problem-management".into(), "incident-management".into()];
        let mut r = roadmap(vec![planned.clone(), blank_owner]);
        for phase in &mut r.phases[..3] {
            (phase.start, phase.end) = (Some(date(1, 1)), Some(date(6, 30)));
        }
        r.phases[3].start = Some(date(7, 1));
        let outline = r.outline();
        assert!(!outline.phases_dated(), "the last phase has no end");
        assert_eq!(outline.initiatives(), 2);
        assert!(!outline.all_planned(), "a blank owner is no owner");
        assert!(outline.is_covered("problem-management"));
        assert!(outline.is_covered("incident-management"));
        assert!(!outline.is_covered("change-enablement"));

        r.phases[3].end = Some(date(12, 31));
        r.initiatives = vec![planned];
        let outline = r.outline();
        assert!(outline.phases_dated());
        assert!(outline.all_planned());
        assert!(!outline.is_covered("problem-management"));
    }

    #[test]
    fn an_outline_takes_a_phase_read_twice_at_its_last_dates() {
        let mut outline = RoadmapOutline::new();
        for kind in PhaseKind::ALL {
            outline.phase(kind, Some(date(1, 1)), Some(date(2, 1)));
        }
        assert!(outline.phases_dated());
        outline.phase(PhaseKind::ALL[0], Some(date(1, 1)), None);
        assert!(!outline.phases_dated());
    }

    #[test]
    fn a_cycle_is_refused_with_a_message_naming_it() {
        let mut r = roadmap(vec![
            initiative("a", &[]),
            initiative("b", &["a"]),
            initiative("c", &["b"]),
        ]);
        assert_eq!(r.validate(), Ok(()));
        let before = r.clone();
        let err = r.upsert(initiative("a", &["c"])).expect_err("cycle");
        assert_eq!(
            err.to_string(),
            "These initiatives depend on each other in a circle, so none could ever start: \
             Initiative a → Initiative c → Initiative b → Initiative a"
        );
        assert_eq!(r, before, "a refused change leaves the roadmap as it was");
        let err = r.upsert(initiative("d", &["d"])).expect_err("self");
        assert!(err.to_string().contains("Initiative d → Initiative d"));
    }

    #[test]
    fn end_before_start_and_unknown_dependencies_are_refused() {
        let mut r = Roadmap::default();
        let mut i = initiative("a", &[]);
        i.start = Some(date(5, 1));
        i.end = Some(date(4, 30));
        assert!(matches!(
            r.upsert(i).map_err(|e| e.cause().clone()),
            Err(ValidationError::EndBeforeStart { .. })
        ));
        let err = r.upsert(initiative("b", &["ghost"])).expect_err("unknown");
        assert!(err.to_string().contains("does not exist"));
        let mut untitled = initiative("c", &[]);
        untitled.title = " ".into();
        assert!(r.upsert(untitled).is_err());
    }

    #[test]
    fn removing_an_initiative_removes_dependencies_on_it() {
        let mut r = roadmap(vec![initiative("a", &[]), initiative("b", &["a"])]);
        r.remove("a");
        assert_eq!(r.initiatives.len(), 1);
        assert!(r.initiatives[0].dependencies.is_empty());
    }

    #[test]
    fn starting_before_a_dependency_ends_is_flagged_not_refused() {
        let mut a = initiative("a", &[]);
        a.start = Some(date(3, 1));
        a.end = Some(date(5, 31));
        let mut b = initiative("b", &["a"]);
        b.start = Some(date(5, 15));
        b.end = Some(date(8, 31));
        let mut r = roadmap(vec![a, b]);
        assert_eq!(r.validate(), Ok(()));
        let issues = r.issues();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].initiative_id, "b");
        assert!(
            issues[0].message
                == "“Initiative b” starts before “Initiative a”, which it depends on, has finished",
            "{}",
            issues[0].message
        );
        r.initiatives[1].start = Some(date(6, 1));
        assert!(r.issues().is_empty());
    }

    #[test]
    fn dates_outside_the_phase_are_flagged() {
        let mut r = roadmap(vec![initiative("a", &[])]);
        r.phases[0].start = Some(date(3, 1));
        r.phases[0].end = Some(date(4, 30));
        r.initiatives[0].phase = Some(PhaseKind::QuickWins);
        r.initiatives[0].start = Some(date(3, 15));
        r.initiatives[0].end = Some(date(6, 1));
        assert!(r.issues()[0]
            .message
            .contains("outside the dates of its phase, Quick wins"));
    }

    #[test]
    fn the_board_sorts_by_status_and_dates_around_today() {
        let today = date(4, 1);
        let dated = |start: Option<NaiveDate>, status| {
            let mut i = initiative("x", &[]);
            i.start = start;
            i.status = status;
            i
        };
        use InitiativeStatus::*;
        assert_eq!(Roadmap::bucket(&dated(None, Done), today), Bucket::Done);
        assert_eq!(
            Roadmap::bucket(&dated(Some(date(9, 1)), InProgress), today),
            Bucket::Now
        );
        assert_eq!(
            Roadmap::bucket(&dated(Some(date(3, 1)), Planned), today),
            Bucket::Now
        );
        assert_eq!(
            Roadmap::bucket(&dated(Some(date(6, 1)), Planned), today),
            Bucket::Next
        );
        assert_eq!(
            Roadmap::bucket(&dated(Some(date(9, 1)), Planned), today),
            Bucket::Later
        );
        assert_eq!(Roadmap::bucket(&dated(None, Planned), today), Bucket::Later);
    }

    fn report(rows: &[(&str, u8, u8, Priority)]) -> GapReport {
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID)
            .expect("built in")
            .clone();
        let l = |v: u8| Some(Level::try_from(i64::from(v)).expect("level"));
        GapReport::of(&Assessment {
            scope: rows.iter().map(|r| r.0.to_owned()).collect(),
            practices: rows
                .iter()
                .map(|(id, c, t, p)| PracticeAssessment {
                    current: l(*c),
                    target: l(*t),
                    priority: Some(*p),
                    ..PracticeAssessment::empty(id)
                })
                .collect(),
            framework: Some(framework),
        })
        .expect("report")
    }

    #[test]
    fn projections_follow_initiatives_in_end_date_order() {
        let report = report(&[
            ("incident-management", 1, 4, Priority::High),
            ("service-desk", 3, 3, Priority::Low),
            ("problem-management", 1, 3, Priority::Medium),
        ]);
        let level = |v: i64| Some(Level::try_from(v).expect("level"));
        let mut first = initiative("first", &[]);
        first.practices = vec!["incident-management".into()];
        first.end = Some(date(6, 30));
        first.raises_to = level(2);
        let mut second = initiative("second", &["first"]);
        second.practices = vec!["incident-management".into(), "problem-management".into()];
        second.end = Some(date(12, 31));
        second.raises_to = level(4);
        let r = roadmap(vec![second, first]);
        let p = r.projections(&report);
        assert_eq!(p[0].projected, level(4));
        assert_eq!(p[0].reached, TargetReached::On(date(12, 31)));
        assert_eq!(p[0].initiatives, ["first", "second"]);
        assert_eq!(p[1].reached, TargetReached::Already);
        assert_eq!(p[1].projected, level(3));
        assert_eq!(p[2].reached, TargetReached::On(date(12, 31)));
    }

    #[test]
    fn suggestions_cover_the_top_uncovered_gaps_deterministically() {
        let report = report(&[
            ("incident-management", 1, 4, Priority::High),  // 9
            ("service-desk", 2, 3, Priority::Low),          // 1
            ("problem-management", 1, 3, Priority::Medium), // 4
            ("change-enablement", 3, 3, Priority::High),    // 0
        ]);
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("built in");
        let mut covered = initiative("mine", &[]);
        covered.practices = vec!["problem-management".into()];
        let r = roadmap(vec![covered]);
        let horizons = HashMap::from([("incident-management".to_owned(), 6)]);
        let s = suggest_initiatives(&report, framework, &r, &horizons, date(4, 1), 5);
        let ids: Vec<&str> = s.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(
            ids,
            ["suggested-incident-management", "suggested-service-desk"]
        );
        assert_eq!(s[0].title, "Raise incident management from level 1 to 4");
        assert_eq!(s[0].end, Some(date(9, 30)), "six months");
        assert_eq!(s[0].phase, Some(PhaseKind::Expansion));
        assert_eq!(s[1].phase, Some(PhaseKind::QuickWins));
        assert!(s[0].description.starts_with("Aim: Resolution times"));
        assert_eq!(
            s,
            suggest_initiatives(&report, framework, &r, &horizons, date(4, 1), 5)
        );
        let mut all = r.clone();
        for i in s {
            all.upsert(i).expect("suggestions are valid");
        }
    }

    fn dated(phases: &[(PhaseKind, NaiveDate, NaiveDate)]) -> Roadmap {
        let mut r = Roadmap::default();
        for (kind, start, end) in phases {
            let p = r
                .phases
                .iter_mut()
                .find(|p| p.kind == *kind)
                .expect("phase");
            (p.start, p.end) = (Some(*start), Some(*end));
        }
        r
    }

    #[test]
    fn suggestions_keep_to_their_phases_dates() {
        let report = report(&[
            ("incident-management", 1, 4, Priority::High), // expansion
            ("service-desk", 2, 3, Priority::Low),         // quick win
            ("problem-management", 1, 3, Priority::Medium), // foundation
        ]);
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("built in");
        let r = dated(&[
            (PhaseKind::QuickWins, date(4, 1), date(6, 30)),
            (PhaseKind::Foundation, date(7, 1), date(12, 31)),
            (PhaseKind::Expansion, date(10, 1), date(12, 31)),
        ]);
        let s = suggest_initiatives(&report, framework, &r, &HashMap::new(), date(3, 12), 5);
        let by = |id: &str| {
            s.iter()
                .find(|i| i.id == format!("suggested-{id}"))
                .expect(id)
        };
        // Twelve months would run past each phase: every draft ends with it.
        assert_eq!(
            (by("service-desk").start, by("service-desk").end),
            (Some(date(4, 1)), Some(date(6, 30)))
        );
        assert_eq!(
            (by("problem-management").start, by("problem-management").end),
            (Some(date(7, 1)), Some(date(12, 31)))
        );
        assert_eq!(
            (
                by("incident-management").start,
                by("incident-management").end
            ),
            (Some(date(10, 1)), Some(date(12, 31)))
        );
        let mut all = r.clone();
        for i in s {
            all.upsert(i).expect("suggestions are valid");
        }
        assert_eq!(all.issues(), Vec::new(), "no draft is flagged");
    }

    #[test]
    fn a_phase_already_over_hands_its_drafts_to_the_next_open_one() {
        let report = report(&[("service-desk", 2, 3, Priority::Low)]);
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("built in");
        let r = dated(&[
            (PhaseKind::QuickWins, date(1, 1), date(2, 28)),
            (PhaseKind::Foundation, date(3, 1), date(9, 30)),
        ]);
        let s = suggest_initiatives(
            &report,
            framework,
            &r,
            &HashMap::from([("service-desk".to_owned(), 3)]),
            date(4, 15),
            5,
        );
        assert_eq!(s[0].phase, Some(PhaseKind::Foundation));
        assert_eq!(
            (s[0].start, s[0].end),
            (Some(date(4, 15)), Some(date(7, 14)))
        );
    }

    proptest! {
        #[test]
        fn a_draft_is_outside_its_phase_only_when_no_later_phase_is_open(
            bounds in proptest::collection::vec((0i64..400, 0i64..200), 4),
            from in 0i64..500,
            months in 1u16..36,
            gap in 1u8..4,
        ) {
            let day = |n: i64| date(1, 1) + chrono::Duration::days(n);
            let phases: Vec<(PhaseKind, NaiveDate, NaiveDate)> = PhaseKind::ALL
                .into_iter()
                .zip(&bounds)
                .map(|(k, (start, length))| (k, day(*start), day(start + length)))
                .collect();
            let r = dated(&phases);
            let report = report(&[("service-desk", 1, 1 + gap, Priority::High)]);
            let framework = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("built in");
            let horizons = HashMap::from([("service-desk".to_owned(), months)]);
            let s = suggest_initiatives(&report, framework, &r, &horizons, day(from), 1);
            prop_assert_eq!(s.len(), 1);
            let mut all = r.clone();
            all.upsert(s[0].clone()).expect("a draft is valid");
            let flagged = !all.issues().is_empty();
            let chosen = s[0].phase.expect("a phase");
            let wanted = [PhaseKind::QuickWins, PhaseKind::Foundation, PhaseKind::Expansion][usize::from(gap.min(3)) - 1];
            let open_from_wanted = PhaseKind::ALL.into_iter().skip_while(|k| *k != wanted)
                .any(|k| r.phase(k).and_then(|p| p.end).is_some_and(|end| end >= day(from)));
            prop_assert_eq!(flagged, !open_from_wanted, "{:?} {:?}", s[0], chosen);
            prop_assert!(s[0].start >= Some(day(from)));
        }

        #[test]
        fn validate_refuses_exactly_the_graphs_with_a_cycle(edges in proptest::collection::vec((0usize..8, 0usize..8), 0..16)) {
            let mut items: Vec<Initiative> = (0..8).map(|n| initiative(&n.to_string(), &[])).collect();
            for (from, to) in &edges {
                let to = to.to_string();
                if !items[*from].dependencies.contains(&to) {
                    items[*from].dependencies.push(to);
                }
            }
            let r = roadmap(items);
            // Reference answer: a graph is acyclic iff repeatedly removing
            // nodes without remaining dependencies removes them all.
            let mut remaining: Vec<(String, Vec<String>)> = r
                .initiatives
                .iter()
                .map(|i| (i.id.clone(), i.dependencies.clone()))
                .collect();
            loop {
                let done: Vec<String> = remaining.iter().filter(|(_, d)| d.is_empty()).map(|(id, _)| id.clone()).collect();
                if done.is_empty() { break; }
                remaining.retain(|(id, _)| !done.contains(id));
                for (_, d) in &mut remaining { d.retain(|x| !done.contains(x)); }
            }
            let acyclic = remaining.is_empty();
            prop_assert_eq!(r.validate().is_ok(), acyclic);
            if let Some(cycle) = r.find_cycle() {
                // The reported cycle is real: each step is a dependency.
                prop_assert_eq!(cycle.first(), cycle.last());
                for pair in cycle.windows(2) {
                    let from = r.initiative(&pair[0]).expect("exists");
                    prop_assert!(from.dependencies.contains(&pair[1]));
                }
            }
        }
    }

    #[test]
    fn a_schedule_reads_by_phase_then_start_and_its_risks_say_what_to_do() {
        let mut r = Roadmap::default();
        let dated =
            |id: &str, phase, start: (u32, u32), end: (u32, u32), deps: &[&str]| Initiative {
                phase,
                start: Some(date(start.0, start.1)),
                end: Some(date(end.0, end.1)),
                owner: format!("Owner of {id}"),
                ..initiative(id, deps)
            };
        r.phases = vec![Phase {
            kind: PhaseKind::QuickWins,
            start: Some(date(1, 1)),
            end: Some(date(3, 31)),
        }];
        r.initiatives = vec![
            initiative("undated", &[]),
            dated(
                "late",
                Some(PhaseKind::Foundation),
                (6, 1),
                (7, 31),
                &["early"],
            ),
            dated("early", Some(PhaseKind::QuickWins), (2, 1), (6, 30), &[]),
            dated("first", Some(PhaseKind::QuickWins), (1, 15), (2, 28), &[]),
            dated("none", None, (1, 1), (1, 31), &[]),
        ];
        let order: Vec<&str> = r
            .in_schedule_order()
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(order, ["first", "early", "late", "none", "undated"]);

        let risks = r.schedule_risks(date(3, 1));
        let said: Vec<(&str, String, String)> = risks
            .iter()
            .map(|k| {
                (
                    k.initiative_id.as_str(),
                    k.risk(crate::DateStyle::DayMonthYear),
                    k.action(),
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                (
                    "first",
                    "Due to finish by 28 Feb 2026, still planned".to_owned(),
                    "Confirm it is done, or agree a new end date and what it delays".to_owned()
                ),
                (
                    "early",
                    "Runs outside the Quick wins phase".to_owned(),
                    "Move its dates into the phase's, or move it to the phase it falls in"
                        .to_owned()
                ),
                (
                    "late",
                    "Starts before “Initiative early”, which it needs, has finished".to_owned(),
                    "Start it after “Initiative early” ends, or agree what it can begin without"
                        .to_owned()
                ),
                (
                    "none",
                    "Due to finish by 31 Jan 2026, still planned".to_owned(),
                    "Confirm it is done, or agree a new end date and what it delays".to_owned()
                ),
            ]
        );
        assert_eq!(risks[0].owner, "Owner of first");
        // Done is never overdue.
        r.initiatives[3].status = InitiativeStatus::Done;
        assert!(r
            .schedule_risks(date(3, 1))
            .iter()
            .all(|k| k.initiative_id != "first"));
    }
}
