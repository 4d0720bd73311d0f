//! The workshop's agenda and its clock: items (a step, a group of practices on
//! a step, or a break) with planned minutes, in order; the time each actually
//! took; and the countdown of the item under way. Every rule takes the time
//! as an input (`now`): the app shell reads the clock, nothing here does.
//!
//! The clock keeps running while the app is closed (a restart mid-item shows
//! the time really spent), until the facilitator pauses it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::validation::TextRule;
use crate::{Assessment, Step, ValidationError};

/// The longest an item may be planned for: ten hours.
pub const MAX_ITEM_MINUTES: u16 = 600;
/// The quiet warning comes this many seconds before an item's end.
pub const WARNING_SECONDS: i64 = 120;

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// Stable identity, kept across edits.
    pub id: String,
    /// What the room reads ("Current state: service management practices", "Lunch").
    pub title: String,
    /// The step it runs in, if any (a break has none).
    pub step: Option<Step>,
    /// The framework group of practices it covers, if it covers one group.
    pub group: Option<String>,
    /// Minutes planned, 1 to [`MAX_ITEM_MINUTES`].
    pub planned_minutes: u16,
    /// Seconds it actually took (so far, for the item under way: booked
    /// when the facilitator moves on or finishes).
    pub actual_seconds: u32,
    /// Whether it has been run (the facilitator moved on from it).
    pub done: bool,
}

/// Where the agenda's clock is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(
    tag = "state",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum AgendaClock {
    /// Not running: before the day starts or after it ends.
    #[default]
    Idle,
    /// Counting item `item` since `since`, after `before` seconds already spent on it.
    Running {
        /// The item under way.
        item: String,
        /// When the clock was last started or resumed.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        since: DateTime<Utc>,
        /// Seconds spent on the item before `since`.
        before: u32,
    },
    /// Stopped on item `item` after `elapsed` seconds.
    Paused {
        /// The item under way.
        item: String,
        /// Seconds spent on it.
        elapsed: u32,
    },
}

/// What the facilitator does to the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ClockAction {
    /// Starts the first item not yet run.
    Start,
    /// Stops counting, keeping the time spent.
    Pause,
    /// Counts on from where it paused.
    Resume,
    /// Books the item's time and starts the next (the day ends after the last).
    Next,
    /// Books the item's time and stops: the day is over.
    Finish,
}

/// The workshop's agenda: the plan, what it took, and the clock.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    /// The items, in order.
    pub items: Vec<AgendaItem>,
    /// A timebox per practice on Current state, in minutes; `None` for none.
    pub practice_minutes: Option<u16>,
    /// The clock.
    pub clock: AgendaClock,
}

/// How long the default agenda runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum AgendaLength {
    /// Assessment, targets, gaps and a first charter outline in one day.
    OneDay,
    /// Day one the assessment; day two vision, charter and roadmap.
    TwoDays,
}

/// The agenda as of a moment: what is under way and how the day is going.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AgendaReading {
    /// The item under way (running or paused), by its place in the list.
    pub current: Option<u32>,
    /// Whether the clock is counting.
    pub running: bool,
    /// Seconds spent on the item under way.
    pub elapsed_seconds: u32,
    /// Seconds left of its plan; negative once it overruns.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub remaining_seconds: i64,
    /// Within two minutes of its planned end, not yet over.
    pub warning: bool,
    /// Seconds the day is behind its plan (negative: ahead): the finished
    /// items' overruns, and the item under way's once it overruns.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub behind_seconds: i64,
    /// Seconds of plan left: the item under way's remainder and every later
    /// item not yet run.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub left_seconds: u64,
}

impl AgendaItem {
    fn planned_seconds(&self) -> i64 {
        i64::from(self.planned_minutes) * 60
    }
}

