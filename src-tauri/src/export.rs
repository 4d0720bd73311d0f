//! Export: each document as PDF (`smo-pdf`) and/or Word (`smo-docx`, with
//! the firm's template when one is kept), and the workbook (`smo-xlsx`). The
//! destination is chosen in a native dialog opened here, on the Rust side
//! (the webview never sees or sends a path); the files are built on a worker
//! thread with progress events, written atomically, and remembered so
//! "Open" can show one in the system's viewer.
//!
//! For automated tests only, `SMO_WORKBENCH_EXPORT_DIR` names a folder to
//! export to without asking.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use smo_core::logo::Logo;
use smo_core::{DateStyle, Document, DocumentFormat, Workshop};
use smo_docx::{Template, WordOptions};
use smo_pdf::{Export, ExportOptions, Paper};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::page_events::{self, PageEvent};
use crate::AppError;

/// Set to export without a dialog (automated tests).
pub const EXPORT_DIR_ENV: &str = "SMO_WORKBENCH_EXPORT_DIR";
/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum PaperSize {
    /// A4.
    A4,
    /// US Letter.
    Letter,
}

/// One file to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ExportItem {
    /// A document in a format.
    Document {
        /// Which document.
        document: Document,
        /// PDF or Word.
        format: DocumentFormat,
    },
    /// The workbook of the workshop's data.
    Workbook,
}

impl ExportItem {
    /// Its file name for `organisation`.
    pub fn file_name(self, organisation: &str) -> String {
        match self {
            ExportItem::Document { document, format } => smo_core::export_file_name(
                organisation,
                smo_doc::title(document),
                format.extension(),
            ),
            ExportItem::Workbook => smo_xlsx::file_name(organisation),
        }
    }

    /// The save dialog's filter: its name and extension.
    fn filter(self) -> (&'static str, &'static str) {
        match self {
            ExportItem::Document {
                format: DocumentFormat::Pdf,
                ..
            } => ("PDF", "pdf"),
            ExportItem::Document {
                format: DocumentFormat::Word,
                ..
            } => ("Word document", "docx"),
            ExportItem::Workbook => ("Excel workbook", "xlsx"),
        }
    }
}

/// What every file of one export is built from.
pub struct ExportInputs {
    /// The workshop.
    pub workshop: Workshop,
    /// The client's logo, if one is kept.
    pub logo: Option<Logo>,
    /// The firm's Word template, if one is kept (`Err`: kept but unreadable,
    /// said on every Word file).
    pub template: Result<Option<Template>, String>,
    /// Paper size.
    pub paper: PaperSize,
    /// How days are written.
    pub dates: DateStyle,
}

/// Where an export stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    /// Files finished.
    pub done: u32,
    /// Files asked for.
    pub total: u32,
    /// The one being built now.
    pub current: Option<ExportItem>,
}

/// One written file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    /// What it is.
    pub item: ExportItem,
    /// Its file name (not its path).
    pub name: String,
    /// Its folder, for the user to read.
    pub folder: String,
    /// Pages, when the format fixes them (PDF; a word processor lays out
    /// Word pages itself).
    pub pages: Option<u32>,
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

/// Asks where to write (a file for one item, a folder for several);
/// `None` when the user cancels.
pub fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    workshop: &Workshop,
    items: &[ExportItem],
) -> Option<(PathBuf, Option<String>)> {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_ENV) {
        return Some((PathBuf::from(dir), None));
    }
    let organisation = &workshop.set_up.organisation;
    match items {
        [one] => {
            let (filter, extension) = one.filter();
            let path = app
                .dialog()
                .file()
                .set_title(format!("Export {filter}"))
                .set_file_name(one.file_name(organisation))
                .add_filter(filter, &[extension])
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
                .set_title("Choose a folder for the exported files")
                .blocking_pick_folder()?
                .into_path()
                .ok()?;
            Some((folder, None))
        }
    }
}

/// One built file.
struct Built {
    bytes: Vec<u8>,
    pages: Option<u32>,
    warnings: Vec<String>,
}

/// Builds the file of `item`.
fn build(
    item: ExportItem,
    inputs: &ExportInputs,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Built, AppError> {
    let paper = match inputs.paper {
        PaperSize::A4 => Paper::A4,
        PaperSize::Letter => Paper::Letter,
    };
    let workshop = &inputs.workshop;
    match item {
        ExportItem::Document {
            document,
            format: DocumentFormat::Pdf,
        } => {
            let options = ExportOptions {
                paper,
                at,
                dates: inputs.dates,
                logo: inputs.logo.clone(),
            };
            let pdf = Export::from(document)
                .build(workshop, &options)
                .map_err(|e| AppError::internal(e.to_string()))?;
            Ok(Built {
                bytes: pdf.bytes,
                pages: Some(smo_core::count(pdf.pages)),
                warnings: pdf.warnings,
            })
        }
        ExportItem::Document {
            document,
            format: DocumentFormat::Word,
        } => {
            let (template, mut warnings) = match &inputs.template {
                Ok(template) => (template.as_ref(), Vec::new()),
                Err(why) => (
                    None,
                    vec![format!("The firm's Word template is not used: {why}")],
                ),
            };
            let word = smo_docx::document(
                document,
                workshop,
                inputs.dates,
                &WordOptions {
                    paper,
                    at,
                    logo: inputs.logo.as_ref(),
                    template,
                },
            )
            .map_err(|e| AppError::internal(e.to_string()))?;
            warnings.extend(word.warnings);
            Ok(Built {
                bytes: word.bytes,
                pages: None,
                warnings,
            })
        }
        ExportItem::Workbook => {
            let book =
                smo_xlsx::workbook(workshop, at).map_err(|e| AppError::internal(e.to_string()))?;
            Ok(Built {
                bytes: book.bytes,
                pages: None,
                warnings: book.warnings,
            })
        }
    }
}

/// Builds and writes the items into `folder`, emitting progress.
pub fn write_exports<R: Runtime>(
    app: &AppHandle<R>,
    paths: &ExportedPaths,
    inputs: &ExportInputs,
    items: &[ExportItem],
    (folder, single_name): (PathBuf, Option<String>),
) -> Result<Vec<ExportedFile>, AppError> {
    let at = chrono::Utc::now();
    let total = smo_core::count(items.len());
    let mut out = Vec::new();
    for (n, &item) in items.iter().enumerate() {
        page_events::send(
            app,
            crate::first_screen::MAIN_WINDOW,
            PageEvent::ExportProgress(ExportProgress {
                done: smo_core::count(n),
                total,
                current: Some(item),
            }),
        );
        let built = build(item, inputs, at)?;
        let name = single_name
            .clone()
            .unwrap_or_else(|| item.file_name(&inputs.workshop.set_up.organisation));
        let path = folder.join(&name);
        write_atomically(&path, &built.bytes)?;
        out.push(ExportedFile {
            item,
            name,
            folder: folder.display().to_string(),
            pages: built.pages,
            bytes: built.bytes.len() as u64,
            warnings: built.warnings,
            handle: paths.remember(path),
        });
    }
    page_events::send(
        app,
        crate::first_screen::MAIN_WINDOW,
        PageEvent::ExportProgress(ExportProgress {
            done: total,
            total,
            current: None,
        }),
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
