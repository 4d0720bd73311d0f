//! Where SMO Workbench keeps its data.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::StoreError;

/// The environment variable that overrides the data directory, for the app and
/// `smo` alike.
pub const DATA_DIR_ENV: &str = "SMO_WORKBENCH_DATA_DIR";

const DATABASE_FILE: &str = "workbench.sqlite3";

/// The directory that holds the database (and, later, backups).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// Picks the data directory: `explicit` if given, else `SMO_WORKBENCH_DATA_DIR`
    /// if set and not empty, else the platform's per-user data directory
    /// (`~/.local/share/smo-workbench` on Linux). Nothing is created here.
    pub fn resolve(explicit: Option<PathBuf>) -> Result<DataDir, StoreError> {
        let from_env = std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let root = match explicit.or(from_env) {
            Some(root) => root,
            None => ProjectDirs::from("", "", "smo-workbench")
                .ok_or(StoreError::NoDataDir)?
                .data_dir()
                .to_path_buf(),
        };
        Ok(DataDir { root })
    }

    /// A data directory at an exact path.
    pub fn at(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }

    /// The directory itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The database file inside it.
    pub fn database_path(&self) -> PathBuf {
        self.root.join(DATABASE_FILE)
    }

    /// Creates the directory (and its parents) if it does not exist yet.
    pub fn create(&self) -> Result<(), StoreError> {
        std::fs::create_dir_all(&self.root).map_err(|source| StoreError::DataDir {
            path: self.root.clone(),
            source,
        })
    }
}
