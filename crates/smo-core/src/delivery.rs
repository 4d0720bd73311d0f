//! How the roadmap's initiatives are being delivered after the workshop:
//! each initiative's progress record ([`Delivery`]: percent complete, actual
//! start and end, a note, and the dates first planned, kept as the baseline
//! when the plan moves), how far it has slipped against that baseline, and
//! whether it is late or blocked on a given day ([`DeliveryState`]).
//!
//! Pure: `today` is an input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::roadmap::{Initiative, InitiativeStatus};
use crate::ValidationError;

/// What is recorded of an initiative's delivery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Delivery {
    /// How much is done, 0 to 100.
    pub percent: u8,
    /// The day work actually started.
    pub actual_start: Option<NaiveDate>,
    /// The day it actually finished.
    pub actual_end: Option<NaiveDate>,
    /// Where it stands, in words.
    pub note: String,
    /// The start first planned (kept when the plan moves).
    pub baseline_start: Option<NaiveDate>,
    /// The end first planned (kept when the plan moves).
    pub baseline_end: Option<NaiveDate>,
}

impl Delivery {
    /// Checks the record: percent at most 100, an actual end not before the
    /// actual start.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if self.percent > 100 {
            return Err(ValidationError::PercentOutOfRange {
                value: self.percent,
            });
        }
        if let (Some(start), Some(end)) = (self.actual_start, self.actual_end) {
            if end < start {
                return Err(ValidationError::ActualEndBeforeStart);
            }
        }
        Ok(())
    }

    /// The record once `initiative`'s plan is first set or moves: the first
    /// dates planned stay the baseline; until there are any, the plan's own.
    pub fn keeping_baseline(mut self, initiative: &Initiative) -> Delivery {
        if self.baseline_start.is_none() && self.baseline_end.is_none() {
            self.baseline_start = initiative.start;
            self.baseline_end = initiative.end;
        }
        self
    }
}

/// How an initiative's delivery stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeliveryState {
    /// Days the end has moved past the baseline end (negative: earlier);
    /// `None` without both dates. The actual end counts once there is one.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub slip_days: Option<i64>,
    /// Not done and its (planned) end has passed.
    pub late: bool,
    /// On hold, or waiting on a dependency that is late or on hold.
    pub blocked: bool,
}

