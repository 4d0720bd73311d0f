//! Store integration tests on temporary database files.

use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rusqlite::Connection;
use smo_core::sample::sample_workshop;
use smo_core::{
    Field, NewWorkshop, ParticipantInput, Step, StepStatus, ValidationError, WorkshopId,
    WorkshopSearch,
};
use smo_store::{Clock, DataDir, Store, StoreError, SCHEMA_VERSION};

/// A clock that moves one second forward each time it is read.
fn stepping_clock() -> Clock {
    let mut now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
        .single()
        .expect("valid time");
    Box::new(move || {
        now += Duration::seconds(1);
        now
    })
}

fn open(path: &Path) -> Store {
    Store::open(path, stepping_clock()).expect("store opens")
}

fn new_workshop(org: &str) -> NewWorkshop {
    NewWorkshop {
        organisation: org.into(),
        title: "SMO charter".into(),
        start_date: NaiveDate::from_ymd_opt(2026, 4, 1).expect("valid date"),
        facilitator: "Lee".into(),
    }
}

fn person(name: &str) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        role: "Role".into(),
        area: "Area".into(),
    }
}

#[test]
fn fresh_database_is_migrated_to_the_latest_version_in_wal_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::at(dir.path().join("nested/data"));
    let store = Store::open_in(&data).expect("opens and creates the directory");
    let info = store.info().expect("info");
    assert_eq!(info.schema_version, SCHEMA_VERSION);
    assert_eq!(info.workshops, 0);
    assert_eq!(info.database_path, Some(data.database_path()));
    drop(store);
    let conn = Connection::open(data.database_path()).expect("raw open");
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .expect("journal mode");
    assert_eq!(mode, "wal");
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite3");
    let id = {
        let mut store = open(&path);
        let w = store.create_workshop(new_workshop("Acme")).expect("create");
        store.add_participant(w.id, &person("Ada")).expect("add");
        store.add_participant(w.id, &person("Bo")).expect("add");
        let mut set_up = w.set_up.clone();
        set_up.notes = "Line one\nLine two — ünïcödé".into();
        set_up.end_date = NaiveDate::from_ymd_opt(2026, 4, 2);
        store.update_set_up(w.id, &set_up).expect("update");
        w.id
    };
    let store = open(&path);
    let w = store.workshop(id).expect("still there");
    assert_eq!(w.set_up.notes, "Line one\nLine two — ünïcödé");
    assert_eq!(w.set_up.end_date, NaiveDate::from_ymd_opt(2026, 4, 2));
    let names: Vec<_> = w.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Bo"]);
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite3");
    drop(open(&path));
    {
        let conn = Connection::open(&path).expect("raw open");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("bump version");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("leave WAL so the file is the whole database");
    }
    let before = std::fs::read(&path).expect("read");
    match Store::open(&path, stepping_clock()) {
        Err(StoreError::NewerSchema {
            found, supported, ..
        }) => {
            assert_eq!(found, SCHEMA_VERSION + 1);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        Err(other) => panic!("unexpected error: {other}"),
        Ok(_) => panic!("a newer database must be refused"),
    }
    assert_eq!(std::fs::read(&path).expect("read"), before, "file changed");
    assert!(
        !dir.path().join("db.sqlite3-wal").exists(),
        "WAL was created"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite3");
    std::fs::write(&path, vec![b'x'; 4096]).expect("write");
    let err = Store::open(&path, stepping_clock()).err().expect("refused");
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).expect("read"), vec![b'x'; 4096]);
}

#[test]
fn deleting_a_workshop_cascades_to_its_participants() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let keep = store.create_workshop(new_workshop("Keep")).expect("create");
    let gone = store.create_workshop(new_workshop("Gone")).expect("create");
    store.add_participant(keep.id, &person("Ada")).expect("add");
    store.add_participant(gone.id, &person("Bo")).expect("add");
    store.add_participant(gone.id, &person("Cy")).expect("add");
    store.delete_workshop(gone.id).expect("delete");
    let info = store.info().expect("info");
    assert_eq!((info.workshops, info.participants), (1, 1));
    assert!(matches!(
        store.workshop(gone.id),
        Err(StoreError::WorkshopNotFound(id)) if id == gone.id
    ));
    assert!(matches!(
        store.delete_workshop(gone.id),
        Err(StoreError::WorkshopNotFound(_))
    ));
}

