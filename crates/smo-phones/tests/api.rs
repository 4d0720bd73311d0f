//! The phones' API on loopback, against a real store: joining, names, votes
//! in the facilitator's rounds, the reveal, late votes, reconnecting, the
//! locks and limits, and stopping.

use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use smo_core::{Level, ParticipantId, RoundRef, Step, VoteQuestion, Workshop, WorkshopId};
use smo_phones::{
    PhonePage, PhoneRoom, PhoneRoster, PhoneServer, Refusal, RoomBoard, VoteDesk, MAX_BODY,
    MAX_DEVICES, MISSES_PER_ADDRESS,
};
use smo_store::{Store, StoreError};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// The app's side, as the shell does it: votes go to the store, the room is
/// published from what the store read back.
struct Desk {
    store: Mutex<Store>,
    workshop: WorkshopId,
    board: RoomBoard,
    focus: Mutex<Option<(String, VoteQuestion)>>,
    rosters: Mutex<Vec<PhoneRoster>>,
}

impl Desk {
    fn publish(&self, w: &Workshop) {
        let focus = self.focus.lock().expect("lock").clone();
        self.board.publish(PhoneRoom::of(
            w,
            Some(Step::CurrentState),
            focus.as_ref().map(|(id, q)| (id.as_str(), *q)),
        ));
    }

    /// The facilitator moves to `practice` (or away from voting).
    fn show(&self, practice: Option<&str>) -> Result<(), StoreError> {
        *self.focus.lock().expect("lock") = practice.map(|p| (p.to_owned(), VoteQuestion::Current));
        let w = self.store.lock().expect("lock").workshop(self.workshop)?;
        self.publish(&w);
        Ok(())
    }

    fn workshop(&self) -> Workshop {
        self.store
            .lock()
            .expect("lock")
            .workshop(self.workshop)
            .expect("reads")
    }

    fn start_round(&self, practice: &str) -> Result<(), StoreError> {
        let w = {
            let mut s = self.store.lock().expect("lock");
            s.start_vote_round(self.workshop, practice, VoteQuestion::Current)?;
            s.workshop(self.workshop)?
        };
        self.publish(&w);
        Ok(())
    }

    fn reveal(&self, round: &RoundRef) -> Result<(), StoreError> {
        let w = {
            let mut s = self.store.lock().expect("lock");
            s.reveal_vote_round(self.workshop, round)?;
            s.workshop(self.workshop)?
        };
        self.publish(&w);
        Ok(())
    }
}

impl VoteDesk for Desk {
    fn cast(
        &self,
        round: &RoundRef,
        participant: ParticipantId,
        level: Option<Level>,
    ) -> Result<(), Refusal> {
        let refused = |e: StoreError| match e {
            StoreError::Invalid(v) => Refusal::of(&v),
            other => Refusal::Other(other.to_string()),
        };
        let w = {
            let mut s = self.store.lock().expect("lock");
            s.record_vote(self.workshop, round, participant, level)
                .map_err(refused)?;
            s.workshop(self.workshop).map_err(refused)?
        };
        self.publish(&w);
        Ok(())
    }

    fn roster_changed(&self, roster: PhoneRoster) {
        self.rosters.lock().expect("lock").push(roster);
    }
}

struct Room {
    desk: Arc<Desk>,
    server: PhoneServer,
    base: String,
    /// A practice in scope with no rounds yet.
    practice: String,
    people: Vec<ParticipantId>,
}

fn page() -> PhonePage {
    PhonePage {
        html: "<!doctype html><title>Vote</title><script src=/phone.js></script>".into(),
        script: "console.log('phone')".into(),
        style: "body{}".into(),
    }
}

fn room() -> Room {
    let mut store = Store::open_in_memory(Box::new(Utc::now)).expect("store");
    let w = store
        .create_sample(&smo_core::sample::sample_workshop())
        .expect("sample");
    let practice = w
        .assessment
        .practices
        .iter()
        .find(|p| p.rounds.is_empty())
        .expect("a practice nobody voted on")
        .practice_id
        .clone();
    let people = w.participants.iter().map(|p| p.id).collect();
    let desk = Arc::new(Desk {
        workshop: w.id,
        store: Mutex::new(store),
        board: RoomBoard::default(),
        focus: Mutex::new(None),
        rosters: Mutex::new(Vec::new()),
    });
    desk.publish(&w);
    let server = PhoneServer::start(LOOPBACK, page(), &desk.board, desk.clone()).expect("starts");
    let base = server.invite().address.clone();
    Room {
        desk,
        server,
        base,
        practice,
        people,
    }
}

/// A phone: its own HTTP client and, once joined, its token.
struct Phone {
    client: Client,
    base: String,
    token: String,
}

