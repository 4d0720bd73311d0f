//! Phones voting at scale: the largest workshop (34 practices, 30 people)
//! in an in-memory store, the phones' server on loopback, and one HTTP
//! client per phone. For each practice the facilitator starts a round and
//! every phone votes at once; each vote is timed from the phone sending it
//! to the moment the app's side has it recorded and published (where the
//! shell emits the counter's update to the main window). Then the store's
//! round is counted: every vote sent must be in it.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use smo_core::sample::sample_workshop;
use smo_core::{Level, ParticipantId, RoundRef, Step, VoteQuestion, Workshop, WorkshopId};
use smo_phones::{PhonePage, PhoneRoom, PhoneRoster, PhoneServer, Refusal, RoomBoard, VoteDesk};
use smo_store::{OnConflict, Store, StoreError};

use crate::seed::largest_file;
use crate::stats::Timing;
use crate::BenchError;

/// What the phones benchmark found.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneVotes {
    /// Phones voting.
    pub phones: usize,
    /// Practices voted on.
    pub practices: usize,
    /// Votes the phones sent.
    pub sent: usize,
    /// Votes found in the store's rounds afterwards.
    pub recorded: usize,
    /// Votes refused or missing.
    pub lost: usize,
    /// From a phone sending its vote to the facilitator's counter updated.
    pub to_counter: Timing,
    /// The app's side of one vote: the store's transaction (an undo step
    /// with its snapshot), reading the workshop back, publishing the room.
    /// Votes sent at once wait for each other here: the store has one writer.
    pub recording: Timing,
}

/// The app's side, as the shell's desk: the store, the board, and when
/// each vote reached the facilitator's counter.
struct Desk {
    store: Mutex<Store>,
    workshop: WorkshopId,
    board: RoomBoard,
    focus: Mutex<Option<String>>,
    counted: Mutex<HashMap<(String, ParticipantId), Instant>>,
    recording: Mutex<Vec<Duration>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Desk {
    fn publish(&self, w: &Workshop) {
        let focus = lock(&self.focus).clone();
        self.board.publish(PhoneRoom::of(
            w,
            Some(Step::CurrentState),
            focus.as_deref().map(|id| (id, VoteQuestion::Current)),
        ));
    }
}

impl VoteDesk for Desk {
    fn cast(
        &self,
        round: &RoundRef,
        participant: ParticipantId,
        level: Option<Level>,
    ) -> Result<(), Refusal> {
        let mut store = lock(&self.store);
        let start = Instant::now();
        let refused = |e: StoreError| match e {
            StoreError::Invalid(v) => Refusal::of(&v),
            other => Refusal::Other(other.to_string()),
        };
        store
            .record_vote(self.workshop, round, participant, level)
            .map_err(refused)?;
        // As the app does: the phones' room is drawn from the whole workshop.
        let w = store.workshop(self.workshop).map_err(refused)?;
        self.publish(&w);
        let now = Instant::now();
        drop(store);
        lock(&self.recording).push(now.saturating_duration_since(start));
        lock(&self.counted).insert((round.practice_id.clone(), participant), now);
        Ok(())
    }

