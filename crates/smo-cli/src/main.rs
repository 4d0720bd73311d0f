//! `smo`: SMO Workbench without the window. Reads and writes the same database
//! as the app (`--data-dir`, else `SMO_WORKBENCH_DATA_DIR`, else the user's data
//! directory). Results go to stdout; errors go to stderr with a non-zero exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use smo_core::framework::MAX_FRAMEWORK_BYTES;
use smo_core::sample::sample_workshop;
use smo_core::{DateStyle, Document, Framework, Step, WorkshopId};
use smo_docx::WordOptions;
use smo_pdf::{Export, ExportOptions, Paper};
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
    /// Export the charter, the roadmap, the assessment report and/or the steering report as PDF.
    Pdf(DocumentArgs),
    /// Export the charter, the roadmap, the assessment report and/or the steering report as Word
    /// (.docx), in the firm's template when one is kept (`smo template`).
    Word(DocumentArgs),
    /// Export the workshop's data as an Excel workbook (.xlsx): assessment
    /// with every vote, roadmap, KPIs, RACI and communications.
    Workbook {
        /// The workshop's id.
        workshop: String,
        /// The file to write.
        file: PathBuf,
        /// Export time (RFC 3339); now by default.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
    /// Show, set or forget the firm's reference Word template (.docx or
    /// .dotx) whose styles, fonts, colours and header every Word export uses.
    Template {
        /// The template to keep; leave out to show the one kept.
        file: Option<PathBuf>,
        /// Forget the kept template: Word exports use the built-in styles.
        #[arg(long, conflicts_with = "file")]
        remove: bool,
    },
    /// Set the client's logo (a PNG) for a workshop's documents, or remove it.
    Logo {
        /// The workshop's id.
        workshop: String,
        /// The PNG file; leave out with --remove.
        file: Option<PathBuf>,
        /// Remove the logo instead.
        #[arg(long, conflicts_with = "file")]
        remove: bool,
    },
    /// Write a workshop to a portable workshop file (.smow).
    Export {
        /// The workshop's id.
        workshop: String,
        /// The file to write.
        file: PathBuf,
    },
    /// Read a workshop file into the database; prints the workshop's id.
    Import {
        /// The workshop file.
        file: PathBuf,
        /// When the workshop is already there: replace it, import a copy, or fail.
        #[arg(long, value_enum, default_value = "fail")]
        on_conflict: ConflictArg,
    },
    /// Back up the database now (SQLite's backup API); prints the file.
    Backup,
    /// List the backups, newest first.
    Backups,
    /// Replace the database with a backup, after backing up the current state.
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Check or install maturity framework files.
    #[command(subcommand)]
    Framework(FrameworkCommand),
}

/// Which documents to write where, and how.
#[derive(Debug, clap::Args)]
struct DocumentArgs {
    /// The workshop's id (`smo list --json` shows them).
    workshop: String,
    /// Write the charter here.
    #[arg(long, value_name = "FILE")]
    charter: Option<PathBuf>,
    /// Write the roadmap here.
    #[arg(long, value_name = "FILE")]
    roadmap: Option<PathBuf>,
    /// Write the assessment report here.
    #[arg(long, value_name = "FILE")]
    assessment: Option<PathBuf>,
    /// Write the steering committee's progress report here.
    #[arg(long, value_name = "FILE")]
    steering: Option<PathBuf>,
    /// Paper size.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
    /// Export time (RFC 3339, e.g. 2026-01-31T10:00:00Z); now by default.
    /// The same workshop at the same time gives byte-identical files.
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// How days are written; by default from the locale (LC_ALL, LC_TIME, LANG).
    #[arg(long, value_enum)]
    dates: Option<DatesArg>,
}

impl DocumentArgs {
    /// The documents asked for with their files, or a usage error.
    fn targets(&self) -> Result<Vec<(Document, PathBuf)>, CliError> {
        let targets: Vec<(Document, PathBuf)> = [
            (Document::Charter, &self.charter),
            (Document::Roadmap, &self.roadmap),
            (Document::Assessment, &self.assessment),
            (Document::Steering, &self.steering),
        ]
        .into_iter()
        .filter_map(|(kind, file)| file.clone().map(|f| (kind, f)))
        .collect();
        if targets.is_empty() {
            return Err(CliError::Usage(
                "say which documents to write: --charter FILE, --roadmap FILE, --assessment FILE and/or --steering FILE".into(),
            ));
        }
        Ok(targets)
    }

    fn paper(&self) -> Paper {
        match self.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }

    fn dates(&self) -> DateStyle {
        match self.dates {
            Some(DatesArg::DayMonthYear) => DateStyle::DayMonthYear,
            Some(DatesArg::MonthDayYear) => DateStyle::MonthDayYear,
            None => DateStyle::of_environment(|name| std::env::var(name).ok()),
        }
    }
}

