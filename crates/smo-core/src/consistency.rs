//! Where the assessment, the charter and the roadmap disagree: a target the
//! plan reaches later than the room's horizon, a practice the plan raises
//! above its agreed target, an objective due before the work that delivers it
//! ends. Each is said in words a reader acts on, with what would resolve it;
//! a document states the ones still open.

use chrono::{Months, NaiveDate};

use crate::roadmap::TargetReached;
use crate::{DateStyle, GapReport, Level, Workshop};

/// One disagreement between the three parts of a workshop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inconsistency {
    /// The plan reaches a practice's target after the horizon the room set.
    LaterThanHorizon {
        /// The practice's name.
        practice: String,
        /// The horizon, in months.
        months: u16,
        /// The day the horizon ends (counted from the workshop's last day).
        due: NaiveDate,
        /// The day the plan reaches the target.
        reached: NaiveDate,
    },
    /// The plan raises a practice above the target agreed for it.
    AboveTarget {
        /// The practice's name.
        practice: String,
        /// The agreed target.
        target: Level,
        /// The level the plan raises it to.
        projected: Level,
    },
    /// An objective is due before an initiative that closes the gap of one
    /// of its practices ends.
    ObjectiveBeforeInitiative {
        /// The objective's title.
        objective: String,
        /// Its due day.
        due: NaiveDate,
        /// The initiative's title.
        initiative: String,
        /// Its last day.
        ends: NaiveDate,
    },
}

impl Inconsistency {
    /// What disagrees, days written in `dates`' style.
    pub fn describe(&self, dates: DateStyle) -> String {
        match self {
            Inconsistency::LaterThanHorizon {
                practice,
                months,
                due,
                reached,
            } => format!(
                "{practice} was given {months} months (to {}), but the roadmap reaches its target on {}",
                dates.day(*due),
                dates.day(*reached)
            ),
            Inconsistency::AboveTarget {
                practice,
                target,
                projected,
            } => format!(
                "The roadmap raises {practice} to level {}, above its agreed target of {}",
                projected.value(),
                target.value()
            ),
            Inconsistency::ObjectiveBeforeInitiative {
                objective,
                due,
                initiative,
                ends,
            } => format!(
                "The objective “{objective}” is due on {}, before “{initiative}”, which delivers it, ends on {}",
                dates.day(*due),
                dates.day(*ends)
            ),
        }
    }

    /// What would resolve it.
    pub fn resolution(&self) -> &'static str {
        match self {
            Inconsistency::LaterThanHorizon { .. } => {
                "Bring the initiatives forward, or agree a longer horizon"
            }
            Inconsistency::AboveTarget { .. } => {
                "Raise the target, or lower what the initiatives raise it to"
            }
            Inconsistency::ObjectiveBeforeInitiative { .. } => {
                "Move the objective's due date, or finish the initiative sooner"
            }
        }
    }
}

/// Every disagreement in `workshop`, practices in scope order, then objectives.
pub fn inconsistencies(workshop: &Workshop) -> Vec<Inconsistency> {
    let mut out = Vec::new();
    let Some(report) = GapReport::of(&workshop.assessment) else {
        return out;
    };
    let last_day = workshop
        .set_up
        .end_date
        .unwrap_or(workshop.set_up.start_date);
    for projection in workshop.roadmap.projections(&report) {
        let horizon = workshop
            .assessment
            .practices
            .iter()
            .find(|p| p.practice_id == projection.practice_id)
            .and_then(|p| p.horizon);
        if let (Some(horizon), TargetReached::On(reached)) = (horizon, projection.reached) {
            let due = last_day.checked_add_months(Months::new(u32::from(horizon.months())));
            if let Some(due) = due.filter(|due| reached > *due) {
                out.push(Inconsistency::LaterThanHorizon {
                    practice: projection.name.clone(),
                    months: horizon.months(),
                    due,
                    reached,
                });
            }
        }
        if let (Some(target), Some(projected)) = (projection.target, projection.projected) {
            if projected > target {
                out.push(Inconsistency::AboveTarget {
                    practice: projection.name.clone(),
                    target,
                    projected,
                });
            }
        }
    }
    for objective in &workshop.charter.objectives {
        let Some(due) = objective.due else { continue };
        for initiative in &workshop.roadmap.initiatives {
            let delivers = initiative
                .practices
                .iter()
                .any(|p| objective.practices.contains(p));
            if let Some(ends) = initiative.end.filter(|ends| delivers && *ends > due) {
                out.push(Inconsistency::ObjectiveBeforeInitiative {
                    objective: objective.title.clone(),
                    due,
                    initiative: initiative.title.clone(),
                    ends,
                });
            }
        }
    }
    out
}