#[test]
fn list_is_newest_edit_first_with_progress() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let a = store.create_workshop(new_workshop("A")).expect("create");
    let b = store.create_workshop(new_workshop("B")).expect("create");
    let order = |s: &Store| -> Vec<String> {
        s.list_workshops()
            .expect("list")
            .into_iter()
            .map(|w| w.organisation)
            .collect()
    };
    assert_eq!(order(&store), ["B", "A"]);
    store.add_participant(a.id, &person("Ada")).expect("add");
    assert_eq!(order(&store), ["A", "B"]);
    let _ = b;
    let summary = &store.list_workshops().expect("list")[0];
    assert_eq!(summary.participant_count, 1);
    let set_up = summary.progress.step(Step::SetUp).expect("set up");
    assert_eq!(
        (set_up.done, set_up.total),
        (3, 6),
        "new workshops start with a framework and scope"
    );
}

#[test]
fn a_page_holds_the_first_workshops_a_search_finds_as_the_full_list_has_them() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    for n in 0..12 {
        let org = if n % 3 == 0 {
            "Société Générale"
        } else {
            "Globex"
        };
        let mut new = new_workshop(org);
        new.title = format!("Review {n:02}");
        let w = store.create_workshop(new).expect("create");
        if n == 4 {
            store.add_participant(w.id, &person("Ada")).expect("add");
        }
    }
    let full = store.list_workshops().expect("list");

    let everything = store
        .workshop_page(&WorkshopSearch::new(""), 5)
        .expect("page");
    assert_eq!((everything.total, everything.matching), (12, 12));
    assert_eq!(
        everything.workshops,
        full[..5],
        "the same rows, in the same order"
    );

    let found = store
        .workshop_page(&WorkshopSearch::new("societe review"), 3)
        .expect("page");
    assert_eq!((found.total, found.matching), (12, 4));
    let titles: Vec<&str> = found.workshops.iter().map(|w| w.title.as_str()).collect();
    assert_eq!(titles, ["Review 09", "Review 06", "Review 03"]);
    let in_full: Vec<_> = full
        .iter()
        .filter(|w| w.organisation.starts_with("Soc"))
        .take(3)
        .cloned()
        .collect();
    assert_eq!(
        found.workshops, in_full,
        "progress and counts as in the list"
    );

    let none = store
        .workshop_page(&WorkshopSearch::new("initech"), 30)
        .expect("page");
    assert_eq!(
        (none.total, none.matching, none.workshops.len()),
        (12, 0, 0)
    );
    let empty = Store::open_in_memory(stepping_clock()).expect("store");
    let page = empty
        .workshop_page(&WorkshopSearch::new(""), 30)
        .expect("page");
    assert_eq!((page.total, page.matching, page.workshops.len()), (0, 0, 0));
}

#[test]
fn participants_are_added_edited_reordered_and_removed() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = store.create_workshop(new_workshop("Acme")).expect("create");
    for name in ["Ada", "Bo", "Cy", "Di"] {
        store.add_participant(w.id, &person(name)).expect("add");
    }
    let names = |w: &smo_core::Workshop| -> Vec<String> {
        w.participants.iter().map(|p| p.name.clone()).collect()
    };
    let current = store.workshop(w.id).expect("read");
    let cy = current.participants[2].id;
    let after_move = store.move_participant(cy, 0).expect("move");
    assert_eq!(names(&after_move), ["Cy", "Ada", "Bo", "Di"]);
    let after_move = store.move_participant(cy, 3).expect("move");
    assert_eq!(names(&after_move), ["Ada", "Bo", "Di", "Cy"]);
    assert!(matches!(
        store.move_participant(cy, 4),
        Err(StoreError::PositionOutOfRange { index: 4, len: 4 })
    ));

    let bo = after_move.participants[1].id;
    let edited = store
        .update_participant(
            bo,
            &ParticipantInput {
                name: "Bo Jensen".into(),
                role: "CIO".into(),
                area: "IT".into(),
            },
        )
        .expect("edit");
    assert_eq!(edited.participants[1].role, "CIO");
    assert_eq!(edited.participants[1].id, bo, "identity survives edits");

    let removed = store.remove_participant(bo).expect("remove");
    assert_eq!(names(&removed), ["Ada", "Di", "Cy"]);
    // Positions close up: moving to the last index still works.
    let ada = removed.participants[0].id;
    assert_eq!(
        names(&store.move_participant(ada, 2).expect("move")),
        ["Di", "Cy", "Ada"]
    );
    assert!(matches!(
        store.remove_participant(bo),
        Err(StoreError::ParticipantNotFound(_))
    ));
}

