//! What the phones may know: the room the facilitator's side publishes
//! ([`PhoneRoom`]), and what one device is sent of it ([`PhoneView`]): the
//! workshop's title, the names, the practice on screen as the room sees it
//! (no evidence, no notes, no score before a reveal, never who voted what),
//! and the device's own vote.

use serde::{Deserialize, Serialize};
use smo_core::room::PracticeOnScreen;
use smo_core::{Level, ParticipantId, RoundRef, Step, VoteQuestion, VoterNames, Workshop};

/// A participant's name, as the phones list them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PhoneName {
    /// Who.
    pub id: ParticipantId,
    /// Their name.
    pub name: String,
}

/// What the facilitator's side publishes for every phone. `ballots` never
/// leaves the server as such: each device learns only its own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhoneRoom {
    /// The workshop's title.
    pub title: String,
    /// The client.
    pub organisation: String,
    /// The people in the room, in the workshop's order.
    pub participants: Vec<PhoneName>,
    /// The step the facilitator is on, when it is not a vote.
    pub step: Option<Step>,
    /// The practice being voted on, as the room sees it.
    pub practice: Option<PracticeOnScreen>,
    /// The latest round's votes on that practice (private).
    pub ballots: Vec<(ParticipantId, Level)>,
}

impl PhoneRoom {
    /// The room of `workshop` while the facilitator is on `step`, voting on
    /// `practice` (its id and the question) when there is one.
    pub fn of(
        workshop: &Workshop,
        step: Option<Step>,
        practice: Option<(&str, VoteQuestion)>,
    ) -> PhoneRoom {
        let on_screen = practice.and_then(|(id, question)| {
            PracticeOnScreen::of(workshop, id, question, VoterNames::Hidden)
        });
        let ballots = practice
            .and_then(|(id, question)| {
                workshop
                    .assessment
                    .practice(id)?
                    .latest_round(question)
                    .map(|r| {
                        r.votes
                            .iter()
                            .map(|v| (v.participant_id, v.level))
                            .collect()
                    })
            })
            .unwrap_or_default();
        PhoneRoom {
            title: workshop.set_up.title.clone(),
            organisation: workshop.set_up.organisation.clone(),
            participants: workshop
                .participants
                .iter()
                .map(|p| PhoneName {
                    id: p.id,
                    name: p.name.clone(),
                })
                .collect(),
            step: if on_screen.is_some() { None } else { step },
            practice: on_screen,
            ballots,
        }
    }

    /// The round a phone votes in now: the latest on the practice on
    /// screen, or round 1 when none was started.
    pub fn round(&self) -> Option<RoundRef> {
        let p = self.practice.as_ref()?;
        Some(RoundRef {
            practice_id: p.practice_id.clone(),
            question: p.question,
            number: p.vote.as_ref().map_or(1, |v| v.number),
        })
    }
}

/// A name on a phone's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NameOnPhone {
    /// Who.
    pub id: ParticipantId,
    /// Their name.
    pub name: String,
    /// Whether another device holds it.
    pub held: bool,
}

/// A device's own answer in the round on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PhoneChoice {
    /// A level.
    Level {
        /// 0 to 5.
        level: Level,
    },
    /// The person does not know: no level is recorded.
    DontKnow,
}

/// What one device is sent.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PhoneView {
    /// The workshop's title.
    pub title: String,
    /// The client.
    pub organisation: String,
    /// The names to claim one from.
    pub names: Vec<NameOnPhone>,
    /// The name this device holds.
    pub me: Option<ParticipantId>,
    /// The step the facilitator is on, when it is not a vote.
    pub step: Option<Step>,
    /// The practice being voted on (votes as counts, distribution after the reveal).
    pub practice: Option<PracticeOnScreen>,
    /// The round a vote from this device goes to.
    pub round: Option<RoundRef>,
    /// This device's answer in that round.
    pub mine: Option<PhoneChoice>,
}

/// Who holds which name, for the facilitator's window.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PhoneRoster {
    /// Devices that joined.
    pub devices: u32,
    /// The names held, each by one device.
    pub held: Vec<ParticipantId>,
    /// Who answered "don't know" in the round on screen.
    pub dont_know: Vec<ParticipantId>,
    /// Whether typed codes are refused for everyone after too many misses
    /// (the QR code still works).
    pub code_locked: bool,
}
