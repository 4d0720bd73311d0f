//! Every released format still reads as it did: a database written by each
//! released schema version, a workshop file of each released format and the
//! stored JSON of every charter section, each read by this build and compared
//! with the golden JSON of what it must read as (`tests/golden/`). The inputs
//! were written by the released builds and are never rewritten; the expected
//! readings are rewritten only on purpose (`UPDATE_GOLDEN=1`).

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use serde_json::Value;
use smo_core::agenda::{Agenda, AgendaLength, ClockAction};
use smo_core::charter::CharterUpdate;
use smo_core::{Level, RoundRef, VoteQuestion};
use smo_store::{parse_workshop_file, Clock, OnConflict, Store, SCHEMA_VERSION};

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// A clock stopped at one moment: a migration or import that stamps a time
/// stamps the same one every run.
fn stopped_clock() -> Clock {
    let at = Utc
        .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
        .single()
        .expect("a valid time");
    Box::new(move || at)
}

/// The schema versions that were released, each with a database its build
/// wrote (5 and 6 were released together: 6's build wrote the last one; so
/// were 8 and 9).
const RELEASED_SCHEMAS: [u32; 9] = [1, 2, 3, 4, 6, 7, 9, 10, 11];

/// The workshop file format versions that were released, each with a file
/// its build wrote.
const RELEASED_FILE_FORMATS: [u32; 4] = [1, 2, 3, 4];

#[test]
fn a_database_of_every_released_schema_opens_migrated_and_reads_as_it_did() {
    for version in RELEASED_SCHEMAS {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("workbench.sqlite3");
        std::fs::copy(golden(&format!("schema-v{version}.sqlite3")), &path)
            .unwrap_or_else(|e| panic!("the schema {version} database is committed: {e}"));
        let store = Store::open(&path, stopped_clock())
            .unwrap_or_else(|e| panic!("schema {version} does not open: {e}"));
        assert_eq!(store.info().expect("info").schema_version, SCHEMA_VERSION);
        let workshops: Vec<Value> = store
            .list_workshops()
            .expect("the list reads")
            .iter()
            .map(|summary| {
                let w = store.workshop(summary.id).unwrap_or_else(|e| {
                    panic!("schema {version}: {} does not read: {e}", summary.id)
                });
                serde_json::to_value(w).expect("a workshop serialises")
            })
            .collect();
        assert!(!workshops.is_empty(), "schema {version} holds a workshop");
        smo_golden::check(
            &golden(&format!("schema-v{version}.reads-as.json")),
            &Value::Array(workshops),
        );
    }
}

/// The undo steps a released build saved (each the whole workshop) still
/// undo after the upgrade, all the way back, and redo again.
#[test]
fn the_undo_steps_of_every_released_schema_still_undo() {
    let mut steps = 0;
    for version in RELEASED_SCHEMAS {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("workbench.sqlite3");
        std::fs::copy(golden(&format!("schema-v{version}.sqlite3")), &path)
            .unwrap_or_else(|e| panic!("the schema {version} database is committed: {e}"));
        let mut store = Store::open(&path, stopped_clock()).expect("opens");
        for summary in store.list_workshops().expect("the list reads") {
            let saved = store.workshop(summary.id).expect("reads").history;
            let mut undone = 0;
            while let Some(w) = store
                .undo(summary.id)
                .unwrap_or_else(|e| panic!("schema {version}: an old step does not undo: {e}"))
            {
                undone += 1;
                assert_eq!(w.history.undo, saved.undo - undone);
            }
            assert_eq!(undone, saved.undo, "schema {version}");
            steps += undone;
            while store.redo(summary.id).expect("redo").is_some() {}
            let back = store.workshop(summary.id).expect("reads");
            assert_eq!(back.history.undo, saved.undo, "schema {version}");
        }
    }
    assert!(
        steps > 10,
        "the released databases hold undo steps ({steps})"
    );
}

#[test]
fn a_workshop_file_of_every_released_format_still_imports_as_it_did() {
    for version in RELEASED_FILE_FORMATS {
        let bytes = std::fs::read(golden(&format!("workshop-file-v{version}.smow")))
            .unwrap_or_else(|e| panic!("the format {version} file is committed: {e}"));
        let file = parse_workshop_file(&bytes)
            .unwrap_or_else(|e| panic!("a format {version} file does not parse: {e}"));
        let mut store = Store::open_in_memory(stopped_clock()).expect("store");
        let w = store
            .import_workshop(&file, OnConflict::Fail)
            .unwrap_or_else(|e| panic!("a format {version} file does not import: {e}"));
        smo_golden::check(
            &golden(&format!("workshop-file-v{version}.reads-as.json")),
            &serde_json::to_value(w).expect("a workshop serialises"),
        );
    }
}