impl DeliveryState {
    /// `initiative` (with its `delivery`) on `today`, among `all` (for its
    /// dependencies and theirs).
    pub fn of(
        initiative: &Initiative,
        delivery: &Delivery,
        all: &[(Initiative, Delivery)],
        today: NaiveDate,
    ) -> DeliveryState {
        let done = initiative.status == InitiativeStatus::Done;
        let end_now = delivery.actual_end.or(initiative.end);
        let late_one = |i: &Initiative, d: &Delivery| {
            i.status != InitiativeStatus::Done && d.actual_end.or(i.end).is_some_and(|e| e < today)
        };
        let stuck =
            |i: &Initiative, d: &Delivery| i.status == InitiativeStatus::OnHold || late_one(i, d);
        let waiting_on_stuck = !done
            && initiative
                .dependencies
                .iter()
                .any(|dep| all.iter().any(|(i, d)| &i.id == dep && stuck(i, d)));
        DeliveryState {
            slip_days: delivery
                .baseline_end
                .zip(end_now)
                .map(|(planned, now)| (now - planned).num_days()),
            late: late_one(initiative, delivery),
            blocked: !done && (initiative.status == InitiativeStatus::OnHold || waiting_on_stuck),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::InitiativeStatus;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    fn initiative(
        id: &str,
        end: Option<NaiveDate>,
        status: InitiativeStatus,
        deps: &[&str],
    ) -> Initiative {
        Initiative {
            id: id.into(),
            title: id.into(),
            description: String::new(),
            practices: Vec::new(),
            owner: String::new(),
            start: Some(day(2026, 3, 1)),
            end,
            phase: None,
            effort: None,
            status,
            dependencies: deps.iter().map(|d| (*d).to_owned()).collect(),
            milestone: false,
            raises_to: None,
        }
    }

    #[test]
    fn slippage_lateness_and_blocking() {
        let register = initiative(
            "register",
            Some(day(2026, 6, 30)),
            InitiativeStatus::InProgress,
            &[],
        );
        let baseline = Delivery::default().keeping_baseline(&register);
        assert_eq!(baseline.baseline_end, Some(day(2026, 6, 30)));
        // The plan moves to September: the baseline stays June.
        let moved = Initiative {
            end: Some(day(2026, 9, 30)),
            ..register.clone()
        };
        let delivery = baseline.clone().keeping_baseline(&moved);
        assert_eq!(delivery.baseline_end, Some(day(2026, 6, 30)));
        let reports = initiative(
            "reports",
            Some(day(2026, 12, 31)),
            InitiativeStatus::Planned,
            &["register"],
        );
        let all = vec![
            (moved.clone(), delivery.clone()),
            (reports.clone(), Delivery::default()),
        ];

        let july = DeliveryState::of(&moved, &delivery, &all, day(2026, 7, 15));
        assert_eq!(
            (july.slip_days, july.late, july.blocked),
            (Some(92), false, false)
        );
        let october = DeliveryState::of(&moved, &delivery, &all, day(2026, 10, 2));
        assert!(october.late, "past its end and not done");
        let waiting = DeliveryState::of(&reports, &Delivery::default(), &all, day(2026, 10, 2));
        assert!(waiting.blocked, "waits on a late initiative");

        // Finished early by its actual end: slip negative, not late.
        let done = Initiative {
            status: InitiativeStatus::Done,
            ..moved
        };
        let finished = Delivery {
            actual_end: Some(day(2026, 6, 20)),
            percent: 100,
            ..delivery
        };
        let state = DeliveryState::of(&done, &finished, &all, day(2026, 10, 2));
        assert_eq!(
            (state.slip_days, state.late, state.blocked),
            (Some(-10), false, false)
        );
    }

    #[test]
    fn a_record_out_of_range_is_refused() {
        let over = Delivery {
            percent: 101,
            ..Delivery::default()
        };
        assert!(matches!(
            over.validate(),
            Err(ValidationError::PercentOutOfRange { value: 101 })
        ));
        let backwards = Delivery {
            actual_start: Some(day(2026, 5, 2)),
            actual_end: Some(day(2026, 5, 1)),
            ..Delivery::default()
        };
        assert!(matches!(
            backwards.validate(),
            Err(ValidationError::ActualEndBeforeStart)
        ));
    }

    proptest! {
        #[test]
        fn the_baseline_is_the_first_plan_whatever_moves_after(ends in prop::collection::vec(0i64..2000, 1..10)) {
            let base = day(2026, 1, 1);
            let mut delivery = Delivery::default();
            for (k, e) in ends.iter().enumerate() {
                let plan = initiative("x", Some(base + chrono::Duration::days(*e)), InitiativeStatus::InProgress, &[]);
                delivery = delivery.keeping_baseline(&plan);
                prop_assert_eq!(delivery.baseline_end, Some(base + chrono::Duration::days(ends[0])), "after {} moves", k);
            }
        }

        #[test]
        fn a_done_initiative_is_never_late_or_blocked(end in 0i64..2000, today in 0i64..3000, on_hold_dep in any::<bool>()) {
            let base = day(2026, 1, 1);
            let dep = initiative("dep", Some(base), if on_hold_dep { InitiativeStatus::OnHold } else { InitiativeStatus::Planned }, &[]);
            let me = initiative("me", Some(base + chrono::Duration::days(end)), InitiativeStatus::Done, &["dep"]);
            let all = vec![(dep, Delivery::default()), (me.clone(), Delivery::default())];
            let state = DeliveryState::of(&me, &Delivery::default(), &all, base + chrono::Duration::days(today));
            prop_assert!(!state.late && !state.blocked);
        }
    }
}
