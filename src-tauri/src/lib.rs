//! The SMO Workbench app shell: it opens the store, registers the commands the
//! UI may call, and owns the main window's life cycle. Everything with rules
//! in it lives in `smo-core` and `smo-store`; this crate only translates
//! between IPC/JSON and those libraries.

mod about;
mod agenda_view;
mod chart_space;
mod close;
mod commands;
mod error;
mod export;
mod first_screen;
mod follow_up;
mod gap_analysis;
mod instance;
pub mod ipc_types;
mod menu;
mod opened_files;
mod page_events;
mod phones;
mod preferences;
mod presenter;
mod roadmap_view;
mod startup;
mod state;
pub mod webkit_environment;
mod window_place;
mod workshop_file;

use tauri::{Manager, Runtime};

pub use about::About;
pub use agenda_view::AgendaView;
pub use chart_space::ChartSpace;
pub use error::{AppError, ErrorCode};
pub use export::{ExportItem, ExportProgress, ExportedFile, PaperSize, EXPORT_DIR_ENV};
pub use first_screen::{FirstScreen, FirstScreenRead, FIRST_SCREEN_GLOBAL};
pub use follow_up::ProgressScreen;
pub use gap_analysis::{GapAnalysis, GapCharts};
pub use instance::{Claim, Handover, Listener};
pub use menu::{FieldEdit, MenuCommand, MenuContext};
pub use opened_files::FilesToOpen;
pub use page_events::{PageEvent, PageEvents};
pub use phones::{PhoneSession, PhoneVote};
pub use preferences::Zoom;
pub use presenter::{
    GapChart, InviteSize, MonitorChoice, PresenterMode, RankedGap, RoomFocus, RoomInvite,
    RoomScreen, RoomTimer, RoomView,
};
pub use roadmap_view::{BoardEntry, Disagreement, RoadmapView};
pub use startup::PageMark;
pub use state::{AppState, AppStatus, BackupSummary, Recovery};
pub use workshop_file::{ConflictChoice, ImportOutcome};

/// How this process was launched: the files it was asked to open and, when
/// it is the only one on its data directory, its ear for later launches.
#[derive(Default)]
pub struct Launch {
    /// Workshop files named on the command line.
    pub files: Vec<std::path::PathBuf>,
    /// Hears later launches (see `instance`).
    pub listener: Option<instance::Listener>,
    /// The main window's first screen, being read since the store opened
    /// (see `first_screen`); read when the window opens if `None`.
    pub first_screen: Option<FirstScreenRead>,
}

/// Builds the app on any runtime: the real one in [`run`], the mock one in tests.
pub fn build<R: Runtime>(
    builder: tauri::Builder<R>,
    state: AppState,
    launch: Launch,
) -> tauri::Builder<R> {
    let Launch {
        files,
        listener,
        first_screen,
    } = launch;
    builder
        .manage(state)
        .manage(FilesToOpen::new(files))
        .manage(export::ExportedPaths::default())
        .manage(workshop_file::PendingImport::default())
        .manage(presenter::Presenter::default())
        .manage(phones::Phones::default())
        .manage(PageEvents::default())
        .plugin(tauri_plugin_dialog::init())
        // Every #[tauri::command] in src/, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
        .on_page_load(|webview, payload| {
            if webview.label() == first_screen::MAIN_WINDOW
                && payload.event() == tauri::webview::PageLoadEvent::Started
            {
                startup::page_load_started();
            }
        })
        .setup(move |app| {
            startup::mark("setup started");
            let state = app.state::<AppState>();
            let first = match first_screen {
                Some(reading) => reading.wait(&state),
                None => FirstScreen::read(&state),
            };
            let window = first_screen::open_main_window(app, &first)?;
            startup::mark("window opened");
            window_place::restore(&window);
            window_place::remember(&window);
            menu::install(&window)?;
            startup::mark("menu installed");
            close::flush_before_close(&window);
            // The projector's window and the phones' server go when
            // the facilitator's window does.
            let handle = app.handle().clone();
            window.on_window_event(move |event| match event {
                tauri::WindowEvent::Destroyed => {
                    let _ = presenter::close(&handle);
                    handle.state::<phones::Phones>().close();
                }
                // A workshop file dropped on the window is opened like
                // one named on the command line.
                tauri::WindowEvent::DragDrop(drag) => opened_files::on_drag(&handle, drag),
                _ => {}
            });
            let zoom = state.preferences().get().zoom;
            if zoom != Zoom::ACTUAL_SIZE {
                if let Err(e) = window.set_zoom(zoom.factor()) {
                    eprintln!("smo-workbench: cannot zoom the window: {e}");
                }
            }
            if let Some(listener) = listener {
                let handle = app.handle().clone();
                listener.hear(move |handover| opened_files::hand_over(&handle, handover.files));
            }
            startup::mark("setup done");
            Ok(())
        })
}

/// Starts the desktop app with the database in the user's data directory
/// (or `SMO_WORKBENCH_DATA_DIR`), opening the workshop files named on the
/// command line. When the app already runs on that directory, the files go
/// to it and this process ends. A database that cannot be opened does not
/// stop the app: the UI shows why.
pub fn run() {
    startup::mark_start();
    let cwd = std::env::current_dir().unwrap_or_default();
    let files = instance::files_in_args(std::env::args().skip(1), &cwd);
    let dir = smo_store::DataDir::resolve(None);
    let listener = match &dir {
        Ok(dir) => match instance::claim(
            dir.root(),
            &Handover {
                files: files.clone(),
            },
        ) {
            Ok(Claim::Forwarded) => {
                eprintln!(
                    "smo-workbench: already running on {}; handed over",
                    dir.root().display()
                );
                return;
            }
            Ok(Claim::First(listener)) => Some(listener),
            Ok(Claim::Unanswered) => {
                eprintln!(
                    "smo-workbench: the app running on {} does not answer; not starting a second one",
                    dir.root().display()
                );
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("smo-workbench: cannot check for a running app ({e}); starting anyway");
                None
            }
        },
        Err(_) => None,
    };
    startup::mark("instance claimed");
    let state = match dir {
        Ok(dir) => AppState::open(&dir),
        Err(_) => AppState::open_default(),
    };
    startup::mark("store opened");
    // Read while GTK and WebKit start (see `first_screen`).
    let first_screen = Some(FirstScreen::read_beside(&state));
    let launch = Launch {
        files,
        listener,
        first_screen,
    };
    let app = build(tauri::Builder::default(), state, launch)
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("smo-workbench: cannot start: {e}");
            std::process::exit(1);
        });
    app.run(|_handle, _event| {
        // macOS hands a double-clicked file to the running app as an event,
        // not on the command line.
        #[cfg(target_os = "macos")]
        if let tauri::RunEvent::Opened { urls } = _event {
            let files = urls.iter().filter_map(|u| u.to_file_path().ok()).collect();
            opened_files::hand_over(_handle, files);
        }
    });
}

/// The benchmark's floor (`examples/smo-floor.rs`): a bare window on
/// `floor/tauri.conf.json` whose page reports its first frame through the
/// same command as the app's; no store, no menu, no plugins.
pub fn run_floor() {
    startup::mark_start();
    tauri::Builder::default()
        .on_page_load(|_, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Started {
                startup::page_load_started();
            }
        })
        .setup(|_| {
            startup::mark("setup started");
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![startup::first_screen_ready])
        .run(tauri::generate_context!("floor/tauri.conf.json"))
        .unwrap_or_else(|e| {
            eprintln!("smo-floor: cannot start: {e}");
            std::process::exit(1);
        });
}