#[test]
fn the_stored_json_of_every_charter_section_reads_as_it_did() {
    // What schema 4 stored in charter_section.content, section by section.
    let stored: serde_json::Map<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(golden("charter-sections-v1.json")).expect("committed"),
    )
    .expect("JSON");
    assert_eq!(stored.len(), 16, "the vision and the fifteen sections");
    let mut read = serde_json::Map::new();
    for (section, content) in stored {
        let update: CharterUpdate = serde_json::from_value(serde_json::json!({
            "section": section,
            "content": content,
        }))
        .unwrap_or_else(|e| panic!("the stored {section} section no longer reads: {e}"));
        read.insert(section, serde_json::to_value(update).expect("serialises"));
    }
    smo_golden::check(
        &golden("charter-sections-v1.reads-as.json"),
        &Value::Object(read),
    );
}

#[test]
fn the_stored_json_of_the_agenda_reads_as_it_did() {
    // What schema 9 stores in workshop_agenda.content: a plan part run, the clock on.
    let stored = std::fs::read_to_string(golden("agenda-v1.json")).expect("committed");
    let agenda: Agenda = serde_json::from_str(&stored).expect("the stored agenda reads");
    assert_eq!(agenda.validate(), Ok(()));
    smo_golden::check(
        &golden("agenda-v1.reads-as.json"),
        &serde_json::to_value(agenda).expect("serialises"),
    );
}

/// Not a test: writes this release's golden inputs (the database, the
/// workshop file and the stored agenda) when a release adds a format. Run
/// `WRITE_RELEASE_FIXTURES=1 cargo test -p smo-store --test golden -- --ignored`
/// once, commit the files, and add their versions to the lists above; they
/// are never rewritten after.
#[test]
#[ignore = "writes the release's golden inputs on purpose"]
fn write_this_release_fixtures() -> Result<(), smo_store::StoreError> {
    if std::env::var_os("WRITE_RELEASE_FIXTURES").is_none() {
        return Ok(());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workbench.sqlite3");
    let mut store = Store::open(&path, stopped_clock())?;
    let w = store.create_sample(&smo_core::sample::sample_workshop())?;
    // Every new thing once: a revote after a reveal, an open target round,
    // a private note, an agenda run in part.
    let practice = w.assessment.practices[1].practice_id.clone();
    let people: Vec<_> = w.participants.iter().map(|p| p.id).collect();
    let round = |question, number| RoundRef {
        practice_id: practice.clone(),
        question,
        number,
    };
    let first = w.assessment.practices[1]
        .latest_round(VoteQuestion::Current)
        .map_or(0, |r| r.number);
    store.start_vote_round(w.id, &practice, VoteQuestion::Current)?;
    for (who, level) in people.iter().zip([1, 4, 2]) {
        store.record_vote(
            w.id,
            &round(VoteQuestion::Current, first + 1),
            *who,
            Level::try_from(level).ok(),
        )?;
    }
    store.reveal_vote_round(w.id, &round(VoteQuestion::Current, first + 1))?;
    store.start_vote_round(w.id, &practice, VoteQuestion::Current)?;
    store.record_vote(
        w.id,
        &round(VoteQuestion::Current, first + 2),
        people[0],
        Level::try_from(2).ok(),
    )?;
    store.record_vote(
        w.id,
        &round(VoteQuestion::Target, 1),
        people[1],
        Level::try_from(3).ok(),
    )?;
    store.record_note(w.id, &practice, "Draw out the depots first.")?;
    store.use_agenda_template(w.id, AgendaLength::TwoDays)?;
    let nine = chrono::Utc
        .with_ymd_and_hms(2026, 3, 9, 9, 0, 0)
        .single()
        .expect("a time");
    store.agenda_clock(w.id, ClockAction::Start, nine)?;
    store.agenda_clock(
        w.id,
        ClockAction::Next,
        nine + chrono::Duration::minutes(26),
    )?;
    let agenda = store.agenda(w.id)?;
    let file = store.export_workshop(w.id)?;
    drop(store);
    let out = golden("");
    std::fs::copy(&path, out.join(format!("schema-v{SCHEMA_VERSION}.sqlite3"))).expect("written");
    std::fs::write(
        out.join(format!(
            "workshop-file-v{}.smow",
            smo_core::portable::FORMAT_VERSION
        )),
        file,
    )
    .expect("written");
    std::fs::write(
        out.join("agenda-v1.json"),
        serde_json::to_string_pretty(&agenda).expect("serialises"),
    )
    .expect("written");
    Ok(())
}
