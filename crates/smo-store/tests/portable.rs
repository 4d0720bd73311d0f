//! Workshop files: round trips, conflicts, and hostile files refused cleanly
//! with the database left exactly as it was.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use smo_core::portable::FORMAT_VERSION;
use smo_core::sample::sample_workshop;
use smo_store::{parse_workshop_file, Clock, OnConflict, Store, StoreError};

fn clock() -> Clock {
    let mut now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 4, 1, 9, 0, 0)
        .single()
        .expect("time");
    Box::new(move || {
        now += Duration::seconds(1);
        now
    })
}

fn store() -> Store {
    Store::open_in_memory(clock()).expect("store")
}

fn sample_file() -> (Store, smo_core::WorkshopId, Vec<u8>) {
    let mut s = store();
    let w = s.create_sample(&sample_workshop()).expect("sample");
    let bytes = s.export_workshop(w.id).expect("export");
    (s, w.id, bytes)
}

fn import(
    store: &mut Store,
    bytes: &[u8],
    on_conflict: OnConflict,
) -> Result<smo_core::Workshop, StoreError> {
    let file = parse_workshop_file(bytes)?;
    store.import_workshop(&file, on_conflict)
}

fn snapshot(store: &Store) -> Vec<Vec<u8>> {
    store
        .list_workshops()
        .expect("list")
        .iter()
        .map(|w| store.export_workshop(w.id).expect("export"))
        .collect()
}

#[test]
fn export_import_export_gives_the_same_file() {
    let (source, id, first) = sample_file();
    let mut target = store();
    let imported = import(&mut target, &first, OnConflict::Fail).expect("import");
    assert_eq!(imported.id, id);
    assert_eq!(
        imported,
        source.workshop(id).expect("original"),
        "every part arrives"
    );
    let second = target.export_workshop(id).expect("export again");
    assert!(first == second, "export → import → export changed the file");
    assert_eq!(imported.charter_versions.len(), 1);
}

#[test]
fn an_existing_workshop_is_replaced_copied_or_refused() {
    let (mut s, id, bytes) = sample_file();
    let before = snapshot(&s);
    let err = import(&mut s, &bytes, OnConflict::Fail).expect_err("exists");
    assert!(matches!(err, StoreError::AlreadyExists { .. }));
    assert_eq!(snapshot(&s), before);

    let copy = import(&mut s, &bytes, OnConflict::Copy).expect("copy");
    assert_ne!(copy.id, id);
    assert!(copy.set_up.title.ends_with("(copy)"));
    let original = s.workshop(id).expect("original");
    assert_eq!(
        copy.assessment.practices.len(),
        original.assessment.practices.len()
    );
    for (a, b) in original
        .assessment
        .practices
        .iter()
        .zip(&copy.assessment.practices)
    {
        assert_eq!(
            a.votes.len(),
            b.votes.len(),
            "votes follow their new participants"
        );
    }
    assert!(copy
        .participants
        .iter()
        .all(|p| original.participants.iter().all(|o| o.id != p.id)));

    // Replace: edit the file, import over the original.
    let edited = String::from_utf8(bytes.clone())
        .expect("utf8")
        .replace("Harbourline Logistics", "Harbourline Group");
    let replaced = import(&mut s, edited.as_bytes(), OnConflict::Replace).expect("replace");
    assert_eq!(replaced.id, id);
    assert_eq!(replaced.set_up.organisation, "Harbourline Group");
    assert_eq!(s.list_workshops().expect("list").len(), 2);
}

fn refused(bytes: &[u8]) -> String {
    let (mut s, _, _) = sample_file();
    let before = snapshot(&s);
    let err = import(&mut s, bytes, OnConflict::Replace).expect_err("refused");
    assert_eq!(snapshot(&s), before, "the database changed for: {err}");
    err.to_string()
}

