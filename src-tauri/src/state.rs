//! What the app holds while it runs: the open store, or why it could not be opened.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use smo_core::sample::sample_workshop;
use smo_core::DateStyle;
use smo_store::{DataDir, Store, StoreError};

use crate::preferences::{PreferenceFile, Zoom};
use crate::AppError;

/// The store shared by all commands. The mutex is only ever taken on a
/// blocking worker thread, never on the main (UI event loop) thread.
pub type SharedStore = Arc<Mutex<Store>>;

/// The app's managed state.
pub struct AppState {
    store: Result<SharedStore, AppError>,
    status: AppStatus,
    dir: Option<DataDir>,
    /// The backup offered after a damaged database was moved aside.
    rescue: Mutex<Option<PathBuf>>,
    /// The backups last listed; the UI refers to them by index.
    listed: Mutex<Vec<PathBuf>>,
    /// The zoom and whatever else is remembered beside the database.
    preferences: PreferenceFile,
}

/// One backup as the Backups screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// Pass to `restore_backup`.
    pub handle: u32,
    /// When it was made.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Why: "daily", "pre-migration", "manual" or "before-restore".
    pub kind: String,
    /// Size in bytes.
    #[ts(type = "number")]
    pub size: u64,
    /// Workshops it holds; `None` when the file cannot be read (damaged).
    #[ts(type = "number | null")]
    pub workshops: Option<u64>,
}

/// What happened when the database was found damaged at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// Where the damaged file was moved.
    pub moved_to: String,
    /// What SQLite said about it.
    pub detail: String,
    /// When the newest usable backup was made, if there is one.
    pub backup_made_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How many workshops that backup holds (`None` without a backup).
    #[ts(type = "number | null")]
    pub backup_workshops: Option<u64>,
}

/// What the UI learns at start: where data lives and whether it could be opened.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    /// The data directory.
    pub data_dir: String,
    /// The database file.
    pub database_path: String,
    /// Why the database could not be opened; `None` when it is open.
    pub error: Option<AppError>,
    /// Whether the sample workshop was created at this start (empty database).
    pub sample_created: bool,
    /// Set when a damaged database was moved aside and a fresh one opened.
    pub recovery: Option<Recovery>,
    /// Set when the database is open read-only (written by a newer version):
    /// why, in words for the user.
    pub read_only: Option<String>,
    /// How days are written, on screen and in the documents, from the
    /// user's locale (`LC_ALL`, `LC_TIME`, `LANG`).
    pub date_style: DateStyle,
    /// The UI's zoom when the app started (remembered from the last run).
    pub zoom: Zoom,
}

/// The date style of this process's environment.
fn date_style() -> DateStyle {
    DateStyle::of_environment(|name| std::env::var(name).ok())
}

impl AppState {
    /// Opens the store in the default data directory (see [`DataDir::resolve`]),
    /// creating the sample workshop when the database is empty.
    pub fn open_default() -> AppState {
        match DataDir::resolve(None) {
            Ok(dir) => AppState::open(&dir),
            Err(e) => AppState::failed(PathBuf::new(), PathBuf::new(), e),
        }
    }

    /// Opens the store in `dir`, creating the sample workshop when it is empty.
    /// A damaged database is moved aside and a fresh one opened, and the
    /// newest usable backup is offered (see [`Recovery`]).
    pub fn open(dir: &DataDir) -> AppState {
        let mut recovery = None;
        let mut rescue = None;
        let mut first = Store::open_in(dir);
        if let Err(StoreError::NotADatabase { detail, .. }) = &first {
            let now = chrono::Utc::now();
            if let Ok(moved) = smo_store::backup::move_aside(dir, now) {
                let backup = smo_store::backup::newest_before(dir, now).ok().flatten();
                recovery = Some(Recovery {
                    moved_to: moved.display().to_string(),
                    detail: detail.clone(),
                    backup_made_at: backup.as_ref().map(|b| b.created_at),
                    backup_workshops: backup.as_ref().and_then(|b| b.workshops),
                });
                rescue = backup.map(|b| b.path);
                first = Store::open_in(dir);
            }
        }
        let opened = first.and_then(|mut store| {
            // After a recovery the user chooses: restore a backup, or start afresh.
            let sample_created = recovery.is_none() && store.is_empty()?;
            if sample_created {
                store.create_sample(&sample_workshop())?;
                store.daily_backup(dir)?;
            }
            Ok((store, sample_created))
        });
        match opened {
            Ok((store, sample_created)) => {
                AppState::ready(dir, store, sample_created, recovery, None, rescue)
            }
            Err(e @ StoreError::NewerSchema { .. }) => {
                match Store::open_read_only(&dir.database_path()) {
                    // A newer version's database can still be read: show it, write nothing.
                    Ok(store) => {
                        AppState::ready(dir, store, false, None, Some(e.to_string()), None)
                    }
                    Err(_) => AppState::failed(dir.root().to_path_buf(), dir.database_path(), e),
                }
            }
            Err(e) => AppState::failed(dir.root().to_path_buf(), dir.database_path(), e),
        }
    }

