//! Undo and redo across every kind of change, saved like any other edit.

use chrono::{DateTime, Duration, TimeZone, Utc};
use smo_core::sample::sample_workshop;
use smo_core::{CurrentStateInput, Level};
use smo_store::{Clock, Store};

/// A clock that moves `step` seconds each time it is read.
fn clock(step: i64) -> Clock {
    let mut now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 4, 1, 9, 0, 0)
        .single()
        .expect("time");
    Box::new(move || {
        now += Duration::seconds(step);
        now
    })
}

#[test]
fn undo_and_redo_walk_back_and_forth_across_steps() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("db.sqlite3");
    let mut store = Store::open(&path, clock(10)).expect("open");
    let original = store.create_sample(&sample_workshop()).expect("sample");
    let id = original.id;
    assert_eq!(original.history.undo, 0);

    // Two changes in two different steps, far apart in time.
    let mut set_up = original.set_up.clone();
    set_up.sponsor = "Someone else".into();
    store.update_set_up(id, &set_up).expect("set up");
    let scored = store
        .record_current(
            id,
            "change-enablement",
            &CurrentStateInput {
                current: Some(Level::try_from(3).expect("level")),
                confidence: None,
                evidence: "Changed".into(),
            },
        )
        .expect("score");
    assert_eq!(scored.history.undo, 2);

    let back = store.undo(id).expect("undo").expect("a step");
    let change = back
        .assessment
        .practice("change-enablement")
        .expect("in scope");
    assert_eq!(
        change.current.map(Level::value),
        Some(1),
        "the score is back"
    );
    assert_eq!(
        back.set_up.sponsor, "Someone else",
        "only the last step undone"
    );
    assert_eq!((back.history.undo, back.history.redo), (1, 1));

    let back = store.undo(id).expect("undo").expect("a step");
    assert_eq!(back.set_up, original.set_up);
    assert_eq!(back.assessment, original.assessment);
    assert!(
        store.undo(id).expect("undo").is_none(),
        "nothing more to undo"
    );

    let forward = store.redo(id).expect("redo").expect("a step");
    assert_eq!(forward.set_up.sponsor, "Someone else");
    // A new change clears what could be redone.
    let mut again = forward.set_up.clone();
    again.notes.push_str(" More.");
    let changed = store.update_set_up(id, &again).expect("change");
    assert_eq!(changed.history.redo, 0);
    drop(store);
    // Undo survives a restart: it is saved like any other edit.
    let mut store = Store::open(&path, clock(10)).expect("reopen");
    let back = store.undo(id).expect("undo").expect("a step");
    assert!(!back.set_up.notes.ends_with(" More."));
}

#[test]
fn a_burst_of_typing_is_one_step() {
    let mut store = Store::open_in_memory(clock(1)).expect("store");
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let mut set_up = w.set_up.clone();
    for c in "Typed".chars() {
        set_up.notes.push(c);
        store.update_set_up(w.id, &set_up).expect("keystroke");
    }
    let after = store.workshop(w.id).expect("read");
    assert_eq!(after.history.undo, 1, "one step for the burst");
    let back = store.undo(w.id).expect("undo").expect("a step");
    assert_eq!(back.set_up.notes, w.set_up.notes);
}

