//! What the room sees on the projector of a practice being assessed: its
//! descriptors, how the vote is going and, once agreed, the level. Built
//! here, from the workshop, so the rule "no level and no name before the
//! reveal, no evidence ever" is held in one place for every screen that
//! faces the room (the presenter window now, phones later).

use serde::{Deserialize, Serialize};

use crate::{Level, RoomVote, RoundState, Step, VoteQuestion, VoteSpread, VoterNames, Workshop};

/// One level of the framework's scale for a practice, as read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LevelOnScreen {
    /// 0 to 5.
    pub level: Level,
    /// The scale's name for it ("Defined").
    pub name: String,
    /// What the practice looks like at that level.
    pub descriptor: String,
}

/// An earlier round of the same question, to show how the spread narrowed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EarlierRound {
    /// Its number.
    pub number: u32,
    /// Its spread once revealed.
    pub spread: Option<VoteSpread>,
}

/// A practice as the room sees it while it is assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeOnScreen {
    /// Current state or target state.
    pub step: Step,
    /// What the room decides.
    pub question: VoteQuestion,
    /// The practice's id.
    pub practice_id: String,
    /// Its group's name.
    pub group: String,
    /// Its name.
    pub name: String,
    /// What it is for.
    pub purpose: String,
    /// Its place in the scope, from 1.
    pub position: u32,
    /// How many practices are in scope.
    pub of: u32,
    /// The six levels with the practice's descriptors.
    pub levels: Vec<LevelOnScreen>,
    /// The latest round on `question`, as the room may see it.
    pub vote: Option<RoomVote>,
    /// The earlier rounds on `question`, revealed, first first.
    pub earlier: Vec<EarlierRound>,
    /// The level agreed for `question` (the current or the target level);
    /// `None` while a round is open, so an earlier agreement does not
    /// anchor the votes.
    pub agreed: Option<Level>,
}

impl PracticeOnScreen {
    /// `practice_id` of `workshop` on `question`; `None` when it is not in scope.
    pub fn of(
        workshop: &Workshop,
        practice_id: &str,
        question: VoteQuestion,
        names: VoterNames,
    ) -> Option<PracticeOnScreen> {
        let framework = workshop.assessment.framework.as_ref()?;
        let practice = framework.practice(practice_id)?;
        let assessed = workshop.assessment.practice(practice_id)?;
        let position = workshop
            .assessment
            .scope
            .iter()
            .position(|id| id == practice_id)?;
        let latest = assessed.latest_round(question);
        Some(PracticeOnScreen {
            step: match question {
                VoteQuestion::Current => Step::CurrentState,
                VoteQuestion::Target => Step::TargetState,
            },
            question,
            practice_id: practice_id.to_owned(),
            group: framework
                .groups
                .iter()
                .find(|g| g.id == practice.group)
                .map(|g| g.name.clone())
                .unwrap_or_default(),
            name: practice.name.clone(),
            purpose: practice.purpose.clone(),
            position: crate::count(position + 1),
            of: crate::count(workshop.assessment.scope.len()),
            levels: Level::all()
                .map(|level| LevelOnScreen {
                    level,
                    name: framework
                        .scale
                        .iter()
                        .find(|s| s.level == level)
                        .map_or_else(|| level.name().to_owned(), |s| s.name.clone()),
                    descriptor: practice
                        .levels
                        .get(usize::from(level.value()))
                        .cloned()
                        .unwrap_or_default(),
                })
                .collect(),
            vote: latest.map(|r| r.room_view(&workshop.participants, names)),
            earlier: assessed
                .rounds_of(question)
                .filter(|r| Some(r.number) != latest.map(|l| l.number))
                .map(|r| EarlierRound {
                    number: r.number,
                    spread: r.spread,
                })
                .collect(),
            agreed: match question {
                _ if latest.is_some_and(|r| r.state == RoundState::Open) => None,
                VoteQuestion::Current => assessed.current,
                VoteQuestion::Target => assessed.target,
            },
        })
    }
}
