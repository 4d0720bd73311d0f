//! Silent vote rounds: the room votes on a practice's current or target level
//! without seeing each other's votes, the facilitator reveals them, the room
//! talks through a spread and votes again, and the consensus is agreed.
//!
//! A practice has numbered rounds per [`VoteQuestion`]; only the latest round
//! of a question takes votes, and only while it is [`RoundState::Open`]. A
//! vote names the round it was cast in ([`RoundRef`]), so a vote that arrives
//! late from elsewhere (a phone that had not yet heard of the reveal) is
//! refused instead of landing in another round. What the room may see of a
//! round is [`RoomVote`]: before the reveal only how many have voted.

use serde::{Deserialize, Serialize};

use crate::{
    Level, Participant, ParticipantId, PracticeAssessment, ValidationError, Vote, VoteSpread,
};

/// What a round asks: where the practice stands, or where it must get to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum VoteQuestion {
    /// The level the practice is at today (Current state).
    Current,
    /// The level it must reach (Target state).
    Target,
}

impl VoteQuestion {
    /// The name stored in the database.
    pub const fn as_str(self) -> &'static str {
        match self {
            VoteQuestion::Current => "current",
            VoteQuestion::Target => "target",
        }
    }

    /// Parses [`VoteQuestion::as_str`]'s output.
    pub fn parse(s: &str) -> Option<VoteQuestion> {
        VoteQuestion::ALL.into_iter().find(|q| q.as_str() == s)
    }
}

/// Whether a round still takes votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum RoundState {
    /// Votes are being cast; nobody sees them but as "voted".
    Open,
    /// The votes are shown; the round takes no more.
    Revealed,
}

impl RoundState {
    /// The name stored in the database.
    pub const fn as_str(self) -> &'static str {
        match self {
            RoundState::Open => "open",
            RoundState::Revealed => "revealed",
        }
    }

    /// Parses [`RoundState::as_str`]'s output.
    pub fn parse(s: &str) -> Option<RoundState> {
        [RoundState::Open, RoundState::Revealed]
            .into_iter()
            .find(|q| q.as_str() == s)
    }
}

/// One round of votes on one question about one practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VoteRound {
    /// What it asks.
    pub question: VoteQuestion,
    /// 1 for the first round of the question, then 2, 3…
    pub number: u32,
    /// Open or revealed.
    pub state: RoundState,
    /// The votes cast, in participant order.
    pub votes: Vec<Vote>,
    /// The spread of `votes` (derived).
    pub spread: Option<VoteSpread>,
}

impl VoteRound {
    /// A round with `votes`, its spread computed.
    pub fn new(
        question: VoteQuestion,
        number: u32,
        state: RoundState,
        votes: Vec<Vote>,
    ) -> VoteRound {
        let levels: Vec<Level> = votes.iter().map(|v| v.level).collect();
        VoteRound {
            question,
            number,
            state,
            spread: VoteSpread::of(&levels),
            votes,
        }
    }

    /// What the room may see of the round, with `participants` the people in
    /// the room now (a vote by someone removed since does not count).
    pub fn room_view(&self, participants: &[Participant], names: VoterNames) -> RoomVote {
        let present: Vec<&Vote> = self
            .votes
            .iter()
            .filter(|v| participants.iter().any(|p| p.id == v.participant_id))
            .collect();
        let revealed = (self.state == RoundState::Revealed).then(|| {
            let mut at_level = [0u32; 6];
            for v in &present {
                at_level[usize::from(v.level.value())] += 1;
            }
            let levels: Vec<Level> = present.iter().map(|v| v.level).collect();
            RevealedVotes {
                at_level: at_level.to_vec(),
                spread: VoteSpread::of(&levels),
                voters: match names {
                    VoterNames::Hidden => Vec::new(),
                    VoterNames::Shown => participants
                        .iter()
                        .filter_map(|p| {
                            let vote = present.iter().find(|v| v.participant_id == p.id)?;
                            Some(NamedVote {
                                name: p.name.clone(),
                                level: vote.level,
                            })
                        })
                        .collect(),
                },
            }
        });
        RoomVote {
            question: self.question,
            number: self.number,
            state: self.state,
            voted: crate::count(present.len()),
            eligible: crate::count(participants.len()),
            revealed,
        }
    }
}

/// Which round a vote or a reveal is meant for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoundRef {
    /// The practice.
    pub practice_id: String,
    /// The question.
    pub question: VoteQuestion,
    /// The round's number.
    pub number: u32,
}

