//! The improvement register: ideas raised after the workshop (from a KPI, a
//! re-assessment, feedback, an incident or problem review, an audit), each
//! moving through a fixed set of statuses, and an approved idea becoming a
//! roadmap initiative in one step, keeping the link both ways.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::roadmap::{Effort, Initiative, InitiativeStatus};
use crate::{Priority, TextRule, ValidationError};

/// Where an idea stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum IdeaStatus {
    /// Raised, not looked at yet.
    New,
    /// Its benefit and size judged.
    Assessed,
    /// Agreed to be done.
    Approved,
    /// Being done.
    InProgress,
    /// Done.
    Done,
    /// Not to be done (the decision says why).
    Rejected,
}

impl IdeaStatus {
    /// Every status, in the order an idea goes through them.
    pub const ALL: [IdeaStatus; 6] = [
        IdeaStatus::New,
        IdeaStatus::Assessed,
        IdeaStatus::Approved,
        IdeaStatus::InProgress,
        IdeaStatus::Done,
        IdeaStatus::Rejected,
    ];

    /// The words for it.
    pub const fn label(self) -> &'static str {
        match self {
            IdeaStatus::New => "New",
            IdeaStatus::Assessed => "Assessed",
            IdeaStatus::Approved => "Approved",
            IdeaStatus::InProgress => "In progress",
            IdeaStatus::Done => "Done",
            IdeaStatus::Rejected => "Rejected",
        }
    }

    /// The statuses it may move to: forward one step, back one step to
    /// correct a slip, rejected from anywhere before work starts, a rejected
    /// idea reconsidered as new. Done is final.
    pub const fn next(self) -> &'static [IdeaStatus] {
        match self {
            IdeaStatus::New => &[IdeaStatus::Assessed, IdeaStatus::Rejected],
            IdeaStatus::Assessed => &[IdeaStatus::Approved, IdeaStatus::New, IdeaStatus::Rejected],
            IdeaStatus::Approved => &[
                IdeaStatus::InProgress,
                IdeaStatus::Assessed,
                IdeaStatus::Rejected,
            ],
            IdeaStatus::InProgress => &[IdeaStatus::Done, IdeaStatus::Approved],
            IdeaStatus::Done => &[],
            IdeaStatus::Rejected => &[IdeaStatus::New],
        }
    }
}

/// What raised an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum IdeaSource {
    /// A KPI off its target.
    Kpi,
    /// A re-assessment of the practices.
    Reassessment,
    /// Feedback from users or staff.
    Feedback,
    /// An incident or problem review.
    IncidentReview,
    /// An audit finding.
    Audit,
}

impl IdeaSource {
    /// Every source.
    pub const ALL: [IdeaSource; 5] = [
        IdeaSource::Kpi,
        IdeaSource::Reassessment,
        IdeaSource::Feedback,
        IdeaSource::IncidentReview,
        IdeaSource::Audit,
    ];

    /// The words for it.
    pub const fn label(self) -> &'static str {
        match self {
            IdeaSource::Kpi => "KPI",
            IdeaSource::Reassessment => "Re-assessment",
            IdeaSource::Feedback => "Feedback",
            IdeaSource::IncidentReview => "Incident or problem review",
            IdeaSource::Audit => "Audit",
        }
    }
}

/// One idea in the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Idea {
    /// Stable id.
    pub id: String,
    /// The day it was raised.
    pub raised_on: NaiveDate,
    /// Who raised it.
    pub raised_by: String,
    /// What it is.
    pub description: String,
    /// What raised it.
    pub source: IdeaSource,
    /// The practice it concerns, if one.
    pub practice_id: Option<String>,
    /// What it would bring.
    pub expected_benefit: String,
    /// How big it is.
    pub size: Option<Effort>,
    /// How much it matters.
    pub priority: Option<Priority>,
    /// Where it stands.
    pub status: IdeaStatus,
    /// Who owns it.
    pub owner: String,
    /// What was decided, and why.
    pub decision: String,
    /// The initiative it became, once promoted.
    pub initiative_id: Option<String>,
}

impl Idea {
    /// Checks the idea's texts and day: an id and a description, every
    /// text within its rule, the day raised within the years a day may be.
    pub fn validate(&self) -> Result<(), ValidationError> {
        TextRule::LINE
            .required()
            .check_named("An idea's id", &self.id)?;
        crate::validation::check_day("The day an idea was raised", self.raised_on)?;
        TextRule::LINE.check_named("Raised by", &self.raised_by)?;
        TextRule::PARAGRAPH
            .required()
            .check_named("An idea's description", &self.description)?;
        TextRule::PARAGRAPH.check_named("The expected benefit", &self.expected_benefit)?;
        TextRule::LINE.check_named("An idea's owner", &self.owner)?;
        TextRule::PARAGRAPH.check_named("The decision", &self.decision)?;
        Ok(())
    }

