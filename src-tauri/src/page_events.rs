//! What the shell tells a window's page: a menu command, a close request,
//! files to open, a phone's vote, the presenter's next screen, an export's
//! progress.
//!
//! Each page keeps one [`next_page_events`] call waiting; the shell answers
//! it with the events queued for that window, in the order they were sent,
//! and queues them while no call waits (the page is loading, or busy with the
//! last batch). A reply travels like every other command's, through the IPC
//! protocol.
//!
//! Tauri's own events are not used: registering a listener and emitting an
//! event each run a script in the page from the app process, and the first
//! such script starts a JavaScript engine in the app process to read its
//! result, 3.5 MB of its memory for the whole run (BENCHMARKS.md).
//!
//! Invariants: a window's events are taken by its own page only (the
//! window is the caller's, never an argument); at most one call waits per
//! window, and a newer call (the page reloaded) ends the older one with no
//! events, so none is handed to a page that is gone.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

use serde::Serialize;
use tauri::{Manager, Runtime, State, Webview};
use tokio::sync::oneshot;

use crate::{AppError, ExportProgress, MenuCommand, PhoneVote, RoomScreen};

/// One thing the shell tells a page. Serialised as `{ kind, payload }`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "payload", rename_all = "camelCase")]
pub enum PageEvent {
    /// The window was asked to close: save what waits, then call `confirm_close`.
    CloseRequested,
    /// A menu bar command for the page to carry out.
    Menu(MenuCommand),
    /// Workshop files wait to be imported (how many).
    FilesOpened(u32),
    /// Files are dragged over the window (how many; 0 when they leave or are dropped).
    FilesDragged(u32),
    /// A vote recorded from a phone.
    PhoneVote(PhoneVote),
    /// Which phone holds which name changed.
    PhoneRoster(smo_phones::PhoneRoster),
    /// The presenter window's next screen.
    RoomScreen(RoomScreen),
    /// The presenter window closed, however it was closed.
    PresenterClosed,
    /// An export's progress, before each document and when all are built.
    ExportProgress(ExportProgress),
}

/// Events a window's page has not taken yet beyond which the oldest are
/// dropped (a page that stopped asking; a live page takes them in
/// milliseconds).
const MOST_QUEUED: usize = 1000;

/// Every window's queued events and waiting call.
#[derive(Debug, Default)]
pub struct PageEvents(Mutex<HashMap<String, Mailbox>>);

#[derive(Debug, Default)]
struct Mailbox {
    queued: VecDeque<PageEvent>,
    waiting: Option<oneshot::Sender<Vec<PageEvent>>>,
}

impl PageEvents {
    fn windows(&self) -> MutexGuard<'_, HashMap<String, Mailbox>> {
        // A panic while holding the lock leaves the queues whole.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Queues `event` for `window`'s page and wakes its waiting call.
    pub fn send(&self, window: &str, event: PageEvent) {
        let mut windows = self.windows();
        let mailbox = windows.entry(window.to_owned()).or_default();
        mailbox.queued.push_back(event);
        if mailbox.queued.len() > MOST_QUEUED {
            mailbox.queued.pop_front();
            eprintln!("smo-workbench: the {window} window's page is not taking its events; the oldest was dropped");
        }
        if let Some(waiting) = mailbox.waiting.take() {
            let events: Vec<PageEvent> = mailbox.queued.drain(..).collect();
            if let Err(events) = waiting.send(events) {
                // The call ended meanwhile: the next one gets them.
                mailbox.queued.extend(events);
            }
        }
    }

    /// What is queued for `window`, or, when nothing is, the wait for it
    /// (ending any older wait with no events).
    fn take(&self, window: &str) -> Result<Vec<PageEvent>, oneshot::Receiver<Vec<PageEvent>>> {
        let mut windows = self.windows();
        let mailbox = windows.entry(window.to_owned()).or_default();
        if !mailbox.queued.is_empty() {
            return Ok(mailbox.queued.drain(..).collect());
        }
        let (sender, receiver) = oneshot::channel();
        if let Some(older) = mailbox.waiting.replace(sender) {
            let _ = older.send(Vec::new());
        }
        Err(receiver)
    }

    /// Forgets a window that closed, with what was queued for it.
    pub fn forget(&self, window: &str) {
        self.windows().remove(window);
    }
}

