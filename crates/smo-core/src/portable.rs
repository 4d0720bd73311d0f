//! The portable workshop file (`.smow`): one workshop with everything in it,
//! for sending to a colleague or keeping outside the database. The encoding
//! (JSON) is the store's business; this module defines the content and the
//! rules an imported file must meet before anything is written.
//!
//! Version rules (also in `docs/workshop-file.md`): `version` is the file
//! format's version. A reader refuses a newer version with a message saying
//! so; within a version, fields are never removed or change meaning, and new
//! optional fields may be added (older readers ignore them).

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::brief::Briefs;
use crate::charter::{Charter, CharterVersion};
use crate::roadmap::Roadmap;
use crate::{
    Field, Framework, Participant, PracticeAssessment, SetUp, ValidationError, Workshop, WorkshopId,
};

/// The `format` value every workshop file carries.
pub const FORMAT_NAME: &str = "smo-workbench/workshop";
/// The file format version this build writes; it reads every version up to
/// it. Version 2 added each practice's `strengths`, `weaknesses` and
/// `recommendation`, the workshop's `briefs` and the client's `logo`; a version 1 file reads with
/// them empty. Version 3 added each practice's vote `rounds`; a file before
/// it reads its `votes` as one revealed first round. Version 4 added the
/// `followUp` (assessment rounds, KPI tracking, delivery, the improvement
/// register); a file before it reads as a workshop in its baseline round.
pub const FORMAT_VERSION: u32 = 4;

/// A whole workshop as a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopFile {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    /// The format version, [`FORMAT_VERSION`] for files this build writes.
    pub version: u32,
    /// The workshop.
    pub workshop: PortableWorkshop,
}

/// A workshop's content, ids and timestamps included so that exporting an
/// imported file gives the same file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PortableWorkshop {
    /// Its identity.
    pub id: WorkshopId,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// The engagement's facts.
    pub set_up: SetUp,
    /// Participants, in order.
    pub participants: Vec<Participant>,
    /// The framework copy, if one is chosen.
    pub framework: Option<Framework>,
    /// Practices in scope.
    pub scope: Vec<String>,
    /// What was recorded per practice in scope.
    pub practices: Vec<PracticeAssessment>,
    /// Vision, mission and charter.
    pub charter: Charter,
    /// Saved charter versions, oldest first.
    pub charter_versions: Vec<CharterVersion>,
    /// The roadmap.
    pub roadmap: Roadmap,
    /// What each document says to executives beyond the data (format 2;
    /// blank when read from a format 1 file).
    #[serde(default)]
    pub briefs: Briefs,
    /// The client's logo, a PNG as base64 text (format 2; none in format 1).
    #[serde(default)]
    pub logo: Option<crate::logo::Logo>,
    /// The agenda, with the time each item took (format 3; none before).
    #[serde(default)]
    pub agenda: Option<crate::agenda::Agenda>,
    /// Assessment rounds, KPI tracking, delivery and the improvement
    /// register (format 4; before it, the workshop is in its baseline round
    /// held on its start date, and nothing else is recorded).
    #[serde(default)]
    pub follow_up: Option<crate::follow_up::FollowUp>,
}

/// `text` made safe as part of a file name on any system: characters no file
/// system accepts (and control characters) become `-`, and the ends are trimmed.
pub fn safe_file_name(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    cleaned.trim().to_owned()
}

impl WorkshopFile {
    /// The file of `workshop`, with its saved charter versions (oldest first).
    pub fn of(workshop: Workshop, charter_versions: Vec<CharterVersion>) -> WorkshopFile {
        WorkshopFile {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            workshop: PortableWorkshop {
                id: workshop.id,
                created_at: workshop.created_at,
                updated_at: workshop.updated_at,
                set_up: workshop.set_up,
                participants: workshop.participants,
                framework: workshop.assessment.framework,
                scope: workshop.assessment.scope,
                practices: workshop.assessment.practices,
                charter: workshop.charter,
                charter_versions,
                roadmap: workshop.roadmap,
                briefs: workshop.briefs,
                // Kept beside the workshop: the store adds them to a file.
                logo: None,
                agenda: None,
                follow_up: Some(workshop.follow_up),
            },
        }
    }

