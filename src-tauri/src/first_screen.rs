//! The first screen travels with the page. What the home list needs to draw
//! its first frame — the app's status and the list's first page — is read on
//! a thread of its own while GTK and WebKit start, and handed to the main
//! window as a script that runs before the page's own
//! (`window.__SMO_FIRST_SCREEN__`, [`FIRST_SCREEN_GLOBAL`]). The page then
//! draws home without waiting for a command's reply (two round trips and the
//! frame of a "loading" screen at every start, see BENCHMARKS.md).
//!
//! The page takes it once, on the launch's first load: a reload asks the
//! commands afresh, as the workshops may have changed since (the script runs
//! again at every load of the window).

use serde::Serialize;
use smo_core::{WorkshopPage, WorkshopSearch, LIST_WINDOW};
use tauri::{Manager, Runtime, WebviewWindow, WebviewWindowBuilder};

use crate::AppState;

/// The name of the global the page finds the first screen in.
pub const FIRST_SCREEN_GLOBAL: &str = "__SMO_FIRST_SCREEN__";

/// The main window's label (its configuration is in `tauri.conf.json`).
pub const MAIN_WINDOW: &str = "main";

/// What the page needs to draw its first screen, home.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FirstScreen {
    /// What `app_status` answers.
    pub status: crate::AppStatus,
    /// What `workshop_page` answers with no search and `LIST_WINDOW` rows;
    /// `None` when the store is not open or the page could not be read (the
    /// page then asks, and shows the command's error).
    pub page: Option<WorkshopPage>,
}

impl FirstScreen {
    /// Reads the first screen of `state` now, on this thread.
    pub fn read(state: &AppState) -> FirstScreen {
        FirstScreen::of(state.status().clone(), state.shared_store().ok())
    }

    /// Starts reading the first screen of `state` on a thread of its own.
    pub fn read_beside(state: &AppState) -> FirstScreenRead {
        let status = state.status().clone();
        let store = state.shared_store().ok();
        FirstScreenRead(std::thread::spawn(move || {
            let first = FirstScreen::of(status, store);
            crate::startup::mark("first screen read");
            first
        }))
    }

    /// The first screen of the app in `status`, its page read from `store`.
    fn of(status: crate::AppStatus, store: Option<crate::state::SharedStore>) -> FirstScreen {
        FirstScreen {
            status,
            page: first_page(store),
        }
    }

    /// The script that hands it to the page: an assignment of its JSON (a
    /// JavaScript expression).
    pub fn script(&self) -> Result<String, serde_json::Error> {
        Ok(format!(
            "window.{FIRST_SCREEN_GLOBAL} = {};",
            serde_json::to_string(self)?
        ))
    }
}

/// The home list's first page, `None` when it cannot be read here.
fn first_page(store: Option<crate::state::SharedStore>) -> Option<WorkshopPage> {
    // A u32 always fits in usize on the platforms the app is built for.
    let rows = usize::try_from(LIST_WINDOW).ok()?;
    let store = store?;
    let store = store.lock().ok()?;
    store.workshop_page(&WorkshopSearch::new(""), rows).ok()
}

/// The first screen being read on its own thread ([`FirstScreen::read_beside`]).
pub struct FirstScreenRead(std::thread::JoinHandle<FirstScreen>);

impl FirstScreenRead {
    /// The first screen, once read; read here if its thread failed.
    pub fn wait(self, state: &AppState) -> FirstScreen {
        self.0.join().unwrap_or_else(|_| FirstScreen::read(state))
    }
}

/// Opens the main window, from its configuration, with `first` handed to its page.
pub(crate) fn open_main_window<R: Runtime, M: Manager<R>>(
    manager: &M,
    first: &FirstScreen,
) -> tauri::Result<WebviewWindow<R>> {
    let config = manager
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .ok_or_else(|| {
            tauri::Error::WindowNotFound // tauri.conf.json names no "main" window
        })?
        .clone();
    let builder = WebviewWindowBuilder::from_config(manager, &config)?;
    match first.script() {
        Ok(script) => builder.initialization_script(script).build(),
        Err(e) => {
            // The page asks the commands instead; only slower.
            eprintln!("smo-workbench: cannot hand the first screen to the page: {e}");
            builder.build()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_assigns_what_the_commands_answer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::open(&smo_store::DataDir::at(dir.path()));
        let first = FirstScreen::read_beside(&state).wait(&state);
        let page = first.page.clone().expect("the sample's page");
        assert_eq!(page.total, 1, "the sample workshop");
        assert_eq!(page.workshops.len(), 1);
        let script = first.script().expect("serialises");
        let json = script
            .strip_prefix(&format!("window.{FIRST_SCREEN_GLOBAL} = "))
            .and_then(|rest| rest.strip_suffix(';'))
            .expect("one assignment");
        let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
        assert_eq!(
            value["status"],
            serde_json::to_value(state.status()).expect("status")
        );
        assert_eq!(value["page"], serde_json::to_value(&page).expect("page"));
    }

    #[test]
    fn names_that_look_like_script_stay_text() {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::open(&smo_store::DataDir::at(dir.path()));
        let organisation = "\"; window.hacked = 1; //</script>\u{2028}\\";
        let store = state.shared_store().expect("open");
        store
            .lock()
            .expect("lock")
            .create_workshop(smo_core::NewWorkshop {
                organisation: organisation.into(),
                title: "A title".into(),
                start_date: chrono::NaiveDate::from_ymd_opt(2026, 3, 9).expect("a day"),
                facilitator: "Lee".into(),
            })
            .expect("created");
        let script = FirstScreen::read(&state).script().expect("serialises");
        // One statement: the JSON is the whole right-hand side.
        let json = script
            .strip_prefix(&format!("window.{FIRST_SCREEN_GLOBAL} = "))
            .and_then(|rest| rest.strip_suffix(';'))
            .expect("one assignment");
        let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
        let names: Vec<&str> = value["page"]["workshops"]
            .as_array()
            .expect("rows")
            .iter()
            .filter_map(|w| w["organisation"].as_str())
            .collect();
        assert!(names.contains(&organisation), "{names:?}");
    }

    #[test]
    fn a_store_that_is_not_open_leaves_the_page_to_ask() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A file where the data directory should be: the store cannot open.
        let file = dir.path().join("not-a-directory");
        std::fs::write(&file, b"x").expect("write");
        let state = AppState::open(&smo_store::DataDir::at(&file));
        assert!(state.status().error.is_some(), "the store did not open");
        let first = FirstScreen::read(&state);
        assert_eq!(first.page, None);
        assert_eq!(&first.status, state.status());
    }
}
