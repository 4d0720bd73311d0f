//! The assessment: which practices are in scope, where each stands today (with
//! evidence, confidence and the participants' votes), and where it must get to.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::validation::check_text;
use crate::voting::{RoundState, VoteQuestion, VoteRound};
use crate::{Field, Framework, Level, ParticipantId, ValidationError};

/// How sure the room is of a current level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// An impression; little evidence was heard.
    Low,
    /// Some evidence, some disagreement.
    Medium,
    /// Well evidenced and agreed.
    High,
}

impl Confidence {
    /// The name stored in the database and in files.
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// Parses [`Confidence::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// How much closing a practice's gap matters to the business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    /// Weighted 3.
    High,
    /// Weighted 2.
    Medium,
    /// Weighted 1.
    Low,
}

impl Priority {
    /// The weight a gap is multiplied by: 3, 2 or 1.
    pub const fn weight(self) -> u8 {
        match self {
            Priority::High => 3,
            Priority::Medium => 2,
            Priority::Low => 1,
        }
    }

    /// The name stored in the database and in files.
    pub const fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    /// Parses [`Priority::as_str`]'s output.
    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Priority::High => "High",
            Priority::Medium => "Medium",
            Priority::Low => "Low",
        })
    }
}

/// The months the room gives a practice to reach its target: 1 to 120.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
#[serde(try_from = "i64", into = "u16")]
pub struct Horizon(u16);

impl Horizon {
    /// The longest horizon, ten years.
    pub const MAX_MONTHS: u16 = 120;

    /// The number of months.
    pub const fn months(self) -> u16 {
        self.0
    }
}

impl TryFrom<i64> for Horizon {
    type Error = ValidationError;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        u16::try_from(value)
            .ok()
            .filter(|m| (1..=Self::MAX_MONTHS).contains(m))
            .map(Horizon)
            .ok_or(ValidationError::HorizonOutOfRange { value })
    }
}

impl From<Horizon> for u16 {
    fn from(h: Horizon) -> u16 {
        h.0
    }
}

/// One participant's own view of a practice's current level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Vote {
    /// Who voted.
    pub participant_id: ParticipantId,
    /// The level they see.
    pub level: Level,
}

/// The votes for one practice at a glance. A spread of two levels or more is a
/// disagreement the room should talk through before agreeing a consensus.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VoteSpread {
    /// How many participants voted.
    pub count: u32,
    /// The lowest vote.
    pub min: Level,
    /// The median vote (the mean of the two middle votes when the count is even).
    pub median: f64,
    /// The highest vote.
    pub max: Level,
    /// Whether `max − min` reaches [`VoteSpread::DISAGREEMENT`].
    pub disagreement: bool,
}

impl VoteSpread {
    /// The spread, in levels, from which votes count as a disagreement.
    pub const DISAGREEMENT: u8 = 2;

    /// The spread of `levels`; `None` when nobody voted.
    pub fn of(levels: &[Level]) -> Option<VoteSpread> {
        let mut sorted = levels.to_vec();
        sorted.sort_unstable();
        let (&min, &max) = (sorted.first()?, sorted.last()?);
        let n = sorted.len();
        let middle = |i: usize| f64::from(sorted.get(i).map_or(0, |l| l.value()));
        let median = if n % 2 == 1 {
            middle(n / 2)
        } else {
            (middle(n / 2 - 1) + middle(n / 2)) / 2.0
        };
        Some(VoteSpread {
            count: crate::count(n),
            min,
            median,
            max,
            disagreement: max.value() - min.value() >= Self::DISAGREEMENT,
        })
    }
}

/// What the room records about a practice's current state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CurrentStateInput {
    /// The agreed (consensus) level; `None` while not yet scored.
    pub current: Option<Level>,
    /// How sure the room is.
    pub confidence: Option<Confidence>,
    /// What was heard or shown: documents, examples, anecdotes.
    pub evidence: String,
}

impl CurrentStateInput {
    /// Checks the evidence text.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_text(Field::Evidence, &self.evidence)
    }
}