#[test]
fn hostile_files_are_refused_with_what_and_where() {
    let (_, _, good) = sample_file();
    let text = String::from_utf8(good.clone()).expect("utf8");

    let m = refused(&good[..good.len() / 2]);
    assert!(
        m.contains("EOF while parsing") && m.contains("line"),
        "truncated: {m}"
    );
    let m = refused(b"{\"format\": ");
    assert!(m.contains("line 1"), "malformed: {m}");
    let m = refused(&[0x7b, 0xff, 0xfe]);
    assert!(m.contains("not UTF-8") && m.contains("offset 1"), "{m}");
    let m = refused(
        text.replacen(
            &format!("\"version\": {FORMAT_VERSION}"),
            "\"version\": 7",
            1,
        )
        .as_bytes(),
    );
    assert!(m.contains("newer SMO Workbench (format version 7"), "{m}");
    let m = refused(
        text.replacen("smo-workbench/workshop", "something-else", 1)
            .as_bytes(),
    );
    assert!(m.contains("not an SMO Workbench workshop file"), "{m}");
    let m = refused(
        text.replacen("\"organisation\": \"Harbourline Logistics\",", "", 1)
            .as_bytes(),
    );
    assert!(
        m.contains("workshop.setUp") && m.contains("missing field `organisation`"),
        "{m}"
    );
    let m = refused(
        text.replacen("\"current\": 1,", "\"current\": \"one\",", 1)
            .as_bytes(),
    );
    assert!(
        m.contains("workshop.practices[0].current"),
        "wrong type: {m}"
    );
    let m = refused(
        text.replacen("\"current\": 1,", "\"current\": 9,", 1)
            .as_bytes(),
    );
    assert!(m.contains("9 is not a maturity level"), "{m}");
    let first_participant = text.find("\"participantId\": \"").expect("a vote");
    let start = first_participant + "\"participantId\": \"".len();
    let mut ghost = text.clone();
    ghost.replace_range(start..start + 36, "00000000-0000-0000-0000-00000000abcd");
    let m = refused(ghost.as_bytes());
    assert!(
        m.contains("who is not in the file"),
        "dangling reference: {m}"
    );
    let m = refused(
        text.replacen("\"number\": 1,", "\"number\": 2,", 1)
            .as_bytes(),
    );
    assert!(
        m.contains("workshop.practices[") && m.contains("numbered 2: they must run 1, 2, 3"),
        "{m}"
    );
    let m = refused(
        text.replacen("\"state\": \"revealed\"", "\"state\": \"shown\"", 1)
            .as_bytes(),
    );
    assert!(
        m.contains(".rounds[0].state") && m.contains("unknown variant `shown`"),
        "{m}"
    );
    let m = refused(
        text.replacen("\"scope\": [", "\"scope\": [\"no-such-practice\",", 1)
            .as_bytes(),
    );
    assert!(m.contains("no practice \"no-such-practice\""), "{m}");
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let m = refused(deep.as_bytes());
    assert!(m.contains("recursion limit"), "deep nesting: {m}");
    let big = vec![b' '; smo_store::MAX_FILE_BYTES + 1];
    let m = refused(&big);
    assert!(m.contains("at most 50 MB"), "{m}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Corrupted files (bytes flipped, cut short) never panic the importer
    /// and never change the database when refused.
    #[test]
    fn corrupted_files_are_refused_or_imported_whole(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let (mut s, _, good) = sample_file();
        let mut bytes = good.clone();
        for (at, b) in &flips {
            let i = at.index(bytes.len());
            bytes[i] = *b;
        }
        if let Some(c) = cut {
            bytes.truncate(c.index(bytes.len()));
        }
        let before = snapshot(&s);
        match import(&mut s, &bytes, OnConflict::Replace) {
            Ok(w) => {
                // Accepted only if it still validates; then it is there, whole.
                prop_assert!(s.workshop(w.id).is_ok());
            }
            Err(_) => prop_assert_eq!(snapshot(&s), before),
        }
    }
}

#[test]
fn a_byte_order_mark_is_read_past_and_version_0_is_refused() {
    let (mut s, id, good) = sample_file();
    let mut with_mark = b"\xEF\xBB\xBF".to_vec();
    with_mark.extend_from_slice(&good);
    let w = import(&mut s, &with_mark, OnConflict::Replace).expect("a BOM is read past");
    assert_eq!(w.id, id);
    let text = String::from_utf8(good).expect("utf8");
    let zero = text.replacen(
        &format!("\"version\": {FORMAT_VERSION}"),
        "\"version\": 0",
        1,
    );
    assert_ne!(zero, text, "the file names its version");
    let m = refused(zero.as_bytes());
    assert!(
        m.contains("version") && m.contains("start at format version 1"),
        "{m}"
    );
}

#[test]
fn a_refusal_is_short_whatever_the_file_holds() {
    let (_, _, good) = sample_file();
    let text = String::from_utf8(good).expect("utf8");
    // A practice id of a million characters, not in the framework.
    let huge = "x".repeat(1_000_000);
    let file = text.replacen(
        "\"practiceId\": \"change-enablement\"",
        &format!("\"practiceId\": \"{huge}\""),
        1,
    );
    assert_ne!(file, text);
    let m = refused(file.as_bytes());
    assert!(
        m.chars().count() <= 450,
        "{} characters: {}…",
        m.chars().count(),
        &m[..200]
    );
    assert!(
        m.contains("workshop.practices[") || m.contains("scope"),
        "{m}"
    );
}

#[test]
fn two_files_of_one_workshop_under_different_ids_import_side_by_side() {
    let (mut s, id, good) = sample_file();
    // The same workshop, its id changed by hand: same participant ids.
    let text = String::from_utf8(good).expect("utf8");
    let other = text.replace(&id.to_string(), "0f1e2d3c-4b5a-4968-8776-655443322110");
    let copy = import(&mut s, other.as_bytes(), OnConflict::Fail).expect("imports beside");
    let original = s.workshop(id).expect("still there");
    assert_eq!(copy.participants.len(), original.participants.len());
    assert!(copy
        .participants
        .iter()
        .all(|p| original.participants.iter().all(|q| q.id != p.id)));
    // Votes kept their people.
    let votes = |w: &smo_core::Workshop| -> usize {
        w.assessment.practices.iter().map(|p| p.votes.len()).sum()
    };
    assert_eq!(votes(&copy), votes(&original));
    assert!(copy
        .assessment
        .practices
        .iter()
        .flat_map(|p| &p.votes)
        .all(|v| copy.participants.iter().any(|p| p.id == v.participant_id)));
}

#[test]
fn two_charter_versions_with_one_number_are_named_in_the_file() {
    let (_, _, good) = sample_file();
    let mut file: serde_json::Value = serde_json::from_slice(&good).expect("JSON");
    let versions = file["workshop"]["charterVersions"]
        .as_array_mut()
        .expect("versions");
    assert!(!versions.is_empty(), "the sample has a version");
    let twin = versions[0].clone();
    versions.push(twin);
    let m = refused(&serde_json::to_vec(&file).expect("JSON"));
    assert!(m.contains("charter version 1 appears twice"), "{m}");
    assert!(!m.contains("UNIQUE"), "{m}");
}

#[test]
fn unknown_fields_are_ignored_everywhere_in_a_file_even_in_its_framework() {
    let (mut s, id, good) = sample_file();
    let mut file: serde_json::Value = serde_json::from_slice(&good).expect("JSON");
    file["workshop"]["aFieldFromANewerVersion"] = serde_json::json!(true);
    file["workshop"]["framework"]["practices"][0]["anotherNewField"] = serde_json::json!("x");
    file["workshop"]["framework"]["scale"][0]["colour"] = serde_json::json!("#fff");
    let w = import(
        &mut s,
        &serde_json::to_vec(&file).expect("JSON"),
        OnConflict::Replace,
    )
    .expect("new optional fields are ignored");
    assert_eq!(w.id, id);
}

#[test]
fn days_are_read_leniently_and_kept_in_one_form_and_impossible_years_refused() {
    let (mut s, _, good) = sample_file();
    let mut file: serde_json::Value = serde_json::from_slice(&good).expect("JSON");
    file["workshop"]["setUp"]["startDate"] = serde_json::json!("2026-3-9");
    file["workshop"]["setUp"]["endDate"] = serde_json::json!("2026-3-10");
    let w = import(
        &mut s,
        &serde_json::to_vec(&file).expect("JSON"),
        OnConflict::Replace,
    )
    .expect("a lenient day is the day it means");
    assert_eq!(w.set_up.start_date.to_string(), "2026-03-09");
    let again: serde_json::Value =
        serde_json::from_slice(&s.export_workshop(w.id).expect("export")).expect("JSON");
    assert_eq!(again["workshop"]["setUp"]["startDate"], "2026-03-09");
    for year in ["0000-01-01", "+12026-01-01"] {
        file["workshop"]["setUp"]["startDate"] = serde_json::json!(year);
        file["workshop"]["setUp"]["endDate"] = serde_json::Value::Null;
        let m = refused(&serde_json::to_vec(&file).expect("JSON"));
        assert!(
            m.contains("The start date is in the year") && m.contains("1900 to 2199"),
            "{year}: {m}"
        );
    }
}

/// A PNG header of `w` × `h` (what the store checks; the PDF tests use a
/// whole image).
fn png(w: u32, h: u32) -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    b.extend_from_slice(&13u32.to_be_bytes());
    b.extend_from_slice(b"IHDR");
    b.extend_from_slice(&w.to_be_bytes());
    b.extend_from_slice(&h.to_be_bytes());
    b.extend_from_slice(&[8, 6, 0, 0, 0]);
    b
}