/// Whether the room sees who voted what once the votes are revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum VoterNames {
    /// Only how many voted at each level (the default: a silent vote).
    #[default]
    Hidden,
    /// Each voter's name beside their level, when the facilitator turns it on.
    Shown,
}

/// What the room may see of a round: before the reveal how many have voted
/// and of how many, never a level or a name; after it, the distribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoomVote {
    /// What the round asks.
    pub question: VoteQuestion,
    /// Its number.
    pub number: u32,
    /// Open or revealed.
    pub state: RoundState,
    /// How many of the people in the room have voted.
    pub voted: u32,
    /// How many people are in the room.
    pub eligible: u32,
    /// After the reveal: the distribution; `None` while the round is open.
    pub revealed: Option<RevealedVotes>,
}

/// A revealed round's votes as the room sees them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RevealedVotes {
    /// How many voted each level, 0 to 5.
    pub at_level: Vec<u32>,
    /// Lowest, median, highest and whether they differ by two levels or more.
    pub spread: Option<VoteSpread>,
    /// Each voter with their level, only when names are shown; else empty.
    pub voters: Vec<NamedVote>,
}

/// A voter's name and level, shown only when the facilitator asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NamedVote {
    /// Who.
    pub name: String,
    /// Their vote.
    pub level: Level,
}

impl PracticeAssessment {
    /// The latest round of `question`, if any was started.
    pub fn latest_round(&self, question: VoteQuestion) -> Option<&VoteRound> {
        self.rounds
            .iter()
            .filter(|r| r.question == question)
            .max_by_key(|r| r.number)
    }

    /// The rounds of `question`, first first.
    pub fn rounds_of(&self, question: VoteQuestion) -> impl Iterator<Item = &VoteRound> {
        self.rounds.iter().filter(move |r| r.question == question)
    }

    /// Starts the next round of `question` (the first, or a revote after a
    /// reveal) and returns its number. Refused while the latest is open.
    pub fn start_round(&mut self, question: VoteQuestion) -> Result<u32, ValidationError> {
        let number = match self.latest_round(question) {
            Some(r) if r.state == RoundState::Open => {
                return Err(ValidationError::RoundStillOpen { number: r.number })
            }
            Some(r) => r.number + 1,
            None => 1,
        };
        self.rounds.push(VoteRound::new(
            question,
            number,
            RoundState::Open,
            Vec::new(),
        ));
        self.rounds.sort_by_key(|r| (r.question, r.number));
        self.derive_votes();
        Ok(number)
    }

    /// Records (or, with `None`, withdraws) `participant`'s vote in round
    /// `number` of `question`: only the latest round takes votes, and only
    /// while open. `order` is the participants' order, which votes keep.
    pub fn cast_vote(
        &mut self,
        question: VoteQuestion,
        number: u32,
        vote: (ParticipantId, Option<Level>),
        order: &[ParticipantId],
    ) -> Result<(), ValidationError> {
        let (participant, level) = vote;
        let round = self.open_round(question, number)?;
        let mut votes: Vec<Vote> = round
            .votes
            .iter()
            .copied()
            .filter(|v| v.participant_id != participant)
            .collect();
        if let Some(level) = level {
            votes.push(Vote {
                participant_id: participant,
                level,
            });
        }
        let rank = |id: &ParticipantId| order.iter().position(|p| p == id).unwrap_or(usize::MAX);
        votes.sort_by_key(|v| rank(&v.participant_id));
        *round = VoteRound::new(question, number, RoundState::Open, votes);
        self.derive_votes();
        Ok(())
    }

    /// Round `number` of `question`, if it takes votes now.
    fn open_round(
        &mut self,
        question: VoteQuestion,
        number: u32,
    ) -> Result<&mut VoteRound, ValidationError> {
        self.check_vote(question, number)?;
        self.rounds
            .iter_mut()
            .find(|r| r.question == question && r.number == number)
            .ok_or(ValidationError::NoOpenRound)
    }

    /// Whether round `number` of `question` takes a vote now.
    pub fn check_vote(&self, question: VoteQuestion, number: u32) -> Result<(), ValidationError> {
        let latest = self
            .latest_round(question)
            .ok_or(ValidationError::NoOpenRound)?;
        if number != latest.number {
            return Err(ValidationError::RoundOver {
                number,
                latest: latest.number,
            });
        }
        match latest.state {
            RoundState::Open => Ok(()),
            RoundState::Revealed => Err(ValidationError::RoundRevealed { number }),
        }
    }

