//! Backups: copies of the database made with SQLite's online backup API, in
//! `<data dir>/backups/`. One is made before every schema migration, one per
//! day the app is used (the last seven kept), and on request; restoring first
//! backs up the current state, so a restore can itself be undone.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use crate::migrations::SCHEMA_VERSION;
use crate::{DataDir, Store, StoreError};

/// How many daily backups are kept.
pub const DAILY_KEPT: usize = 7;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// The first use of a day.
    Daily,
    /// Just before the schema was upgraded.
    PreMigration,
    /// Asked for (`smo backup`).
    Manual,
    /// Just before a restore replaced the database.
    BeforeRestore,
}

impl BackupKind {
    fn tag(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::PreMigration => "pre-migration",
            BackupKind::Manual => "manual",
            BackupKind::BeforeRestore => "before-restore",
        }
    }

    fn parse(tag: &str) -> Option<BackupKind> {
        [
            BackupKind::Daily,
            BackupKind::PreMigration,
            BackupKind::Manual,
            BackupKind::BeforeRestore,
        ]
        .into_iter()
        .find(|k| k.tag() == tag)
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// Why.
    pub kind: BackupKind,
    /// Its size in bytes.
    pub size: u64,
    /// How many workshops it holds; `None` when the file cannot be read as
    /// a database (damaged, or not one): it is listed, never shown as empty.
    pub workshops: Option<u64>,
}

/// Where the backups of `dir` live.
pub fn backup_dir(dir: &DataDir) -> PathBuf {
    dir.root().join("backups")
}

fn file_name(at: DateTime<Utc>, kind: BackupKind) -> String {
    format!(
        "workbench-{}-{}.sqlite3",
        at.format("%Y%m%dT%H%M%S%3fZ"),
        kind.tag()
    )
}

fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupKind)> {
    let rest = name.strip_prefix("workbench-")?.strip_suffix(".sqlite3")?;
    let (stamp, tag) = rest.split_once('-')?;
    let at = NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%3fZ").ok()?;
    Some((at.and_utc(), BackupKind::parse(tag)?))
}

/// Copies the database `from` into a new file with SQLite's backup API.
fn copy(from: &Connection, to: &Path) -> Result<(), StoreError> {
    let mut target = Connection::open(to)?;
    {
        let backup = rusqlite::backup::Backup::new(from, &mut target)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    }
    // A backup is one self-contained file: no WAL or shared-memory files beside it.
    target.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// The backups in `dir`, newest first.
pub fn list_backups(dir: &DataDir) -> Result<Vec<BackupInfo>, StoreError> {
    let folder = backup_dir(dir);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((created_at, kind)) = parse_name(&name) else {
            continue;
        };
        let path = entry.path();
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let workshops = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM workshop", [], |r| r.get::<_, i64>(0)))
            .ok()
            .and_then(|n| u64::try_from(n).ok());
        out.push(BackupInfo {
            path,
            created_at,
            kind,
            size,
            workshops,
        });
    }
    out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.path.cmp(&a.path)));
    Ok(out)
}

/// Backs up the database file at `db` before it is migrated, if it exists and
/// holds an older schema. Called before the store opens it.
pub(crate) fn before_migration(
    dir: &DataDir,
    now: DateTime<Utc>,
) -> Result<Option<PathBuf>, StoreError> {
    let db = dir.database_path();
    if !db.exists() {
        return Ok(None);
    }
    let Ok(conn) = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Ok(None);
    };
    let Ok(version) = conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0)) else {
        return Ok(None);
    };
    if version == 0 || version >= SCHEMA_VERSION {
        return Ok(None);
    }
    let folder = backup_dir(dir);
    std::fs::create_dir_all(&folder).map_err(|source| StoreError::DataDir {
        path: folder.clone(),
        source,
    })?;
    let path = folder.join(file_name(now, BackupKind::PreMigration));
    copy(&conn, &path)?;
    Ok(Some(path))
}

