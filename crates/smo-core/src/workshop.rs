//! A workshop and its "Set up" step: the engagement's facts and the people in the room.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::charter::{raci_issues, Charter, CharterSection, CharterVersionSummary, RaciIssue};
use crate::roadmap::{Roadmap, RoadmapIssue};
use crate::validation::{check_day, check_text};
use crate::{
    Assessment, DocumentExport, Field, PracticeAssessment, ProgressCounts, ValidationError,
    WorkshopProgress,
};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps an identifier made elsewhere (the store makes new ones).
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The identifier as a UUID.
            pub const fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// Identifies a workshop everywhere: in the database, on the command line and
    /// (later) in portable workshop files.
    WorkshopId
);
id_type!(
    /// Identifies one participant of one workshop.
    ParticipantId
);

/// What a person gives to start a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewWorkshop {
    /// The client organisation.
    pub organisation: String,
    /// The workshop's title.
    pub title: String,
    /// The (first) day of the workshop.
    pub start_date: NaiveDate,
    /// Who runs it.
    pub facilitator: String,
}

impl From<NewWorkshop> for SetUp {
    fn from(new: NewWorkshop) -> SetUp {
        SetUp {
            organisation: new.organisation,
            title: new.title,
            sponsor: String::new(),
            facilitator: new.facilitator,
            start_date: new.start_date,
            end_date: None,
            notes: String::new(),
        }
    }
}

/// The engagement's facts, as recorded in the "Set up" step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SetUp {
    /// The client organisation. Required.
    pub organisation: String,
    /// The workshop's title. Required.
    pub title: String,
    /// The executive sponsor.
    pub sponsor: String,
    /// Who runs the workshop.
    pub facilitator: String,
    /// The first day.
    pub start_date: NaiveDate,
    /// The last day, for workshops over several days; never before `start_date`.
    pub end_date: Option<NaiveDate>,
    /// Free engagement notes: context, constraints, agreements.
    pub notes: String,
}

impl SetUp {
    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_text(Field::Organisation, &self.organisation)?;
        check_text(Field::Title, &self.title)?;
        check_text(Field::Sponsor, &self.sponsor)?;
        check_text(Field::Facilitator, &self.facilitator)?;
        check_text(Field::Notes, &self.notes)?;
        check_day("The start date", self.start_date)?;
        if let Some(end) = self.end_date {
            check_day("The end date", end)?;
        }
        match self.end_date {
            Some(end) if end < self.start_date => Err(ValidationError::EndBeforeStart {
                start: self.start_date,
                end,
            }),
            _ => Ok(()),
        }
    }

    /// The title a duplicate of this workshop gets: "… (copy)", kept within the limit.
    pub fn copy_title(&self) -> String {
        const SUFFIX: &str = " (copy)";
        let room = Field::Title.max_chars() - SUFFIX.chars().count();
        let base: String = self.title.chars().take(room).collect();
        format!("{base}{SUFFIX}")
    }
}

/// A participant's details, as typed; the store gives it an id and a place in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParticipantInput {
    /// Full name. Required.
    pub name: String,
    /// Job title or role in the workshop.
    pub role: String,
    /// Part of the organisation they speak for.
    pub area: String,
}

impl ParticipantInput {
    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_text(Field::ParticipantName, &self.name)?;
        check_text(Field::ParticipantRole, &self.role)?;
        check_text(Field::ParticipantArea, &self.area)
    }
}

/// A person in the workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    /// Stable identity, kept across edits and reordering.
    pub id: ParticipantId,
    /// Full name.
    pub name: String,
    /// Job title or role.
    pub role: String,
    /// Part of the organisation.
    pub area: String,
}

/// A whole workshop as one screen needs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    /// Its identity.
    pub id: WorkshopId,
    /// The "Set up" step.
    pub set_up: SetUp,
    /// Participants, in the order the facilitator put them.
    pub participants: Vec<Participant>,
    /// The framework, the scope and what was recorded per practice.
    pub assessment: Assessment,
    /// Vision, mission and charter.
    pub charter: Charter,
    /// Saved charter versions, newest first.
    pub charter_versions: Vec<CharterVersionSummary>,
    /// The improvement roadmap.
    pub roadmap: Roadmap,
    /// What each document says to executives beyond the data.
    pub briefs: crate::brief::Briefs,
    /// The size of the client's logo, if one is kept (the image itself is
    /// read only to export).
    pub logo: Option<crate::logo::LogoSize>,
    /// When each document was last exported (none yet: empty). Kept beside
    /// the workshop, not in it: undo and workshop files leave it alone.
    pub exports: Vec<DocumentExport>,
    /// The agenda: plan, time spent and clock. Beside the workshop like the
    /// logo: undo leaves it alone, workshop files carry it.
    pub agenda: crate::agenda::Agenda,
    /// Its life after the workshop: assessment rounds, KPI tracking,
    /// delivery and the improvement register.
    pub follow_up: crate::follow_up::FollowUp,
    /// What is allowed but worth a second look (derived).
    pub checks: WorkshopChecks,
    /// How many changes can be undone and redone.
    pub history: UndoDepth,
    /// How complete each step is.
    pub progress: WorkshopProgress,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When anything in it last changed.
    pub updated_at: DateTime<Utc>,
}

