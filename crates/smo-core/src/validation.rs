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
    /// What works today in a practice.
    Strengths,
    /// What does not work in a practice.
    Weaknesses,
    /// What is recommended for a practice.
    Recommendation,
    /// The facilitator's private note on a practice.
    FacilitatorNote,
    /// How many months the room gives a practice to reach its target.
    Horizon,
    /// The practices in scope.
    Scope,
}

impl Field {
    /// The rule the field's text is held to.
    pub const fn rule(self) -> TextRule {
        let need = if matches!(
            self,
            Field::Organisation | Field::Title | Field::ParticipantName
        ) {
            Need::Required
        } else {
            Need::Optional
        };
        match self {
            Field::Notes
            | Field::Evidence
            | Field::Strengths
            | Field::Weaknesses
            | Field::Recommendation
            | Field::FacilitatorNote => TextRule {
                max: 20_000,
                lines: Lines::Many,
                need,
            },
            _ => TextRule {
                max: 200,
                lines: Lines::One,
                need,
            },
        }
    }

    /// Checks `value` against the field's rule, naming the field.
    pub fn check(self, value: &str) -> Result<(), ValidationError> {
        check_text(self, value)
    }

    /// The longest text, in characters, the field accepts.
    pub const fn max_chars(self) -> usize {
        self.rule().max
    }
}

/// Whether a text may run over several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line: no line break, no tab.
    One,
    /// Paragraphs: line breaks and tabs allowed.
    Many,
}

/// Whether a text must hold something other than whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// It may be empty.
    Optional,
    /// It must not be empty or only whitespace.
    Required,
}

/// The one rule every stored text is held to, wherever it comes from (a
/// field, a charter or roadmap row, a framework file, a version note): at most
/// `max` characters, no control character (but line breaks and tabs in a text
/// of many lines), and something in it when it is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextRule {
    /// The most characters it may hold.
    pub max: usize,
    /// One line or several.
    pub lines: Lines,
    /// Whether it may be empty.
    pub need: Need,
}

/// What is wrong with a text, before it is said of which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Empty where something is needed.
    Empty,
    /// Longer than allowed.
    TooLong {
        /// Its length in characters.
        len: usize,
        /// The most allowed.
        max: usize,
    },
    /// A control character it may not hold.
    ControlCharacter {
        /// The character's code point.
        code: u32,
    },
}

impl TextProblem {
    /// The problem as the end of a sentence about the text: "is 600
    /// characters long; at most 500 are allowed".
    pub fn reason(self) -> String {
        match self {
            TextProblem::Empty => "must not be empty".into(),
            TextProblem::TooLong { len, max } => {
                format!("is {len} characters long; at most {max} are allowed")
            }
            TextProblem::ControlCharacter { code } => {
                format!("contains a control character (code {code:#04x})")
            }
        }
    }
}

impl TextRule {
    /// A line of a charter or roadmap row: up to 500 characters.
    pub const LINE: TextRule = TextRule {
        max: 500,
        lines: Lines::One,
        need: Need::Optional,
    };
    /// A paragraph of a charter or roadmap row: up to 20,000 characters.
    pub const PARAGRAPH: TextRule = TextRule {
        max: 20_000,
        lines: Lines::Many,
        need: Need::Optional,
    };

    /// The same rule, but the text must not be empty.
    pub const fn required(self) -> TextRule {
        TextRule {
            need: Need::Required,
            ..self
        }
    }

    /// Checks `value` against the rule.
    pub fn check(self, value: &str) -> Result<(), TextProblem> {
        if self.need == Need::Required && value.trim().is_empty() {
            return Err(TextProblem::Empty);
        }
        let len = value.chars().count();
        if len > self.max {
            return Err(TextProblem::TooLong { len, max: self.max });
        }
        // A control character (Unicode's Cc: U+0000 to U+001F, U+007F to
        // U+009F) is in UTF-8 a byte below 0x20, 0x7F, or 0xC2 and a second
        // byte: a text with none of these bytes, most of them, has none.
        if !value.bytes().any(|b| b < 0x20 || b == 0x7F || b == 0xC2) {
            return Ok(());
        }
        let allowed = |c: char| self.lines == Lines::Many && matches!(c, '\n' | '\r' | '\t');
        match value.chars().find(|c| c.is_control() && !allowed(*c)) {
            Some(c) => Err(TextProblem::ControlCharacter { code: u32::from(c) }),
            None => Ok(()),
        }
    }

    /// Checks `value`, saying what is wrong of the text named `what`.
    pub fn check_named(self, what: &str, value: &str) -> Result<(), ValidationError> {
        self.check(value).map_err(|p| ValidationError::Text {
            what: what.to_owned(),
            reason: p.reason(),
        })
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
            Field::Strengths => "Strengths",
            Field::Weaknesses => "Weaknesses",
            Field::Recommendation => "The recommendation",
            Field::FacilitatorNote => "The private note",
            Field::Horizon => "Horizon",
            Field::Scope => "Scope",
        })
    }
}