/// What the report says about a practice: what works, what does not, and
/// what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FindingsInput {
    /// What works today.
    pub strengths: String,
    /// What does not.
    pub weaknesses: String,
    /// What the room recommends.
    pub recommendation: String,
}

impl FindingsInput {
    /// Checks each text, naming the field.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_text(Field::Strengths, &self.strengths)?;
        check_text(Field::Weaknesses, &self.weaknesses)?;
        check_text(Field::Recommendation, &self.recommendation)
    }
}

/// What the room decides about a practice's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TargetInput {
    /// The level the practice must reach.
    pub target: Option<Level>,
    /// How much reaching it matters.
    pub priority: Option<Priority>,
    /// By when, in months from the workshop.
    pub horizon: Option<Horizon>,
}

/// Everything recorded about one practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeAssessment {
    /// The practice, by its id in the workshop's framework.
    pub practice_id: String,
    /// The agreed current level; `None` while not scored.
    pub current: Option<Level>,
    /// How sure the room is of `current`.
    pub confidence: Option<Confidence>,
    /// The evidence heard.
    pub evidence: String,
    /// The votes of the latest round on the current level, in participant
    /// order (derived from `rounds`; in files before format 3, the only votes).
    pub votes: Vec<Vote>,
    /// The spread of `votes` (derived).
    pub spread: Option<VoteSpread>,
    /// Every vote round on the current and the target level, by question
    /// then number (format 3; a file before it holds `votes` only, read as
    /// one revealed round).
    #[serde(default)]
    pub rounds: Vec<VoteRound>,
    /// The target level.
    pub target: Option<Level>,
    /// How much the gap matters.
    pub priority: Option<Priority>,
    /// Months to reach the target.
    pub horizon: Option<Horizon>,
    /// What works today (empty in files of format 1).
    #[serde(default)]
    pub strengths: String,
    /// What does not.
    #[serde(default)]
    pub weaknesses: String,
    /// What the room recommends.
    #[serde(default)]
    pub recommendation: String,
    /// The facilitator's private note (format 3): never on the projector,
    /// never in a document.
    #[serde(default)]
    pub note: String,
}

impl PracticeAssessment {
    /// A practice nothing has been recorded for.
    pub fn empty(practice_id: &str) -> PracticeAssessment {
        PracticeAssessment {
            practice_id: practice_id.to_owned(),
            current: None,
            confidence: None,
            evidence: String::new(),
            votes: Vec::new(),
            spread: None,
            rounds: Vec::new(),
            target: None,
            priority: None,
            horizon: None,
            strengths: String::new(),
            weaknesses: String::new(),
            recommendation: String::new(),
            note: String::new(),
        }
    }

    /// Sets `votes` as one revealed first round on the current level: how
    /// votes recorded before rounds existed (and the sample's) read.
    pub fn with_votes(self, votes: Vec<Vote>) -> PracticeAssessment {
        if votes.is_empty() {
            return self.with_rounds(Vec::new());
        }
        let round = VoteRound::new(VoteQuestion::Current, 1, RoundState::Revealed, votes);
        self.with_rounds(vec![round])
    }

    /// Whether the target has been set (level, priority and horizon).
    pub fn target_complete(&self) -> bool {
        self.target.is_some() && self.priority.is_some() && self.horizon.is_some()
    }

    /// Whether the target is below the agreed current level: allowed, but
    /// worth a second look.
    pub fn target_below_current(&self) -> bool {
        matches!((self.current, self.target), (Some(c), Some(t)) if t < c)
    }
}

/// A workshop's assessment: its framework copy, the scope, and one entry per
/// practice in scope, in scope order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// The framework the workshop is assessed with; `None` until one is chosen.
    pub framework: Option<Framework>,
    /// The practices in scope, in the framework's order.
    pub scope: Vec<String>,
    /// What is recorded for each practice in scope, in scope order.
    pub practices: Vec<PracticeAssessment>,
}

