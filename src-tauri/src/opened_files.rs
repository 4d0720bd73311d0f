//! Workshop files handed to the app from outside: named on its command line
//! (`smo-workbench FILE.smow`, which is what a double-click in the file
//! manager runs), handed over by a second launch (see `instance`), or dropped
//! on the window. They wait here, the window comes to the front, the page is
//! told ([`PageEvent::FilesOpened`]) and imports them one at a time through the
//! same conflict dialog as File › Import. The page never handles a path.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime, State};

use crate::commands::{import_read, Reply};
use crate::page_events::{self, PageEvent};
use crate::workshop_file::{ImportOutcome, PendingImport};
use crate::{AppError, AppState};

/// The files waiting to be imported, oldest first.
#[derive(Debug, Default)]
pub struct FilesToOpen(Mutex<VecDeque<PathBuf>>);

impl FilesToOpen {
    /// Starts with `files` waiting (those named on the command line).
    pub fn new(files: Vec<PathBuf>) -> FilesToOpen {
        FilesToOpen(Mutex::new(files.into()))
    }

    /// How many are waiting.
    pub fn waiting(&self) -> usize {
        self.queue().len()
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, VecDeque<PathBuf>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Queues `files`, brings the main window to the front and tells the page.
pub(crate) fn hand_over<R: Runtime>(app: &AppHandle<R>, files: Vec<PathBuf>) {
    let files_to_open = app.state::<FilesToOpen>();
    let waiting = {
        let mut queue = files_to_open.queue();
        queue.extend(files);
        queue.len()
    };
    if let Some(window) = app.get_webview_window(crate::first_screen::MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        if waiting > 0 {
            page_events::send(
                app,
                crate::first_screen::MAIN_WINDOW,
                PageEvent::FilesOpened(smo_core::count(waiting)),
            );
        }
    }
}

/// Files dragged over the window: the page shows where to drop them; dropped,
/// they are handed over like files named on the command line.
pub(crate) fn on_drag<R: Runtime>(app: &AppHandle<R>, drag: &tauri::DragDropEvent) {
    let dragged = match drag {
        tauri::DragDropEvent::Enter { paths, .. } => paths.len(),
        tauri::DragDropEvent::Over { .. } => return,
        _ => 0,
    };
    page_events::send(
        app,
        crate::first_screen::MAIN_WINDOW,
        PageEvent::FilesDragged(smo_core::count(dragged)),
    );
    if let tauri::DragDropEvent::Drop { paths, .. } = drag {
        hand_over(app, paths.clone());
    }
}

/// Imports the oldest waiting file (as `import_workshop_file` does a chosen
/// one); `cancelled` when none is waiting.
#[tauri::command]
pub(crate) async fn import_opened_file(
    state: State<'_, AppState>,
    pending: State<'_, PendingImport>,
    files: State<'_, FilesToOpen>,
) -> Reply<ImportOutcome> {
    let Some(path) = files.queue().pop_front() else {
        return Ok(ImportOutcome::Cancelled);
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let file = tauri::async_runtime::spawn_blocking(move || smo_store::read_workshop_file(&path))
        .await
        .map_err(|e| AppError::internal(format!("The import stopped: {e}")))?
        .map_err(|e| {
            // Say which file: several may have been dropped at once.
            let mut e = AppError::from(e);
            e.message = format!("{name}: {}", e.message);
            e
        })?;
    import_read(&state, &pending, file).await
}

/// How many files are waiting to be imported.
#[tauri::command]
pub(crate) fn files_waiting(files: State<'_, FilesToOpen>) -> u32 {
    smo_core::count(files.waiting())
}