impl Agenda {
    /// The default agenda for `assessment`'s scope: a one-day or two-day
    /// workshop, the assessment split by the framework's groups in scope.
    pub fn template(length: AgendaLength, assessment: &Assessment) -> Agenda {
        let groups: Vec<(String, String, usize)> = assessment
            .framework
            .as_ref()
            .map(|f| {
                f.groups
                    .iter()
                    .map(|g| {
                        let n = assessment
                            .scope
                            .iter()
                            .filter(|id| f.practice(id).is_some_and(|p| p.group == g.id))
                            .count();
                        (g.id.clone(), g.name.clone(), n)
                    })
                    .filter(|(_, _, n)| *n > 0)
                    .collect()
            })
            .unwrap_or_default();
        // Minutes per practice: a one-day workshop scores faster.
        let per_practice: u16 = match length {
            AgendaLength::OneDay => 6,
            AgendaLength::TwoDays => 10,
        };
        let mut items = Vec::new();
        let mut add = |title: String, step: Option<Step>, group: Option<String>, minutes: usize| {
            let planned = u16::try_from(minutes.clamp(5, usize::from(MAX_ITEM_MINUTES)))
                .unwrap_or(MAX_ITEM_MINUTES);
            items.push(AgendaItem {
                id: format!("item-{}", items.len() + 1),
                title,
                step,
                group,
                planned_minutes: planned,
                actual_seconds: 0,
                done: false,
            });
        };
        add(
            "Welcome, goals and ground rules".into(),
            Some(Step::SetUp),
            None,
            20,
        );
        for (id, name, n) in &groups {
            add(
                format!("Current state: {name}"),
                Some(Step::CurrentState),
                Some(id.clone()),
                n * usize::from(per_practice),
            );
        }
        add("Break".into(), None, None, 15);
        add(
            "Target state".into(),
            Some(Step::TargetState),
            None,
            assessment.scope.len().max(1) * 3 + 15,
        );
        add(
            "Gap analysis and priorities".into(),
            Some(Step::GapAnalysis),
            None,
            45,
        );
        match length {
            AgendaLength::OneDay => {
                add("Lunch".into(), None, None, 45);
                add(
                    "Vision and mission".into(),
                    Some(Step::VisionMission),
                    None,
                    45,
                );
                add("Charter outline".into(), Some(Step::Charter), None, 60);
                add("Next steps".into(), Some(Step::Roadmap), None, 20);
            }
            AgendaLength::TwoDays => {
                add("End of day one".into(), None, None, 10);
                add("Day two: recap".into(), Some(Step::GapAnalysis), None, 20);
                add(
                    "Vision and mission".into(),
                    Some(Step::VisionMission),
                    None,
                    75,
                );
                add("Break".into(), None, None, 15);
                add(
                    "Charter: purpose, scope, services and authority".into(),
                    Some(Step::Charter),
                    None,
                    90,
                );
                add("Lunch".into(), None, None, 45);
                add(
                    "Charter: roles, RACI, governance and KPIs".into(),
                    Some(Step::Charter),
                    None,
                    90,
                );
                add("Roadmap".into(), Some(Step::Roadmap), None, 75);
                add(
                    "Agreements and next steps".into(),
                    Some(Step::Export),
                    None,
                    20,
                );
            }
        }
        Agenda {
            items,
            practice_minutes: Some(per_practice),
            clock: AgendaClock::Idle,
        }
    }

