//! `smo-bench`: the in-process half of SMO Workbench's benchmarks.
//!
//! - `smo-bench seed --data-dir DIR --workshops N` writes the benchmark
//!   database (the sample, the largest workshop, and others up to N).
//! - `smo-bench measure --data-dir DIR --out DIR` times the home list, opening
//!   the largest workshop, edits, every PDF, and `.smow` export and import, and
//!   writes the assessment report as HTML for the browser comparison.
//!
//! - `smo-bench phones --phones 30 --practices 34` has phones vote through
//!   the phones' server on loopback and times each vote to the counter.
//!
//! They print JSON on stdout for `tests/e2e/bench.js`, which also drives the
//! real app and Chromium and writes BENCHMARKS.md (`scripts/bench.sh`).

mod html;
mod measure;
mod phones;
mod seed;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use smo_store::DataDir;

/// Why a benchmark could not run.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// The arguments or the database are not what the benchmark needs.
    #[error("{0}")]
    Usage(String),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] smo_store::StoreError),
    /// A PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] smo_pdf::PdfError),
    /// A Word document could not be made.
    #[error(transparent)]
    Word(#[from] smo_docx::WordError),
    /// The workbook could not be made.
    #[error(transparent)]
    Workbook(#[from] smo_xlsx::WorkbookError),
    /// Reading or writing a file failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Encoding JSON failed.
    #[error(transparent)]
    Json(serde_json::Error),
}

#[derive(Parser)]
#[command(
    name = "smo-bench",
    version,
    about = "SMO Workbench benchmarks (in process)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes the benchmark database into an empty data directory.
    Seed {
        /// The data directory (created if missing).
        #[arg(long)]
        data_dir: PathBuf,
        /// Workshops in all, the sample and the largest included.
        #[arg(long, default_value_t = 1000)]
        workshops: usize,
    },
    /// Times the store, the PDFs and workshop files on a seeded data directory.
    Measure {
        /// The seeded data directory.
        #[arg(long)]
        data_dir: PathBuf,
        /// Where PDFs, the workshop file and the HTML pages go.
        #[arg(long)]
        out: PathBuf,
        /// The Noto Sans directory, for the HTML pages.
        #[arg(long, default_value = "assets/fonts")]
        fonts: PathBuf,
        /// Runs per timing.
        #[arg(long, default_value_t = 20)]
        runs: usize,
        /// Edits for the edit timings.
        #[arg(long, default_value_t = 1000)]
        edits: usize,
    },
    /// Phones vote on the largest workshop through the phones' server.
    Phones {
        /// Phones voting (at most the largest workshop's 30 people).
        #[arg(long, default_value_t = 30)]
        phones: usize,
        /// Practices voted on (at most its 34).
        #[arg(long, default_value_t = 34)]
        practices: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Seed {
            data_dir,
            workshops,
        } => seed::seed(&DataDir::at(data_dir), workshops)
            .and_then(|s| serde_json::to_string_pretty(&s).map_err(BenchError::Json)),
        Command::Measure {
            data_dir,
            out,
            fonts,
            runs,
            edits,
        } => measure::measure(&measure::Plan {
            data_dir,
            out_dir: out,
            fonts_dir: fonts,
            runs,
            edits,
        })
        .and_then(|m| serde_json::to_string_pretty(&m).map_err(BenchError::Json)),
        Command::Phones { phones, practices } => phones::phones(phones, practices)
            .and_then(|m| serde_json::to_string_pretty(&m).map_err(BenchError::Json)),
    };
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("smo-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