    /// Reveals round `number` of `question`: it must be the latest, open,
    /// and hold at least one vote.
    pub fn reveal_round(
        &mut self,
        question: VoteQuestion,
        number: u32,
    ) -> Result<(), ValidationError> {
        let round = self.open_round(question, number)?;
        if round.votes.is_empty() {
            return Err(ValidationError::NothingToReveal { number });
        }
        round.state = RoundState::Revealed;
        Ok(())
    }

    /// Forgets `participant`'s votes in every round (they left the workshop).
    pub fn forget_voter(&mut self, participant: ParticipantId) {
        for round in &mut self.rounds {
            let votes = round
                .votes
                .iter()
                .copied()
                .filter(|v| v.participant_id != participant)
                .collect();
            *round = VoteRound::new(round.question, round.number, round.state, votes);
        }
        self.derive_votes();
    }

    /// Sets the rounds (as read or imported) and what is derived from them.
    pub fn with_rounds(mut self, mut rounds: Vec<VoteRound>) -> PracticeAssessment {
        rounds.sort_by_key(|r| (r.question, r.number));
        self.rounds = rounds;
        self.derive_votes();
        self
    }

    /// The rounds a practice read from a workshop file holds: its `rounds`,
    /// or, in a file before format 3 (which has none), its `votes` as one
    /// revealed first round on the current level.
    pub fn rounds_as_filed(&self) -> Vec<VoteRound> {
        if self.rounds.is_empty() {
            self.clone().with_votes(self.votes.clone()).rounds
        } else {
            self.rounds.clone()
        }
    }