#[test]
fn the_logo_travels_in_the_file_stays_out_of_undo_and_goes_with_its_workshop() {
    use smo_core::logo::{Logo, LogoSize};
    let mut s = store();
    let w = s.create_sample(&sample_workshop()).expect("sample");
    let logo = Logo::from_png(png(400, 120)).expect("logo");
    let with = s.set_logo(w.id, Some(&logo)).expect("set");
    assert_eq!(
        with.logo,
        Some(LogoSize {
            width: 400,
            height: 120
        })
    );
    assert_eq!(with.history.undo, w.history.undo, "not an undo step");
    // An edit and its undo leave the logo be.
    let mut set_up = w.set_up.clone();
    set_up.notes = "Changed".into();
    s.update_set_up(w.id, &set_up).expect("edit");
    let undone = s.undo(w.id).expect("undo").expect("a step");
    assert_eq!(undone.logo, with.logo);
    // The file carries it; importing the file elsewhere brings it back.
    let bytes = s.export_workshop(w.id).expect("export");
    assert!(String::from_utf8_lossy(&bytes).contains("\"logo\": \"iVBORw0KGgo"));
    let mut other = store();
    let imported = import(&mut other, &bytes, OnConflict::Fail).expect("import");
    assert_eq!(other.logo(imported.id).expect("read"), Some(logo.clone()));
    // Replaced by a file without one, the old logo goes.
    let without = {
        let mut file = parse_workshop_file(&bytes).expect("parse");
        file.workshop.logo = None;
        file
    };
    other
        .import_workshop(&without, OnConflict::Replace)
        .expect("replace");
    assert_eq!(other.logo(imported.id).expect("read"), None);
    // A copy keeps it; deleting the workshop deletes it.
    let copy = s.duplicate_workshop(w.id).expect("copy");
    assert_eq!(s.logo(copy.id).expect("read"), Some(logo));
    s.delete_workshop(w.id).expect("delete");
    assert_eq!(s.logo(w.id).expect("read"), None);
    // Removed on request.
    let removed = s.set_logo(copy.id, None).expect("remove");
    assert_eq!(removed.logo, None);
}
