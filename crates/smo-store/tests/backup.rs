//! Backups: daily ones kept to seven, one before every migration, restore
//! that first saves the current state, and refusals that change nothing.

use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::Connection;
use smo_core::sample::sample_workshop;
use smo_store::backup::{list_backups, BackupKind, DAILY_KEPT};
use smo_store::{DataDir, Store, StoreError};

#[test]
fn the_first_open_of_the_day_backs_up_once() {
    let dir = tempfile::tempdir().expect("temp");
    let data = DataDir::at(dir.path());
    let mut store = Store::open_in(&data).expect("open");
    assert!(
        list_backups(&data).expect("list").is_empty(),
        "nothing to back up yet"
    );
    store.create_sample(&sample_workshop()).expect("sample");
    drop(store);
    drop(Store::open_in(&data).expect("reopen"));
    drop(Store::open_in(&data).expect("reopen again"));
    let backups = list_backups(&data).expect("list");
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0].kind, BackupKind::Daily);
    assert_eq!(backups[0].workshops, Some(1));
    let files: Vec<_> = std::fs::read_dir(data.root().join("backups"))
        .expect("backups dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files.len(), 1, "one self-contained file: {files:?}");
}

#[test]
fn only_the_last_seven_daily_backups_are_kept() {
    let dir = tempfile::tempdir().expect("temp");
    let data = DataDir::at(dir.path());
    data.create().expect("dir");
    let mut day: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
        .single()
        .expect("time");
    let clock = Box::new(move || {
        day += Duration::hours(13);
        day
    });
    let mut store = Store::open(&data.database_path(), clock).expect("open");
    store
        .create_sample(&sample_workshop())
        .expect("something to back up");
    for _ in 0..20 {
        store.daily_backup(&data).expect("daily");
    }
    let daily: Vec<_> = list_backups(&data)
        .expect("list")
        .into_iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .collect();
    assert_eq!(daily.len(), DAILY_KEPT);
    assert!(
        daily.windows(2).all(|w| w[0].created_at > w[1].created_at),
        "newest first"
    );
}

#[test]
fn an_older_schema_is_backed_up_before_it_is_upgraded() {
    let dir = tempfile::tempdir().expect("temp");
    let data = DataDir::at(dir.path());
    data.create().expect("dir");
    {
        let conn = Connection::open(data.database_path()).expect("raw");
        conn.execute_batch(include_str!("../migrations/0001_workshops.sql"))
            .expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.execute(
            "INSERT INTO workshop (id, organisation, title, start_date, created_at, updated_at) \
             VALUES ('00000000-0000-0000-0000-000000000001', 'Old Org', 'Old', '2025-01-01', \
             '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
            [],
        )
        .expect("an old workshop");
    }
    let store = Store::open_in(&data).expect("open and migrate");
    assert_eq!(store.info().expect("info").workshops, 1);
    let pre: Vec<_> = list_backups(&data)
        .expect("list")
        .into_iter()
        .filter(|b| b.kind == BackupKind::PreMigration)
        .collect();
    assert_eq!(pre.len(), 1);
    let old = Connection::open(&pre[0].path).expect("backup");
    let version: u32 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("v");
    assert_eq!(version, 1, "the backup is the database as it was before");
}

#[test]
fn restore_brings_back_a_backup_after_saving_the_present() {
    let dir = tempfile::tempdir().expect("temp");
    let data = DataDir::at(dir.path());
    let mut store = Store::open_in(&data).expect("open");
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let saved = store.backup(&data, BackupKind::Manual).expect("backup");
    assert_eq!(saved.workshops, Some(1));
    store.delete_workshop(w.id).expect("delete");
    assert!(store.list_workshops().expect("list").is_empty());

    let safety = store.restore(&data, &saved.path).expect("restore");
    assert_eq!(safety.kind, BackupKind::BeforeRestore);
    assert_eq!(
        safety.workshops,
        Some(0),
        "the state before the restore is kept"
    );
    assert_eq!(
        store.workshop(w.id).expect("back").set_up.organisation,
        "Harbourline Logistics"
    );

    // Refusals change nothing.
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, b"not a database at all").expect("write");
    assert!(matches!(
        store.restore(&data, &junk),
        Err(StoreError::NotADatabase { .. })
    ));
    let newer = dir.path().join("newer.sqlite3");
    {
        let c = Connection::open(&newer).expect("c");
        c.execute_batch("CREATE TABLE workshop (id TEXT);")
            .expect("t");
        c.pragma_update(None, "user_version", 999).expect("v");
    }
    assert!(matches!(
        store.restore(&data, &newer),
        Err(StoreError::NewerSchema { .. })
    ));
    assert_eq!(store.list_workshops().expect("list").len(), 1);
}

/// A damaged backup is listed as one that cannot be read, never as an empty
/// one, and is never offered to recover from.
#[test]
fn a_damaged_backup_is_listed_as_unreadable() {
    let dir = tempfile::tempdir().expect("temp");
    let data = DataDir::at(dir.path());
    let mut store = Store::open_in(&data).expect("open");
    store.create_sample(&sample_workshop()).expect("sample");
    let good = store.backup(&data, BackupKind::Manual).expect("backed up");
    let damaged = good.path.with_file_name(
        good.path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a name")
            .replace("manual", "daily"),
    );
    std::fs::write(&damaged, b"not a database at all").expect("written");
    let listed = smo_store::backup::list_backups(&data).expect("listed");
    let unreadable = listed.iter().find(|b| b.path == damaged).expect("listed");
    assert_eq!(unreadable.workshops, None);
    assert!(listed.iter().any(|b| b.workshops == Some(1)));
}
