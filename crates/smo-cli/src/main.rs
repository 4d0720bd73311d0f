//! `smo`: SMO Workbench without the window. Reads and writes the same database
//! as the app (`--data-dir`, else `SMO_WORKBENCH_DATA_DIR`, else the user's data
//! directory). Results go to stdout; errors go to stderr with a non-zero exit.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use smo_core::sample::sample_workshop;
use smo_core::Step;
use smo_store::{DataDir, Store, StoreError};

/// SMO Workbench on the command line.
#[derive(Debug, Parser)]
#[command(name = "smo", version, about)]
struct Cli {
    /// Use this data directory instead of the default one.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show where data lives, the schema version and how much is stored.
    Info,
    /// List workshops, most recently edited first.
    List {
        /// Print JSON (an array of workshop summaries) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Create the sample workshop (a fictional organisation) and print its id.
    Demo,
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("smo: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, out: &mut impl Write) -> Result<(), CliError> {
    let dir = DataDir::resolve(cli.data_dir)?;
    let mut store = Store::open_in(&dir)?;
    match cli.command {
        Command::Info => {
            let info = store.info()?;
            writeln!(out, "data directory  {}", dir.root().display())?;
            if let Some(path) = &info.database_path {
                writeln!(out, "database        {}", path.display())?;
            }
            writeln!(
                out,
                "schema version  {} (this build knows up to {})",
                info.schema_version,
                smo_store::SCHEMA_VERSION
            )?;
            writeln!(out, "workshops       {}", info.workshops)?;
            writeln!(out, "participants    {}", info.participants)?;
        }
        Command::List { json: true } => {
            serde_json::to_writer_pretty(&mut *out, &store.list_workshops()?)?;
            writeln!(out)?;
        }
        Command::List { json: false } => {
            let workshops = store.list_workshops()?;
            if workshops.is_empty() {
                writeln!(out, "No workshops yet. `smo demo` creates a sample one.")?;
            }
            for w in workshops {
                let set_up = w.progress.step(Step::SetUp);
                writeln!(
                    out,
                    "{}  {}  {} — {}  (set up {}/{}, edited {})",
                    w.id,
                    w.start_date,
                    w.organisation,
                    w.title,
                    set_up.map_or(0, |s| s.done),
                    set_up.map_or(0, |s| s.total),
                    w.updated_at.format("%Y-%m-%d %H:%M UTC"),
                )?;
            }
        }
        Command::Demo => {
            let workshop = store.create_sample(&sample_workshop())?;
            writeln!(out, "{}", workshop.id)?;
        }
    }
    Ok(())
}
