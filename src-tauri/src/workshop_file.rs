//! Workshop files from the app: the native dialogs are opened here, so the
//! webview never handles a path. An import that would overwrite a workshop is
//! held until the user says replace, keep both, or cancel.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use smo_core::logo::{Logo, LOGO_MAX_BYTES};
use smo_core::portable::{safe_file_name, WorkshopFile};
use smo_core::{Workshop, WorkshopId};
use smo_store::{read_workshop_file, OnConflict};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::export::write_atomically;
use crate::AppError;

/// How an import ended.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ImportOutcome {
    /// The user closed the dialog.
    Cancelled,
    /// Imported.
    Imported {
        /// The workshop's id in the database.
        id: WorkshopId,
        /// Its title.
        title: String,
    },
    /// The workshop is already there; call `resolve_import`.
    Conflict {
        /// Its title in the file.
        title: String,
    },
}

/// The user's answer to a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ConflictChoice {
    /// Replace the workshop in the database.
    Replace,
    /// Keep both; the imported one becomes a copy.
    KeepBoth,
    /// Do nothing.
    Cancel,
}

/// A parsed file waiting for the user's answer to a conflict.
#[derive(Default)]
pub struct PendingImport(pub Mutex<Option<WorkshopFile>>);

/// Asks for a file and reads it; `None` when the user cancels.
pub fn pick_and_read<R: Runtime>(app: &AppHandle<R>) -> Result<Option<WorkshopFile>, AppError> {
    let Some(path) = app
        .dialog()
        .file()
        .set_title("Import a workshop file")
        .add_filter("SMO Workbench workshop", &["smow"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    Ok(Some(read_workshop_file(&path)?))
}

/// When set, the logo is read from this file instead of asking (the
/// end-to-end tests cannot drive a native dialog).
pub const LOGO_FILE_ENV: &str = "SMO_WORKBENCH_LOGO_FILE";

/// Asks for the client's logo (a PNG) and reads and checks it; `None` when
/// the user cancels.
pub fn pick_logo<R: Runtime>(app: &AppHandle<R>) -> Result<Option<Logo>, AppError> {
    let path = match std::env::var_os(LOGO_FILE_ENV) {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => app
            .dialog()
            .file()
            .set_title("Choose the client's logo")
            .add_filter("PNG image", &["png"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = path else {
        return Ok(None);
    };
    let bytes = smo_store::read_input_file(&path, LOGO_MAX_BYTES, "a PNG image")?;
    Ok(Some(
        Logo::from_png(bytes).map_err(smo_store::StoreError::Invalid)?,
    ))
}

/// When set, the Word template is read from this file instead of asking
/// (the end-to-end tests cannot drive a native dialog).
pub const WORD_TEMPLATE_FILE_ENV: &str = "SMO_WORKBENCH_WORD_TEMPLATE_FILE";

/// Asks for a firm's reference Word template, checks that Word documents
/// can take their styles from it, and keeps it in the data directory;
/// nothing changes when the user cancels.
pub fn pick_word_template<R: Runtime>(
    app: &AppHandle<R>,
    dir: &smo_store::DataDir,
) -> Result<(), AppError> {
    let path = match std::env::var_os(WORD_TEMPLATE_FILE_ENV) {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => app
            .dialog()
            .file()
            .set_title("Choose the firm's Word template")
            .add_filter("Word document or template", &["docx", "dotx"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = path else {
        return Ok(());
    };
    let bytes = smo_store::read_input_file(
        &path,
        smo_store::word_template::MAX_TEMPLATE_BYTES,
        "a Word document or template",
    )?;
    smo_docx::Template::from_docx(&bytes).map_err(|e| {
        AppError::new(
            crate::ErrorCode::InvalidInput,
            format!("{}: {e}", path.display()),
        )
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(smo_store::word_template::keep_word_template(
        dir, &name, &bytes,
    )?)
}

/// The store's conflict rule for the user's choice (`None`: cancel).
pub fn on_conflict(choice: ConflictChoice) -> Option<OnConflict> {
    match choice {
        ConflictChoice::Replace => Some(OnConflict::Replace),
        ConflictChoice::KeepBoth => Some(OnConflict::Copy),
        ConflictChoice::Cancel => None,
    }
}

/// Asks where to save `workshop`'s file and writes it; `None` when cancelled.
pub fn save<R: Runtime>(
    app: &AppHandle<R>,
    workshop: &Workshop,
    bytes: &[u8],
) -> Result<Option<String>, AppError> {
    let name = format!(
        "{} – {}.smow",
        safe_file_name(&workshop.set_up.organisation),
        safe_file_name(&workshop.set_up.title)
    );
    let Some(path) = app
        .dialog()
        .file()
        .set_title("Save the workshop file")
        .set_file_name(&name)
        .add_filter("SMO Workbench workshop", &["smow"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    write_atomically(&path, bytes)?;
    Ok(Some(path.display().to_string()))
}