/// Moves a damaged database (and its WAL and shared-memory files) aside as
/// `workbench.sqlite3.damaged-<time>`, so a fresh one can be opened; the
/// damaged file is kept for whoever wants to rescue it. Returns its new path.
pub fn move_aside(dir: &DataDir, now: DateTime<Utc>) -> Result<PathBuf, StoreError> {
    let db = dir.database_path();
    let suffix = format!("damaged-{}", now.format("%Y%m%dT%H%M%SZ"));
    let moved = db.with_extension(format!("sqlite3.{suffix}"));
    let io = |source: std::io::Error| StoreError::DataDir {
        path: db.clone(),
        source,
    };
    std::fs::rename(&db, &moved).map_err(io)?;
    for side in ["-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{side}", db.display()));
        if from.exists() {
            let _ = std::fs::rename(&from, format!("{}{side}", moved.display()));
        }
    }
    Ok(moved)
}

/// The newest backup made before `moment` that holds at least one workshop.
pub fn newest_before(
    dir: &DataDir,
    moment: DateTime<Utc>,
) -> Result<Option<BackupInfo>, StoreError> {
    Ok(list_backups(dir)?
        .into_iter()
        .find(|b| b.created_at < moment && b.workshops.is_some_and(|n| n > 0)))
}

impl Store {
    /// Makes a backup of kind `kind` in `dir`'s backup folder.
    pub fn backup(&mut self, dir: &DataDir, kind: BackupKind) -> Result<BackupInfo, StoreError> {
        let folder = backup_dir(dir);
        std::fs::create_dir_all(&folder).map_err(|source| StoreError::DataDir {
            path: folder.clone(),
            source,
        })?;
        let now = (self.clock)();
        let path = folder.join(file_name(now, kind));
        copy(&self.conn, &path)?;
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        Ok(BackupInfo {
            path,
            created_at: now,
            kind,
            size,
            workshops: Some(self.info()?.workshops),
        })
    }

    /// Makes today's backup unless there is one (or there is nothing to back
    /// up yet), and keeps the last seven daily ones.
    pub fn daily_backup(&mut self, dir: &DataDir) -> Result<Option<BackupInfo>, StoreError> {
        if self.is_empty()? {
            return Ok(None);
        }
        let today = (self.clock)().date_naive();
        let existing = list_backups(dir)?;
        let made = if existing
            .iter()
            .any(|b| b.kind == BackupKind::Daily && b.created_at.date_naive() == today)
        {
            None
        } else {
            Some(self.backup(dir, BackupKind::Daily)?)
        };
        for old in list_backups(dir)?
            .into_iter()
            .filter(|b| b.kind == BackupKind::Daily)
            .skip(DAILY_KEPT)
        {
            let _ = std::fs::remove_file(&old.path);
        }
        Ok(made)
    }

    /// Replaces the whole database with the backup at `file`, after backing
    /// up the current state. A file that is not an SMO Workbench database, or
    /// one from a newer version, is refused and nothing changes.
    pub fn restore(&mut self, dir: &DataDir, file: &Path) -> Result<BackupInfo, StoreError> {
        let source =
            Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
                StoreError::NotADatabase {
                    path: file.to_path_buf(),
                    detail: e.to_string(),
                }
            })?;
        let version: u32 = source
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| StoreError::NotADatabase {
                path: file.to_path_buf(),
                detail: e.to_string(),
            })?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: file.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let has_workshops: bool = source
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'workshop'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(false);
        if version == 0 || !has_workshops {
            return Err(StoreError::NotADatabase {
                path: file.to_path_buf(),
                detail: "it holds no SMO Workbench workshops".into(),
            });
        }
        let safety = self.backup(dir, BackupKind::BeforeRestore)?;
        {
            let backup = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        }
        // An older backup is brought up to this version's schema.
        crate::migrations::migrations().to_latest(&mut self.conn)?;
        Ok(safety)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, 9, 8, 5, 1)
            .single()
            .expect("time");
        for kind in [
            BackupKind::Daily,
            BackupKind::PreMigration,
            BackupKind::Manual,
            BackupKind::BeforeRestore,
        ] {
            assert_eq!(parse_name(&file_name(at, kind)), Some((at, kind)));
        }
        assert_eq!(parse_name("workbench.sqlite3"), None);
    }
}
