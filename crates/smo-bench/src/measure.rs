//! In-process timings on a seeded database (see [`crate::seed`]): what the
//! app's commands do between receiving a request and replying, without the
//! webview. The harness (`tests/e2e/bench.js`) measures the same operations
//! again through the real app window; these numbers are the breakdown.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use smo_core::{CurrentStateInput, DateStyle, Level, Workshop, WorkshopId, WorkshopSearch};
use smo_pdf::{Export, ExportOptions, Paper};
use smo_store::{parse_workshop_file, DataDir, OnConflict, Store};

use crate::html::document_html;
use crate::stats::{time, Timing};
use crate::BenchError;

/// How much to measure.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The seeded data directory.
    pub data_dir: PathBuf,
    /// Where PDFs, the workshop file and the HTML pages are written.
    pub out_dir: PathBuf,
    /// The directory with the Noto Sans files, for the HTML pages.
    pub fonts_dir: PathBuf,
    /// Runs per timing (list, open, each PDF, export, import).
    pub runs: usize,
    /// Edits for the autosave timings.
    pub edits: usize,
}

/// One PDF's timing.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PdfTiming {
    /// "sample" or "largest".
    pub workshop: &'static str,
    /// The document's title.
    pub document: &'static str,
    /// Pages in the file.
    pub pages: usize,
    /// Size of the file.
    pub bytes: usize,
    /// Where the file was written.
    pub file: PathBuf,
    /// Time to build it.
    pub timing: Timing,
}

/// One Word document's or the workbook's timing (the largest workshop).
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileTiming {
    /// "Word: SMO Charter", "Workbook".
    pub what: String,
    /// Size of the file.
    pub bytes: usize,
    /// Where the file was written.
    pub file: PathBuf,
    /// Time to build it.
    pub timing: Timing,
}

/// Rows the home list asks for at first (`LIST_WINDOW` in the UI).
pub const HOME_PAGE_ROWS: usize = 30;

/// Everything measured.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measurements {
    /// Workshops in the database.
    pub workshops: usize,
    /// `workshop_page`: the home list's first page (every name read, the
    /// first [`HOME_PAGE_ROWS`] rows in full), encoded as JSON.
    pub page: Timing,
    /// Bytes of that page's JSON.
    pub page_bytes: usize,
    /// `get_workshop` of the largest workshop: read and encode as JSON.
    pub open_largest: Timing,
    /// Bytes of the largest workshop's JSON.
    pub open_largest_bytes: usize,
    /// `record_current` on the largest workshop, edits in one burst (one undo
    /// step), including encoding the reply.
    pub edit_in_burst: Timing,
    /// The same, each edit its own undo step (a snapshot of the workshop is
    /// written before each).
    pub edit_after_pause: Timing,
    /// Every PDF of the sample and the largest workshop.
    pub pdfs: Vec<PdfTiming>,
    /// Every Word document and the workbook of the largest workshop.
    pub editable: Vec<FileTiming>,
    /// Export of the largest workshop to a `.smow` file (encode and write).
    pub smow_export: Timing,
    /// Import of that file (read, parse, check, write in one transaction).
    pub smow_import: Timing,
    /// Size of that file.
    pub smow_bytes: usize,
    /// The file.
    pub smow_file: PathBuf,
    /// Import cost against file size: see [`ImportScaling`].
    pub import_scaling: ImportScaling,
    /// The assessment report as HTML, for the browser: sample, then largest.
    pub html: Vec<PathBuf>,
}

/// Participants in the smaller of the two files [`import_scaling`] times;
/// the larger has ten times as many.
pub const SCALING_PARTICIPANTS: usize = 100;

/// Imports of two copies of the sample, one with [`SCALING_PARTICIPANTS`]
/// participants each voting on every practice and one with ten times as
/// many, each imported "keep both" (so every participant and vote is
/// renumbered), each into a fresh database that already holds the workshop.
/// Linear work gives a ratio near ten; the budget is twelve.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportScaling {
    /// Participants in the smaller file.
    pub participants: usize,
    /// The smaller file's import.
    pub small: Timing,
    /// The larger file's import.
    pub large: Timing,
    /// Median over median.
    pub ratio: f64,
}

/// The export time written into the PDFs (fixed, so files compare between runs).
fn export_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Finds the sample and the largest workshop in a seeded database.
fn find_workshops(store: &Store) -> Result<(WorkshopId, WorkshopId), BenchError> {
    let list = store.list_workshops()?;
    let by_title = |title: &str| {
        list.iter()
            .find(|w| w.title == title)
            .map(|w| w.id)
            .ok_or_else(|| {
                BenchError::Usage(format!(
                    "the database has no workshop called \"{title}\"; run `smo-bench seed` first"
                ))
            })
    };
    Ok((
        by_title(&smo_core::sample::sample_workshop().set_up.title)?,
        by_title(crate::seed::LARGEST_TITLE)?,
    ))
}