/// Queues `event` for the page of the window labelled `window`.
pub(crate) fn send<R: Runtime>(app: &impl Manager<R>, window: &str, event: PageEvent) {
    app.state::<PageEvents>().send(window, event);
}

/// The events queued for the calling window's page, as soon as there are any.
#[tauri::command]
pub(crate) async fn next_page_events<R: Runtime>(
    webview: Webview<R>,
    events: State<'_, PageEvents>,
) -> Result<Vec<PageEvent>, AppError> {
    match events.take(webview.label()) {
        Ok(ready) => Ok(ready),
        // Ended without events when a newer call took its place.
        Err(waiting) => Ok(waiting.await.unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn menu(command: MenuCommand) -> PageEvent {
        PageEvent::Menu(command)
    }

    fn now(waiting: &mut oneshot::Receiver<Vec<PageEvent>>) -> Option<Vec<PageEvent>> {
        waiting.try_recv().ok()
    }

    #[test]
    fn events_sent_before_the_page_asks_wait_for_it_in_order() {
        let events = PageEvents::default();
        events.send("main", menu(MenuCommand::About));
        events.send("main", PageEvent::FilesDragged(2));
        assert_eq!(
            events.take("main").expect("queued"),
            [menu(MenuCommand::About), PageEvent::FilesDragged(2)]
        );
        assert!(events.take("main").is_err(), "taken once");
    }

    #[test]
    fn a_waiting_call_is_answered_by_the_next_event_for_its_window_only() {
        let events = PageEvents::default();
        let mut main = events.take("main").expect_err("nothing queued");
        let mut presenter = events.take("presenter").expect_err("nothing queued");
        events.send("main", PageEvent::CloseRequested);
        assert_eq!(now(&mut main), Some(vec![PageEvent::CloseRequested]));
        assert_eq!(now(&mut presenter), None);
        events.send("presenter", PageEvent::PresenterClosed);
        assert_eq!(now(&mut presenter), Some(vec![PageEvent::PresenterClosed]));
    }

    #[test]
    fn a_newer_call_ends_the_older_one_empty_and_gets_the_events() {
        let events = PageEvents::default();
        let mut older = events.take("main").expect_err("nothing queued");
        let mut newer = events.take("main").expect_err("nothing queued");
        assert_eq!(now(&mut older), Some(vec![]));
        events.send("main", PageEvent::FilesOpened(1));
        assert_eq!(now(&mut newer), Some(vec![PageEvent::FilesOpened(1)]));
    }

    #[test]
    fn events_for_a_call_that_ended_are_kept_for_the_next() {
        let events = PageEvents::default();
        drop(events.take("main").expect_err("nothing queued"));
        events.send("main", PageEvent::FilesDragged(0));
        assert_eq!(
            events.take("main").expect("kept"),
            [PageEvent::FilesDragged(0)]
        );
    }

    #[test]
    fn a_page_that_stops_asking_holds_only_the_newest_events() {
        let events = PageEvents::default();
        for n in 0..MOST_QUEUED + 5 {
            events.send("main", PageEvent::FilesDragged(smo_core::count(n)));
        }
        let queued = events.take("main").expect("queued");
        assert_eq!(queued.len(), MOST_QUEUED);
        assert_eq!(queued[0], PageEvent::FilesDragged(5));
    }

    #[test]
    fn a_closed_window_is_forgotten_with_its_events() {
        let events = PageEvents::default();
        events.send("presenter", PageEvent::PresenterClosed);
        events.forget("presenter");
        assert!(events.take("presenter").is_err());
    }

    #[test]
    fn events_reach_the_page_as_kind_and_payload() {
        let json = |e: &PageEvent| serde_json::to_value(e).expect("serialises");
        assert_eq!(
            json(&PageEvent::CloseRequested),
            serde_json::json!({ "kind": "closeRequested" })
        );
        assert_eq!(
            json(&PageEvent::FilesDragged(2)),
            serde_json::json!({ "kind": "filesDragged", "payload": 2 })
        );
        assert_eq!(
            json(&menu(MenuCommand::ZoomIn)),
            serde_json::json!({ "kind": "menu", "payload": "zoomIn" })
        );
    }
}