#[test]
fn different_things_changed_quickly_are_separate_steps() {
    // A facilitator scoring one practice after another, a second apart.
    let mut store = Store::open_in_memory(clock(1)).expect("store");
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let level = |v: i64| Some(Level::try_from(v).expect("level"));
    for (practice, v) in [
        ("change-enablement", 4),
        ("incident-management", 3),
        ("service-desk", 2),
    ] {
        store
            .record_current(
                w.id,
                practice,
                &CurrentStateInput {
                    current: level(v),
                    confidence: None,
                    evidence: String::new(),
                },
            )
            .expect("score");
    }
    // The same practice again at once (its evidence typed): still its own step's burst.
    store
        .record_current(
            w.id,
            "service-desk",
            &CurrentStateInput {
                current: level(2),
                confidence: None,
                evidence: "Seen".into(),
            },
        )
        .expect("evidence");
    let after = store.workshop(w.id).expect("read");
    assert_eq!(after.history.undo, 3, "one step per practice");
    let back = store.undo(w.id).expect("undo").expect("a step");
    let current = |w: &smo_core::Workshop, p: &str| {
        w.assessment
            .practice(p)
            .and_then(|a| a.current)
            .map(Level::value)
    };
    assert_eq!(
        current(&back, "service-desk"),
        current(&w, "service-desk"),
        "the last practice is back"
    );
    assert_eq!(
        current(&back, "incident-management"),
        Some(3),
        "the one before is kept"
    );
    assert_eq!(current(&back, "change-enablement"), Some(4));
}

#[test]
fn findings_and_briefs_are_undone_and_redone_and_a_refusal_changes_nothing() {
    let mut store = Store::open_in_memory(clock(10)).expect("store");
    let original = store.create_sample(&sample_workshop()).expect("sample");
    let id = original.id;
    let findings = smo_core::FindingsInput {
        strengths: "A weekly meeting".into(),
        weaknesses: "Bypassed".into(),
        recommendation: "One process".into(),
    };
    let found = store
        .record_findings(id, "change-enablement", &findings)
        .expect("findings");
    let practice = &found.practice;
    assert_eq!(
        (
            practice.strengths.as_str(),
            practice.recommendation.as_str()
        ),
        ("A weekly meeting", "One process")
    );
    let mut brief = original.briefs.charter.clone();
    brief.decisions = vec!["Approve the charter today.".into()];
    let briefed = store
        .update_brief(id, smo_core::Document::Charter, &brief)
        .expect("brief");
    assert_eq!(briefed.briefs.charter, brief);
    // A brief that breaks a rule is refused, and nothing changes.
    let mut long = brief.clone();
    long.next_steps = vec!["x".repeat(501)];
    let before = store.workshop(id).expect("read");
    assert!(store
        .update_brief(id, smo_core::Document::Charter, &long)
        .is_err());
    assert_eq!(store.workshop(id).expect("read"), before);
    // Undo walks back the brief, then the findings; redo brings them again.
    let undone = store.undo(id).expect("undo").expect("a step");
    assert_eq!(undone.briefs.charter, original.briefs.charter);
    let undone = store.undo(id).expect("undo").expect("a step");
    assert_eq!(undone.assessment, original.assessment);
    store.redo(id).expect("redo");
    let redone = store.redo(id).expect("redo").expect("a step");
    assert_eq!(redone.briefs.charter, brief);
    assert_eq!(
        redone
            .assessment
            .practice("change-enablement")
            .map(|p| p.weaknesses.as_str()),
        Some("Bypassed")
    );
}

