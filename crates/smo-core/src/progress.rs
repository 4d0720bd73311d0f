//! The eight steps of the workshop flow and how complete each one is.
//!
//! Completion is derived, never stored: it is computed from the workshop's
//! content each time it is read, so it cannot drift from what is there.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::charter::{Charter, CharterSection};
use crate::roadmap::RoadmapOutline;
use crate::{count, Assessment, AssessmentCounts, Document, GapReport, SetUp};

/// A step of the workshop flow, in the order the room usually takes them.
/// Every step is reachable at any time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// The engagement's facts and the people in the room.
    SetUp,
    /// Where each practice stands today.
    CurrentState,
    /// Where each practice must get to.
    TargetState,
    /// The gaps between the two, weighted by priority.
    GapAnalysis,
    /// The SMO's vision and mission.
    VisionMission,
    /// The SMO charter.
    Charter,
    /// The improvement roadmap.
    Roadmap,
    /// The PDFs executives read.
    Export,
}

impl Step {
    /// Every step, in flow order.
    pub const ALL: [Step; 8] = [
        Step::SetUp,
        Step::CurrentState,
        Step::TargetState,
        Step::GapAnalysis,
        Step::VisionMission,
        Step::Charter,
        Step::Roadmap,
        Step::Export,
    ];
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Step::SetUp => "Set up",
            Step::CurrentState => "Current state",
            Step::TargetState => "Target state",
            Step::GapAnalysis => "Gap analysis",
            Step::VisionMission => "Vision & mission",
            Step::Charter => "Charter",
            Step::Roadmap => "Roadmap",
            Step::Export => "Export",
        })
    }
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum StepStatus {
    /// Nothing recorded yet.
    NotStarted,
    /// Some, not all, of the step is done.
    InProgress,
    /// Everything the step asks for is there.
    Complete,
}

/// How complete one step is: `done` of `total` items, and what is still missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StepProgress {
    /// The step.
    pub step: Step,
    /// Items done.
    pub done: u32,
    /// Items the step asks for; 0 for a step that asks nothing yet.
    pub total: u32,
    /// `NotStarted` when nothing is done, `Complete` when everything is.
    pub status: StepStatus,
    /// What is still missing, as short imperative hints ("Name the sponsor").
    pub missing: Vec<String>,
}

impl StepProgress {
    /// Progress from a checklist of (done?, hint if not done) items.
    fn from_checklist(step: Step, items: &[(bool, &str)]) -> StepProgress {
        let done = items.iter().filter(|(ok, _)| *ok).count();
        let total = items.len();
        let status = match done {
            0 => StepStatus::NotStarted,
            d if d == total => StepStatus::Complete,
            _ => StepStatus::InProgress,
        };
        StepProgress {
            step,
            done: count(done),
            total: count(total),
            status,
            missing: items
                .iter()
                .filter(|(ok, _)| !*ok)
                .map(|(_, hint)| (*hint).to_owned())
                .collect(),
        }
    }

    /// Progress over the practices in scope: `done` of `in_scope`, with a hint
    /// naming what the remaining ones need.
    fn from_practices(step: Step, done: usize, in_scope: usize, need: &str) -> StepProgress {
        let (status, missing) = if in_scope == 0 {
            (
                StepStatus::NotStarted,
                vec!["Choose the practices in scope in Set up".to_owned()],
            )
        } else if done >= in_scope {
            (StepStatus::Complete, Vec::new())
        } else {
            let left = in_scope - done;
            let noun = if left == 1 { "practice" } else { "practices" };
            let status = if done == 0 {
                StepStatus::NotStarted
            } else {
                StepStatus::InProgress
            };
            (status, vec![format!("{left} more {noun} {need}")])
        };
        StepProgress {
            step,
            done: count(done),
            total: count(in_scope),
            status,
            missing,
        }
    }
}

/// How far one step has come, without the hints: what the home list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StepCount {
    /// The step.
    pub step: Step,
    /// Items done.
    pub done: u32,
    /// Items the step asks for.
    pub total: u32,
    /// Where the step stands.
    pub status: StepStatus,
}

