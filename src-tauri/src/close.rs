//! Closing the window without losing the last keystrokes.
//!
//! The UI debounces saves, so an edit can be waiting when the user closes the
//! window. On a close request the window stays open, the UI is told to flush,
//! and it calls [`confirm_close`] once every save has been acknowledged. If
//! the UI does not answer within [`FLUSH_TIMEOUT`] (hung, or not loaded), the
//! window closes anyway: a stuck UI must never trap the user.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tauri::{Runtime, WebviewWindow, WindowEvent};

use crate::page_events::{self, PageEvent};

/// How long the UI gets to flush before the window closes regardless.
pub const FLUSH_TIMEOUT: Duration = Duration::from_secs(3);

/// Installs the close-request handler on the main window.
pub(crate) fn flush_before_close<R: Runtime>(window: &WebviewWindow<R>) {
    let asked = Arc::new(AtomicBool::new(false));
    let target = window.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event {
            if asked.swap(true, Ordering::SeqCst) {
                return; // second request while flushing: let it close
            }
            api.prevent_close();
            page_events::send(&target, target.label(), PageEvent::CloseRequested);
            let fallback = target.clone();
            std::thread::spawn(move || {
                std::thread::sleep(FLUSH_TIMEOUT);
                let _ = fallback.destroy();
            });
        }
    });
}

/// The UI has saved everything: close the window.
#[tauri::command]
pub(crate) fn confirm_close<R: Runtime>(window: WebviewWindow<R>) -> Result<(), crate::AppError> {
    window
        .destroy()
        .map_err(|e| crate::AppError::internal(format!("Cannot close the window: {e}")))
}