/// Where an input is, so the UI can mark it: the row's id in a list (none
/// for an input of the section or record itself) and the input's name as the
/// IPC writes it ("dataSource"). A test holds every name to the wire's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Place {
    /// The row's id, if the input is in a row.
    pub row: Option<String>,
    /// The input's name.
    pub input: String,
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
    /// The engagement (or an initiative) ends before it starts. The days are
    /// not in the words: they are on screen, written in the reader's style.
    #[error("The end date is before the start date")]
    EndBeforeStart {
        /// The first day.
        start: NaiveDate,
        /// The last day, earlier than the first.
        end: NaiveDate,
    },
    /// The charter's approval is dated before it was sent for review.
    #[error(
        "The charter is dated approved before it was sent for review: correct one of the two dates"
    )]
    ApprovedBeforeSubmitted {
        /// When it was sent for review.
        submitted: NaiveDate,
        /// When it was approved, earlier.
        approved: NaiveDate,
    },
    /// A day outside the years the app keeps (a typing slip, or a file
    /// edited by hand: "0000-01-01", "+12026-01-01").
    #[error("{what} is in the year {year}: days from 1900 to 2199 can be kept")]
    DayOutOfRange {
        /// Which day ("The start date").
        what: String,
        /// Its year.
        year: i32,
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
    /// A vote round was started while the latest one still takes votes.
    #[error("Round {number} is still open: reveal its votes before starting another")]
    RoundStillOpen {
        /// The open round.
        number: u32,
    },
    /// A vote or a reveal on a practice with no round started.
    #[error("No vote is under way on this practice: start a vote first")]
    NoOpenRound,
    /// A vote for a round that a later one has replaced.
    #[error("Round {number} is over; the room is voting in round {latest}")]
    RoundOver {
        /// The round the vote was for.
        number: u32,
        /// The round under way.
        latest: u32,
    },
    /// A vote after the round's votes were revealed.
    #[error("The votes of round {number} are revealed: start a revote to vote again")]
    RoundRevealed {
        /// The revealed round.
        number: u32,
    },
    /// A reveal before anyone voted.
    #[error("Nobody has voted in round {number} yet")]
    NothingToReveal {
        /// The empty round.
        number: u32,
    },
    /// A KPI number that is not a finite number (from a file or a command).
    #[error("The KPI's {what} must be a number")]
    NotANumber {
        /// Which number ("baseline", "target", "measurement").
        what: &'static str,
    },
    /// A KPI whose target lies behind its baseline for its direction.
    #[error("The target {target} is {wrong} the baseline {baseline}, but {direction}: swap them or change the direction")]
    TargetBehindBaseline {
        /// The baseline, as written.
        baseline: String,
        /// The target, as written.
        target: String,
        /// "below" or "above".
        wrong: &'static str,
        /// "higher is better" or "lower is better".
        direction: &'static str,
    },
    /// An improvement idea moved to a status it cannot reach from its own.
    #[error("An idea that is {from} cannot become {to}")]
    IdeaCannotMove {
        /// Its status.
        from: &'static str,
        /// The status asked for.
        to: &'static str,
    },
    /// An idea promoted to the roadmap before it was approved (or twice).
    #[error(
        "Only an approved idea not yet on the roadmap becomes an initiative; this one is {status}"
    )]
    IdeaNotApproved {
        /// Its status.
        status: &'static str,
    },
    /// A percentage above 100.
    #[error("{value} % is more than done: percent complete runs from 0 to 100")]
    PercentOutOfRange {
        /// The refused value.
        value: u8,
    },
    /// An initiative that actually finished before it started.
    #[error("The actual end is before the actual start")]
    ActualEndBeforeStart,
    /// Another error, about the input at `place`; says what `error` says.
    #[error("{error}")]
    At {
        /// Where the input is.
        place: Place,
        /// What is wrong with it.
        error: Box<ValidationError>,
    },
}

impl ValidationError {
    /// The same error, about the input at `place` (an error that already
    /// has a place keeps it: the innermost is the most exact).
    pub fn at(self, place: Place) -> ValidationError {
        match self {
            ValidationError::At { .. } => self,
            error => ValidationError::At {
                place,
                error: Box::new(error),
            },
        }
    }

    /// Where the input the error is about is, if it says.
    pub fn place(&self) -> Option<&Place> {
        match self {
            ValidationError::At { place, .. } => Some(place),
            _ => None,
        }
    }

    /// What is wrong, without its place.
    pub fn cause(&self) -> &ValidationError {
        match self {
            ValidationError::At { error, .. } => error.cause(),
            other => other,
        }
    }

    /// The field of the set-up or a participant the error is about, if it is
    /// about one (errors about a row's input say so with [`Self::place`]).
    pub fn field(&self) -> Option<Field> {
        match self {
            ValidationError::At { .. } => None,
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
            | ValidationError::ApprovedBeforeSubmitted { .. }
            | ValidationError::DayOutOfRange { .. }
            | ValidationError::DependencyCycle { .. }
            | ValidationError::RoundStillOpen { .. }
            | ValidationError::NoOpenRound
            | ValidationError::RoundOver { .. }
            | ValidationError::RoundRevealed { .. }
            | ValidationError::NothingToReveal { .. }
            | ValidationError::NotANumber { .. }
            | ValidationError::TargetBehindBaseline { .. }
            | ValidationError::IdeaCannotMove { .. }
            | ValidationError::IdeaNotApproved { .. }
            | ValidationError::PercentOutOfRange { .. }
            | ValidationError::ActualEndBeforeStart => None,
        }
    }
}

