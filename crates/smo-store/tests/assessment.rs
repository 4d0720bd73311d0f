//! Store round trips for the assessment: framework copies, scope, scores,
//! evidence, votes and targets.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use smo_core::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
use smo_core::sample::sample_workshop;
use smo_core::{
    Confidence, CurrentStateInput, Framework, GapReport, Horizon, Level, NewWorkshop,
    ParticipantInput, Priority, RoundRef, RoundState, Step, StepStatus, TargetInput,
    ValidationError, VoteQuestion, Workshop,
};
use smo_store::{Clock, Store, StoreError};

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

fn level(v: i64) -> Level {
    Level::try_from(v).expect("valid level")
}

fn workshop_with_people(store: &mut Store) -> Workshop {
    let w = store
        .create_workshop(NewWorkshop {
            organisation: "Acme".into(),
            title: "SMO".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 4, 1).expect("date"),
            facilitator: "Lee".into(),
        })
        .expect("create");
    for name in ["Ada", "Bo", "Cy"] {
        store
            .add_participant(
                w.id,
                &ParticipantInput {
                    name: name.into(),
                    role: String::new(),
                    area: String::new(),
                },
            )
            .expect("add participant");
    }
    store.workshop(w.id).expect("read")
}

fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite3");
    let store = Store::open(&path, stepping_clock()).expect("open");
    (dir, path, store)
}

#[test]
fn a_new_workshop_is_assessed_with_the_default_framework_and_core_scope() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let framework = w.assessment.framework.as_ref().expect("framework copy");
    assert_eq!(framework.id, DEFAULT_FRAMEWORK_ID);
    assert_eq!(w.assessment.scope.len(), 12);
    assert_eq!(w.assessment.practices.len(), 12);
    let current = w.progress.step(Step::CurrentState).expect("step");
    assert_eq!((current.done, current.total), (0, 12));
}

#[test]
fn scores_evidence_votes_and_targets_survive_a_reopen() {
    let (_dir, path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let people: Vec<_> = w.participants.iter().map(|p| p.id).collect();
    store
        .record_current(
            w.id,
            "incident-management",
            &CurrentStateInput {
                current: Some(level(2)),
                confidence: Some(Confidence::High),
                evidence: "Two tools.\nNo major incident procedure.".into(),
            },
        )
        .expect("record current");
    for (who, v) in people.iter().zip([1, 3, 2]) {
        store
            .record_vote(w.id, &round1("incident-management"), *who, Some(level(v)))
            .expect("vote");
    }
    // Changing a vote replaces it; withdrawing removes it.
    store
        .record_vote(
            w.id,
            &round1("incident-management"),
            people[0],
            Some(level(2)),
        )
        .expect("revote");
    store
        .record_vote(w.id, &round1("incident-management"), people[2], None)
        .expect("withdraw");
    store
        .record_target(
            w.id,
            "incident-management",
            &TargetInput {
                target: Some(level(4)),
                priority: Some(Priority::High),
                horizon: Some(Horizon::try_from(12).expect("horizon")),
            },
        )
        .expect("record target");
    drop(store);

    let store = Store::open(&path, stepping_clock()).expect("reopen");
    let w = store.workshop(w.id).expect("read");
    let p = w
        .assessment
        .practice("incident-management")
        .expect("in scope");
    assert_eq!(p.current, Some(level(2)));
    assert_eq!(p.confidence, Some(Confidence::High));
    assert_eq!(p.evidence, "Two tools.\nNo major incident procedure.");
    let votes: Vec<(usize, u8)> = p
        .votes
        .iter()
        .map(|v| {
            let who = people.iter().position(|id| *id == v.participant_id);
            (who.expect("known participant"), v.level.value())
        })
        .collect();
    assert_eq!(votes, [(0, 2), (1, 3)], "in participant order");
    let spread = p.spread.expect("spread");
    assert_eq!((spread.min.value(), spread.max.value()), (2, 3));
    assert!(!spread.disagreement);
    assert_eq!(p.target, Some(level(4)));
    assert_eq!(p.priority, Some(Priority::High));
    assert_eq!(p.horizon.map(Horizon::months), Some(12));
    let current = w.progress.step(Step::CurrentState).expect("step");
    assert_eq!((current.done, current.total), (1, 12));
    let report = GapReport::of(&w.assessment).expect("report");
    assert_eq!(
        report.ranking.first().map(String::as_str),
        Some("incident-management")
    );
    assert_eq!(
        report
            .practice("incident-management")
            .and_then(|g| g.weighted_gap),
        Some(6)
    );
}

#[test]
fn scope_changes_keep_what_was_recorded() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let input = CurrentStateInput {
        current: Some(level(3)),
        confidence: None,
        evidence: "Kept".into(),
    };
    store
        .record_current(w.id, "service-desk", &input)
        .expect("record");
    let w2 = store
        .set_scope(w.id, &["incident-management".to_owned()])
        .expect("narrow scope");
    assert_eq!(w2.assessment.scope, ["incident-management"]);
    assert!(w2.assessment.practice("service-desk").is_none());
    // Back in scope (and out of order, with a duplicate): the score is still there.
    let w3 = store
        .set_scope(
            w.id,
            &[
                "service-desk".to_owned(),
                "incident-management".to_owned(),
                "service-desk".to_owned(),
            ],
        )
        .expect("widen scope");
    assert_eq!(w3.assessment.scope, ["incident-management", "service-desk"]);
    assert_eq!(
        w3.assessment
            .practice("service-desk")
            .map(|p| p.evidence.as_str()),
        Some("Kept")
    );
}