/// Every edit of one practice's own record, each its own undo step: the
/// reply (read without the other practices' votes) says what the whole
/// workshop read says; undo keeps the practice's record alone, not the
/// workshop, and walks back to exactly the workshop before each edit.
#[test]
fn practice_edits_reply_as_the_whole_workshop_reads_and_undo_keeps_only_the_practice() {
    use smo_core::{
        FindingsInput, Horizon, PracticeChange, Priority, RoundRef, TargetInput, VoteQuestion,
        Workshop,
    };
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("db.sqlite3");
    let mut store = Store::open(&path, clock(10)).expect("open");
    let sample = store.create_sample(&sample_workshop()).expect("sample");
    let id = sample.id;
    // A practice brought into scope, nothing recorded for it yet (so the
    // first step keeps "nothing"), and one edit that is not a practice's.
    let framework = sample.assessment.framework.as_ref().expect("a framework");
    let added = framework
        .practices
        .iter()
        .find(|p| !sample.assessment.scope.contains(&p.id))
        .map(|p| p.id.clone())
        .expect("the sample leaves a practice out");
    let mut scope = sample.assessment.scope.clone();
    scope.push(added.clone());
    let original = store.set_scope(id, &scope).expect("scope");
    let practice = added.as_str();
    let people: Vec<_> = original.participants.iter().map(|p| p.id).collect();
    let level = |n: i64| Some(Level::try_from(n).expect("level"));
    let round = |number| RoundRef {
        practice_id: practice.to_owned(),
        question: VoteQuestion::Current,
        number,
    };
    type Edit<'a> = Box<dyn Fn(&mut Store) -> PracticeChange + 'a>;
    let edits: Vec<Edit> = vec![
        Box::new(|s| {
            s.record_current(
                id,
                practice,
                &CurrentStateInput {
                    current: level(2),
                    confidence: None,
                    evidence: "Heard in the room".into(),
                },
            )
            .expect("current")
        }),
        Box::new(|s| {
            s.record_target(
                id,
                practice,
                &TargetInput {
                    target: level(4),
                    priority: Some(Priority::High),
                    horizon: Horizon::try_from(12).ok(),
                },
            )
            .expect("target")
        }),
        Box::new(|s| {
            s.record_vote(id, &round(1), people[0], level(3))
                .expect("vote")
        }),
        Box::new(|s| {
            s.record_vote(id, &round(1), people[1], level(1))
                .expect("vote")
        }),
        Box::new(|s| s.reveal_vote_round(id, &round(1)).expect("reveal")),
        Box::new(|s| {
            s.start_vote_round(id, practice, VoteQuestion::Current)
                .expect("revote")
        }),
        Box::new(|s| s.record_note(id, practice, "Ask the depots").expect("note")),
        Box::new(|s| {
            s.record_findings(
                id,
                practice,
                &FindingsInput {
                    strengths: "A list exists".into(),
                    weaknesses: "Nobody owns it".into(),
                    recommendation: "Name an owner".into(),
                },
            )
            .expect("findings")
        }),
    ];
    let mut states: Vec<Workshop> = vec![original.clone()];
    for edit in &edits {
        let change = edit(&mut store);
        let whole = store.workshop(id).expect("read");
        assert_eq!(
            change,
            PracticeChange {
                practice: whole
                    .assessment
                    .practice(practice)
                    .expect("in scope")
                    .clone(),
                progress: whole.progress.clone(),
                history: whole.history,
                updated_at: whole.updated_at,
            }
        );
        states.push(whole);
    }
    assert_eq!(
        states.last().expect("edited").history.undo,
        u32::try_from(edits.len() + 1).expect("few")
    );
    drop(store);

    // What each step keeps: the practice's record, never the workshop.
    let db = rusqlite::Connection::open(&path).expect("raw");
    let kept: Vec<(String, i64)> = db
        .prepare("SELECT reach, length(content) FROM history ORDER BY seq")
        .expect("sql")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("read");
    let (scoping, edited) = kept.split_first().expect("steps");
    assert_eq!(scoping.0, "workshop", "the scope's step keeps the workshop");
    assert!(scoping.1 > 20_000, "{scoping:?}");
    assert!(
        edited
            .iter()
            .all(|(reach, bytes)| reach == "practice" && *bytes < 4_000),
        "{edited:?}"
    );
    drop(db);

    // Undo walks back through every state, across a restart; redo forward.
    let mut store = Store::open(&path, clock(10)).expect("reopen");
    let comparable = |w: &Workshop| {
        let mut w = w.clone();
        w.history = Default::default();
        w
    };
    for before in states[..states.len() - 1].iter().rev() {
        let back = store.undo(id).expect("undo").expect("a step");
        assert_eq!(comparable(&back), comparable(before));
    }
    let unscoped = store.undo(id).expect("undo").expect("the scope's step");
    assert_eq!(comparable(&unscoped), comparable(&sample));
    assert!(store.undo(id).expect("undo").is_none());
    store.redo(id).expect("redo").expect("the scope's step");
    for after in &states[1..] {
        let forward = store.redo(id).expect("redo").expect("a step");
        assert_eq!(comparable(&forward), comparable(after));
    }
}