/// Checks one text field against its rules: required, length, and no control
/// characters (line breaks and tabs are allowed in notes only).
/// The years a day may fall in. Dates arrive leniently written ("2026-3-9"
/// reads as 9 March 2026, and is stored as "2026-03-09"); a year outside
/// these is refused everywhere a day comes in (the UI, a command, a file),
/// since the database and the documents write four-digit years.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Checks that `day` (named `what`) falls in [`YEARS`].
pub fn check_day(what: &str, day: NaiveDate) -> Result<(), ValidationError> {
    use chrono::Datelike;
    if YEARS.contains(&day.year()) {
        Ok(())
    } else {
        Err(ValidationError::DayOutOfRange {
            what: what.to_owned(),
            year: day.year(),
        })
    }
}

pub(crate) fn check_text(field: Field, value: &str) -> Result<(), ValidationError> {
    field.rule().check(value).map_err(|problem| match problem {
        TextProblem::Empty => ValidationError::Required { field },
        TextProblem::TooLong { len, max } => ValidationError::TooLong { field, len, max },
        TextProblem::ControlCharacter { code } => ValidationError::ControlCharacter { field, code },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_is_found_past_the_byte_scan() {
        // Each end of Unicode's Cc ranges, alone and inside other text,
        // including U+0080 to U+009F, whose UTF-8 starts with 0xC2 like "£".
        for code in [0x00, 0x1f, 0x7f, 0x80, 0x85, 0x9f] {
            let c = char::from_u32(code).expect("a char");
            for text in [format!("{c}"), format!("£ 12 {c} ©"), format!("é{c}")] {
                assert_eq!(
                    TextRule::PARAGRAPH.check(&text),
                    Err(TextProblem::ControlCharacter { code }),
                    "{text:?}"
                );
            }
        }
        for text in ["£ 12 © ¡ ¿ Ā", "\u{a0}non-breaking", "\u{2028}", "日本語"] {
            assert_eq!(TextRule::LINE.check(text), Ok(()), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_rule_finds_what_a_char_by_char_reading_finds(text in "\\PC*|.*[\\x00-\\x1f\\x7f-\\u{9f}].*") {
            for rule in [TextRule::LINE, TextRule::PARAGRAPH] {
                let allowed = |c: char| rule.lines == Lines::Many && matches!(c, '\n' | '\r' | '\t');
                let expected = text
                    .chars()
                    .find(|c| c.is_control() && !allowed(*c))
                    .map(|c| TextProblem::ControlCharacter { code: u32::from(c) });
                let found = rule.check(&text).err().filter(|p| matches!(p, TextProblem::ControlCharacter { .. }));
                proptest::prop_assert_eq!(found, expected);
            }
        }
    }

    #[test]
    fn one_text_rule_for_lines_paragraphs_and_required_text() {
        assert_eq!(TextRule::LINE.check("A line"), Ok(()));
        assert_eq!(
            TextRule::LINE.check("two\nlines"),
            Err(TextProblem::ControlCharacter { code: 0x0a })
        );
        assert_eq!(TextRule::PARAGRAPH.check("two\nlines\tand a tab"), Ok(()));
        assert_eq!(
            TextRule::PARAGRAPH.check("a bell \u{7}"),
            Err(TextProblem::ControlCharacter { code: 7 })
        );
        assert_eq!(
            TextRule::LINE.required().check("  "),
            Err(TextProblem::Empty)
        );
        let long = "x".repeat(501);
        assert_eq!(
            TextRule::LINE
                .check_named("Risk owner", &long)
                .map_err(|e| e.to_string()),
            Err("Risk owner is 501 characters long; at most 500 are allowed".to_owned())
        );
        // The set-up fields keep their own limits through the same rule.
        assert_eq!(Field::Sponsor.max_chars(), 200);
        assert_eq!(Field::Notes.rule().lines, Lines::Many);
        assert_eq!(Field::Title.rule().need, Need::Required);
    }

    #[test]
    fn days_outside_the_years_kept_are_refused_with_their_name() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(check_day("The start date", day(2026, 3, 9)), Ok(()));
        let e = check_day("The start date", day(0, 1, 1)).expect_err("year 0");
        assert_eq!(
            e.to_string(),
            "The start date is in the year 0: days from 1900 to 2199 can be kept"
        );
        assert!(check_day("x", day(12026, 1, 1)).is_err());
        // Leniently written days read as the day they mean, and are kept in one form.
        let lenient: NaiveDate = serde_json::from_str("\"2026-3-9\"").expect("lenient");
        assert_eq!(lenient, day(2026, 3, 9));
        assert_eq!(
            serde_json::to_string(&lenient).expect("JSON"),
            "\"2026-03-09\""
        );
    }

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