    fn roster_changed(&self, _: PhoneRoster) {}
}

fn http(e: reqwest::Error) -> BenchError {
    BenchError::Usage(format!("a phone's request failed: {e}"))
}

/// Runs the benchmark with `phones` phones over `practices` practices.
pub fn phones(phones: usize, practices: usize) -> Result<PhoneVotes, BenchError> {
    let mut store = Store::open_in_memory(Box::new(Utc::now))?;
    let sample = store.create_sample(&sample_workshop())?.id;
    let largest = store.import_workshop(&largest_file(&store, sample)?, OnConflict::Copy)?;
    if largest.participants.len() < phones || largest.assessment.scope.len() < practices {
        return Err(BenchError::Usage(format!(
            "the largest workshop has {} people and {} practices; asked for {phones} and {practices}",
            largest.participants.len(),
            largest.assessment.scope.len()
        )));
    }
    let people: Vec<ParticipantId> = largest.participants[..phones]
        .iter()
        .map(|p| p.id)
        .collect();
    let scope: Vec<String> = largest.assessment.scope[..practices].to_vec();
    let desk = Arc::new(Desk {
        store: Mutex::new(store),
        workshop: largest.id,
        board: RoomBoard::default(),
        focus: Mutex::new(None),
        counted: Mutex::new(HashMap::new()),
        recording: Mutex::new(Vec::new()),
    });
    desk.publish(&largest);
    let server = PhoneServer::start(
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        PhonePage::default(),
        &desk.board,
        desk.clone(),
    )
    .map_err(|e| BenchError::Usage(e.message))?;
    let base = server.invite().address.clone();
    let secret = server
        .invite()
        .url
        .split_once('#')
        .map(|(_, s)| s.to_owned())
        .unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = runtime.block_on(run(desk.clone(), &base, &secret, &people, &scope));
    server.stop();
    result
}

async fn run(
    desk: Arc<Desk>,
    base: &str,
    secret: &str,
    people: &[ParticipantId],
    scope: &[String],
) -> Result<PhoneVotes, BenchError> {
    // Each phone its own client (its own connections), joined and named.
    let mut clients = Vec::new();
    for who in people {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(http)?;
        let joined: serde_json::Value = client
            .post(format!("{base}/api/join"))
            .header("Origin", base)
            .json(&serde_json::json!({ "secret": secret }))
            .send()
            .await
            .map_err(http)?
            .json()
            .await
            .map_err(http)?;
        let token = joined["token"].as_str().unwrap_or_default().to_owned();
        client
            .post(format!("{base}/api/claim"))
            .header("Origin", base)
            .bearer_auth(&token)
            .json(&serde_json::json!({ "participantId": who }))
            .send()
            .await
            .map_err(http)?;
        clients.push((client, token, *who));
    }

    let mut latencies = Vec::new();
    let (mut sent, mut recorded) = (0, 0);
    for (n, practice) in scope.iter().enumerate() {
        *lock(&desk.focus) = Some(practice.clone());
        let w = {
            let mut store = lock(&desk.store);
            store.start_vote_round(desk.workshop, practice, VoteQuestion::Current)?;
            store.workshop(desk.workshop)?
        };
        desk.publish(&w);
        let number = w
            .assessment
            .practice(practice)
            .and_then(|p| p.latest_round(VoteQuestion::Current))
            .map_or(1, |r| r.number);
        let round = RoundRef {
            practice_id: practice.clone(),
            question: VoteQuestion::Current,
            number,
        };
        let votes = clients.iter().enumerate().map(|(i, (client, token, who))| {
            let body = serde_json::json!({
                "round": round,
                "choice": { "kind": "level", "level": (i + n) % 6 },
            });
            async move {
                let start = Instant::now();
                let ok = client
                    .post(format!("{base}/api/vote"))
                    .header("Origin", base)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                (start, *who, ok)
            }
        });
        let answers = futures_util::future::join_all(votes).await;
        sent += answers.len();
        let counted = lock(&desk.counted).clone();
        for (start, who, ok) in answers {
            if let (true, Some(at)) = (ok, counted.get(&(practice.clone(), who))) {
                latencies.push(at.saturating_duration_since(start));
            }
        }
        let w = lock(&desk.store).workshop(desk.workshop)?;
        recorded += w
            .assessment
            .practice(practice)
            .and_then(|p| p.latest_round(VoteQuestion::Current))
            .map_or(0, |r| r.votes.len());
    }
    if latencies.is_empty() {
        return Err(BenchError::Usage("no phone's vote was recorded".to_owned()));
    }
    Ok(PhoneVotes {
        phones: people.len(),
        practices: scope.len(),
        sent,
        recorded,
        lost: sent.saturating_sub(recorded),
        to_counter: Timing::of(latencies),
        recording: Timing::of(lock(&desk.recording).clone()),
    })
}
