//! Store round trips for the charter (every section, versions) and the roadmap.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use smo_core::charter::{ApprovalStatus, CharterSection, CharterUpdate, RaciCell, RaciRow};
use smo_core::roadmap::{Initiative, InitiativeStatus, Phase, PhaseKind};
use smo_core::sample::sample_workshop;
use smo_core::{
    CurrentStateInput, Level, NewWorkshop, Step, StepStatus, ValidationError, Workshop,
};
use smo_store::{Clock, Store, StoreError};

fn stepping_clock() -> Clock {
    let mut now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 3, 10, 9, 0, 0)
        .single()
        .expect("valid time");
    Box::new(move || {
        now += Duration::seconds(1);
        now
    })
}

fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite3");
    let store = Store::open(&path, stepping_clock()).expect("open");
    (dir, path, store)
}

fn blank(store: &mut Store) -> Workshop {
    store
        .create_workshop(NewWorkshop {
            organisation: "Acme".into(),
            title: "SMO".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 4, 1).expect("date"),
            facilitator: "Lee".into(),
        })
        .expect("create")
}

#[test]
fn every_charter_section_round_trips_through_a_reopen() {
    let (_dir, path, mut store) = temp_store();
    let w = blank(&mut store);
    let sample = sample_workshop().charter;
    for update in sample.updates() {
        store.update_charter(w.id, &update).expect("update");
    }
    drop(store);
    let store = Store::open(&path, stepping_clock()).expect("reopen");
    let back = store.workshop(w.id).expect("read");
    assert_eq!(back.charter, sample);
    let charter = back.progress.step(Step::Charter).expect("charter step");
    assert_eq!((charter.done, charter.total), (15, 15));
    let vision = back
        .progress
        .step(Step::VisionMission)
        .expect("vision step");
    assert_eq!(vision.status, StepStatus::Complete);
}

#[test]
fn a_raci_row_with_two_accountables_saves_but_is_not_done() {
    let (_dir, _path, mut store) = temp_store();
    let w = blank(&mut store);
    let cell = |role: &str| RaciCell {
        role_id: role.into(),
        responsible: false,
        accountable: true,
        consulted: false,
        informed: false,
    };
    let row = RaciRow {
        id: "r1".into(),
        activity: "Approve changes".into(),
        cells: vec![cell("a"), cell("b")],
    };
    let w = store
        .update_charter(w.id, &CharterUpdate::Raci(vec![row]))
        .expect("saved despite the violation");
    assert_eq!(w.charter.raci.len(), 1);
    let charter = w.progress.step(Step::Charter).expect("charter step");
    assert!(charter
        .missing
        .iter()
        .any(|m| m.starts_with("RACI: Give every RACI row one Accountable")));
}

#[test]
fn versions_snapshot_the_charter_and_approval_sets_the_date() {
    let (_dir, _path, mut store) = temp_store();
    let w = blank(&mut store);
    let mut purpose = sample_workshop().charter.purpose;
    store
        .update_charter(w.id, &CharterUpdate::Purpose(purpose.clone()))
        .expect("purpose");
    let w1 = store
        .save_charter_version(w.id, "First draft", false)
        .expect("v1");
    assert_eq!(w1.charter_versions.len(), 1);
    purpose.purpose = "Changed after review".into();
    store
        .update_charter(w.id, &CharterUpdate::Purpose(purpose))
        .expect("edit");
    let w2 = store
        .save_charter_version(w.id, "Approved", true)
        .expect("v2");
    let numbers: Vec<(u32, bool)> = w2
        .charter_versions
        .iter()
        .map(|v| (v.number, v.approved))
        .collect();
    assert_eq!(numbers, [(2, true), (1, false)], "newest first");
    assert_eq!(w2.charter.approval.status, ApprovalStatus::Approved);
    assert_eq!(
        w2.charter.approval.approved,
        NaiveDate::from_ymd_opt(2026, 3, 10)
    );
    let v1 = store.charter_version(w.id, 1).expect("v1");
    assert_ne!(v1.charter.purpose.purpose, "Changed after review");
    assert_eq!(v1.note, "First draft");
    let v2 = store.charter_version(w.id, 2).expect("v2");
    assert_eq!(v2.charter.purpose.purpose, "Changed after review");
    assert_eq!(v2.charter.approval.status, ApprovalStatus::Approved);
    assert!(matches!(
        store.charter_version(w.id, 9),
        Err(StoreError::VersionNotFound(9))
    ));
    assert!(store
        .save_charter_version(w.id, "bad\nnote", false)
        .is_err());
}