    /// Checks rounds read from a file: numbered 1, 2, 3… per question, only
    /// the latest of a question open, no one voting twice in a round. Says
    /// what is wrong as the end of a sentence about the practice.
    pub fn check_rounds(rounds: &[VoteRound]) -> Result<(), String> {
        for question in VoteQuestion::ALL {
            let mut mine: Vec<&VoteRound> =
                rounds.iter().filter(|r| r.question == question).collect();
            mine.sort_by_key(|r| r.number);
            let last = mine.len();
            for (n, round) in mine.iter().enumerate() {
                if usize::try_from(round.number).ok() != Some(n + 1) {
                    return Err(format!(
                        "has {} vote rounds numbered {}: they must run 1, 2, 3…",
                        question.label().to_lowercase(),
                        mine.iter()
                            .map(|r| r.number.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                if round.state == RoundState::Open && n + 1 != last {
                    return Err(format!(
                        "has round {} on the {} still open although a later round exists",
                        round.number,
                        question.label().to_lowercase()
                    ));
                }
                let mut seen = std::collections::HashSet::new();
                if let Some(twice) = round.votes.iter().find(|v| !seen.insert(v.participant_id)) {
                    return Err(format!(
                        "has participant {} voting twice in round {} on the {}",
                        twice.participant_id,
                        round.number,
                        question.label().to_lowercase()
                    ));
                }
            }
        }
        Ok(())
    }

    /// `votes` and `spread` are the latest current-level round's.
    fn derive_votes(&mut self) {
        let (votes, spread) = match self.latest_round(VoteQuestion::Current) {
            Some(r) => (r.votes.clone(), r.spread),
            None => (Vec::new(), None),
        };
        self.votes = votes;
        self.spread = spread;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use uuid::Uuid;

    fn person(n: u128) -> Participant {
        Participant {
            id: ParticipantId::from_uuid(Uuid::from_u128(n)),
            name: format!("Person {n}"),
            role: String::new(),
            area: String::new(),
        }
    }

    fn level(v: u8) -> Level {
        Level::try_from(i64::from(v)).expect("a level")
    }

    const Q: VoteQuestion = VoteQuestion::Current;

    #[test]
    fn a_round_starts_takes_votes_is_revealed_and_a_revote_keeps_it() {
        let people: Vec<Participant> = (1..=3).map(person).collect();
        let order: Vec<ParticipantId> = people.iter().map(|p| p.id).collect();
        let mut p = PracticeAssessment::empty("incident");
        assert_eq!(p.check_vote(Q, 1), Err(ValidationError::NoOpenRound));
        assert_eq!(p.start_round(Q), Ok(1));
        assert_eq!(
            p.start_round(Q),
            Err(ValidationError::RoundStillOpen { number: 1 })
        );
        assert_eq!(
            p.reveal_round(Q, 1),
            Err(ValidationError::NothingToReveal { number: 1 })
        );
        for (who, v) in [(2, 4), (0, 1), (1, 2)] {
            p.cast_vote(Q, 1, (order[who], Some(level(v))), &order)
                .expect("open round");
        }
        let open = p
            .latest_round(Q)
            .expect("round")
            .room_view(&people, VoterNames::Shown);
        assert_eq!((open.voted, open.eligible, open.revealed), (3, 3, None));
        assert_eq!(
            p.votes.iter().map(|v| v.participant_id).collect::<Vec<_>>(),
            order
        );
        p.reveal_round(Q, 1).expect("reveal");
        assert_eq!(
            p.cast_vote(Q, 1, (order[0], Some(level(3))), &order),
            Err(ValidationError::RoundRevealed { number: 1 })
        );
        let shown = p
            .latest_round(Q)
            .expect("round")
            .room_view(&people, VoterNames::Hidden);
        let revealed = shown.revealed.expect("revealed");
        assert_eq!(revealed.at_level, [0, 1, 1, 0, 1, 0]);
        assert!(revealed.voters.is_empty());
        assert!(revealed.spread.expect("spread").disagreement);
        assert_eq!(p.start_round(Q), Ok(2));
        assert_eq!(
            p.cast_vote(Q, 1, (order[0], Some(level(3))), &order),
            Err(ValidationError::RoundOver {
                number: 1,
                latest: 2
            })
        );
        p.cast_vote(Q, 2, (order[0], Some(level(3))), &order)
            .expect("round 2");
        assert_eq!(p.rounds_of(Q).count(), 2);
        assert_eq!(p.rounds[0].votes.len(), 3, "round 1 is kept");
        assert_eq!(
            p.votes.len(),
            1,
            "the practice's votes are the latest round's"
        );
        assert_eq!(p.rounds_of(VoteQuestion::Target).count(), 0);
    }

    #[test]
    fn a_participant_removed_mid_vote_no_longer_counts() {
        let mut people: Vec<Participant> = (1..=3).map(person).collect();
        let order: Vec<ParticipantId> = people.iter().map(|p| p.id).collect();
        let mut p = PracticeAssessment::empty("change");
        p.start_round(Q).expect("start");
        p.cast_vote(Q, 1, (order[0], Some(level(2))), &order)
            .expect("vote");
        p.cast_vote(Q, 1, (order[1], Some(level(3))), &order)
            .expect("vote");
        let gone = people.remove(0);
        let view = p
            .latest_round(Q)
            .expect("round")
            .room_view(&people, VoterNames::Hidden);
        assert_eq!((view.voted, view.eligible), (1, 2));
        p.forget_voter(gone.id);
        assert_eq!(p.votes.len(), 1);
        p.reveal_round(Q, 1).expect("reveal");
        let view = p
            .latest_round(Q)
            .expect("round")
            .room_view(&people, VoterNames::Shown);
        assert_eq!(
            view.revealed.expect("revealed").voters,
            [NamedVote {
                name: "Person 2".into(),
                level: level(3)
            }]
        );
    }

    proptest! {
        /// Whatever happens, in what order: only the latest round of a
        /// question changes, round numbers run 1, 2, 3… per question, a
        /// revealed round never changes again, and no level leaves an open
        /// round in what the room sees.
        #[test]
        fn rounds_keep_their_rules(ops in proptest::collection::vec((0u8..4, 0u8..2, 0usize..4, proptest::option::of(0u8..=5), 0u32..4), 0..60)) {
            let people: Vec<Participant> = (1..=4).map(person).collect();
            let order: Vec<ParticipantId> = people.iter().map(|p| p.id).collect();
            let mut p = PracticeAssessment::empty("x");
            for (op, q, who, vote, number) in ops {
                let question = if q == 0 { VoteQuestion::Current } else { VoteQuestion::Target };
                let before = p.clone();
                let result = match op {
                    0 => p.start_round(question).map(|_| ()),
                    1 | 2 => p.cast_vote(question, number, (order[who], vote.map(level)), &order),
                    _ => p.reveal_round(question, number),
                };
                if result.is_err() {
                    prop_assert_eq!(&p, &before, "a refused change changes nothing");
                }
                for r in &before.rounds {
                    if r.state == RoundState::Revealed {
                        prop_assert!(p.rounds.contains(r), "a revealed round never changes");
                    }
                }
                for q in VoteQuestion::ALL {
                    let numbers: Vec<u32> = p.rounds_of(q).map(|r| r.number).collect();
                    let expected: Vec<u32> = (1..=crate::count(numbers.len())).collect();
                    prop_assert_eq!(numbers, expected);
                    let open = p.rounds_of(q).filter(|r| r.state == RoundState::Open).count();
                    prop_assert!(open <= 1);
                    if let Some(r) = p.latest_round(q) {
                        let view = r.room_view(&people, VoterNames::Shown);
                        prop_assert_eq!(view.revealed.is_some(), r.state == RoundState::Revealed);
                    }
                }
            }
        }
    }
}
