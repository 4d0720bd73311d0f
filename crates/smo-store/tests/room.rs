//! What the room sees of a practice on the projector (smo-core's `room`),
//! checked on the sample workshop as the store reads it: no level and no
//! name before the reveal, names after it only when asked, never evidence.

use chrono::Utc;
use smo_core::room::PracticeOnScreen;
use smo_core::{Level, RoundRef, ValidationError, VoteQuestion, VoterNames, Workshop};
use smo_store::{Store, StoreError};

/// The sample with a second, open round on its first practice in which
/// two people have voted 5.
fn voting() -> Result<(Store, Workshop, String), StoreError> {
    let mut store = Store::open_in_memory(Box::new(Utc::now))?;
    let w = store.create_sample(&smo_core::sample::sample_workshop())?;
    let id = w.assessment.practices[0].practice_id.clone();
    store.start_vote_round(w.id, &id, VoteQuestion::Current)?;
    let round = RoundRef {
        practice_id: id.clone(),
        question: VoteQuestion::Current,
        number: 2,
    };
    let mut w = w;
    for who in &w.participants[..2].to_vec() {
        w = store.record_vote(w.id, &round, who.id, Some(Level::MAX))?;
    }
    Ok((store, w, id))
}

#[test]
fn before_the_reveal_the_room_sees_counts_never_levels_or_names() -> Result<(), StoreError> {
    let (_store, w, id) = voting()?;
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
    let evidence = &w.assessment.practices[0].evidence;
    assert!(!evidence.is_empty() && !json.contains(evidence.as_str()));
    assert_eq!(
        screen.earlier.len(),
        1,
        "round 1 shows how the spread started"
    );
    assert_eq!(screen.agreed, w.assessment.practices[0].current);
    Ok(())
}

#[test]
fn after_the_reveal_names_show_only_when_asked() -> Result<(), StoreError> {
    let (mut store, w, id) = voting()?;
    let round = RoundRef {
        practice_id: id.clone(),
        question: VoteQuestion::Current,
        number: 2,
    };
    let w = store.reveal_vote_round(w.id, &round)?;
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
    let late = store
        .record_vote(w.id, &round, w.participants[3].id, Some(Level::MIN))
        .expect_err("late");
    assert!(matches!(
        late,
        StoreError::Invalid(ValidationError::RoundRevealed { number: 2 })
    ));
    Ok(())
}
