//! Who joined: each device's token and the name it holds, the passes ("don't
//! know") in the round on screen, and the count of wrong join codes per
//! address. Plain data behind one mutex; the API takes it briefly and never
//! across an await.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::time::{Duration, Instant};

use smo_core::{ParticipantId, RoundRef};

use crate::secret::{same, DeviceToken, JoinCode, SessionSecret, SessionTag};
use crate::view::{NameOnPhone, PhoneChoice, PhoneRoom, PhoneRoster, PhoneView};
use crate::{PhoneError, PhoneErrorCode};

/// At most this many devices join one session.
pub const MAX_DEVICES: usize = 60;
/// Wrong codes from one address before it is locked out.
pub const MISSES_PER_ADDRESS: u32 = 5;
/// How long an address stays locked out.
pub const LOCKOUT: Duration = Duration::from_secs(300);
/// Wrong codes from all addresses together before typed codes stop working
/// for the session (the QR code's secret still works).
pub const MISSES_IN_TOTAL: u32 = 50;

/// How a device asks to join.
#[derive(Debug, Clone)]
pub(crate) enum Knock {
    /// With the secret from the QR code's address.
    Secret(String),
    /// With the six digits shown on the screen.
    Code(String),
}

#[derive(Debug, Default)]
struct Misses {
    count: u32,
    locked_until: Option<Instant>,
}

#[derive(Debug)]
struct Device {
    holds: Option<ParticipantId>,
}

/// Everything the server remembers about the devices of one session.
#[derive(Debug)]
pub(crate) struct Registry {
    tag: SessionTag,
    secret: SessionSecret,
    code: JoinCode,
    devices: HashMap<DeviceToken, Device>,
    misses: HashMap<IpAddr, Misses>,
    total_misses: u32,
    dont_know: HashSet<(RoundRef, ParticipantId)>,
}

impl Registry {
    pub(crate) fn new(secret: SessionSecret, code: JoinCode) -> Result<Registry, PhoneError> {
        Ok(Registry {
            tag: SessionTag::new()?,
            secret,
            code,
            devices: HashMap::new(),
            misses: HashMap::new(),
            total_misses: 0,
            dont_know: HashSet::new(),
        })
    }

    /// Lets a device in with the secret or the code; its new token.
    pub(crate) fn join(
        &mut self,
        from: IpAddr,
        knock: &Knock,
        now: Instant,
    ) -> Result<String, PhoneError> {
        let misses = self.misses.entry(from).or_default();
        if misses.locked_until.is_some_and(|t| t > now) {
            return Err(PhoneError::new(
                PhoneErrorCode::Locked,
                "Too many wrong codes from this phone. Scan the QR code on the screen, or try again in five minutes.",
            ));
        }
        let right = match knock {
            Knock::Secret(s) => same(&s.to_ascii_lowercase(), self.secret.as_str()),
            Knock::Code(c) => self.total_misses < MISSES_IN_TOTAL && self.code.matches(c),
        };
        if !right {
            misses.count += 1;
            self.total_misses += 1;
            if misses.count >= MISSES_PER_ADDRESS {
                misses.count = 0;
                misses.locked_until = Some(now + LOCKOUT);
            }
            return Err(match knock {
                Knock::Code(_) if self.total_misses >= MISSES_IN_TOTAL => PhoneError::new(
                    PhoneErrorCode::Locked,
                    "Typed codes no longer work for this vote. Scan the QR code on the screen.",
                ),
                Knock::Code(_) => PhoneError::new(
                    PhoneErrorCode::WrongCode,
                    "That is not the code on the screen. Check the six digits and try again.",
                ),
                Knock::Secret(_) => PhoneError::new(
                    PhoneErrorCode::WrongCode,
                    "This link is not for the vote running now. Scan the QR code on the screen again.",
                ),
            });
        }
        if self.devices.len() >= MAX_DEVICES {
            return Err(PhoneError::new(
                PhoneErrorCode::TooManyDevices,
                format!("{MAX_DEVICES} phones have joined already; ask the facilitator to enter your vote."),
            ));
        }
        let token = DeviceToken::new(&self.tag)?;
        let text = token.as_str().to_owned();
        self.devices.insert(token, Device { holds: None });
        Ok(text)
    }

