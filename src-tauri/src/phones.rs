//! Phones voting in the room: starts and stops `smo-phones`' server for the
//! open workshop, on the address the facilitator picked; publishes what the
//! facilitator is on to the phones; and records their votes in the store
//! (one transaction each, in the same rounds as the keyboard's), telling the
//! main window at once so its counter and the presenter move.

use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use smo_core::{Level, ParticipantId, PracticeChange, RoundRef, Step, Workshop, WorkshopId};
use smo_phones::{
    Invite, PhonePage, PhoneRoom, PhoneRoster, PhoneServer, Refusal, RoomBoard, VoteDesk,
};
use smo_store::StoreError;
use tauri::{AppHandle, Runtime};

use crate::page_events::{self, PageEvent};
use crate::state::SharedStore;
use crate::{AppError, ErrorCode, RoomFocus};

/// The voting page, built by the UI's build (`ui/vite.phone.config.ts`).
fn page() -> PhonePage {
    PhonePage {
        html: include_str!("../../ui/dist-phone/phone.html").to_owned(),
        script: include_str!("../../ui/dist-phone/phone.js").to_owned(),
        style: include_str!("../../ui/dist-phone/phone.css").to_owned(),
    }
}

/// A phone's vote, as the main window applies it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PhoneVote {
    /// The workshop voted in.
    pub workshop_id: WorkshopId,
    /// The practice as it now is.
    pub change: PracticeChange,
}

/// The phones' session as the main window shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PhoneSession {
    /// The workshop the phones vote in.
    pub workshop_id: WorkshopId,
    /// How to join.
    pub invite: Invite,
    /// Who holds which name.
    pub roster: PhoneRoster,
}

/// The phones' server while it runs, and what the phones are shown (managed
/// state; a cheap handle, cloned onto the threads that publish).
#[derive(Default, Clone)]
pub struct Phones {
    board: RoomBoard,
    running: Arc<Mutex<Option<Running>>>,
    /// What the facilitator's window is on, for the room built after a vote.
    focus: Arc<Mutex<Option<RoomFocus>>>,
}

struct Running {
    workshop: WorkshopId,
    server: PhoneServer,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Plain data: a panic elsewhere leaves it usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The room of `workshop` while the facilitator is on `focus`.
fn room_of(workshop: &Workshop, focus: Option<&RoomFocus>) -> PhoneRoom {
    match focus {
        Some(RoomFocus::Practice {
            practice_id,
            question,
            ..
        }) => PhoneRoom::of(workshop, None, Some((practice_id, *question))),
        Some(RoomFocus::Step { step, .. }) => PhoneRoom::of(workshop, Some(*step), None),
        Some(RoomFocus::Gaps { .. }) => PhoneRoom::of(workshop, Some(Step::GapAnalysis), None),
        Some(RoomFocus::Draft { step, .. }) => PhoneRoom::of(workshop, Some(*step), None),
        None => PhoneRoom::of(workshop, None, None),
    }
}

impl Phones {
    /// The workshop the phones vote in, while they do.
    pub fn serving(&self) -> Option<WorkshopId> {
        lock(&self.running).as_ref().map(|r| r.workshop)
    }

    /// Remembers what the facilitator is on; whether the phones must be
    /// shown it (they vote in its workshop).
    pub fn follow(&self, focus: &RoomFocus) -> bool {
        *lock(&self.focus) = Some(focus.clone());
        self.serving() == Some(focus.workshop_id())
    }

    /// Shows the phones `workshop` as the facilitator is on it now.
    pub fn publish(&self, workshop: &Workshop) {
        if self.serving() == Some(workshop.id) {
            let focus = lock(&self.focus).clone();
            self.board.publish(room_of(workshop, focus.as_ref()));
        }
    }