#[test]
fn bad_assessment_input_is_refused_and_changes_nothing() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let before = store.workshop(w.id).expect("read");
    let err = store
        .set_scope(w.id, &["no-such-practice".to_owned()])
        .expect_err("unknown practice");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::UnknownPractice { .. })
    ));
    let err = store
        .record_current(
            w.id,
            "architecture-management",
            &CurrentStateInput {
                current: Some(level(1)),
                confidence: None,
                evidence: String::new(),
            },
        )
        .expect_err("not in scope");
    assert!(matches!(err, StoreError::NotInScope(_)));
    let err = store
        .record_current(
            w.id,
            "service-desk",
            &CurrentStateInput {
                current: Some(level(1)),
                confidence: None,
                evidence: "x".repeat(20_001),
            },
        )
        .expect_err("evidence too long");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::TooLong { .. })
    ));
    let other = workshop_with_people(&mut store);
    let err = store
        .record_vote(
            w.id,
            &round1("service-desk"),
            other.participants[0].id,
            Some(level(2)),
        )
        .expect_err("someone else's participant");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::UnknownParticipant)
    ));
    assert_eq!(store.workshop(w.id).expect("read"), before);
}

#[test]
fn a_workshop_keeps_its_framework_copy_when_the_library_version_changes() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let mut custom: Framework = builtin_framework("smo-capabilities")
        .expect("built in")
        .clone();
    custom.id = "acme-smo".into();
    custom.name = "Acme SMO model".into();
    store.import_framework(&custom).expect("import");
    let w = store.set_framework(w.id, &custom).expect("assess with it");
    let first = w.assessment.scope.first().cloned().expect("default scope");
    store
        .record_current(
            w.id,
            &first,
            &CurrentStateInput {
                current: Some(level(2)),
                confidence: None,
                evidence: String::new(),
            },
        )
        .expect("score");
    // A new text for the same framework and version in the library...
    let mut edited = custom.clone();
    edited.practices[0].purpose = "Rewritten purpose.".into();
    store.import_framework(&edited).expect("re-import");
    // ...does not touch the workshop's copy.
    let w = store.workshop(w.id).expect("read");
    let copy = w.assessment.framework.as_ref().expect("copy");
    assert_eq!(copy.practices[0].purpose, custom.practices[0].purpose);
    assert_eq!(
        store
            .framework("acme-smo", &custom.version)
            .expect("library")
            .practices[0]
            .purpose,
        "Rewritten purpose."
    );
    let names: Vec<String> = store
        .list_frameworks()
        .expect("list")
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(
        names,
        ["ITIL 4 practices", "SMO capabilities", "Acme SMO model"]
    );
}