fn json(value: &impl serde::Serialize) -> Result<Vec<u8>, BenchError> {
    serde_json::to_vec(value).map_err(BenchError::Json)
}

/// Alternates the first practice's level between 2 and 3, `edits` times.
fn edits(store: &mut Store, workshop: &Workshop, edits: usize) -> Result<Timing, BenchError> {
    let first = workshop
        .assessment
        .practices
        .first()
        .ok_or_else(|| BenchError::Usage("the largest workshop has no practices".to_owned()))?;
    let practice = first.practice_id.clone();
    let mut input = CurrentStateInput {
        current: first.current,
        confidence: first.confidence,
        evidence: first.evidence.clone(),
    };
    let mut n = 0usize;
    let (timing, _) = time(edits, || -> Result<(), BenchError> {
        n += 1;
        input.current = Level::try_from(2 + (n % 2) as i64).ok();
        let reply = store.record_current(workshop.id, &practice, &input)?;
        json(&reply)?;
        Ok(())
    })?;
    Ok(timing)
}

/// Measures everything in `plan`.
pub fn measure(plan: &Plan) -> Result<Measurements, BenchError> {
    std::fs::create_dir_all(&plan.out_dir)?;
    let db = DataDir::at(&plan.data_dir).database_path();
    let mut store = Store::open(&db, Box::new(Utc::now))?;
    let (sample_id, largest_id) = find_workshops(&store)?;

    let everything = WorkshopSearch::new("");
    let (page, page_json) = time(plan.runs, || {
        json(&store.workshop_page(&everything, HOME_PAGE_ROWS)?)
    })?;
    let workshops = store.list_workshops()?.len();
    let (open_largest, open_json) = time(plan.runs, || json(&store.workshop(largest_id)?))?;

    let sample = store.workshop(sample_id)?;
    let largest = store.workshop(largest_id)?;
    let edit_in_burst = edits(&mut store, &largest, plan.edits)?;
    // A clock that moves 3 s per reading: every edit starts a new undo step.
    let mut now = Utc::now();
    let mut paused = Store::open(
        &db,
        Box::new(move || {
            now += Duration::from_secs(3);
            now
        }),
    )?;
    let edit_after_pause = edits(&mut paused, &largest, plan.edits)?;
    drop(paused);

    let options = ExportOptions {
        paper: Paper::A4,
        at: export_time(),
        dates: DateStyle::default(),
        logo: None,
    };
    let mut pdfs = Vec::new();
    for (name, workshop) in [("sample", &sample), ("largest", &largest)] {
        for kind in Export::ALL {
            let (timing, pdf) = time(plan.runs, || kind.build(workshop, &options))?;
            let file = plan.out_dir.join(format!(
                "{name}-{}.pdf",
                kind.title().to_lowercase().replace(' ', "-")
            ));
            std::fs::write(&file, &pdf.bytes)?;
            pdfs.push(PdfTiming {
                workshop: name,
                document: kind.title(),
                pages: pdf.pages,
                bytes: pdf.bytes.len(),
                file,
                timing,
            });
        }
    }

    let mut editable = Vec::new();
    let word = smo_docx::WordOptions {
        paper: Paper::A4,
        at: export_time(),
        logo: None,
        template: None,
    };
    for kind in Export::ALL {
        let (timing, bytes) = time(plan.runs, || {
            smo_docx::document(kind.document(), &largest, DateStyle::default(), &word)
                .map(|w| w.bytes)
        })?;
        let file = plan.out_dir.join(format!(
            "largest-{}.docx",
            kind.title().to_lowercase().replace(' ', "-")
        ));
        std::fs::write(&file, &bytes)?;
        editable.push(FileTiming {
            what: format!("Word: {}", kind.title()),
            bytes: bytes.len(),
            file,
            timing,
        });
    }
    let (timing, bytes) = time(plan.runs, || {
        smo_xlsx::workbook(&largest, export_time()).map(|b| b.bytes)
    })?;
    let file = plan.out_dir.join("largest.xlsx");
    std::fs::write(&file, &bytes)?;
    editable.push(FileTiming {
        what: "Workbook".into(),
        bytes: bytes.len(),
        file,
        timing,
    });

    let smow_file = plan.out_dir.join("largest.smow");
    let (smow_export, smow_bytes) = time(plan.runs, || -> Result<usize, BenchError> {
        let bytes = store.export_workshop(largest_id)?;
        std::fs::write(&smow_file, &bytes)?;
        Ok(bytes.len())
    })?;
    let scratch = DataDir::at(plan.out_dir.join("import-scratch"));
    if scratch.root().exists() {
        std::fs::remove_dir_all(scratch.root())?;
    }
    scratch.create()?;
    let mut target = Store::open(&scratch.database_path(), Box::new(Utc::now))?;
    let (smow_import, _) = time(plan.runs, || -> Result<(), BenchError> {
        let bytes = std::fs::read(&smow_file)?;
        let file = parse_workshop_file(&bytes)?;
        target.import_workshop(&file, OnConflict::Replace)?;
        Ok(())
    })?;

    let import_scaling = import_scaling(&store, sample_id, &scratch, plan.runs)?;

    let mut html = Vec::new();
    let options = smo_doc::DocOptions {
        at: export_time(),
        dates: smo_core::DateStyle::default(),
    };
    for (name, workshop) in [("sample", &sample), ("largest", &largest)] {
        let file = plan.out_dir.join(format!("{name}-assessment-report.html"));
        let doc = smo_doc::build(smo_core::Document::Assessment, workshop, &options);
        std::fs::write(&file, document_html(&doc, &absolute(&plan.fonts_dir)?))?;
        html.push(file);
    }

    Ok(Measurements {
        workshops,
        page,
        page_bytes: page_json.len(),
        open_largest,
        open_largest_bytes: open_json.len(),
        edit_in_burst,
        edit_after_pause,
        pdfs,
        editable,
        smow_export,
        smow_import,
        smow_bytes,
        smow_file,
        import_scaling,
        html,
    })
}