/// The reply to recording one practice (its current state, its target or a
/// vote): the practice as now stored and what a practice's change can change
/// of what is derived from the whole workshop. A few kilobytes where the
/// whole workshop can be hundreds, so the edits made in the room round-trip
/// fast; the UI patches its copy with it.
///
/// The workshop's checks are not in it: they are computed from the charter
/// and the roadmap alone ([`WorkshopChecks::of`] takes nothing else), which
/// a practice's change never touches. They were 35 of the 39 KB of each
/// reply on the benchmark's largest workshop (215 roadmap issues).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeChange {
    /// The practice's assessment, votes and spread included.
    pub practice: PracticeAssessment,
    /// How complete each step is now.
    pub progress: WorkshopProgress,
    /// How far undo and redo can go now.
    pub history: UndoDepth,
    /// When the workshop last changed (this change).
    pub updated_at: DateTime<Utc>,
}

/// How far undo and redo can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct UndoDepth {
    /// Steps that can be undone.
    pub undo: u32,
    /// Steps that can be redone.
    pub redo: u32,
}

/// Rule violations that never block saving but are shown where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopChecks {
    /// RACI rows without exactly one Accountable and a Responsible.
    pub raci: Vec<RaciIssue>,
    /// Initiatives starting before what they depend on ends, or outside their phase.
    pub roadmap: Vec<RoadmapIssue>,
    /// Each charter section, in order, and what it still needs (`None` when done).
    pub sections: Vec<SectionCheck>,
}

/// Whether one charter section counts as done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SectionCheck {
    /// The section.
    pub section: CharterSection,
    /// What it still needs; `None` when it is done.
    pub missing: Option<String>,
}

impl WorkshopChecks {
    /// Runs every check.
    pub fn of(charter: &Charter, roadmap: &Roadmap) -> WorkshopChecks {
        WorkshopChecks {
            raci: raci_issues(&charter.raci),
            roadmap: roadmap.issues(),
            sections: CharterSection::ALL
                .iter()
                .map(|&section| SectionCheck {
                    section,
                    missing: charter.section_status(section).err().map(str::to_owned),
                })
                .collect(),
        }
    }
}

/// One line of the home screen's list of workshops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopSummary {
    /// Its identity.
    pub id: WorkshopId,
    /// The client organisation.
    pub organisation: String,
    /// The workshop's title.
    pub title: String,
    /// The first day.
    pub start_date: NaiveDate,
    /// The last day, if it runs over several.
    pub end_date: Option<NaiveDate>,
    /// How many participants it has.
    pub participant_count: u32,
    /// How complete each step is.
    pub progress: ProgressCounts,
    /// The assessment round being scored: its number (1 for the baseline) and name.
    pub round: (u32, String),
    /// When the first of its tracked KPIs is next due for measuring, if any is tracked.
    pub kpis_next_due: Option<NaiveDate>,
    /// When anything in it last changed.
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_up() -> SetUp {
        SetUp {
            organisation: "Acme".into(),
            title: "SMO charter".into(),
            sponsor: String::new(),
            facilitator: String::new(),
            start_date: NaiveDate::from_ymd_opt(2026, 3, 10).expect("valid date"),
            end_date: None,
            notes: String::new(),
        }
    }

    #[test]
    fn end_date_may_equal_but_not_precede_start() {
        let mut s = set_up();
        s.end_date = Some(s.start_date);
        assert_eq!(s.validate(), Ok(()));
        s.end_date = s.start_date.pred_opt();
        let err = s.validate().expect_err("end before start");
        assert_eq!(err.field(), Some(Field::EndDate));
        assert_eq!(err.to_string(), "The end date is before the start date");
    }

    #[test]
    fn organisation_and_title_are_required() {
        let mut s = set_up();
        s.title = " ".into();
        assert_eq!(
            s.validate(),
            Err(ValidationError::Required {
                field: Field::Title
            })
        );
    }

    #[test]
    fn copy_title_stays_within_the_limit() {
        let mut s = set_up();
        assert_eq!(s.copy_title(), "SMO charter (copy)");
        s.title = "é".repeat(200);
        let copy = s.copy_title();
        assert_eq!(copy.chars().count(), 200);
        assert!(copy.ends_with(" (copy)"));
        s.title = copy;
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn participant_needs_a_name() {
        let p = ParticipantInput {
            name: String::new(),
            role: "CIO".into(),
            area: String::new(),
        };
        assert_eq!(
            p.validate(),
            Err(ValidationError::Required {
                field: Field::ParticipantName
            })
        );
    }

    #[test]
    fn ids_round_trip_through_text() {
        let id = WorkshopId::from_uuid(Uuid::from_u128(42));
        let text = id.to_string();
        assert_eq!(text.parse::<WorkshopId>().ok(), Some(id));
        assert!("not-an-id".parse::<WorkshopId>().is_err());
    }
}