    /// Checks everything an import relies on, naming what is wrong and where.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let bad = |what: &str, reason: String| ValidationError::Text {
            what: what.to_owned(),
            reason,
        };
        if self.format != FORMAT_NAME {
            return Err(bad(
                "The file",
                format!(
                    "is not an SMO Workbench workshop file (format \"{}\")",
                    self.format
                ),
            ));
        }
        if self.version > FORMAT_VERSION {
            return Err(bad(
                "The file",
                format!(
                    "was written by a newer SMO Workbench (format version {}; this version reads up to {FORMAT_VERSION})",
                    self.version
                ),
            ));
        }
        let w = &self.workshop;
        w.set_up.validate()?;
        let mut people = HashSet::new();
        for (n, p) in w.participants.iter().enumerate() {
            crate::ParticipantInput {
                name: p.name.clone(),
                role: p.role.clone(),
                area: p.area.clone(),
            }
            .validate()?;
            if !people.insert(p.id) {
                return Err(bad(
                    &format!("workshop.participants[{n}]"),
                    "has the same id as another participant".into(),
                ));
            }
        }
        match &w.framework {
            Some(f) => {
                f.validate().map_err(|e| {
                    bad(
                        "workshop.framework",
                        format!("is not a valid framework: {e}"),
                    )
                })?;
                crate::normalise_scope(f, &w.scope)?;
            }
            None if !w.scope.is_empty() || !w.practices.is_empty() => {
                return Err(bad(
                    "workshop.scope",
                    "lists practices but the file has no framework".into(),
                ));
            }
            None => {}
        }
        let scope: HashSet<&str> = w.scope.iter().map(String::as_str).collect();
        for (n, p) in w.practices.iter().enumerate() {
            let path = format!("workshop.practices[{n}]");
            if !scope.contains(p.practice_id.as_str()) {
                return Err(bad(
                    &path,
                    format!("is about \"{}\", which is not in scope", p.practice_id),
                ));
            }
            crate::CurrentStateInput {
                current: p.current,
                confidence: p.confidence,
                evidence: p.evidence.clone(),
            }
            .validate()?;
            crate::FindingsInput {
                strengths: p.strengths.clone(),
                weaknesses: p.weaknesses.clone(),
                recommendation: p.recommendation.clone(),
            }
            .validate()?;
            Field::FacilitatorNote
                .rule()
                .check(&p.note)
                .map_err(|e| bad(&format!("{path}.note"), e.reason()))?;
            for (k, v) in p.votes.iter().enumerate() {
                if !people.contains(&v.participant_id) {
                    return Err(bad(
                        &format!("{path}.votes[{k}]"),
                        format!(
                            "is by participant {}, who is not in the file",
                            v.participant_id
                        ),
                    ));
                }
            }
            PracticeAssessment::check_rounds(&p.rounds).map_err(|reason| bad(&path, reason))?;
            for (r, round) in p.rounds.iter().enumerate() {
                for (k, v) in round.votes.iter().enumerate() {
                    if !people.contains(&v.participant_id) {
                        return Err(bad(
                            &format!("{path}.rounds[{r}].votes[{k}]"),
                            format!(
                                "is by participant {}, who is not in the file",
                                v.participant_id
                            ),
                        ));
                    }
                }
            }
        }
        for update in w.charter.updates() {
            update.validate()?;
        }
        for v in &w.charter_versions {
            for update in v.charter.updates() {
                update.validate()?;
            }
        }
        w.roadmap.validate()?;
        if let Some(agenda) = &w.agenda {
            agenda.validate()?;
        }
        if let Some(f) = &w.follow_up {
            f.validate()
                .map_err(|e| bad("workshop.followUp", e.to_string()))?;
            for d in &f.deliveries {
                if w.roadmap.initiative(&d.initiative_id).is_none() {
                    return Err(bad(
                        "workshop.followUp.deliveries",
                        format!(
                            "names initiative {}, which is not in the roadmap",
                            d.initiative_id
                        ),
                    ));
                }
            }
        }
        for document in crate::Document::ALL {
            w.briefs.of(document).validate().map_err(|e| {
                bad(
                    &format!("workshop.briefs.{}", document.key()),
                    e.cause().to_string(),
                )
            })?;
        }
        if w.updated_at < w.created_at {
            return Err(bad(
                "workshop.updatedAt",
                "is before workshop.createdAt".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_what_file_systems_refuse() {
        assert_eq!(safe_file_name(" A/B: C? "), "A-B- C-");
        assert_eq!(safe_file_name("Řezníčková s.r.o."), "Řezníčková s.r.o.");
    }
}