fn client_from(ip: IpAddr) -> Client {
    Client::builder()
        .local_address(ip)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client")
}

impl Room {
    fn secret(&self) -> String {
        let url = &self.server.invite().url;
        url.split_once('#').expect("a secret after #").1.to_owned()
    }

    async fn phone(&self) -> Phone {
        let mut phone = Phone {
            client: client_from(LOOPBACK),
            base: self.base.clone(),
            token: String::new(),
        };
        let (status, body) = phone
            .post("/api/join", json!({ "secret": self.secret() }))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        phone.token = body["token"].as_str().expect("a token").to_owned();
        phone
    }

    fn round(&self, number: u32) -> Value {
        json!({ "practiceId": self.practice, "question": "current", "number": number })
    }
}

impl Phone {
    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.base)
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .expect("answered");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn view(&self) -> (StatusCode, Value) {
        let response = self
            .client
            .get(format!("{}/api/view", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .expect("answered");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn claim(&self, who: ParticipantId) -> (StatusCode, Value) {
        self.post("/api/claim", json!({ "participantId": who }))
            .await
    }

    async fn vote(&self, round: &Value, choice: Value) -> (StatusCode, Value) {
        self.post("/api/vote", json!({ "round": round, "choice": choice }))
            .await
    }
}

fn level(n: u8) -> Value {
    json!({ "kind": "level", "level": n })
}

#[tokio::test]
async fn a_phone_joins_by_the_qr_secret_or_the_code_and_sees_the_room_not_its_data() {
    let room = room();
    let phone = room.phone().await;
    let (status, view) = phone.view().await;
    assert_eq!(status, StatusCode::OK);
    let w = room.desk.workshop();
    assert_eq!(view["title"], w.set_up.title);
    assert_eq!(
        view["names"].as_array().map(Vec::len),
        Some(w.participants.len())
    );
    assert_eq!(view["practice"], Value::Null, "not voting yet");

    // By the code, typed with a space as shown.
    let typed = Phone {
        client: client_from(LOOPBACK),
        base: room.base.clone(),
        token: String::new(),
    };
    let code = room.server.invite().join_code.clone();
    let (status, body) = typed.post("/api/join", json!({ "code": code })).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // On a practice: its texts, never evidence, notes or anyone's level.
    room.desk.show(Some(&room.practice)).expect("shows");
    let (_, view) = phone.view().await;
    assert_eq!(view["practice"]["practiceId"], room.practice);
    assert_eq!(view["practice"]["levels"].as_array().map(Vec::len), Some(6));
    let text = view.to_string();
    for p in &w.assessment.practices {
        for private in [&p.evidence, &p.note] {
            if private.trim().len() > 8 {
                assert!(!text.contains(private.as_str()), "sent {private}");
            }
        }
    }
    assert!(!text.contains("charter"), "{text}");
}

#[tokio::test]
async fn a_name_is_held_by_one_phone_until_released() {
    let room = room();
    let (a, b) = (room.phone().await, room.phone().await);
    let who = room.people[0];
    assert_eq!(a.claim(who).await.0, StatusCode::OK);
    let (status, body) = b.claim(who).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "nameHeld");
    let (_, seen) = b.view().await;
    assert_eq!(seen["names"][0]["held"], true);
    assert_eq!(room.server.roster().held, vec![who]);

    assert!(
        room.server.release(who),
        "the facilitator releases the name"
    );
    assert_eq!(b.claim(who).await.0, StatusCode::OK);
    let (_, a_now) = a.view().await;
    assert_eq!(
        a_now["me"],
        Value::Null,
        "the first phone no longer holds it"
    );

    // A phone can also let go of its own name.
    let (status, view) = b.post("/api/let-go", json!(null)).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["me"], Value::Null);
    assert_eq!(
        room.desk
            .rosters
            .lock()
            .expect("lock")
            .last()
            .map(|r| r.held.len()),
        Some(0),
        "the facilitator heard"
    );
}

