//! What can go wrong when reading or writing the database.

use std::path::PathBuf;

use smo_core::{FrameworkError, ParticipantId, ValidationError, WorkshopId};

/// A failed store operation. Whatever the variant, the database is left as it
/// was before the operation started.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The input broke a domain rule; nothing was written.
    #[error(transparent)]
    Invalid(#[from] ValidationError),

    /// No workshop has this id (it may have been deleted).
    #[error("No workshop with id {0} exists; it may have been deleted")]
    WorkshopNotFound(WorkshopId),

    /// No participant has this id (it may have been removed).
    #[error("No participant with id {0} exists; they may have been removed")]
    ParticipantNotFound(ParticipantId),

    /// A framework broke the framework rules; nothing was written.
    #[error("The framework is not valid:\n{0}")]
    InvalidFramework(#[from] FrameworkError),

    /// No built-in or imported framework has this id and version.
    #[error("No framework \"{id}\" version {version} is installed")]
    FrameworkNotFound {
        /// The framework's id.
        id: String,
        /// The version asked for.
        version: String,
    },

    /// An import tried to replace a framework that ships with the app.
    #[error("\"{0}\" is the id of a built-in framework; give the imported framework its own id")]
    BuiltinFramework(String),

    /// Something was recorded for a practice that is not in the workshop's scope.
    #[error("The practice \"{0}\" is not in this workshop's scope")]
    NotInScope(String),

    /// No saved charter version has this number.
    #[error("Charter version {0} does not exist")]
    VersionNotFound(u32),

    /// No initiative has this id (it may have been deleted).
    #[error("The initiative {0} does not exist; it may have been deleted")]
    InitiativeNotFound(String),

    /// No earlier assessment round has this number.
    #[error("There is no earlier assessment round {0}")]
    RoundNotFound(u32),

    /// No charter KPI has this id (it may have been deleted).
    #[error("The KPI {0} is not in the charter; it may have been deleted")]
    KpiNotFound(String),

    /// No idea in the register has this id (it may have been deleted).
    #[error("The idea {0} is not in the register; it may have been deleted")]
    IdeaNotFound(String),

    /// A workshop file is not one, or breaks a rule; nothing was written.
    #[error("This workshop file cannot be imported: {0}")]
    BadFile(String),

    /// An import would overwrite a workshop that is already there.
    #[error("The workshop \"{title}\" (id {id}) is already in the database: replace it, keep both, or cancel")]
    AlreadyExists {
        /// The workshop's id.
        id: WorkshopId,
        /// Its title in the file.
        title: String,
    },

    /// A participant was moved to a place outside the list.
    #[error("Position {index} is outside the list of {len} participants")]
    PositionOutOfRange {
        /// The requested position (0-based).
        index: usize,
        /// How many participants there are.
        len: usize,
    },

    /// The file was written by a newer SMO Workbench; it was not touched.
    #[error(
        "The database {path} was written by a newer version of SMO Workbench (schema version \
         {found}; this version knows up to {supported}). It has not been changed. Install the \
         newer version to open it."
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The schema version found in the file.
        found: u32,
        /// The newest schema version this build knows.
        supported: u32,
    },

    /// The file exists but is not an SQLite database (or is damaged).
    #[error("{path} is not an SMO Workbench database, or it is damaged: {detail}")]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },

    /// No data directory could be determined.
    #[error("No data directory could be found: set SMO_WORKBENCH_DATA_DIR or HOME")]
    NoDataDir,

    /// The data directory could not be created.
    #[error("Cannot create the data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// Why not.
        source: std::io::Error,
    },

    /// A value in the database cannot be read back (edited by hand, or damaged).
    #[error("The database holds a value that cannot be read: {0}")]
    Corrupt(String),

    /// A value could not be turned into what is stored (a defect of this
    /// build, not of the database).
    #[error("A value could not be stored: {0}")]
    Internal(String),

    /// Migrating the schema failed; the migration was rolled back.
    #[error("The database could not be upgraded: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    /// Any other SQLite failure (disk full, file locked by another program…).
    #[error("Database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Whether the write failed because the database is open read-only.
    pub fn is_read_only(&self) -> bool {
        matches!(self, StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly))
    }
}
