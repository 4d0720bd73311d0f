//! Export to PDF: the destination is chosen in a native dialog opened here, on
//! the Rust side (the webview never sees or sends a path), the documents are
//! built by `smo-pdf` on a worker thread with progress events, written
//! atomically, and remembered so "Open" can show one in the system viewer.
//!
//! For automated tests only, `SMO_WORKBENCH_EXPORT_DIR` names a folder to
//! export to without asking.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use smo_core::logo::Logo;
use smo_core::{DateStyle, Document, Workshop};
use smo_pdf::{Export, ExportOptions, Paper};
use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::AppError;

/// Set to export without a dialog (automated tests).
pub const EXPORT_DIR_ENV: &str = "SMO_WORKBENCH_EXPORT_DIR";
/// Emitted before each document is built.
pub const PROGRESS_EVENT: &str = "smo://export-progress";

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum PaperSize {
    /// A4.
    A4,
    /// US Letter.
    Letter,
}

/// Where an export stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    /// Documents finished.
    pub done: u32,
    /// Documents asked for.
    pub total: u32,
    /// The one being built now.
    pub current: Option<Document>,
}

/// One written file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    /// Which document.
    pub kind: Document,
    /// Its file name (not its path).
    pub name: String,
    /// Its folder, for the user to read.
    pub folder: String,
    /// Pages.
    pub pages: u32,
    /// Size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
    /// What the reader should know (characters the typeface lacks…).
    pub warnings: Vec<String>,
    /// Pass to `open_export` to show it.
    pub handle: u32,
}

/// Paths written by this run of the app; the UI refers to them by index.
#[derive(Default)]
pub struct ExportedPaths(Mutex<Vec<PathBuf>>);

impl ExportedPaths {
    fn remember(&self, path: PathBuf) -> u32 {
        let mut paths = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        paths.push(path);
        smo_core::count(paths.len() - 1)
    }

    /// The path of `handle`.
    pub fn get(&self, handle: u32) -> Option<PathBuf> {
        let paths = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        paths.get(usize::try_from(handle).ok()?).cloned()
    }
}

/// Asks where to write (a file for one document, a folder for several);
/// `None` when the user cancels.
pub fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    workshop: &Workshop,
    kinds: &[Document],
) -> Option<(PathBuf, Option<String>)> {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_ENV) {
        return Some((PathBuf::from(dir), None));
    }
    let organisation = &workshop.set_up.organisation;
    match kinds {
        [one] => {
            let name = Export::from(*one).file_name(organisation);
            let path = app
                .dialog()
                .file()
                .set_title("Export PDF")
                .set_file_name(&name)
                .add_filter("PDF", &["pdf"])
                .blocking_save_file()?
                .into_path()
                .ok()?;
            let folder = path.parent()?.to_path_buf();
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((folder, Some(name)))
        }
        _ => {
            let folder = app
                .dialog()
                .file()
                .set_title("Choose a folder for the PDFs")
                .blocking_pick_folder()?
                .into_path()
                .ok()?;
            Some((folder, None))
        }
    }
}

/// Builds and writes the documents into `folder`, emitting progress.
pub fn write_documents<R: Runtime>(
    app: &AppHandle<R>,
    paths: &ExportedPaths,
    (workshop, logo): (&Workshop, Option<Logo>),
    kinds: &[Document],
    paper: PaperSize,
    dates: DateStyle,
    (folder, single_name): (PathBuf, Option<String>),
) -> Result<Vec<ExportedFile>, AppError> {
    let options = ExportOptions {
        paper: match paper {
            PaperSize::A4 => Paper::A4,
            PaperSize::Letter => Paper::Letter,
        },
        at: chrono::Utc::now(),
        dates,
        logo,
    };
    let total = smo_core::count(kinds.len());
    let mut out = Vec::new();
    for (n, &kind) in kinds.iter().enumerate() {
        let _ = app.emit(
            PROGRESS_EVENT,
            ExportProgress {
                done: smo_core::count(n),
                total,
                current: Some(kind),
            },
        );
        let export = Export::from(kind);
        let pdf = export
            .build(workshop, &options)
            .map_err(|e| AppError::internal(e.to_string()))?;
        let name = single_name
            .clone()
            .unwrap_or_else(|| export.file_name(&workshop.set_up.organisation));
        let path = folder.join(&name);
        write_atomically(&path, &pdf.bytes)?;
        out.push(ExportedFile {
            kind,
            name,
            folder: folder.display().to_string(),
            pages: smo_core::count(pdf.pages),
            bytes: pdf.bytes.len() as u64,
            warnings: pdf.warnings,
            handle: paths.remember(path),
        });
    }
    let _ = app.emit(
        PROGRESS_EVENT,
        ExportProgress {
            done: total,
            total,
            current: None,
        },
    );
    Ok(out)
}

/// Writes next to the target and renames, so a reader never sees half a file
/// and a failed export never destroys an earlier one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(".part");
    let tmp = PathBuf::from(tmp_name);
    let fail = |e: std::io::Error| {
        AppError::new(
            crate::ErrorCode::Storage,
            format!("Cannot write {}: {e}", path.display()),
        )
    };
    std::fs::write(&tmp, bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

/// Shows a file in the system's viewer.
pub fn open_in_viewer(path: &Path) -> Result<(), AppError> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .spawn()
        .map(|_| ())
        .map_err(|e| AppError::internal(format!("Cannot open {}: {e}", path.display())))
}