#[test]
fn invalid_input_is_refused_and_nothing_changes() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = store.create_workshop(new_workshop("Acme")).expect("create");
    let mut bad = w.set_up.clone();
    bad.organisation = "   ".into();
    bad.notes = "would be lost".into();
    assert!(matches!(
        store.update_set_up(w.id, &bad),
        Err(StoreError::Invalid(ValidationError::Required {
            field: Field::Organisation
        }))
    ));
    let after = store.workshop(w.id).expect("read");
    assert_eq!(after.set_up, w.set_up);
    assert_eq!(after.updated_at, w.updated_at);
    assert!(store.add_participant(w.id, &person("")).is_err());
    assert_eq!(store.info().expect("info").participants, 0);
    assert!(matches!(
        store.create_workshop(new_workshop("")),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn duplicate_copies_everything_under_new_ids() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let sample = store.create_sample(&sample_workshop()).expect("sample");
    let copy = store.duplicate_workshop(sample.id).expect("duplicate");
    assert_ne!(copy.id, sample.id);
    assert_eq!(copy.set_up.title, format!("{} (copy)", sample.set_up.title));
    assert_eq!(copy.set_up.notes, sample.set_up.notes);
    assert_eq!(copy.participants.len(), sample.participants.len());
    for (a, b) in copy.participants.iter().zip(&sample.participants) {
        assert_eq!((&a.name, &a.role, &a.area), (&b.name, &b.role, &b.area));
        assert_ne!(a.id, b.id);
    }
    assert_eq!(
        copy.progress.step(Step::SetUp).map(|s| s.status),
        Some(StepStatus::Complete)
    );
}

#[test]
fn rename_changes_only_the_title() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = store.create_workshop(new_workshop("Acme")).expect("create");
    let renamed = store.rename_workshop(w.id, "Day two").expect("rename");
    assert_eq!(renamed.set_up.title, "Day two");
    assert_eq!(renamed.set_up.organisation, "Acme");
    assert!(renamed.updated_at > w.updated_at);
    let missing = WorkshopId::from_uuid(uuid_zero());
    assert!(matches!(
        store.rename_workshop(missing, "x"),
        Err(StoreError::WorkshopNotFound(_))
    ));
}

fn uuid_zero() -> uuid::Uuid {
    uuid::Uuid::nil()
}

/// What the durability of every acknowledged write rests on, checked on the
/// connections the app and `smo` open: a file opened directly, a file opened
/// in a data directory, and the read-only open of a newer database.
#[test]
fn every_connection_runs_with_the_settings_durability_rests_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let durable = smo_store::ConnectionSettings {
        journal_mode: "wal".into(),
        synchronous: "FULL".into(),
        foreign_keys: true,
        busy_timeout_ms: 5000,
    };
    let direct = open(&dir.path().join("direct.sqlite3"));
    assert_eq!(direct.settings().expect("settings"), durable);
    let data = DataDir::at(dir.path().join("data"));
    let in_dir = Store::open_in(&data).expect("opens in a data directory");
    assert_eq!(in_dir.settings().expect("settings"), durable);
    drop(in_dir);
    // Read-only: nothing is written, but it still waits for locks.
    let read_only = Store::open_read_only(&data.database_path()).expect("opens read-only");
    assert_eq!(
        read_only.settings().expect("settings").busy_timeout_ms,
        5000
    );
}

/// SQLite is built without what the store never uses (`.cargo/config.toml`,
/// `LIBSQLITE3_FLAGS`): full-text search, R-trees, dbstat, soundex, column
/// metadata and loading extensions. It stays safe for the app's threads.
#[test]
fn sqlite_is_built_with_only_what_the_store_uses() {
    let conn = Connection::open_in_memory().expect("in memory");
    let mut stmt = conn.prepare("PRAGMA compile_options").expect("pragma");
    let options: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("options");
    for left_out in [
        "ENABLE_FTS3",
        "ENABLE_FTS5",
        "ENABLE_RTREE",
        "ENABLE_DBSTAT_VTAB",
        "SOUNDEX",
        "ENABLE_COLUMN_METADATA",
    ] {
        assert!(
            !options.iter().any(|o| o == left_out),
            "SQLite is built with {left_out}: {options:?}"
        );
    }
    assert!(
        options.iter().any(|o| o == "OMIT_LOAD_EXTENSION"),
        "{options:?}"
    );
    assert!(options.iter().any(|o| o == "THREADSAFE=1"), "{options:?}");
    let fts = conn.execute_batch("CREATE VIRTUAL TABLE t USING fts5(body)");
    assert!(fts.is_err(), "FTS5 is in the build");
}
