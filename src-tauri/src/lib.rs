//! The SMO Workbench app shell: it opens the store, registers the commands the
//! UI may call, and owns the main window's life cycle. Everything with rules
//! in it lives in `smo-core` and `smo-store`; this crate only translates
//! between IPC/JSON and those libraries.

mod agenda_view;
mod chart_space;
mod close;
mod commands;
mod error;
mod export;
mod follow_up;
mod gap_analysis;
pub mod ipc_types;
mod phones;
mod preferences;
mod presenter;
mod roadmap_view;
mod startup;
mod state;
mod workshop_file;

use tauri::{Manager, Runtime};

pub use agenda_view::AgendaView;
pub use chart_space::ChartSpace;
pub use error::{AppError, ErrorCode};
pub use export::{ExportItem, ExportProgress, ExportedFile, PaperSize, EXPORT_DIR_ENV};
pub use follow_up::ProgressScreen;
pub use gap_analysis::{GapAnalysis, GapCharts};
pub use phones::{PhoneSession, PhoneVote, PHONE_ROSTER_EVENT, PHONE_VOTE_EVENT};
pub use preferences::Zoom;
pub use presenter::{
    GapChart, InviteSize, MonitorChoice, PresenterMode, RankedGap, RoomFocus, RoomInvite,
    RoomScreen, RoomTimer, RoomView,
};
pub use roadmap_view::{BoardEntry, Disagreement, RoadmapView};
pub use state::{AppState, AppStatus, BackupSummary, Recovery};
pub use workshop_file::{ConflictChoice, ImportOutcome};

/// Builds the app on any runtime: the real one in [`run`], the mock one in tests.
pub fn build<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .manage(state)
        .manage(export::ExportedPaths::default())
        .manage(workshop_file::PendingImport::default())
        .manage(presenter::Presenter::default())
        .manage(phones::Phones::default())
        .plugin(tauri_plugin_dialog::init())
        // Every #[tauri::command] in src/, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
        .setup(|app| {
            if let Some(window) = app.get_webview_window("main") {
                close::flush_before_close(&window);
                // The projector's window and the phones' server go when
                // the facilitator's window does.
                let handle = app.handle().clone();
                window.on_window_event(move |event| {
                    if matches!(event, tauri::WindowEvent::Destroyed) {
                        let _ = presenter::close(&handle);
                        handle.state::<phones::Phones>().close();
                    }
                });
                let zoom = app.state::<AppState>().preferences().get().zoom;
                if zoom != Zoom::ACTUAL_SIZE {
                    if let Err(e) = window.set_zoom(zoom.factor()) {
                        eprintln!("smo-workbench: cannot zoom the window: {e}");
                    }
                }
            }
            Ok(())
        })
}

/// Starts the desktop app with the database in the user's data directory
/// (or `SMO_WORKBENCH_DATA_DIR`). A database that cannot be opened does not
/// stop the app: the UI shows why.
pub fn run() {
    startup::mark_start();
    let state = AppState::open_default();
    build(tauri::Builder::default(), state)
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("smo-workbench: cannot start: {e}");
            std::process::exit(1);
        });
}