#[tokio::test]
async fn votes_land_in_the_facilitators_round_and_late_ones_are_refused() {
    let room = room();
    room.desk.show(Some(&room.practice)).expect("shows");
    let (a, b) = (room.phone().await, room.phone().await);
    let round1 = room.round(1);

    let (status, body) = a.vote(&round1, level(3)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "no name yet: {body}");
    assert_eq!(body["code"], "noName");

    a.claim(room.people[0]).await;
    b.claim(room.people[1]).await;
    let (status, view) = a.vote(&round1, level(3)).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["mine"], level(3), "your vote is in");
    let (_, view) = b.vote(&round1, json!({ "kind": "dontKnow" })).await;
    assert_eq!(view["mine"], json!({ "kind": "dontKnow" }));

    // In the store, in round 1, beside what the facilitator types.
    let typed = RoundRef {
        practice_id: room.practice.clone(),
        question: VoteQuestion::Current,
        number: 1,
    };
    room.desk
        .cast(&typed, room.people[2], Some(Level::MAX))
        .expect("the facilitator types a vote for someone without a phone");
    let w = room.desk.workshop();
    let round = w
        .assessment
        .practice(&room.practice)
        .and_then(|p| p.latest_round(VoteQuestion::Current))
        .expect("round 1");
    assert_eq!(round.number, 1);
    assert_eq!(
        round.votes.len(),
        2,
        "a's 3 and the typed 5; b does not know"
    );
    assert_eq!(room.server.roster().dont_know, vec![room.people[1]]);

    // Before the reveal: counts only.
    let (_, seen) = b.view().await;
    assert_eq!(seen["practice"]["vote"]["voted"], 2);
    assert_eq!(seen["practice"]["vote"]["revealed"], Value::Null);

    room.desk.reveal(&typed).expect("reveals");
    let (_, seen) = b.view().await;
    let revealed = &seen["practice"]["vote"]["revealed"];
    assert_eq!(revealed["atLevel"], json!([0, 0, 0, 1, 0, 1]));
    assert_eq!(revealed["voters"], json!([]), "never names on a phone");

    let (status, body) = b.vote(&round1, level(2)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "roundClosed");

    // A revote: the phone's stale round 1 is refused, round 2 lands.
    room.desk.start_round(&room.practice).expect("revote");
    assert_eq!(b.vote(&round1, level(2)).await.0, StatusCode::CONFLICT);
    let (status, view) = b.vote(&room.round(2), level(2)).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["round"]["number"], 2);
}

#[tokio::test]
async fn a_phone_that_reloads_is_the_same_person_with_its_vote() {
    let room = room();
    room.desk.show(Some(&room.practice)).expect("shows");
    let phone = room.phone().await;
    phone.claim(room.people[3]).await;
    phone.vote(&room.round(1), level(4)).await;
    // A reload: a new client (new connection), the token from storage.
    let reloaded = Phone {
        client: client_from(LOOPBACK),
        base: room.base.clone(),
        token: phone.token.clone(),
    };
    let (status, view) = reloaded.view().await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["me"], json!(room.people[3]));
    assert_eq!(view["mine"], level(4));
}

#[tokio::test]
async fn wrong_and_expired_tokens_are_refused_by_name() {
    let room = room();
    let phone = room.phone().await;
    let wrong = Phone {
        token: "not-a-token".into(),
        ..room.phone().await
    };
    let (status, body) = wrong.view().await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "unknownDevice");

    // The facilitator ends the phones and starts again: old tokens expire.
    let old = phone.token.clone();
    drop(room);
    let again = self::room();
    let stale = Phone {
        client: client_from(LOOPBACK),
        base: again.base.clone(),
        token: old,
    };
    let (status, body) = stale.view().await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "sessionEnded", "{body}");
}

#[tokio::test]
async fn wrong_codes_lock_the_address_out_but_not_the_others() {
    let room = room();
    let guesser = Phone {
        client: client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2))),
        base: room.base.clone(),
        token: String::new(),
    };
    for _ in 0..MISSES_PER_ADDRESS {
        let (status, body) = guesser
            .post("/api/join", json!({ "code": "000 000x" }))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
        assert_eq!(body["code"], "wrongCode");
    }
    let code = room.server.invite().join_code.clone();
    let (status, body) = guesser.post("/api/join", json!({ "code": code })).await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "locked even with the right code"
    );
    assert_eq!(body["code"], "locked");

    let honest = Phone {
        client: client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 3))),
        ..guesser
    };
    assert_eq!(
        honest.post("/api/join", json!({ "code": code })).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn bodies_hosts_and_origins_are_checked() {
    let room = room();
    let phone = room.phone().await;
    let url = format!("{}/api/claim", room.base);
    let send_raw = |body: String| {
        phone
            .client
            .post(&url)
            .header("Origin", &room.base)
            .header("Content-Type", "application/json")
            .bearer_auth(&phone.token)
            .body(body)
            .send()
    };
    let big = format!("{{\"participantId\":\"{}\"}}", "x".repeat(MAX_BODY));
    let r = send_raw(big).await.expect("answered");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);

    for malformed in [
        "{",
        "[]",
        "{\"participantId\": 7}",
        "{\"participantId\":\"x\",\"more\":1}",
    ] {
        let r = send_raw(malformed.to_owned()).await.expect("answered");
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{malformed}");
        let body: Value = r.json().await.expect("json");
        assert_eq!(body["code"], "badRequest");
    }

    let elsewhere = phone
        .client
        .post(&url)
        .header("Origin", "http://evil.example")
        .bearer_auth(&phone.token)
        .json(&json!({ "participantId": room.people[0] }))
        .send()
        .await
        .expect("answered");
    assert_eq!(elsewhere.status(), StatusCode::FORBIDDEN);
    let no_origin = phone
        .client
        .post(&url)
        .bearer_auth(&phone.token)
        .json(&json!({ "participantId": room.people[0] }))
        .send()
        .await
        .expect("answered");
    assert_eq!(
        no_origin.status(),
        StatusCode::FORBIDDEN,
        "a POST must say where it is from"
    );
    let rebound = phone
        .client
        .get(format!("{}/api/view", room.base))
        .header("Host", "attacker.example")
        .bearer_auth(&phone.token)
        .send()
        .await
        .expect("answered");
    assert_eq!(rebound.status(), StatusCode::FORBIDDEN, "DNS rebinding");
    let other = phone
        .client
        .get(format!("{}/etc/passwd", room.base))
        .send()
        .await
        .expect("answered");
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "only the page and its API"
    );
    let page = phone.client.get(&room.base).send().await.expect("answered");
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.headers()["content-security-policy"]
        .to_str()
        .is_ok_and(|csp| csp.contains("default-src 'none'")));
}