fn initiative(id: &str, deps: &[&str]) -> Initiative {
    Initiative {
        id: id.into(),
        title: format!("Initiative {id}"),
        description: String::new(),
        practices: vec!["incident-management".into()],
        owner: "Ada".into(),
        start: NaiveDate::from_ymd_opt(2026, 5, 1),
        end: NaiveDate::from_ymd_opt(2026, 6, 30),
        phase: Some(PhaseKind::QuickWins),
        effort: None,
        status: InitiativeStatus::Planned,
        dependencies: deps.iter().map(|d| (*d).to_owned()).collect(),
        milestone: true,
        raises_to: None,
    }
}

#[test]
fn initiatives_round_trip_and_cycles_change_nothing() {
    let (_dir, path, mut store) = temp_store();
    let w = blank(&mut store);
    store
        .save_initiative(w.id, &initiative("a", &[]))
        .expect("a");
    store
        .save_initiative(w.id, &initiative("b", &["a"]))
        .expect("b");
    let before = store.workshop(w.id).expect("read");
    let err = store
        .save_initiative(w.id, &initiative("a", &["b"]))
        .expect_err("cycle");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::DependencyCycle { .. })
    ));
    assert!(
        err.to_string()
            .contains("Initiative a → Initiative b → Initiative a"),
        "{err}"
    );
    assert_eq!(store.workshop(w.id).expect("read"), before);
    store
        .set_phase(
            w.id,
            &Phase {
                kind: PhaseKind::Foundation,
                start: NaiveDate::from_ymd_opt(2026, 7, 1),
                end: NaiveDate::from_ymd_opt(2026, 12, 31),
            },
        )
        .expect("phase");
    store.move_initiative(w.id, "b", 0).expect("move");
    drop(store);

    let mut store = Store::open(&path, stepping_clock()).expect("reopen");
    let r = store.workshop(w.id).expect("read").roadmap;
    let ids: Vec<&str> = r.initiatives.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["b", "a"]);
    assert_eq!(r.initiatives[0], initiative("b", &["a"]));
    assert_eq!(
        r.phase(PhaseKind::Foundation).and_then(|p| p.end),
        NaiveDate::from_ymd_opt(2026, 12, 31)
    );
    let w = store.delete_initiative(w.id, "a").expect("delete");
    assert!(w.roadmap.initiatives[0].dependencies.is_empty());
    assert!(matches!(
        store.delete_initiative(w.id, "a"),
        Err(StoreError::InitiativeNotFound(_))
    ));
}

#[test]
fn the_sample_has_a_complete_charter_and_roadmap_and_duplicates_whole() {
    let (_dir, _path, mut store) = temp_store();
    let w = store.create_sample(&sample_workshop()).expect("sample");
    for step in [Step::VisionMission, Step::Charter, Step::Roadmap] {
        assert_eq!(
            w.progress.step(step).map(|s| s.status),
            Some(StepStatus::Complete),
            "{step}: {:?}",
            w.progress.step(step).map(|s| &s.missing)
        );
    }
    assert_eq!(w.charter.section_status(CharterSection::Approval), Ok(()));
    let copy = store.duplicate_workshop(w.id).expect("duplicate");
    assert_eq!(copy.charter, w.charter);
    assert_eq!(copy.roadmap, w.roadmap);
    // The home list's cached progress matches a full read.
    for summary in store.list_workshops().expect("list") {
        let full = store.workshop(summary.id).expect("read");
        assert_eq!(summary.progress, full.progress.counts());
    }
}

/// The first-launch documents show what good looks like: the sample's plan
/// reaches every target within the room's horizon and never above it, every
/// objective is due after the work that delivers it, and nothing in the plan
/// is late on the day of the sponsor's review.
#[test]
fn the_sample_agrees_with_itself() {
    let (_dir, _path, mut store) = temp_store();
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let open = smo_core::consistency::inconsistencies(&w);
    let said: Vec<String> = open
        .iter()
        .map(|i| i.describe(smo_core::DateStyle::DayMonthYear))
        .collect();
    assert!(said.is_empty(), "{said:#?}");
    let review = NaiveDate::from_ymd_opt(2026, 11, 30).expect("day");
    let risks: Vec<String> = w
        .roadmap
        .schedule_risks(review)
        .iter()
        .map(|r| r.risk(smo_core::DateStyle::DayMonthYear))
        .collect();
    assert!(risks.is_empty(), "{risks:#?}");
    // The check is not vacuous: a target lowered below the plan is caught.
    let mut lowered = w.clone();
    if let Some(p) = lowered
        .assessment
        .practices
        .iter_mut()
        .find(|p| p.practice_id == "service-desk")
    {
        p.target = smo_core::Level::try_from(2).ok();
    }
    assert_eq!(smo_core::consistency::inconsistencies(&lowered).len(), 1);
}

#[test]
fn a_stale_progress_cache_is_recomputed_for_the_list() {
    let (_dir, path, mut store) = temp_store();
    let w = store.create_sample(&sample_workshop()).expect("sample");
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        conn.execute(
            "UPDATE workshop SET progress = '{}', progress_rules = 0",
            [],
        )
        .expect("break cache");
    }
    let store = Store::open(&path, stepping_clock()).expect("reopen");
    let list = store.list_workshops().expect("list");
    assert_eq!(list[0].progress, w.progress.counts());
}

