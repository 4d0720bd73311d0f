//! What executives need from each document beyond the workshop's data: the
//! key messages, the decisions requested, the next steps, the assumptions
//! and constraints, and the document's control block (version, date, author,
//! reviewers, status, classification). One `Brief` per document, kept in the
//! workshop and its file; `drafts` offers sensible first words from the data.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validation::check_day;
use crate::{Document, Place, TextRule, ValidationError};

/// Whether a document is still being written or is final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DocumentStatus {
    /// Still being written or reviewed.
    #[default]
    Draft,
    /// Agreed; what the client keeps.
    Final,
}

/// Who may read a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Classification {
    /// Anyone.
    Public,
    /// Within the client organisation.
    Internal,
    /// The client's named readers only.
    #[default]
    ConfidentialClient,
    /// Named people only.
    Restricted,
}

/// A document's control block: which version this is and who stands behind it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct DocumentControl {
    /// "1.0", "0.3 draft": as the consultancy numbers its versions.
    pub version: String,
    /// The version's date; the export day when not set.
    pub date: Option<NaiveDate>,
    /// Who wrote it; the facilitator when blank.
    pub author: String,
    /// Who reviewed it, one per line.
    pub reviewers: Vec<String>,
    /// Draft or final.
    pub status: DocumentStatus,
    /// Who may read it.
    pub classification: Classification,
}

/// What one document says to executives beyond the data.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Brief {
    /// The few things a reader must take away, most important first.
    pub key_messages: Vec<String>,
    /// What the reader is asked to decide.
    pub decisions: Vec<String>,
    /// What happens next, with who and when.
    pub next_steps: Vec<String>,
    /// What the document takes as given, and what limits it.
    pub assumptions: Vec<String>,
    /// Version, date, author, reviewers, status, classification.
    pub control: DocumentControl,
}

/// The longest list a brief holds.
pub const BRIEF_ITEMS_MAX: usize = 20;

impl Brief {
    /// Whether nothing has been written in it (its control block aside).
    pub fn is_blank(&self) -> bool {
        [
            &self.key_messages,
            &self.decisions,
            &self.next_steps,
            &self.assumptions,
        ]
        .iter()
        .all(|l| l.iter().all(|i| i.trim().is_empty()))
    }

    /// Checks every text and day, naming the input ("decisions", "version").
    pub fn validate(&self) -> Result<(), ValidationError> {
        let place = |input: &str| Place {
            row: None,
            input: input.to_owned(),
        };
        for (input, what, items) in [
            ("keyMessages", "A key message", &self.key_messages),
            ("decisions", "A decision requested", &self.decisions),
            ("nextSteps", "A next step", &self.next_steps),
            ("assumptions", "An assumption", &self.assumptions),
            ("reviewers", "A reviewer", &self.control.reviewers),
        ] {
            if items.len() > BRIEF_ITEMS_MAX {
                return Err(ValidationError::Text {
                    what: format!("The list of {}", list_name(input)),
                    reason: format!(
                        "has {} items; at most {BRIEF_ITEMS_MAX} are kept",
                        items.len()
                    ),
                }
                .at(place(input)));
            }
            for item in items {
                TextRule::LINE
                    .check_named(what, item)
                    .map_err(|e| e.at(place(input)))?;
            }
        }
        let short = TextRule {
            max: 200,
            ..TextRule::LINE
        };
        short
            .check_named("The version", &self.control.version)
            .map_err(|e| e.at(place("version")))?;
        short
            .check_named("The author", &self.control.author)
            .map_err(|e| e.at(place("author")))?;
        if let Some(day) = self.control.date {
            check_day("The document's date", day).map_err(|e| e.at(place("date")))?;
        }
        Ok(())
    }
}

fn list_name(input: &str) -> &'static str {
    match input {
        "keyMessages" => "key messages",
        "decisions" => "decisions requested",
        "nextSteps" => "next steps",
        "assumptions" => "assumptions and constraints",
        _ => "reviewers",
    }
}

/// Each document's brief.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Briefs {
    /// The assessment report's.
    pub assessment: Brief,
    /// The charter's.
    pub charter: Brief,
    /// The roadmap's.
    pub roadmap: Brief,
    /// The steering report's (none before it existed).
    pub steering: Brief,
}

impl Briefs {
    /// `document`'s brief.
    pub fn of(&self, document: Document) -> &Brief {
        match document {
            Document::Assessment => &self.assessment,
            Document::Charter => &self.charter,
            Document::Roadmap => &self.roadmap,
            Document::Steering => &self.steering,
        }
    }

    /// `document`'s brief, to change.
    pub fn of_mut(&mut self, document: Document) -> &mut Brief {
        match document {
            Document::Assessment => &mut self.assessment,
            Document::Charter => &mut self.charter,
            Document::Roadmap => &mut self.roadmap,
            Document::Steering => &mut self.steering,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_names_the_input_that_breaks_a_rule() {
        let mut brief = Brief {
            decisions: vec!["Approve the charter".into(), "x".repeat(501)],
            ..Brief::default()
        };
        let err = brief.validate().expect_err("too long");
        assert_eq!(err.place().map(|p| p.input.as_str()), Some("decisions"));
        assert!(err.to_string().contains("A decision requested"), "{err}");
        brief.decisions.truncate(1);
        assert_eq!(brief.validate(), Ok(()));
        brief.next_steps = vec!["Next".into(); BRIEF_ITEMS_MAX + 1];
        let err = brief.validate().expect_err("too many");
        assert!(err.to_string().contains("next steps"), "{err}");
        brief.next_steps.clear();
        brief.control.date = NaiveDate::from_ymd_opt(1800, 1, 1);
        let err = brief.validate().expect_err("old day");
        assert_eq!(err.place().map(|p| p.input.as_str()), Some("date"));
    }

    #[test]
    fn a_brief_without_fields_reads_as_blank_and_draft_confidential() {
        let brief: Brief = serde_json::from_str("{}").expect("defaults");
        assert!(brief.is_blank());
        assert_eq!(brief.control.status, DocumentStatus::Draft);
        assert_eq!(
            brief.control.classification,
            Classification::ConfidentialClient
        );
    }
}
