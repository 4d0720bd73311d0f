//! Every released format still reads as it did: a database written by each
//! released schema version, a workshop file of each released format and the
//! stored JSON of every charter section, each read by this build and compared
//! with the golden JSON of what it must read as (`tests/golden/`). The inputs
//! were written by the released builds and are never rewritten; the expected
//! readings are rewritten only on purpose (`UPDATE_GOLDEN=1`).

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use serde_json::Value;
use smo_core::charter::CharterUpdate;
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
/// wrote (5 and 6 were released together: 6's build wrote the last one).
const RELEASED_SCHEMAS: [u32; 6] = [1, 2, 3, 4, 6, 7];

/// The workshop file format versions that were released, each with a file
/// its build wrote.
const RELEASED_FILE_FORMATS: [u32; 2] = [1, 2];

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