#[test]
fn switching_frameworks_drops_what_the_new_one_does_not_know() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    store
        .record_current(
            w.id,
            "service-desk",
            &CurrentStateInput {
                current: Some(level(2)),
                confidence: None,
                evidence: String::new(),
            },
        )
        .expect("score");
    let smo = builtin_framework("smo-capabilities").expect("built in");
    let w = store.set_framework(w.id, smo).expect("switch");
    assert_eq!(w.assessment.scope, smo.default_scope());
    let itil = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("built in");
    let w = store.set_framework(w.id, itil).expect("switch back");
    assert_eq!(
        w.assessment
            .practice("service-desk")
            .and_then(|p| p.current),
        None
    );
}

#[test]
fn builtin_frameworks_cannot_be_overwritten_and_broken_ones_are_refused() {
    let (_dir, _path, mut store) = temp_store();
    let itil = builtin_framework(DEFAULT_FRAMEWORK_ID)
        .expect("built in")
        .clone();
    assert!(matches!(
        store.import_framework(&itil),
        Err(StoreError::BuiltinFramework(_))
    ));
    let mut broken = itil;
    broken.id = "broken".into();
    broken.practices[3].levels.pop();
    let err = store.import_framework(&broken).expect_err("invalid");
    assert!(err.to_string().contains("level descriptors given"), "{err}");
    assert_eq!(store.list_frameworks().expect("list").len(), 2);
}

#[test]
fn duplicate_copies_the_assessment_with_votes_mapped_to_the_new_participants() {
    let (_dir, _path, mut store) = temp_store();
    let sample = store.create_sample(&sample_workshop()).expect("sample");
    let copy = store.duplicate_workshop(sample.id).expect("duplicate");
    assert_eq!(copy.assessment.scope, sample.assessment.scope);
    for (a, b) in sample
        .assessment
        .practices
        .iter()
        .zip(&copy.assessment.practices)
    {
        assert_eq!(
            (a.current, a.target, &a.evidence),
            (b.current, b.target, &b.evidence)
        );
        assert_eq!(a.votes.len(), b.votes.len());
        for (va, vb) in a.votes.iter().zip(&b.votes) {
            let ia = sample
                .participants
                .iter()
                .position(|p| p.id == va.participant_id);
            let ib = copy
                .participants
                .iter()
                .position(|p| p.id == vb.participant_id);
            assert_eq!((ia, va.level), (ib, vb.level));
            assert_ne!(va.participant_id, vb.participant_id);
        }
    }
}

#[test]
fn the_sample_is_fully_scored_and_change_enablement_tops_the_ranking() {
    let (_dir, _path, mut store) = temp_store();
    let w = store.create_sample(&sample_workshop()).expect("sample");
    for step in [
        Step::SetUp,
        Step::CurrentState,
        Step::TargetState,
        Step::GapAnalysis,
    ] {
        assert_eq!(
            w.progress.step(step).map(|s| s.status),
            Some(StepStatus::Complete),
            "{step}"
        );
    }
    let report = GapReport::of(&w.assessment).expect("report");
    assert_eq!(
        report.ranking.first().map(String::as_str),
        Some("change-enablement")
    );
    let change = w
        .assessment
        .practice("change-enablement")
        .expect("in scope");
    assert!(change.spread.is_some_and(|s| s.disagreement));
    // The home list reports the same progress as the full read.
    let summary = &store.list_workshops().expect("list")[0];
    assert_eq!(summary.progress, w.progress.counts());
}

#[test]
fn removing_a_participant_removes_their_votes() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let ada = w.participants[0].id;
    store
        .record_vote(w.id, &round1("service-desk"), ada, Some(level(4)))
        .expect("vote");
    let w = store.remove_participant(ada).expect("remove");
    let p = w.assessment.practice("service-desk").expect("in scope");
    assert!(p.votes.is_empty());
    assert_eq!(p.spread, None);
}

/// The first round on the current level of `practice`.
fn round1(practice: &str) -> RoundRef {
    RoundRef {
        practice_id: practice.into(),
        question: VoteQuestion::Current,
        number: 1,
    }
}