    /// The data directory.
    pub(crate) fn data_dir(&self) -> Result<DataDir, AppError> {
        self.dir
            .clone()
            .ok_or_else(|| AppError::internal("The data directory is unknown"))
    }

    /// The backups, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupSummary>, AppError> {
        let dir = self.data_dir()?;
        let backups = smo_store::backup::list_backups(&dir)?;
        let mut listed = self
            .listed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *listed = backups.iter().map(|b| b.path.clone()).collect();
        Ok(backups
            .into_iter()
            .enumerate()
            .map(|(n, b)| BackupSummary {
                handle: smo_core::count(n),
                created_at: b.created_at,
                kind: match b.kind {
                    smo_store::backup::BackupKind::Daily => "daily",
                    smo_store::backup::BackupKind::PreMigration => "pre-migration",
                    smo_store::backup::BackupKind::Manual => "manual",
                    smo_store::backup::BackupKind::BeforeRestore => "before-restore",
                }
                .to_owned(),
                size: b.size,
                workshops: b.workshops,
            })
            .collect())
    }

    /// Restores a listed backup, after backing up the current state.
    pub async fn restore_backup(&self, handle: u32) -> Result<(), AppError> {
        let listed = self
            .listed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let path = usize::try_from(handle)
            .ok()
            .and_then(|i| listed.get(i))
            .cloned()
            .ok_or_else(|| {
                AppError::new(
                    crate::ErrorCode::NotFound,
                    "That backup is no longer listed; open the list again",
                )
            })?;
        let dir = self.data_dir()?;
        self.with_store(move |s| s.restore(&dir, &path).map(|_| ()))
            .await
    }

    /// Backs up now.
    pub async fn backup_now(&self) -> Result<(), AppError> {
        let dir = self.data_dir()?;
        self.with_store(move |s| {
            s.backup(&dir, smo_store::backup::BackupKind::Manual)
                .map(|_| ())
        })
        .await
    }

    /// Restores the backup offered after a recovery.
    pub async fn restore_rescue_backup(&self) -> Result<(), AppError> {
        let path = self
            .rescue
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
            .ok_or_else(|| AppError::internal("There is no backup to restore"))?;
        let dir = self
            .dir
            .clone()
            .ok_or_else(|| AppError::internal("The data directory is unknown"))?;
        self.with_store(move |s| s.restore(&dir, &path).map(|_| ()))
            .await
    }

    fn ready(
        dir: &DataDir,
        store: Store,
        sample_created: bool,
        recovery: Option<Recovery>,
        read_only: Option<String>,
        rescue: Option<PathBuf>,
    ) -> AppState {
        let preferences = PreferenceFile::load(Some(dir.root()));
        AppState {
            store: Ok(Arc::new(Mutex::new(store))),
            status: AppStatus {
                data_dir: dir.root().display().to_string(),
                database_path: dir.database_path().display().to_string(),
                error: None,
                sample_created,
                recovery,
                read_only,
                date_style: date_style(),
                zoom: preferences.get().zoom,
            },
            preferences,
            dir: Some(dir.clone()),
            rescue: Mutex::new(rescue),
            listed: Mutex::new(Vec::new()),
        }
    }

    fn failed(root: PathBuf, database: PathBuf, e: StoreError) -> AppState {
        let error = AppError::from(e);
        AppState {
            store: Err(error.clone()),
            status: AppStatus {
                data_dir: root.display().to_string(),
                database_path: database.display().to_string(),
                error: Some(error),
                sample_created: false,
                recovery: None,
                read_only: None,
                date_style: date_style(),
                zoom: Zoom::ACTUAL_SIZE,
            },
            preferences: PreferenceFile::load(None),
            dir: None,
            rescue: Mutex::new(None),
            listed: Mutex::new(Vec::new()),
        }
    }

    /// The start-up status.
    pub fn status(&self) -> &AppStatus {
        &self.status
    }

    /// What the app remembers apart from the workshops.
    pub fn preferences(&self) -> &PreferenceFile {
        &self.preferences
    }

    /// The store itself, for work that runs on its own thread (a phone's
    /// vote arrives on the phone server's).
    pub(crate) fn shared_store(&self) -> Result<SharedStore, AppError> {
        self.store.clone()
    }

    /// Runs `work` on the store on a blocking worker thread and maps its error
    /// for the UI. Every command that touches the database goes through here.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let store = self.store.clone()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = store.lock().map_err(|_| {
                AppError::internal(
                    "The database connection was poisoned by an earlier failure; restart the app",
                )
            })?;
            work(&mut guard).map_err(AppError::from)
        })
        .await
        .map_err(|e| AppError::internal(format!("A background task failed: {e}")))?
    }
}