    /// Checks the plan: titles, minutes, unique ids, and a clock on an item
    /// that exists. Says which item.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut seen = std::collections::HashSet::new();
        for (n, item) in self.items.iter().enumerate() {
            let what = format!("Agenda item {}", n + 1);
            TextRule::LINE
                .required()
                .check_named(&format!("{what}'s title"), &item.title)?;
            if !(1..=MAX_ITEM_MINUTES).contains(&item.planned_minutes) {
                return Err(ValidationError::Text {
                    what,
                    reason: format!(
                        "is planned for {} minutes: plan 1 to {MAX_ITEM_MINUTES}",
                        item.planned_minutes
                    ),
                });
            }
            if item.id.is_empty() || !seen.insert(item.id.as_str()) {
                return Err(ValidationError::Text {
                    what,
                    reason: "has an empty id or the same id as another item".into(),
                });
            }
        }
        if let Some(m) = self.practice_minutes {
            if !(1..=60).contains(&m) {
                return Err(ValidationError::Text {
                    what: "The timebox per practice".into(),
                    reason: format!("is {m} minutes: choose 1 to 60, or none"),
                });
            }
        }
        if let Some(item) = self.clock_item() {
            if !self.items.iter().any(|i| i.id == item) {
                return Err(ValidationError::Text {
                    what: "The agenda's clock".into(),
                    reason: format!("runs on item \"{item}\", which is not on the agenda"),
                });
            }
        }
        Ok(())
    }

    /// The plan replaced by `items` (and the per-practice timebox): the time
    /// already spent on an item is kept by its id, and the clock keeps
    /// running on its item if it is still there (else it stops).
    pub fn replan(
        &self,
        mut items: Vec<AgendaItem>,
        practice_minutes: Option<u16>,
    ) -> Result<Agenda, ValidationError> {
        for item in &mut items {
            let before = self.items.iter().find(|i| i.id == item.id);
            item.actual_seconds = before.map_or(0, |i| i.actual_seconds);
            item.done = before.is_some_and(|i| i.done);
        }
        let mut next = Agenda {
            items,
            practice_minutes,
            clock: self.clock.clone(),
        };
        if next
            .clock_item()
            .is_some_and(|id| !next.items.iter().any(|i| i.id == id))
        {
            next.clock = AgendaClock::Idle;
        }
        next.validate()?;
        Ok(next)
    }

    fn clock_item(&self) -> Option<&str> {
        match &self.clock {
            AgendaClock::Idle => None,
            AgendaClock::Running { item, .. } | AgendaClock::Paused { item, .. } => Some(item),
        }
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// Seconds spent on the item under way at `now` (0 when idle). A clock
    /// that reads earlier than it was started (the computer's clock was set
    /// back) counts nothing for that stretch, never less than before.
    fn elapsed(&self, now: DateTime<Utc>) -> u32 {
        match &self.clock {
            AgendaClock::Idle => 0,
            AgendaClock::Paused { elapsed, .. } => *elapsed,
            AgendaClock::Running { since, before, .. } => {
                let run = (now - *since).num_seconds().max(0);
                before.saturating_add(u32::try_from(run).unwrap_or(u32::MAX))
            }
        }
    }

    /// Applies `action` at `now`. Refused when it makes no sense (pausing
    /// a clock that is not running, starting an empty agenda…).
    pub fn apply(
        &mut self,
        action: ClockAction,
        now: DateTime<Utc>,
    ) -> Result<(), ValidationError> {
        let refuse = |reason: &str| ValidationError::Text {
            what: "The agenda's clock".into(),
            reason: reason.into(),
        };
        let elapsed = self.elapsed(now);
        let current = self.clock_item().map(str::to_owned);
        match (action, &self.clock) {
            (ClockAction::Start, AgendaClock::Idle) => {
                if self.items.is_empty() {
                    return Err(refuse("has no agenda to run: add an item first"));
                }
                let first = self
                    .items
                    .iter()
                    .find(|i| !i.done)
                    .ok_or_else(|| refuse("has run every item: add one to run more"))?;
                self.clock = AgendaClock::Running {
                    item: first.id.clone(),
                    since: now,
                    before: 0,
                };
            }
            (ClockAction::Start, _) => {
                return Err(refuse("is already on an item: pause, move on or finish it"))
            }
            (ClockAction::Pause, AgendaClock::Running { item, .. }) => {
                self.clock = AgendaClock::Paused {
                    item: item.clone(),
                    elapsed,
                };
            }
            (ClockAction::Pause, _) => return Err(refuse("is not running")),
            (ClockAction::Resume, AgendaClock::Paused { item, elapsed }) => {
                self.clock = AgendaClock::Running {
                    item: item.clone(),
                    since: now,
                    before: *elapsed,
                };
            }
            (ClockAction::Resume, _) => return Err(refuse("is not paused")),
            (ClockAction::Next | ClockAction::Finish, AgendaClock::Idle) => {
                return Err(refuse("has not started: start the agenda first"))
            }
            (ClockAction::Next | ClockAction::Finish, _) => {
                let at = current
                    .as_deref()
                    .and_then(|id| self.position(id))
                    .ok_or_else(|| refuse("is on an item that is not on the agenda"))?;
                let was_running = matches!(self.clock, AgendaClock::Running { .. });
                if let Some(item) = self.items.get_mut(at) {
                    item.actual_seconds = item.actual_seconds.saturating_add(elapsed);
                    item.done = true;
                }
                self.clock = match (action, self.items.get(at + 1)) {
                    (ClockAction::Next, Some(next)) if was_running => AgendaClock::Running {
                        item: next.id.clone(),
                        since: now,
                        before: 0,
                    },
                    (ClockAction::Next, Some(next)) => AgendaClock::Paused {
                        item: next.id.clone(),
                        elapsed: 0,
                    },
                    _ => AgendaClock::Idle,
                };
            }
        }
        Ok(())
    }

    /// How the day stands at `now`.
    pub fn reading(&self, now: DateTime<Utc>) -> AgendaReading {
        let elapsed = self.elapsed(now);
        let current = self.clock_item().and_then(|id| self.position(id));
        let overrun = |i: &AgendaItem| i64::from(i.actual_seconds) - i.planned_seconds();
        let (behind, remaining, left) = match current {
            Some(at) => {
                let item = &self.items[at];
                let spent = i64::from(item.actual_seconds) + i64::from(elapsed);
                let remaining = item.planned_seconds() - spent;
                let done: i64 = self.items[..at]
                    .iter()
                    .filter(|i| i.done)
                    .map(overrun)
                    .sum();
                let later: i64 = self.items[at + 1..]
                    .iter()
                    .filter(|i| !i.done)
                    .map(AgendaItem::planned_seconds)
                    .sum();
                (
                    done + (-remaining).max(0),
                    remaining,
                    remaining.max(0) + later,
                )
            }
            None => {
                let done: i64 = self.items.iter().filter(|i| i.done).map(overrun).sum();
                let left: i64 = self
                    .items
                    .iter()
                    .filter(|i| !i.done)
                    .map(AgendaItem::planned_seconds)
                    .sum();
                (done, 0, left)
            }
        };
        AgendaReading {
            current: current.map(crate::count),
            running: matches!(self.clock, AgendaClock::Running { .. }),
            elapsed_seconds: elapsed,
            remaining_seconds: remaining,
            warning: current.is_some() && remaining > 0 && remaining <= WARNING_SECONDS,
            behind_seconds: behind,
            left_seconds: u64::try_from(left).unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(minute: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 9, 9, 0, 0)
            .single()
            .expect("a time")
            + chrono::Duration::seconds(minute * 60)
    }

    fn agenda(minutes: &[u16]) -> Agenda {
        Agenda {
            items: minutes
                .iter()
                .enumerate()
                .map(|(n, m)| AgendaItem {
                    id: format!("i{n}"),
                    title: format!("Item {n}"),
                    step: None,
                    group: None,
                    planned_minutes: *m,
                    actual_seconds: 0,
                    done: false,
                })
                .collect(),
            practice_minutes: None,
            clock: AgendaClock::Idle,
        }
    }

    #[test]
    fn start_pause_resume_next_and_overrun() -> Result<(), ValidationError> {
        let mut a = agenda(&[30, 20, 10]);
        assert_eq!(a.reading(at(0)).left_seconds, 60 * 60);
        a.apply(ClockAction::Start, at(0))?;
        let r = a.reading(at(10));
        assert_eq!(
            (r.current, r.elapsed_seconds, r.remaining_seconds),
            (Some(0), 600, 1200)
        );
        a.apply(ClockAction::Pause, at(10))?;
        assert!(a.apply(ClockAction::Pause, at(11)).is_err());
        // Fifteen minutes of coffee do not count.
        let r = a.reading(at(25));
        assert_eq!((r.running, r.elapsed_seconds), (false, 600));
        a.apply(ClockAction::Resume, at(25))?;
        let r = a.reading(at(44));
        assert_eq!(r.remaining_seconds, 60);
        assert!(r.warning, "the quiet warning two minutes before the end");
        let r = a.reading(at(50));
        assert_eq!(
            (r.remaining_seconds, r.behind_seconds, r.warning),
            (-300, 300, false)
        );
        a.apply(ClockAction::Next, at(50))?;
        assert_eq!(a.items[0].actual_seconds, 35 * 60);
        let r = a.reading(at(60));
        assert_eq!(
            (r.current, r.remaining_seconds, r.behind_seconds),
            (Some(1), 600, 300)
        );
        assert_eq!(r.left_seconds, 600 + 600);
        a.apply(ClockAction::Next, at(65))?;
        a.apply(ClockAction::Next, at(70))?;
        assert_eq!(
            a.clock,
            AgendaClock::Idle,
            "the day ends after the last item"
        );
        let r = a.reading(at(90));
        assert_eq!(r.behind_seconds, 5 * 60 - 5 * 60 - 5 * 60);
        assert_eq!(r.left_seconds, 0);
        Ok(())
    }

    #[test]
    fn a_restart_mid_item_counts_the_time_the_app_was_closed_unless_paused(
    ) -> Result<(), ValidationError> {
        let mut a = agenda(&[30]);
        a.apply(ClockAction::Start, at(0))?;
        let stored: Agenda =
            serde_json::from_str(&serde_json::to_string(&a).expect("json")).expect("reads");
        assert_eq!(stored.reading(at(12)).elapsed_seconds, 12 * 60);
        // A clock set back counts nothing for that stretch.
        assert_eq!(stored.reading(at(-5)).elapsed_seconds, 0);
        Ok(())
    }

    #[test]
    fn replanning_keeps_actuals_by_id_and_the_clock_on_its_item() -> Result<(), ValidationError> {
        let mut a = agenda(&[30, 20]);
        a.apply(ClockAction::Start, at(0))?;
        a.apply(ClockAction::Next, at(40))?;
        let mut items = a.items.clone();
        items.reverse();
        items[0].planned_minutes = 25;
        let b = a.replan(items.clone(), Some(8))?;
        assert_eq!(b.items[1].actual_seconds, 40 * 60);
        assert_eq!(b.clock, a.clock);
        let c = a.replan(items[1..].to_vec(), None)?;
        assert_eq!(c.clock, AgendaClock::Idle, "its item was taken out");
        items[0].planned_minutes = 0;
        assert!(a.replan(items, None).is_err());
        Ok(())
    }

    #[test]
    fn the_templates_cover_every_group_in_scope_and_validate() {
        let w = crate::sample::sample_workshop();
        let framework = crate::framework::builtin_framework(crate::framework::DEFAULT_FRAMEWORK_ID)
            .expect("built in");
        let scope: Vec<String> = w
            .practices
            .iter()
            .map(|p| p.practice_id.to_owned())
            .collect();
        let assessment = Assessment {
            framework: Some(framework.clone()),
            scope,
            practices: Vec::new(),
        };
        for length in [AgendaLength::OneDay, AgendaLength::TwoDays] {
            let a = Agenda::template(length, &assessment);
            assert_eq!(a.validate(), Ok(()));
            let current: Vec<&AgendaItem> = a
                .items
                .iter()
                .filter(|i| i.step == Some(Step::CurrentState))
                .collect();
            let groups: std::collections::HashSet<&str> = assessment
                .scope
                .iter()
                .filter_map(|id| framework.practice(id).map(|p| p.group.as_str()))
                .collect();
            assert!(groups.len() > 1);
            assert_eq!(current.len(), groups.len(), "one item per group in scope");
            let minutes: u32 = a.items.iter().map(|i| u32::from(i.planned_minutes)).sum();
            match length {
                AgendaLength::OneDay => assert!((360..=540).contains(&minutes), "{minutes}"),
                AgendaLength::TwoDays => assert!((720..=1000).contains(&minutes), "{minutes}"),
            }
        }
    }

    proptest! {
        /// Whatever the facilitator presses, whenever: time is never lost
        /// or double counted (booked plus under way equals the time the
        /// clock ran), and the plan left never grows.
        #[test]
        fn the_clock_books_exactly_the_time_it_ran(steps in proptest::collection::vec((0u8..5, 0i64..40), 1..40)) {
            let mut a = agenda(&[10, 20, 15, 5]);
            let mut t = 0i64;
            let mut ran = 0i64;
            let mut left = a.reading(at(0)).left_seconds;
            for (action, wait) in steps {
                let running = matches!(a.clock, AgendaClock::Running { .. });
                t += wait;
                if running { ran += wait * 60; }
                let action = [ClockAction::Start, ClockAction::Pause, ClockAction::Resume, ClockAction::Next, ClockAction::Finish][usize::from(action)];
                let before = a.clone();
                if a.apply(action, at(t)).is_err() {
                    prop_assert_eq!(&a, &before);
                }
                let r = a.reading(at(t));
                let booked: i64 = a.items.iter().map(|i| i64::from(i.actual_seconds)).sum();
                prop_assert_eq!(booked + i64::from(r.elapsed_seconds), ran);
                prop_assert!(r.left_seconds <= left || action == ClockAction::Start, "{} > {}", r.left_seconds, left);
                left = r.left_seconds;
            }
        }
    }
}
