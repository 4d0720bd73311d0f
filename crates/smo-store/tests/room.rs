//! What the room sees of a practice on the projector (smo-core's `room`),
//! checked on the sample workshop as the store reads it: no level and no
//! name before the reveal, names after it only when asked, never evidence.

use chrono::Utc;
use smo_core::room::PracticeOnScreen;
use smo_core::{Level, RoundRef, ValidationError, VoteQuestion, VoterNames, Workshop};
use smo_store::{Store, StoreError};

/// The sample with a second, open round on its first practice with votes, in which
/// two people have voted 5.
fn voting() -> Result<(Store, Workshop, String, usize), StoreError> {
    let mut store = Store::open_in_memory(Box::new(Utc::now))?;
    let w = store.create_sample(&smo_core::sample::sample_workshop())?;
    let voted = w
        .assessment
        .practices
        .iter()
        .position(|p| !p.rounds.is_empty())
        .expect("the sample has votes");
    let id = w.assessment.practices[voted].practice_id.clone();
    store.start_vote_round(w.id, &id, VoteQuestion::Current)?;
    let round = RoundRef {
        practice_id: id.clone(),
        question: VoteQuestion::Current,
        number: 2,
    };
    for who in &w.participants[..2] {
        store.record_vote(w.id, &round, who.id, Some(Level::MAX))?;
    }
    let w = store.workshop(w.id)?;
    Ok((store, w, id, voted))
}

#[test]
fn before_the_reveal_the_room_sees_counts_never_levels_or_names() -> Result<(), StoreError> {
    let (_store, w, id, n) = voting()?;
    let screen =
        PracticeOnScreen::of(&w, &id, VoteQuestion::Current, VoterNames::Shown).expect("in scope");
    let vote = screen.vote.as_ref().expect("a round");
    assert_eq!((vote.number, vote.voted), (2, 2));
    assert_eq!(vote.eligible, smo_core::count(w.participants.len()));
    assert_eq!(vote.revealed, None);
    let json = serde_json::to_string(&screen).expect("serialises");
    for person in &w.participants {
        assert!(!json.contains(&person.name), "{} is on screen", person.name);
    }
    let evidence = &w.assessment.practices[n].evidence;
    assert!(!evidence.is_empty() && !json.contains(evidence.as_str()));
    assert_eq!(
        screen.earlier.len(),
        1,
        "round 1 shows how the spread started"
    );
    assert!(w.assessment.practices[n].current.is_some());
    assert_eq!(
        screen.agreed, None,
        "an earlier agreement does not anchor an open vote"
    );
    Ok(())
}

#[test]
fn after_the_reveal_names_show_only_when_asked() -> Result<(), StoreError> {
    let (mut store, w, id, n) = voting()?;
    let round = RoundRef {
        practice_id: id.clone(),
        question: VoteQuestion::Current,
        number: 2,
    };
    store.reveal_vote_round(w.id, &round)?;
    let w = store.workshop(w.id)?;
    let hidden =
        PracticeOnScreen::of(&w, &id, VoteQuestion::Current, VoterNames::Hidden).expect("in scope");
    let revealed = hidden.vote.and_then(|v| v.revealed).expect("revealed");
    assert_eq!(revealed.at_level, [0, 0, 0, 0, 0, 2]);
    assert!(revealed.voters.is_empty());
    let shown =
        PracticeOnScreen::of(&w, &id, VoteQuestion::Current, VoterNames::Shown).expect("in scope");
    let voters = shown
        .vote
        .and_then(|v| v.revealed)
        .expect("revealed")
        .voters;
    assert_eq!(voters.len(), 2);
    assert_eq!(voters[0].name, w.participants[0].name);
    assert_eq!(
        shown.agreed, w.assessment.practices[n].current,
        "after the reveal, the agreed level shows"
    );
    let late = store
        .record_vote(w.id, &round, w.participants[3].id, Some(Level::MIN))
        .expect_err("late");
    assert!(matches!(
        late,
        StoreError::Invalid(ValidationError::RoundRevealed { number: 2 })
    ));
    Ok(())
}

#[test]
fn the_agenda_and_its_clock_survive_a_reopen_stay_out_of_undo_and_travel_in_files(
) -> Result<(), StoreError> {
    use chrono::TimeZone;
    use smo_core::agenda::{AgendaClock, AgendaLength, ClockAction};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workbench.sqlite3");
    let nine = Utc
        .with_ymd_and_hms(2026, 3, 9, 9, 0, 0)
        .single()
        .expect("a time");
    let minutes = |m: i64| nine + chrono::Duration::minutes(m);
    let mut store = Store::open(&path, Box::new(Utc::now))?;
    let w = store.create_sample(&smo_core::sample::sample_workshop())?;
    let plan = store.use_agenda_template(w.id, AgendaLength::TwoDays)?;
    assert!(plan.items.len() > 8);
    store.agenda_clock(w.id, ClockAction::Start, minutes(0))?;
    store.agenda_clock(w.id, ClockAction::Next, minutes(27))?;
    // An edit, then its undo: the clock and the time spent stay.
    store.rename_workshop(w.id, "Renamed")?;
    store.undo(w.id)?;
    drop(store);

    let mut store = Store::open(&path, Box::new(Utc::now))?;
    let agenda = store.agenda(w.id)?;
    assert_eq!(agenda.items[0].actual_seconds, 27 * 60);
    assert!(
        matches!(&agenda.clock, AgendaClock::Running { item, .. } if *item == agenda.items[1].id)
    );
    assert_eq!(agenda.reading(minutes(37)).elapsed_seconds, 10 * 60);
    assert_eq!(store.workshop(w.id)?.agenda, agenda);
    let refused = store
        .agenda_clock(w.id, ClockAction::Resume, minutes(40))
        .expect_err("it is running");
    assert!(refused.to_string().contains("is not paused"), "{refused}");

    // The file carries it; an import reads it back whole.
    let bytes = store.export_workshop(w.id)?;
    let file = smo_store::parse_workshop_file(&bytes)?;
    assert_eq!(file.workshop.agenda.as_ref(), Some(&agenda));
    store.delete_workshop(w.id)?;
    let back = store.import_workshop(&file, smo_store::OnConflict::Fail)?;
    assert_eq!(back.agenda, agenda);
    Ok(())
}
