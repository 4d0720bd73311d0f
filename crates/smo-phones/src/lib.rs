//! The room votes from its phones. The facilitator's laptop serves a small
//! voting page on the room's network (never the internet): people scan a QR
//! code (or type an address and six digits), pick their name, and vote in
//! the same rounds as the facilitator's keyboard.
//!
//! - [`PhoneServer`] runs axum on its own thread and Tokio runtime, only
//!   while the facilitator has it on, on the one address they chose.
//! - [`RoomBoard`] is what the app publishes for the phones ([`PhoneRoom`]:
//!   the practice as the room sees it, built by `smo-core`'s room rules);
//!   each device is pushed its own [`PhoneView`] of it (server-sent events).
//! - [`VoteDesk`] is how a phone's vote reaches the workshop: the app
//!   records it in the store, in one transaction, and publishes the room.
//!
//! Who gets in: the QR address carries a 128-bit secret; the typed code is
//! limited per address and in total; each device gets its own token and
//! votes only as the name it holds; `Host` and `Origin` must name this
//! server; bodies are small; devices, streams and requests in flight are
//! capped (see `api` and `registry` for the numbers).

mod api;
mod error;
mod registry;
mod secret;
mod server;
mod view;

use std::sync::Arc;

use smo_core::{Level, ParticipantId, RoundRef, ValidationError};
use tokio::sync::watch;

pub use api::{
    ClaimRequest, JoinRequest, Joined, VoteRequest, MAX_BODY, MAX_IN_FLIGHT, MAX_STREAMS,
};
pub use error::{PhoneError, PhoneErrorCode};
pub use registry::{LOCKOUT, MAX_DEVICES, MISSES_IN_TOTAL, MISSES_PER_ADDRESS};
pub use server::{machine_addresses, Invite, MachineAddress, PhoneServer, USUAL_PORT};
pub use view::{NameOnPhone, PhoneChoice, PhoneName, PhoneRoom, PhoneRoster, PhoneView};

/// The voting page: its HTML, script and style, served as `/`, `/phone.js`
/// and `/phone.css` (built from `ui/phone.html` by the UI's build).
#[derive(Debug, Clone, Default)]
pub struct PhonePage {
    /// `index.html`.
    pub html: String,
    /// `phone.js`.
    pub script: String,
    /// `phone.css`.
    pub style: String,
}

/// Why the desk did not record a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The round was revealed or replaced before the vote arrived.
    RoundClosed,
    /// Anything else, in words for the phone.
    Other(String),
}

impl Refusal {
    /// The refusal a phone is told of when the workshop's rules refused its vote.
    pub fn of(error: &ValidationError) -> Refusal {
        match error {
            ValidationError::RoundOver { .. }
            | ValidationError::RoundRevealed { .. }
            | ValidationError::NoOpenRound => Refusal::RoundClosed,
            other => Refusal::Other(other.to_string()),
        }
    }
}

/// Where a phone's vote goes: the app's store.
pub trait VoteDesk: Send + Sync + 'static {
    /// Records `level` for `participant` in `round` (withdraws their vote
    /// when `None`), in one transaction, then publishes the room as it now
    /// is on the [`RoomBoard`]. Runs on a blocking thread.
    fn cast(
        &self,
        round: &RoundRef,
        participant: ParticipantId,
        level: Option<Level>,
    ) -> Result<(), Refusal>;

    /// Which devices hold which names changed (for the facilitator's window).
    fn roster_changed(&self, roster: PhoneRoster);
}

/// What every phone is shown, published by the app. Cheap to clone.
#[derive(Debug, Clone)]
pub struct RoomBoard(Arc<watch::Sender<Arc<PhoneRoom>>>);

impl Default for RoomBoard {
    fn default() -> RoomBoard {
        RoomBoard(Arc::new(watch::channel(Arc::new(PhoneRoom::default())).0))
    }
}

impl RoomBoard {
    /// Shows `room` on every phone (pushed within moments).
    pub fn publish(&self, room: PhoneRoom) {
        self.0.send_replace(Arc::new(room));
    }

    fn subscribe(&self) -> watch::Receiver<Arc<PhoneRoom>> {
        self.0.subscribe()
    }
}