    /// The device `token` names, or why there is none.
    pub(crate) fn device(&self, token: &str) -> Result<DeviceToken, PhoneError> {
        match DeviceToken::parse(token) {
            Some(t) if t.session() != self.tag.as_str() => Err(PhoneError::new(
                PhoneErrorCode::SessionEnded,
                "The vote this phone joined has ended. Scan the new code on the screen.",
            )),
            Some(t) if self.devices.contains_key(&t) => Ok(t),
            _ => Err(PhoneError::new(
                PhoneErrorCode::UnknownDevice,
                "This phone has not joined. Scan the code on the screen.",
            )),
        }
    }

    /// The name `device` holds.
    pub(crate) fn holds(&self, device: &DeviceToken) -> Option<ParticipantId> {
        self.devices.get(device).and_then(|d| d.holds)
    }

    /// Gives `device` the name of `participant`, unless another device holds it.
    pub(crate) fn claim(
        &mut self,
        device: &DeviceToken,
        participant: ParticipantId,
        room: &PhoneRoom,
    ) -> Result<(), PhoneError> {
        if !room.participants.iter().any(|p| p.id == participant) {
            return Err(PhoneError::new(
                PhoneErrorCode::BadRequest,
                "That name is not on this workshop's list any more. Choose yours again.",
            ));
        }
        let held_elsewhere = self
            .devices
            .iter()
            .any(|(t, d)| t != device && d.holds == Some(participant));
        if held_elsewhere {
            return Err(PhoneError::new(
                PhoneErrorCode::NameHeld,
                "Another phone has this name. If it is yours, ask the facilitator to release it.",
            ));
        }
        if let Some(d) = self.devices.get_mut(device) {
            d.holds = Some(participant);
        }
        Ok(())
    }

    /// Frees the name `device` holds (the phone said "not me").
    pub(crate) fn let_go(&mut self, device: &DeviceToken) {
        if let Some(d) = self.devices.get_mut(device) {
            d.holds = None;
        }
    }

    /// Frees `participant`'s name from whichever device holds it (the
    /// facilitator's release); whether one did.
    pub(crate) fn release(&mut self, participant: ParticipantId) -> bool {
        let mut released = false;
        for d in self.devices.values_mut() {
            if d.holds == Some(participant) {
                d.holds = None;
                released = true;
            }
        }
        released
    }

    /// Notes `participant`'s answer in `round`: a "don't know" is kept
    /// here (the workshop records no level for it), a level forgets one.
    pub(crate) fn note_answer(
        &mut self,
        round: &RoundRef,
        participant: ParticipantId,
        choice: PhoneChoice,
    ) {
        let key = (round.clone(), participant);
        match choice {
            PhoneChoice::DontKnow => self.dont_know.insert(key),
            PhoneChoice::Level { .. } => self.dont_know.remove(&key),
        };
    }

    /// What `device` is sent of `room`.
    pub(crate) fn view(&self, device: &DeviceToken, room: &PhoneRoom) -> PhoneView {
        let me = self.holds(device);
        let round = room.round();
        let mine = me.and_then(|me| {
            let level = room.ballots.iter().find(|(p, _)| *p == me).map(|(_, l)| *l);
            match (level, &round) {
                (Some(level), _) => Some(PhoneChoice::Level { level }),
                (None, Some(r)) if self.dont_know.contains(&(r.clone(), me)) => {
                    Some(PhoneChoice::DontKnow)
                }
                _ => None,
            }
        });
        PhoneView {
            title: room.title.clone(),
            organisation: room.organisation.clone(),
            names: room
                .participants
                .iter()
                .map(|p| NameOnPhone {
                    id: p.id,
                    name: p.name.clone(),
                    held: self
                        .devices
                        .iter()
                        .any(|(t, d)| t != device && d.holds == Some(p.id)),
                })
                .collect(),
            me,
            step: room.step,
            practice: room.practice.clone(),
            round,
            mine,
        }
    }

    /// Who holds which name, for the facilitator.
    pub(crate) fn roster(&self, room: &PhoneRoom) -> PhoneRoster {
        let round = room.round();
        let mut held: Vec<ParticipantId> = self.devices.values().filter_map(|d| d.holds).collect();
        held.sort_by_key(|id| room.participants.iter().position(|p| p.id == *id));
        PhoneRoster {
            devices: smo_core::count(self.devices.len()),
            held,
            dont_know: room
                .participants
                .iter()
                .map(|p| p.id)
                .filter(|id| {
                    round
                        .as_ref()
                        .is_some_and(|r| self.dont_know.contains(&(r.clone(), *id)))
                        && !room.ballots.iter().any(|(p, _)| p == id)
                })
                .collect(),
            code_locked: self.total_misses >= MISSES_IN_TOTAL,
        }
    }
}