#[test]
fn exports_count_for_the_export_step_and_are_not_edits() {
    let (_dir, path, mut store) = temp_store();
    let w = blank(&mut store);
    let id = w.id;
    let changed = store
        .update_charter(
            id,
            &CharterUpdate::Purpose(smo_core::charter::PurposeSection {
                purpose: "Why".into(),
                background: String::new(),
            }),
        )
        .expect("edit");
    let at = Utc
        .with_ymd_and_hms(2026, 5, 4, 16, 30, 0)
        .single()
        .expect("time");
    let exported = store
        .record_exports(
            id,
            &[smo_core::Document::Charter, smo_core::Document::Assessment],
            at,
        )
        .expect("recorded");
    assert_eq!(
        exported
            .exports
            .iter()
            .map(|e| e.document)
            .collect::<Vec<_>>(),
        [smo_core::Document::Assessment, smo_core::Document::Charter]
    );
    assert!(exported.exports.iter().all(|e| e.at == at));
    let step = exported.progress.step(Step::Export).expect("export step");
    assert_eq!((step.done, step.total), (2, 3));
    assert_eq!(step.missing, ["Export the roadmap"]);
    // Not an edit: no undo step, no new "last edited".
    assert_eq!(exported.history, changed.history);
    assert_eq!(exported.updated_at, changed.updated_at);
    // The home list's progress agrees.
    let listed = store.list_workshops().expect("list");
    let mine = listed.iter().find(|s| s.id == id).expect("listed");
    assert_eq!(
        mine.progress
            .steps
            .iter()
            .find(|s| s.step == Step::Export)
            .map(|s| s.done),
        Some(2)
    );
    // An undo leaves the exports alone; they survive a reopen.
    store.undo(id).expect("undo").expect("undone");
    drop(store);
    let mut store = Store::open(&path, stepping_clock()).expect("reopen");
    assert_eq!(store.workshop(id).expect("read").exports.len(), 2);
    // Deleting the workshop forgets them; an unknown workshop is refused.
    store.delete_workshop(id).expect("deleted");
    assert!(matches!(
        store.record_exports(id, &[smo_core::Document::Roadmap], at),
        Err(StoreError::WorkshopNotFound(_))
    ));
}

/// An edit to one practice replies with the workshop's progress read from the
/// roadmap's outline alone; it must be the progress a full read computes, in
/// every state the roadmap step can be in.
#[test]
fn an_edits_progress_is_the_full_reads_whatever_the_roadmap_holds() {
    let (_dir, _path, mut store) = temp_store();
    let mut w = store.create_sample(&sample_workshop()).expect("sample");
    let practice = w.assessment.practices[0].practice_id.clone();
    let mut level = 0;
    let mut agree = |store: &mut Store, w: &Workshop, state: &str| {
        level = 1 - level;
        let input = CurrentStateInput {
            current: Level::try_from(level).ok(),
            confidence: None,
            evidence: String::new(),
        };
        let reply = store
            .record_current(w.id, &practice, &input)
            .expect("record");
        let full = store.workshop(w.id).expect("read");
        assert_eq!(reply.progress, full.progress, "{state}");
        full.progress
            .step(Step::Roadmap)
            .map(|s| s.done)
            .expect("roadmap step")
    };
    assert_eq!(agree(&mut store, &w, "the sample"), 4);

    let mut unowned = initiative("unowned", &[]);
    unowned.owner = "   ".into();
    unowned.practices = vec![practice.clone()];
    w = store.save_initiative(w.id, &unowned).expect("save");
    agree(&mut store, &w, "an initiative without an owner");

    let mut undated = initiative("undated", &[]);
    undated.end = None;
    w = store.save_initiative(w.id, &undated).expect("save");
    agree(&mut store, &w, "an initiative without an end");

    w = store
        .set_phase(
            w.id,
            &Phase {
                kind: PhaseKind::Expansion,
                start: NaiveDate::from_ymd_opt(2027, 1, 1),
                end: None,
            },
        )
        .expect("phase");
    agree(&mut store, &w, "a phase without an end");

    let ids: Vec<String> = w.roadmap.initiatives.iter().map(|i| i.id.clone()).collect();
    let mut uncovered = 0;
    for id in ids {
        w = store.delete_initiative(w.id, &id).expect("delete");
        let done = agree(&mut store, &w, &format!("without {id}"));
        if done < 2 {
            uncovered += 1;
        }
    }
    assert!(w.roadmap.initiatives.is_empty());
    assert!(
        uncovered > 0,
        "the walk reached a roadmap with gaps left uncovered"
    );
}