#[tokio::test]
async fn the_session_takes_so_many_devices() {
    let room = room();
    for _ in 0..MAX_DEVICES {
        room.phone().await;
    }
    let late = Phone {
        client: client_from(LOOPBACK),
        base: room.base.clone(),
        token: String::new(),
    };
    let (status, body) = late
        .post("/api/join", json!({ "secret": room.secret() }))
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["code"], "tooManyDevices");
    assert_eq!(room.server.roster().devices as usize, MAX_DEVICES);
}

/// The next `view` event's data on an open stream.
async fn next_view(stream: &mut reqwest::Response, buffer: &mut String) -> Value {
    loop {
        if let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data: ")) {
                if event.contains("event: view") {
                    return serde_json::from_str(data).expect("json");
                }
            }
            continue;
        }
        let chunk = tokio::time::timeout(Duration::from_secs(20), stream.chunk())
            .await
            .expect("pushed in time")
            .expect("reads")
            .expect("the stream goes on");
        buffer.push_str(&String::from_utf8_lossy(&chunk));
    }
}

#[tokio::test]
async fn the_view_is_pushed_when_the_facilitator_moves_on_and_the_stream_ends_at_stop() {
    let room = room();
    let phone = room.phone().await;
    phone.claim(room.people[0]).await;
    let mut stream = phone
        .client
        .get(format!("{}/api/events?token={}", room.base, phone.token))
        .send()
        .await
        .expect("a stream");
    assert_eq!(stream.status(), StatusCode::OK);
    let mut buffer = String::new();
    let first = next_view(&mut stream, &mut buffer).await;
    assert_eq!(first["practice"], Value::Null);
    room.desk.show(Some(&room.practice)).expect("shows");
    let moved = next_view(&mut stream, &mut buffer).await;
    assert_eq!(moved["practice"]["practiceId"], room.practice);

    let port = room.server.local_addr().port();
    room.server.stop();
    let end = tokio::time::timeout(Duration::from_secs(20), async {
        while let Ok(Some(_)) = stream.chunk().await {}
    })
    .await;
    assert!(end.is_ok(), "the stream ended when the server stopped");
    assert!(
        TcpListener::bind((LOOPBACK, port)).is_ok(),
        "the port is free once stopped"
    );
}

#[tokio::test]
async fn a_taken_port_moves_the_server_to_another() {
    let first = room();
    let second = room();
    assert_ne!(
        first.server.local_addr().port(),
        second.server.local_addr().port()
    );
    let phone = second.phone().await;
    assert_eq!(phone.view().await.0, StatusCode::OK);
}

#[tokio::test]
async fn a_burst_of_a_thousand_requests_is_answered_or_refused_in_bounded_time() {
    let room = room();
    let phone = Arc::new(room.phone().await);
    let burst = async {
        let mut tasks = Vec::new();
        for _ in 0..1000 {
            let phone = phone.clone();
            tasks.push(tokio::spawn(async move { phone.view().await.0 }));
        }
        let mut answered = 0;
        let mut refused = 0;
        for t in tasks {
            match t.await.expect("task") {
                StatusCode::OK => answered += 1,
                StatusCode::SERVICE_UNAVAILABLE => refused += 1,
                other => panic!("unexpected {other}"),
            }
        }
        (answered, refused)
    };
    let (answered, refused) = tokio::time::timeout(Duration::from_secs(60), burst)
        .await
        .expect("every request answered or refused within a minute");
    assert_eq!(answered + refused, 1000);
    assert!(answered > 0);
    // And the server is still there for the room.
    assert_eq!(phone.view().await.0, StatusCode::OK);
}