#[test]
fn vote_rounds_are_saved_as_they_happen_and_survive_a_reopen() {
    let (_dir, path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let people: Vec<_> = w.participants.iter().map(|p| p.id).collect();
    let practice = "service-desk";
    let target = |number| RoundRef {
        practice_id: practice.into(),
        question: VoteQuestion::Target,
        number,
    };
    // A vote in round 1 where none was started starts it (the keyboard's way).
    store
        .record_vote(w.id, &round1(practice), people[0], Some(level(1)))
        .expect("first vote starts round 1");
    store
        .record_vote(w.id, &round1(practice), people[1], Some(level(4)))
        .expect("vote");
    let err = store
        .start_vote_round(w.id, practice, VoteQuestion::Current)
        .expect_err("round 1 is open");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::RoundStillOpen { number: 1 })
    ));
    store
        .reveal_vote_round(w.id, &round1(practice))
        .expect("reveal");
    let before = store.workshop(w.id).expect("read");
    let late = store
        .record_vote(w.id, &round1(practice), people[2], Some(level(2)))
        .expect_err("a vote after the reveal");
    assert!(matches!(
        late,
        StoreError::Invalid(ValidationError::RoundRevealed { number: 1 })
    ));
    assert_eq!(
        store.workshop(w.id).expect("read"),
        before,
        "a refused vote changes nothing"
    );
    store
        .start_vote_round(w.id, practice, VoteQuestion::Current)
        .expect("revote");
    let old = store
        .record_vote(w.id, &round1(practice), people[2], Some(level(2)))
        .expect_err("a vote meant for round 1 after round 2 began");
    assert!(matches!(
        old,
        StoreError::Invalid(ValidationError::RoundOver {
            number: 1,
            latest: 2
        })
    ));
    let round2 = RoundRef {
        number: 2,
        ..round1(practice)
    };
    store
        .record_vote(w.id, &round2, people[0], Some(level(3)))
        .expect("round 2 vote");
    store
        .start_vote_round(w.id, practice, VoteQuestion::Target)
        .expect("a target round");
    store
        .record_vote(w.id, &target(1), people[2], Some(level(4)))
        .expect("target vote");
    let err = store
        .reveal_vote_round(
            w.id,
            &RoundRef {
                number: 3,
                ..round1(practice)
            },
        )
        .expect_err("no round 3");
    assert!(matches!(
        err,
        StoreError::Invalid(ValidationError::RoundOver { .. })
    ));
    drop(store);

    let store = Store::open(&path, stepping_clock()).expect("reopen");
    let w = store.workshop(w.id).expect("read");
    let p = w.assessment.practice(practice).expect("in scope");
    let summary: Vec<(VoteQuestion, u32, RoundState, Vec<u8>)> = p
        .rounds
        .iter()
        .map(|r| {
            (
                r.question,
                r.number,
                r.state,
                r.votes.iter().map(|v| v.level.value()).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (VoteQuestion::Current, 1, RoundState::Revealed, vec![1, 4]),
            (VoteQuestion::Current, 2, RoundState::Open, vec![3]),
            (VoteQuestion::Target, 1, RoundState::Open, vec![4]),
        ]
    );
    assert_eq!(
        p.votes.len(),
        1,
        "the practice's votes are the latest current round's"
    );
}

#[test]
fn undo_takes_back_a_reveal_and_a_duplicate_keeps_the_rounds() {
    let (_dir, _path, mut store) = temp_store();
    let w = workshop_with_people(&mut store);
    let ada = w.participants[0].id;
    store
        .record_vote(w.id, &round1("service-desk"), ada, Some(level(2)))
        .expect("vote");
    let revealed = store
        .reveal_vote_round(w.id, &round1("service-desk"))
        .expect("reveal");
    let undone = store.undo(w.id).expect("undo").expect("a step");
    let state = |w: &Workshop| {
        w.assessment
            .practice("service-desk")
            .expect("in scope")
            .rounds[0]
            .state
    };
    assert_eq!(revealed.practice.rounds[0].state, RoundState::Revealed);
    assert_eq!(state(&undone), RoundState::Open);
    let copy = store.duplicate_workshop(w.id).expect("duplicate");
    let rounds = &copy
        .assessment
        .practice("service-desk")
        .expect("in scope")
        .rounds;
    assert_eq!(rounds.len(), 1);
    assert_eq!(rounds[0].votes[0].participant_id, copy.participants[0].id);
}
