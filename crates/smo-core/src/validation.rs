//! Input rules shared by every entry point (UI, command line, later imports):
//! which fields are required, how long text may be, and how dates relate.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A field a person fills in, named so a message (and the UI) can point at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// The client organisation's name.
    Organisation,
    /// The workshop's title.
    Title,
    /// The executive sponsoring the engagement.
    Sponsor,
    /// The person running the workshop.
    Facilitator,
    /// The engagement's first day.
    StartDate,
    /// The engagement's last day.
    EndDate,
    /// Free engagement notes.
    Notes,
    /// A participant's name.
    ParticipantName,
    /// A participant's role.
    ParticipantRole,
    /// A participant's area of the organisation.
    ParticipantArea,
    /// The evidence heard for a practice's current level.
    Evidence,
    /// How many months the room gives a practice to reach its target.
    Horizon,
    /// The practices in scope.
    Scope,
}

impl Field {
    /// The longest text, in characters, the field accepts.
    pub const fn max_chars(self) -> usize {
        match self {
            Field::Notes | Field::Evidence => 20_000,
            _ => 200,
        }
    }

    /// Whether the field must hold something other than whitespace.
    pub const fn is_required(self) -> bool {
        matches!(
            self,
            Field::Organisation | Field::Title | Field::ParticipantName
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::Organisation => "Organisation",
            Field::Title => "Title",
            Field::Sponsor => "Sponsor",
            Field::Facilitator => "Facilitator",
            Field::StartDate => "Start date",
            Field::EndDate => "End date",
            Field::Notes => "Engagement notes",
            Field::ParticipantName => "Participant name",
            Field::ParticipantRole => "Participant role",
            Field::ParticipantArea => "Participant area",
            Field::Evidence => "Evidence",
            Field::Horizon => "Horizon",
            Field::Scope => "Scope",
        })
    }
}

/// Why an input was refused. Every variant says what is wrong in words a
/// workshop facilitator understands, and names the field where there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// A required field is empty or only whitespace.
    #[error("{field} cannot be empty")]
    Required {
        /// The empty field.
        field: Field,
    },
    /// A text field holds more characters than it accepts.
    #[error("{field} is too long: {len} characters, at most {max} are allowed")]
    TooLong {
        /// The field that is too long.
        field: Field,
        /// How many characters it holds.
        len: usize,
        /// How many it may hold.
        max: usize,
    },
    /// A text field holds a control character (other than a line break or tab in notes).
    #[error("{field} contains a control character (code {code:#04x}) that cannot be stored")]
    ControlCharacter {
        /// The field with the character.
        field: Field,
        /// The character's code point.
        code: u32,
    },
    /// The engagement ends before it starts.
    #[error("The end date ({end}) is before the start date ({start})")]
    EndBeforeStart {
        /// The first day.
        start: NaiveDate,
        /// The last day, earlier than the first.
        end: NaiveDate,
    },
    /// A time horizon outside 1 to 120 months.
    #[error("A horizon of {value} months is not allowed: choose 1 to 120 months")]
    HorizonOutOfRange {
        /// The refused value.
        value: i64,
    },
    /// A practice id the workshop's framework does not define.
    #[error("The framework has no practice \"{id}\"")]
    UnknownPractice {
        /// The unknown id.
        id: String,
    },
    /// A participant who is not part of the workshop.
    #[error("That participant is not part of this workshop")]
    UnknownParticipant,
    /// Work that needs a framework, on a workshop that has none yet.
    #[error("Choose a framework for this workshop first")]
    NoFramework,
    /// Initiatives that depend on each other in a circle.
    #[error("These initiatives depend on each other in a circle, so none could ever start: {}", .names.join(" → "))]
    DependencyCycle {
        /// The initiatives' titles, the first repeated at the end.
        names: Vec<String>,
    },
    /// A charter or roadmap text (or list) breaks a rule.
    #[error("{what} {reason}")]
    Text {
        /// What the text is ("Risk owner").
        what: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A maturity level outside the scale.
    #[error("{value} is not a maturity level: levels run from 0 to 5")]
    LevelOutOfRange {
        /// The refused value.
        value: i64,
    },
}

impl ValidationError {
    /// The field the error is about, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            ValidationError::Required { field }
            | ValidationError::TooLong { field, .. }
            | ValidationError::ControlCharacter { field, .. } => Some(*field),
            ValidationError::EndBeforeStart { .. } => Some(Field::EndDate),
            ValidationError::HorizonOutOfRange { .. } => Some(Field::Horizon),
            ValidationError::UnknownPractice { .. } | ValidationError::NoFramework => {
                Some(Field::Scope)
            }
            ValidationError::LevelOutOfRange { .. }
            | ValidationError::UnknownParticipant
            | ValidationError::Text { .. }
            | ValidationError::DependencyCycle { .. } => None,
        }
    }
}

/// Checks one text field against its rules: required, length, and no control
/// characters (line breaks and tabs are allowed in notes only).
pub(crate) fn check_text(field: Field, value: &str) -> Result<(), ValidationError> {
    if field.is_required() && value.trim().is_empty() {
        return Err(ValidationError::Required { field });
    }
    let len = value.chars().count();
    if len > field.max_chars() {
        return Err(ValidationError::TooLong {
            field,
            len,
            max: field.max_chars(),
        });
    }
    let multiline = matches!(field, Field::Notes | Field::Evidence);
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    {
        return Err(ValidationError::ControlCharacter {
            field,
            code: u32::from(c),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_fields_refuse_whitespace() {
        assert_eq!(
            check_text(Field::Organisation, "  \t"),
            Err(ValidationError::Required {
                field: Field::Organisation
            })
        );
        assert_eq!(check_text(Field::Sponsor, ""), Ok(()));
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        let greek = "α".repeat(200);
        assert_eq!(greek.len(), 400);
        assert_eq!(check_text(Field::Title, &greek), Ok(()));
        let too_long = "x".repeat(201);
        assert_eq!(
            check_text(Field::Title, &too_long),
            Err(ValidationError::TooLong {
                field: Field::Title,
                len: 201,
                max: 200
            })
        );
    }

    #[test]
    fn line_breaks_only_in_notes() {
        assert_eq!(check_text(Field::Notes, "a\nb\r\n\tc"), Ok(()));
        assert!(matches!(
            check_text(Field::Title, "a\nb"),
            Err(ValidationError::ControlCharacter { code: 0x0a, .. })
        ));
        assert!(check_text(Field::Notes, "bell\u{7}").is_err());
    }

    #[test]
    fn messages_name_the_field() {
        let err = ValidationError::Required {
            field: Field::ParticipantName,
        };
        assert_eq!(err.to_string(), "Participant name cannot be empty");
        assert_eq!(err.field(), Some(Field::ParticipantName));
    }
}