/// `--at TEXT` as a time, or now.
fn export_time(at: Option<&str>) -> Result<chrono::DateTime<chrono::Utc>, CliError> {
    match at {
        Some(text) => Ok(chrono::DateTime::parse_from_rfc3339(text)
            .map_err(|e| {
                CliError::Usage(format!(
                    "--at {text}: not an RFC 3339 time ({e}); e.g. 2026-01-31T10:00:00Z"
                ))
            })?
            .with_timezone(&chrono::Utc)),
        None => Ok(chrono::Utc::now()),
    }
}

fn write_file(file: &Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(file, bytes)
        .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", file.display())))
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ConflictArg {
    Replace,
    Copy,
    Fail,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

/// "9 Mar 2026" or "Mar 9, 2026".
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DatesArg {
    DayMonthYear,
    MonthDayYear,
}

#[derive(Debug, Subcommand)]
enum FrameworkCommand {
    /// Validate a framework file; every problem is listed as FILE:LINE:COLUMN.
    Check {
        /// The framework file (TOML).
        file: PathBuf,
    },
    /// Validate a framework file and add it to the library the app offers.
    Import {
        /// The framework file (TOML).
        file: PathBuf,
    },
    /// List the built-in and imported frameworks.
    List,
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot encode JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{}", .0)]
    Framework(String),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Pdf(#[from] smo_pdf::PdfError),
    #[error(transparent)]
    Word(#[from] smo_docx::WordError),
    #[error(transparent)]
    Workbook(#[from] smo_xlsx::WorkbookError),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("smo: {line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, out: &mut impl Write) -> Result<(), CliError> {
    if let Command::Framework(FrameworkCommand::Check { file }) = &cli.command {
        // Checking a file needs no database.
        let framework = read_framework(file)?;
        writeln!(
            out,
            "{}: ok: {} {} ({} practices in {} groups)",
            file.display(),
            framework.name,
            framework.version,
            framework.practices.len(),
            framework.groups.len()
        )?;
        return Ok(());
    }
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
                let of = |step| {
                    w.progress
                        .step(step)
                        .map_or((0, 0), |s: &smo_core::StepCount| (s.done, s.total))
                };
                let (set_up, scored) = (of(Step::SetUp), of(Step::CurrentState));
                writeln!(
                    out,
                    "{}  {}  {} — {}  (set up {}/{}, scored {}/{}, edited {})",
                    w.id,
                    w.start_date,
                    w.organisation,
                    w.title,
                    set_up.0,
                    set_up.1,
                    scored.0,
                    scored.1,
                    w.updated_at.format("%Y-%m-%d %H:%M UTC"),
                )?;
            }
        }
        Command::Demo => {
            let workshop = store.create_sample(&sample_workshop())?;
            writeln!(out, "{}", workshop.id)?;
        }
        Command::Framework(FrameworkCommand::Import { file }) => {
            let choice = store.import_framework(&read_framework(&file)?)?;
            writeln!(
                out,
                "imported {} {} ({} practices) as \"{}\"",
                choice.name, choice.version, choice.practices, choice.id
            )?;
        }
        Command::Framework(FrameworkCommand::List) => {
            for f in store.list_frameworks()? {
                let origin = if f.builtin { "built in" } else { "imported" };
                writeln!(
                    out,
                    "{:<24} {:<8} {:>3} practices  {}  ({origin})",
                    f.id, f.version, f.practices, f.name
                )?;
            }
        }
        Command::Framework(FrameworkCommand::Check { .. }) => {}
        Command::Backup => {
            let b = store.backup(&dir, smo_store::backup::BackupKind::Manual)?;
            writeln!(out, "{}", b.path.display())?;
        }
        Command::Backups => {
            for b in smo_store::backup::list_backups(&dir)? {
                writeln!(
                    out,
                    "{}  {:<14} {:>10} {:>9} bytes  {}",
                    b.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
                    format!("{:?}", b.kind),
                    b.workshops
                        .map_or_else(|| "unreadable".to_owned(), |n| format!("{n} workshops")),
                    b.size,
                    b.path.display()
                )?;
            }
        }
        Command::Restore { file } => {
            let safety = store.restore(&dir, &file)?;
            writeln!(
                out,
                "restored {}; the previous state is in {}",
                file.display(),
                safety.path.display()
            )?;
        }
        Command::Logo {
            workshop,
            file,
            remove,
        } => {
            let id = parse_id(&workshop)?;
            match (file, remove) {
                (Some(file), false) => {
                    let bytes = smo_store::read_input_file(
                        &file,
                        smo_core::logo::LOGO_MAX_BYTES,
                        "a PNG image",
                    )?;
                    let logo = smo_core::logo::Logo::from_png(bytes)
                        .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
                    let size = logo.size();
                    store.set_logo(id, Some(&logo))?;
                    writeln!(out, "logo set: {} × {} pixels", size.width, size.height)?;
                }
                (None, true) => {
                    store.set_logo(id, None)?;
                    writeln!(out, "logo removed")?;
                }
                _ => return Err(CliError::Usage("give the PNG file, or --remove".into())),
            }
        }
        Command::Export { workshop, file } => {
            let id = parse_id(&workshop)?;
            let bytes = store.export_workshop(id)?;
            std::fs::write(&file, &bytes)
                .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", file.display())))?;
            writeln!(out, "{}: {} bytes", file.display(), bytes.len())?;
        }
        Command::Import { file, on_conflict } => {
            let parsed = smo_store::read_workshop_file(&file)?;
            let w = store.import_workshop(
                &parsed,
                match on_conflict {
                    ConflictArg::Replace => smo_store::OnConflict::Replace,
                    ConflictArg::Copy => smo_store::OnConflict::Copy,
                    ConflictArg::Fail => smo_store::OnConflict::Fail,
                },
            )?;
            writeln!(out, "{}", w.id)?;
        }
        Command::Pdf(args) => {
            let id = parse_id(&args.workshop)?;
            let options = ExportOptions {
                paper: args.paper(),
                at: export_time(args.at.as_deref())?,
                dates: args.dates(),
                logo: store.logo(id)?,
            };
            let w = store.workshop(id)?;
            for (kind, file) in args.targets()? {
                let pdf = Export::from(kind).build(&w, &options)?;
                write_file(&file, &pdf.bytes)?;
                for warning in &pdf.warnings {
                    eprintln!("smo: warning: {}: {warning}", file.display());
                }
                writeln!(
                    out,
                    "{}: {} pages, {} bytes",
                    file.display(),
                    pdf.pages,
                    pdf.bytes.len()
                )?;
            }
        }
        Command::Word(args) => {
            let id = parse_id(&args.workshop)?;
            let kept = smo_store::word_template::word_template(&dir)?;
            let template =
                match &kept {
                    Some(k) => Some(smo_docx::Template::from_docx(&k.bytes).map_err(|e| {
                        CliError::Usage(format!("the kept template {}: {e}", k.name))
                    })?),
                    None => None,
                };
            let logo = store.logo(id)?;
            let options = WordOptions {
                paper: args.paper(),
                at: export_time(args.at.as_deref())?,
                logo: logo.as_ref(),
                template: template.as_ref(),
            };
            let w = store.workshop(id)?;
            for (kind, file) in args.targets()? {
                let word = smo_docx::document(kind, &w, args.dates(), &options)?;
                write_file(&file, &word.bytes)?;
                for warning in &word.warnings {
                    eprintln!("smo: warning: {}: {warning}", file.display());
                }
                let styles = kept.as_ref().map_or("built-in styles", |k| k.name.as_str());
                writeln!(
                    out,
                    "{}: {} bytes, {styles}",
                    file.display(),
                    word.bytes.len()
                )?;
            }
        }
        Command::Workbook { workshop, file, at } => {
            let id = parse_id(&workshop)?;
            let book = smo_xlsx::workbook(&store.workshop(id)?, export_time(at.as_deref())?)?;
            write_file(&file, &book.bytes)?;
            for warning in &book.warnings {
                eprintln!("smo: warning: {}: {warning}", file.display());
            }
            writeln!(out, "{}: {} bytes", file.display(), book.bytes.len())?;
        }
        Command::Template { file, remove } => match (file, remove) {
            (Some(file), false) => {
                let bytes = smo_store::read_input_file(
                    &file,
                    smo_store::word_template::MAX_TEMPLATE_BYTES,
                    "a Word document or template",
                )?;
                smo_docx::Template::from_docx(&bytes)
                    .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                smo_store::word_template::keep_word_template(&dir, &name, &bytes)?;
                writeln!(out, "Word exports now use the styles of {name}")?;
            }
            (None, true) => {
                smo_store::word_template::forget_word_template(&dir)?;
                writeln!(out, "Word exports use the built-in styles")?;
            }
            _ => match smo_store::word_template::word_template_name(&dir)? {
                Some(name) => writeln!(out, "{name}")?,
                None => writeln!(out, "none: Word exports use the built-in styles")?,
            },
        },
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<WorkshopId, CliError> {
    text.trim().parse().map_err(|_| {
        CliError::Usage(format!(
            "\"{text}\" is not a workshop id; `smo list` shows them"
        ))
    })
}

/// Reads and validates a framework file; problems come back as
/// `FILE:LINE:COLUMN: path: message` lines, like a compiler's.
fn read_framework(file: &Path) -> Result<Framework, CliError> {
    let shown = file.display();
    let fail = |message: String| CliError::Framework(format!("{shown}: {message}"));
    let bytes = smo_store::read_input_file(file, MAX_FRAMEWORK_BYTES, "a framework file")
        .map_err(|e| CliError::Framework(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Framework::parse_toml(&text).map_err(|e| {
        let lines: Vec<String> = e
            .issues
            .iter()
            .map(|issue| {
                let place = issue
                    .position
                    .map_or(String::new(), |(l, c)| format!("{l}:{c}:"));
                let path = if issue.path.is_empty() {
                    String::new()
                } else {
                    format!(" {}:", issue.path)
                };
                format!("{shown}:{place}{path} {}", issue.message)
            })
            .collect();
        CliError::Framework(lines.join("\n"))
    })
}