/// The sample's workshop file with `participants` people, each voting on
/// every practice.
fn file_with(
    store: &Store,
    sample: WorkshopId,
    participants: usize,
) -> Result<Vec<u8>, BenchError> {
    use serde_json::{json, Value};
    let mut file: Value =
        serde_json::from_slice(&store.export_workshop(sample)?).map_err(BenchError::Json)?;
    let people: Vec<Value> = (0..participants)
        .map(|n| {
            json!({
                "id": format!("00000000-0000-4000-8000-{n:012}"),
                "name": format!("Person {n}"), "role": "", "area": ""
            })
        })
        .collect();
    let votes: Vec<Value> = people
        .iter()
        .enumerate()
        .map(|(n, p)| json!({"participantId": p["id"], "level": n % 6}))
        .collect();
    let workshop = &mut file["workshop"];
    workshop["participants"] = Value::Array(people);
    let practices = workshop["practices"]
        .as_array_mut()
        .ok_or_else(|| BenchError::Usage("the sample's file has no practices".to_owned()))?;
    for practice in practices {
        practice["votes"] = Value::Array(votes.clone());
        // Format 3 keeps votes in rounds: one revealed round of everyone's.
        practice["rounds"] = json!([{
            "question": "current", "number": 1, "state": "revealed",
            "votes": votes, "spread": null
        }]);
    }
    json(&file)
}

/// Measures [`ImportScaling`] in a fresh database under `scratch`.
fn import_scaling(
    store: &Store,
    sample: WorkshopId,
    scratch: &DataDir,
    runs: usize,
) -> Result<ImportScaling, BenchError> {
    // Each run imports into a database of its own that already holds the
    // workshop once, so every timed import does the same work.
    let timed = |participants: usize| -> Result<Timing, BenchError> {
        let bytes = file_with(store, sample, participants)?;
        let mut samples = Vec::with_capacity(runs.max(1));
        for run in 0..runs.max(1) {
            let dir = DataDir::at(scratch.root().join(format!("scaling-{participants}-{run}")));
            dir.create()?;
            let mut target = Store::open(&dir.database_path(), Box::new(Utc::now))?;
            target.import_workshop(&parse_workshop_file(&bytes)?, OnConflict::Fail)?;
            let start = std::time::Instant::now();
            let file = parse_workshop_file(&bytes)?;
            target.import_workshop(&file, OnConflict::Copy)?;
            samples.push(start.elapsed());
            drop(target);
            std::fs::remove_dir_all(dir.root())?;
        }
        Ok(Timing::of(samples))
    };
    let small = timed(SCALING_PARTICIPANTS)?;
    let large = timed(SCALING_PARTICIPANTS * 10)?;
    Ok(ImportScaling {
        participants: SCALING_PARTICIPANTS,
        ratio: large.median_ms / small.median_ms,
        small,
        large,
    })
}

fn absolute(path: &Path) -> Result<PathBuf, BenchError> {
    Ok(std::fs::canonicalize(path)?)
}