/// Every step's count, in flow order: a workshop's progress as the home list
/// carries it (a few hundred bytes, where [`WorkshopProgress`] with its hints
/// is a few kilobytes). Reads a stored [`WorkshopProgress`] too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProgressCounts {
    /// One entry per step, in [`Step::ALL`] order.
    pub steps: Vec<StepCount>,
}

/// The progress of every step of one workshop, in flow order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopProgress {
    /// One entry per step, in [`Step::ALL`] order.
    pub steps: Vec<StepProgress>,
}

/// The version of the completion rules. A stored copy of a workshop's
/// progress (the home list's cache) computed under other rules is recomputed.
pub const PROGRESS_RULES: u32 = 2;

/// The fewest participants a workshop needs before "Set up" counts as done:
/// one person in a room is an interview, not a workshop.
pub const MIN_PARTICIPANTS: usize = 2;

impl ProgressCounts {
    /// The count of one step.
    pub fn step(&self, step: Step) -> Option<&StepCount> {
        self.steps.iter().find(|p| p.step == step)
    }
}

impl WorkshopProgress {
    /// The counts without the hints.
    pub fn counts(&self) -> ProgressCounts {
        ProgressCounts {
            steps: self
                .steps
                .iter()
                .map(|p| StepCount {
                    step: p.step,
                    done: p.done,
                    total: p.total,
                    status: p.status,
                })
                .collect(),
        }
    }