    /// Moves the idea to `to`, or says why it may not.
    pub fn move_to(&mut self, to: IdeaStatus) -> Result<(), ValidationError> {
        if to == self.status {
            return Ok(());
        }
        if !self.status.next().contains(&to) {
            return Err(ValidationError::IdeaCannotMove {
                from: self.status.label(),
                to: to.label(),
            });
        }
        self.status = to;
        Ok(())
    }

    /// The roadmap initiative an approved idea becomes (id `initiative_id`,
    /// its practice, owner and size; its first line as the title); the idea
    /// is then in progress and names the initiative. Refused unless the idea
    /// is approved and not yet promoted.
    pub fn promote(&mut self, initiative_id: &str) -> Result<Initiative, ValidationError> {
        if self.status != IdeaStatus::Approved || self.initiative_id.is_some() {
            return Err(ValidationError::IdeaNotApproved {
                status: self.status.label(),
            });
        }
        let title: String = self
            .description
            .lines()
            .next()
            .unwrap_or_default()
            .chars()
            .take(120)
            .collect();
        self.status = IdeaStatus::InProgress;
        self.initiative_id = Some(initiative_id.to_owned());
        Ok(Initiative {
            id: initiative_id.to_owned(),
            title,
            description: [self.description.as_str(), self.expected_benefit.as_str()]
                .iter()
                .filter(|t| !t.trim().is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n\n"),
            practices: self.practice_id.iter().cloned().collect(),
            owner: self.owner.clone(),
            start: None,
            end: None,
            phase: None,
            effort: self.size,
            status: InitiativeStatus::Planned,
            dependencies: Vec::new(),
            milestone: false,
            raises_to: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn idea() -> Idea {
        Idea {
            id: "idea-1".into(),
            raised_on: NaiveDate::from_ymd_opt(2026, 9, 3).expect("a day"),
            raised_by: "Service desk manager".into(),
            description:
                "Publish the top five known errors on the portal\nso users fix them themselves."
                    .into(),
            source: IdeaSource::IncidentReview,
            practice_id: Some("knowledge-management".into()),
            expected_benefit: "Fewer calls about the same five problems.".into(),
            size: Some(Effort::Small),
            priority: Some(Priority::High),
            status: IdeaStatus::New,
            owner: "Knowledge lead".into(),
            decision: String::new(),
            initiative_id: None,
        }
    }

    #[test]
    fn an_approved_idea_becomes_an_initiative_once_and_keeps_the_link() {
        let mut i = idea();
        assert!(matches!(
            i.promote("ini-x"),
            Err(ValidationError::IdeaNotApproved { status: "New" })
        ));
        i.move_to(IdeaStatus::Assessed).expect("assessed");
        i.move_to(IdeaStatus::Approved).expect("approved");
        let initiative = i.promote("ini-kb").expect("promoted");
        assert_eq!(
            initiative.title,
            "Publish the top five known errors on the portal"
        );
        assert_eq!(initiative.practices, ["knowledge-management"]);
        assert_eq!(initiative.effort, Some(Effort::Small));
        assert_eq!(
            (i.status, i.initiative_id.as_deref()),
            (IdeaStatus::InProgress, Some("ini-kb"))
        );
        assert!(i.promote("ini-again").is_err(), "promoted once");
    }

    #[test]
    fn a_move_not_allowed_is_refused_by_name() {
        let mut i = idea();
        let e = i.move_to(IdeaStatus::Done).expect_err("not from new");
        assert_eq!(e.to_string(), "An idea that is New cannot become Done");
        assert_eq!(i.status, IdeaStatus::New, "unchanged");
    }

    proptest! {
        #[test]
        fn done_is_final_and_rejected_only_reopens(moves in prop::collection::vec(0usize..6, 0..40)) {
            let mut i = idea();
            for m in moves {
                let before = i.status;
                let to = IdeaStatus::ALL[m];
                let moved = i.move_to(to);
                match before {
                    IdeaStatus::Done => prop_assert!(to == IdeaStatus::Done || moved.is_err()),
                    IdeaStatus::Rejected => prop_assert!(
                        moved.is_err() || matches!(to, IdeaStatus::New | IdeaStatus::Rejected)
                    ),
                    _ => {}
                }
                // A refused move changes nothing.
                if moved.is_err() {
                    prop_assert_eq!(i.status, before);
                }
                // Work only starts on an approved idea.
                if i.status == IdeaStatus::InProgress && before != IdeaStatus::InProgress {
                    prop_assert_eq!(before, IdeaStatus::Approved);
                }
            }
        }
    }
}