impl Assessment {
    /// An assessment with no framework yet.
    pub fn none() -> Assessment {
        Assessment {
            framework: None,
            scope: Vec::new(),
            practices: Vec::new(),
        }
    }

    /// What is recorded for `practice_id`, if it is in scope.
    pub fn practice(&self, practice_id: &str) -> Option<&PracticeAssessment> {
        self.practices.iter().find(|p| p.practice_id == practice_id)
    }

    /// The counts step progress is computed from.
    pub fn counts(&self) -> AssessmentCounts {
        let count = |f: &dyn Fn(&PracticeAssessment) -> bool| {
            self.practices.iter().filter(|p| f(p)).count()
        };
        AssessmentCounts {
            framework_chosen: self.framework.is_some(),
            in_scope: self.practices.len(),
            scored: count(&|p| p.current.is_some()),
            targeted: count(&|p| p.target_complete()),
            gaps_known: count(&|p| p.current.is_some() && p.target.is_some()),
        }
    }
}

/// How far the assessment has got, in counts of practices in scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AssessmentCounts {
    /// Whether a framework is chosen.
    pub framework_chosen: bool,
    /// Practices in scope.
    pub in_scope: usize,
    /// Practices with an agreed current level.
    pub scored: usize,
    /// Practices with a target level, priority and horizon.
    pub targeted: usize,
    /// Practices with both a current and a target level.
    pub gaps_known: usize,
}

/// Checks a requested scope against the framework and puts it in the
/// framework's order, without duplicates.
pub fn normalise_scope(
    framework: &Framework,
    requested: &[String],
) -> Result<Vec<String>, ValidationError> {
    if let Some(unknown) = requested.iter().find(|id| framework.practice(id).is_none()) {
        return Err(ValidationError::UnknownPractice {
            id: unknown.clone(),
        });
    }
    let requested: std::collections::HashSet<&str> = requested.iter().map(String::as_str).collect();
    Ok(framework
        .practices
        .iter()
        .filter(|p| requested.contains(p.id.as_str()))
        .map(|p| p.id.clone())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(values: &[u8]) -> Vec<Level> {
        values
            .iter()
            .map(|v| Level::try_from(i64::from(*v)).expect("valid level"))
            .collect()
    }

    #[test]
    fn spread_of_no_votes_is_none() {
        assert_eq!(VoteSpread::of(&[]), None);
    }

    #[test]
    fn spread_reports_min_median_max_and_flags_two_levels_apart() {
        let s = VoteSpread::of(&levels(&[3, 1, 2])).expect("votes");
        assert_eq!((s.min.value(), s.median, s.max.value()), (1, 2.0, 3));
        assert!(s.disagreement);
        let s = VoteSpread::of(&levels(&[2, 3, 3, 2])).expect("votes");
        assert_eq!(s.median, 2.5);
        assert!(!s.disagreement);
    }

    #[test]
    fn horizon_is_one_to_a_hundred_and_twenty_months() {
        assert!(Horizon::try_from(0).is_err());
        assert_eq!(Horizon::try_from(12).map(Horizon::months), Ok(12));
        assert!(Horizon::try_from(121).is_err());
        let json: Result<Horizon, _> = serde_json::from_str("-3");
        assert!(json.is_err());
    }

    #[test]
    fn priority_weights_are_three_two_one() {
        let weights: Vec<u8> = Priority::ALL.iter().map(|p| p.weight()).collect();
        assert_eq!(weights, [3, 2, 1]);
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()), Some(p));
        }
        for c in Confidence::ALL {
            assert_eq!(Confidence::parse(c.as_str()), Some(c));
        }
    }

    #[test]
    fn evidence_may_span_lines_but_not_hold_control_characters() {
        let mut input = CurrentStateInput {
            current: None,
            confidence: None,
            evidence: "Two tools.\nNo owner.".into(),
        };
        assert_eq!(input.validate(), Ok(()));
        input.evidence.push('\u{1b}');
        assert!(input.validate().is_err());
    }
}