    /// Computes every step's progress from the workshop's content (of the
    /// roadmap, what [`RoadmapOutline`] keeps).
    pub fn of(
        set_up: &SetUp,
        participant_count: usize,
        assessment: &Assessment,
        charter: &Charter,
        roadmap: &RoadmapOutline,
        exported: &[Document],
    ) -> WorkshopProgress {
        let mut progress = WorkshopProgress::of_set_up_and_assessment(
            set_up,
            participant_count,
            assessment.counts(),
        );
        let vision = charter.vision_checklist();
        let sections: Vec<(bool, String)> = CharterSection::ALL
            .iter()
            .map(|&s| match charter.section_status(s) {
                Ok(()) => (true, String::new()),
                Err(hint) => (false, format!("{s}: {hint}")),
            })
            .collect();
        let sections: Vec<(bool, &str)> =
            sections.iter().map(|(ok, h)| (*ok, h.as_str())).collect();
        let report = GapReport::of(assessment);
        let gaps: Vec<&str> = report
            .as_ref()
            .map(|r| {
                r.top(usize::MAX)
                    .filter(|g| g.gap.unwrap_or(0) > 0)
                    .map(|g| g.practice_id.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let roadmap_items = [
            (roadmap.phases_dated(), "Date the four phases"),
            (roadmap.initiatives() > 0, "Add initiatives"),
            (
                roadmap.all_planned(),
                "Give every initiative an owner and dates",
            ),
            (
                roadmap.initiatives() > 0 && gaps.iter().all(|g| roadmap.is_covered(g)),
                "Cover every ranked gap with an initiative",
            ),
        ];
        let documents: Vec<(bool, &str)> = Document::DELIVERABLES
            .iter()
            .map(|d| (exported.contains(d), d.to_do()))
            .collect();
        for p in &mut progress.steps {
            match p.step {
                Step::VisionMission => {
                    *p = StepProgress::from_checklist(Step::VisionMission, &vision);
                }
                Step::Charter => *p = StepProgress::from_checklist(Step::Charter, &sections),
                Step::Roadmap => *p = StepProgress::from_checklist(Step::Roadmap, &roadmap_items),
                Step::Export => *p = StepProgress::from_checklist(Step::Export, &documents),
                _ => {}
            }
        }
        progress
    }

    /// The progress of the first steps alone (the others ask nothing).
    fn of_set_up_and_assessment(
        set_up: &SetUp,
        participant_count: usize,
        assessment: AssessmentCounts,
    ) -> WorkshopProgress {
        let filled = |s: &str| !s.trim().is_empty();
        let set_up_step = StepProgress::from_checklist(
            Step::SetUp,
            &[
                (
                    filled(&set_up.organisation) && filled(&set_up.title),
                    "Name the organisation and the workshop",
                ),
                (filled(&set_up.sponsor), "Name the sponsor"),
                (filled(&set_up.facilitator), "Name the facilitator"),
                (filled(&set_up.notes), "Write the engagement notes"),
                (
                    participant_count >= MIN_PARTICIPANTS,
                    "Add at least two participants",
                ),
                (
                    assessment.framework_chosen && assessment.in_scope > 0,
                    "Choose the framework and the practices in scope",
                ),
            ],
        );
        let practices =
            |step, done, need| StepProgress::from_practices(step, done, assessment.in_scope, need);
        let steps = Step::ALL
            .iter()
            .map(|&step| match step {
                Step::SetUp => set_up_step.clone(),
                Step::CurrentState => practices(step, assessment.scored, "to score"),
                Step::TargetState => practices(
                    step,
                    assessment.targeted,
                    "to give a target, priority and horizon",
                ),
                Step::GapAnalysis => practices(
                    step,
                    assessment.gaps_known,
                    "need both a current and a target level",
                ),
                // The later steps are built by later issues; until then they ask nothing.
                other => StepProgress::from_checklist(other, &[]),
            })
            .collect();
        WorkshopProgress { steps }
    }

    /// The progress of one step.
    pub fn step(&self, step: Step) -> Option<&StepProgress> {
        self.steps.iter().find(|p| p.step == step)
    }

    /// How many steps are complete.
    pub fn completed_steps(&self) -> usize {
        self.steps
            .iter()
            .filter(|p| p.status == StepStatus::Complete)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::Roadmap;
    use chrono::NaiveDate;

    fn bare() -> SetUp {
        SetUp {
            organisation: "Acme".into(),
            title: "SMO".into(),
            sponsor: String::new(),
            facilitator: String::new(),
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).expect("valid date"),
            end_date: None,
            notes: String::new(),
        }
    }

    #[test]
    fn counts_keep_everything_but_the_hints_and_read_a_stored_progress() {
        let p = WorkshopProgress::of_set_up_and_assessment(&bare(), 1, AssessmentCounts::default());
        let counts = p.counts();
        assert_eq!(counts.steps.len(), p.steps.len());
        for (c, s) in counts.steps.iter().zip(&p.steps) {
            assert_eq!(
                (c.step, c.done, c.total, c.status),
                (s.step, s.done, s.total, s.status)
            );
        }
        let stored = serde_json::to_string(&p).expect("encode");
        let read: ProgressCounts =
            serde_json::from_str(&stored).expect("a stored progress reads as counts");
        assert_eq!(read, counts);
        assert!(serde_json::to_string(&counts).expect("encode").len() < stored.len());
    }

    #[test]
    fn every_step_is_reported_in_flow_order() {
        let p = WorkshopProgress::of_set_up_and_assessment(&bare(), 0, AssessmentCounts::default());
        let steps: Vec<Step> = p.steps.iter().map(|s| s.step).collect();
        assert_eq!(steps, Step::ALL);
    }

    #[test]
    fn set_up_counts_what_is_filled_and_says_what_is_missing() {
        let mut s = bare();
        let p = WorkshopProgress::of_set_up_and_assessment(&s, 1, AssessmentCounts::default());
        let set_up = p.step(Step::SetUp).expect("set up step");
        assert_eq!((set_up.done, set_up.total), (1, 6));
        assert_eq!(set_up.status, StepStatus::InProgress);
        assert_eq!(
            set_up.missing,
            [
                "Name the sponsor",
                "Name the facilitator",
                "Write the engagement notes",
                "Add at least two participants",
                "Choose the framework and the practices in scope"
            ]
        );

        s.sponsor = "Dana".into();
        s.facilitator = "Lee".into();
        s.notes = "Two days on site".into();
        let counts = AssessmentCounts {
            framework_chosen: true,
            in_scope: 3,
            ..AssessmentCounts::default()
        };
        let p = WorkshopProgress::of_set_up_and_assessment(&s, MIN_PARTICIPANTS, counts);
        let set_up = p.step(Step::SetUp).expect("set up step");
        assert_eq!(set_up.status, StepStatus::Complete);
        assert!(set_up.missing.is_empty());
        assert_eq!(p.completed_steps(), 1);
    }

    #[test]
    fn whitespace_does_not_count_as_filled() {
        let mut s = bare();
        s.sponsor = "   ".into();
        let p = WorkshopProgress::of_set_up_and_assessment(&s, 0, AssessmentCounts::default());
        assert_eq!(p.step(Step::SetUp).map(|x| x.done), Some(1));
    }

    #[test]
    fn export_counts_the_documents_exported() {
        let progress = |exported: &[Document]| {
            WorkshopProgress::of(
                &bare(),
                5,
                &Assessment::none(),
                &Charter::default(),
                &Roadmap::default().outline(),
                exported,
            )
            .step(Step::Export)
            .cloned()
            .expect("export")
        };
        let none = progress(&[]);
        assert_eq!(
            (none.done, none.total, none.status),
            (0, 3, StepStatus::NotStarted)
        );
        assert_eq!(none.missing[1], "Export the charter");
        let one = progress(&[Document::Charter]);
        assert_eq!((one.done, one.status), (1, StepStatus::InProgress));
        assert!(!one.missing.contains(&"Export the charter".to_owned()));
        let all = progress(&Document::DELIVERABLES);
        assert_eq!((all.done, all.status), (3, StepStatus::Complete));
    }

    #[test]
    fn vision_charter_and_roadmap_count_their_checklists() {
        let mut charter = Charter::default();
        charter.vision.vision = "One way of running services".into();
        charter.purpose.purpose = "Because".into();
        let of = |roadmap: &Roadmap| {
            WorkshopProgress::of(
                &bare(),
                2,
                &Assessment::none(),
                &charter,
                &roadmap.outline(),
                &[],
            )
        };
        let mut roadmap = Roadmap::default();
        let p = of(&roadmap);
        let vision = p.step(Step::VisionMission).expect("vision");
        assert_eq!((vision.done, vision.total), (1, 5));
        let c = p.step(Step::Charter).expect("charter");
        assert_eq!((c.done, c.total), (1, 15));
        assert_eq!(c.missing[0], "Scope: List what is in scope and what is out");
        for phase in &mut roadmap.phases {
            phase.start = NaiveDate::from_ymd_opt(2026, 1, 1);
            phase.end = NaiveDate::from_ymd_opt(2026, 12, 31);
        }
        let r = of(&roadmap);
        let r = r.step(Step::Roadmap).expect("roadmap");
        assert_eq!((r.done, r.total), (1, 4));
        assert_eq!(r.missing[0], "Add initiatives");
    }

    #[test]
    fn assessment_steps_count_practices_in_scope() {
        let counts = AssessmentCounts {
            framework_chosen: true,
            in_scope: 20,
            scored: 12,
            targeted: 20,
            gaps_known: 1,
        };
        let p = WorkshopProgress::of_set_up_and_assessment(&bare(), 2, counts);
        let current = p.step(Step::CurrentState).expect("current state");
        assert_eq!((current.done, current.total), (12, 20));
        assert_eq!(current.status, StepStatus::InProgress);
        assert_eq!(current.missing, ["8 more practices to score"]);
        let target = p.step(Step::TargetState).expect("target state");
        assert_eq!(target.status, StepStatus::Complete);
        assert!(target.missing.is_empty());
        let gap = p.step(Step::GapAnalysis).expect("gap analysis");
        assert_eq!(
            gap.missing,
            ["19 more practices need both a current and a target level"]
        );
    }

    #[test]
    fn without_scope_assessment_steps_point_back_to_set_up() {
        let p = WorkshopProgress::of_set_up_and_assessment(&bare(), 2, AssessmentCounts::default());
        let current = p.step(Step::CurrentState).expect("current state");
        assert_eq!(current.status, StepStatus::NotStarted);
        assert_eq!(current.missing, ["Choose the practices in scope in Set up"]);
    }
}