    /// Starts serving `workshop` on `ip` (stopping any earlier session).
    pub fn open<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        store: SharedStore,
        workshop: &Workshop,
        ip: &str,
    ) -> Result<PhoneSession, AppError> {
        let ip: IpAddr = ip.parse().map_err(|_| {
            AppError::new(
                ErrorCode::InvalidInput,
                format!("\"{ip}\" is not one of this computer's network addresses"),
            )
        })?;
        self.close();
        let focus = lock(&self.focus).clone();
        self.board.publish(room_of(
            workshop,
            focus.as_ref().filter(|f| f.workshop_id() == workshop.id),
        ));
        let desk = Arc::new(AppDesk {
            app: app.clone(),
            store,
            workshop: workshop.id,
            board: self.board.clone(),
            focus: self.focus.clone(),
        });
        let server = PhoneServer::start(ip, page(), &self.board, desk)
            .map_err(|e| AppError::new(ErrorCode::Network, e.message))?;
        let session = PhoneSession {
            workshop_id: workshop.id,
            invite: server.invite().clone(),
            roster: server.roster(),
        };
        *lock(&self.running) = Some(Running {
            workshop: workshop.id,
            server,
        });
        Ok(session)
    }

    /// The session now, if the phones are on.
    pub fn session(&self) -> Option<PhoneSession> {
        lock(&self.running).as_ref().map(|r| PhoneSession {
            workshop_id: r.workshop,
            invite: r.server.invite().clone(),
            roster: r.server.roster(),
        })
    }

    /// Frees a name from the phone holding it.
    pub fn release(&self, participant: ParticipantId) -> Result<PhoneRoster, AppError> {
        let running = lock(&self.running);
        let r = running.as_ref().ok_or_else(not_running)?;
        r.server.release(participant);
        Ok(r.server.roster())
    }

    /// Stops the server (its port is free when this returns).
    pub fn close(&self) {
        let running = lock(&self.running).take();
        if let Some(r) = running {
            r.server.stop();
        }
    }
}

fn not_running() -> AppError {
    AppError::new(
        ErrorCode::InvalidInput,
        "The phones are not on: start them with Phones… first",
    )
}

/// How a phone's vote reaches the store and the facilitator's window.
struct AppDesk<R: Runtime> {
    app: AppHandle<R>,
    store: SharedStore,
    workshop: WorkshopId,
    board: RoomBoard,
    focus: Arc<Mutex<Option<RoomFocus>>>,
}

impl<R: Runtime> VoteDesk for AppDesk<R> {
    fn cast(
        &self,
        round: &RoundRef,
        participant: ParticipantId,
        level: Option<Level>,
    ) -> Result<(), Refusal> {
        let refused = |e: StoreError| match e {
            StoreError::Invalid(v) => Refusal::of(&v),
            other => Refusal::Other(AppError::from(other).message),
        };
        let (change, workshop) = {
            let mut store = self.store.lock().map_err(|_| {
                Refusal::Other(
                    "The laptop's database stopped after an earlier failure; the facilitator must restart the app".into(),
                )
            })?;
            let change = store
                .record_vote(self.workshop, round, participant, level)
                .map_err(refused)?;
            // The room the phones see is drawn from the whole workshop.
            (change, store.workshop(self.workshop).map_err(refused)?)
        };
        let focus = lock(&self.focus).clone();
        self.board.publish(room_of(&workshop, focus.as_ref()));
        page_events::send(
            &self.app,
            crate::first_screen::MAIN_WINDOW,
            PageEvent::PhoneVote(PhoneVote {
                workshop_id: self.workshop,
                change,
            }),
        );
        Ok(())
    }

    fn roster_changed(&self, roster: PhoneRoster) {
        page_events::send(
            &self.app,
            crate::first_screen::MAIN_WINDOW,
            PageEvent::PhoneRoster(roster),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_voting_page_and_its_script_stay_under_100_kb() {
        let page = page();
        let bytes = page.html.len() + page.script.len() + page.style.len();
        assert!(bytes < 100 * 1024, "the voting page is {bytes} bytes");
        assert!(
            page.html.contains("/phone.js") && page.html.contains("/phone.css"),
            "the page loads the script and style the server serves"
        );
    }
}
