//! The voting page and its API: the only things the server answers.
//!
//! | Request                 | Does                                         |
//! |-------------------------|----------------------------------------------|
//! | `GET /`, `/phone.js`, `/phone.css` | the page                          |
//! | `POST /api/join`        | secret or code → a device token              |
//! | `GET /api/view`         | what this device sees now                    |
//! | `POST /api/claim`       | "I am …": holds a name                       |
//! | `POST /api/let-go`      | "not me": frees the name                     |
//! | `POST /api/vote`        | a level or "don't know" in the round named   |
//! | `GET /api/events?token=`| the view, pushed on every change (SSE)       |
//!
//! Every request must name this server in `Host` (and in `Origin` when it
//! has one; a `POST` must have one), so a page elsewhere cannot drive it.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use serde::Deserialize;
use smo_core::{ParticipantId, RoundRef};
use tokio::sync::{watch, Semaphore};

use crate::registry::{Knock, Registry};
use crate::view::{PhoneChoice, PhoneRoom, PhoneView};
use crate::{PhoneError, PhoneErrorCode, PhonePage, Refusal, VoteDesk};

/// The largest body the API takes, in bytes.
pub const MAX_BODY: usize = 1024;
/// Requests answered at once; more are refused as busy, at once.
pub const MAX_IN_FLIGHT: usize = 64;
/// Pushed streams open at once (a phone keeps one).
pub const MAX_STREAMS: usize = 120;

/// What every handler shares.
pub(crate) struct Shared {
    pub(crate) registry: Mutex<Registry>,
    pub(crate) room: watch::Receiver<Arc<PhoneRoom>>,
    /// Bumped when a device joins, claims or lets go, or says "don't know".
    pub(crate) devices: watch::Sender<u64>,
    pub(crate) desk: Arc<dyn VoteDesk>,
    pub(crate) page: PhonePage,
    /// The `Host` values this server answers to.
    pub(crate) hosts: Vec<String>,
    pub(crate) shutdown: watch::Receiver<bool>,
    pub(crate) streams: Arc<Semaphore>,
}

impl Shared {
    pub(crate) fn registry(&self) -> MutexGuard<'_, Registry> {
        // Plain data: a panic elsewhere leaves it usable.
        self.registry
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn room(&self) -> Arc<PhoneRoom> {
        self.room.borrow().clone()
    }

    /// Tells the streams and the facilitator that devices changed.
    pub(crate) fn devices_changed(&self) {
        self.devices.send_modify(|n| *n += 1);
        let roster = self.registry().roster(&self.room());
        self.desk.roster_changed(roster);
    }
}

/// The router with its limits and checks.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    use axum::error_handling::HandleErrorLayer;
    use tower::ServiceBuilder;
    Router::new()
        .route("/", get(page))
        .route("/phone.js", get(script))
        .route("/phone.css", get(style))
        .route("/api/join", post(join))
        .route("/api/view", get(view))
        .route("/api/claim", post(claim))
        .route("/api/let-go", post(let_go))
        .route("/api/vote", post(vote))
        .route("/api/events", get(events))
        .fallback(|| async {
            PhoneError::new(
                PhoneErrorCode::NotFound,
                "Nothing is served at this address.",
            )
        })
        .layer(axum::middleware::from_fn_with_state(
            shared.clone(),
            same_site,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(
            ServiceBuilder::new()
                .layer(HandleErrorLayer::new(|_: tower::BoxError| async {
                    PhoneError::busy()
                }))
                .load_shed()
                .concurrency_limit(MAX_IN_FLIGHT),
        )
        .with_state(shared)
}

/// Refuses requests whose `Host` is not this server, or whose `Origin` is
/// another site (a `POST` must carry one).
async fn same_site(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let Some(host) = host.filter(|h| shared.hosts.iter().any(|ok| ok == h)) else {
        return PhoneError::new(
            PhoneErrorCode::WrongSite,
            "Open the address shown on the screen.",
        )
        .into_response();
    };
    let origin = headers.get(header::ORIGIN).map(HeaderValue::to_str);
    let origin_ok = match origin {
        Some(Ok(o)) => o == format!("http://{host}"),
        Some(Err(_)) => false,
        None => request.method() != Method::POST,
    };
    if !origin_ok {
        return PhoneError::new(
            PhoneErrorCode::WrongSite,
            "This request did not come from the voting page.",
        )
        .into_response();
    }
    next.run(request).await
}

fn served(kind: &'static str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                 img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            ),
        ],
        body,
    )
        .into_response()
}

async fn page(State(s): State<Arc<Shared>>) -> Response {
    served("text/html; charset=utf-8", s.page.html.clone())
}

async fn script(State(s): State<Arc<Shared>>) -> Response {
    served("text/javascript; charset=utf-8", s.page.script.clone())
}

async fn style(State(s): State<Arc<Shared>>) -> Response {
    served("text/css; charset=utf-8", s.page.style.clone())
}

/// The body, or why it cannot be read (too large, not JSON, a field wrong).
fn body<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, PhoneError> {
    body.map(|Json(b)| b).map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            PhoneError::new(PhoneErrorCode::TooLarge, "The request is too large.")
        } else {
            PhoneError::new(PhoneErrorCode::BadRequest, e.body_text())
        }
    })
}

fn bearer(headers: &HeaderMap) -> &str {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or_default()
}

/// How a phone joins: with the secret of the QR code's address, or the code.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JoinRequest {
    /// The 32 hex digits after `#` in the QR code's address.
    #[serde(default)]
    pub secret: Option<String>,
    /// The six digits on the screen.
    #[serde(default)]
    pub code: Option<String>,
}

/// A joined device's token.
#[derive(Debug, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Joined {
    /// Sent as `Authorization: Bearer …` (and `?token=` for the stream).
    pub token: String,
}

async fn join(
    State(s): State<Arc<Shared>>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    request: Result<Json<JoinRequest>, JsonRejection>,
) -> Result<Json<Joined>, PhoneError> {
    let knock = match body(request)? {
        JoinRequest {
            secret: Some(s), ..
        } => Knock::Secret(s),
        JoinRequest { code: Some(c), .. } => Knock::Code(c),
        _ => {
            return Err(PhoneError::new(
                PhoneErrorCode::BadRequest,
                "Send the code on the screen.",
            ))
        }
    };
    let token = s.registry().join(from.ip(), &knock, Instant::now())?;
    s.devices_changed();
    Ok(Json(Joined { token }))
}

fn view_of(s: &Shared, token: &str) -> Result<PhoneView, PhoneError> {
    let room = s.room();
    let registry = s.registry();
    let device = registry.device(token)?;
    Ok(registry.view(&device, &room))
}

async fn view(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
) -> Result<Json<PhoneView>, PhoneError> {
    view_of(&s, bearer(&headers)).map(Json)
}

/// "I am …".
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClaimRequest {
    /// Who.
    pub participant_id: ParticipantId,
}

async fn claim(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    request: Result<Json<ClaimRequest>, JsonRejection>,
) -> Result<Json<PhoneView>, PhoneError> {
    let request = body(request)?;
    let token = bearer(&headers);
    {
        let room = s.room();
        let mut registry = s.registry();
        let device = registry.device(token)?;
        registry.claim(&device, request.participant_id, &room)?;
    }
    s.devices_changed();
    view_of(&s, token).map(Json)
}

async fn let_go(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
) -> Result<Json<PhoneView>, PhoneError> {
    let token = bearer(&headers);
    {
        let mut registry = s.registry();
        let device = registry.device(token)?;
        registry.let_go(&device);
    }
    s.devices_changed();
    view_of(&s, token).map(Json)
}

/// A vote from a phone: the round it is meant for and the answer.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VoteRequest {
    /// The round, as the phone was shown it.
    pub round: RoundRef,
    /// A level, or "don't know".
    pub choice: PhoneChoice,
}

fn round_closed() -> PhoneError {
    PhoneError::new(
        PhoneErrorCode::RoundClosed,
        "This vote has closed: the facilitator has revealed it or moved on. Your phone now shows where the room is.",
    )
}

async fn vote(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    request: Result<Json<VoteRequest>, JsonRejection>,
) -> Result<Json<PhoneView>, PhoneError> {
    let request = body(request)?;
    let token = bearer(&headers).to_owned();
    let me = {
        let registry = s.registry();
        let device = registry.device(&token)?;
        registry.holds(&device).ok_or_else(|| {
            PhoneError::new(PhoneErrorCode::NoName, "Choose your name before you vote.")
        })?
    };
    if s.room().round().as_ref() != Some(&request.round) {
        return Err(round_closed());
    }
    let level = match request.choice {
        PhoneChoice::Level { level } => Some(level),
        PhoneChoice::DontKnow => None,
    };
    let desk = s.desk.clone();
    let round = request.round.clone();
    let cast = tokio::task::spawn_blocking(move || desk.cast(&round, me, level))
        .await
        .map_err(|_| PhoneError::busy())?;
    match cast {
        Ok(()) => {}
        Err(Refusal::RoundClosed) => return Err(round_closed()),
        Err(Refusal::Other(message)) => {
            return Err(PhoneError::new(PhoneErrorCode::BadRequest, message))
        }
    }
    s.registry().note_answer(&request.round, me, request.choice);
    s.devices_changed();
    view_of(&s, &token).map(Json)
}

/// The stream's one query parameter (an `EventSource` sends no headers).
#[derive(Debug, Deserialize)]
struct StreamQuery {
    token: String,
}

async fn events(
    State(s): State<Arc<Shared>>,
    query: Result<Query<StreamQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PhoneError> {
    let Query(query) = query.map_err(|_| {
        PhoneError::new(PhoneErrorCode::UnknownDevice, "This phone has not joined.")
    })?;
    s.registry().device(&query.token)?;
    let permit = s
        .streams
        .clone()
        .try_acquire_owned()
        .map_err(|_| PhoneError::busy())?;
    let stream = Pushed {
        room: s.room.clone(),
        devices: s.devices.subscribe(),
        shutdown: s.shutdown.clone(),
        shared: s,
        token: query.token,
        last: None,
        _permit: permit,
    };
    let events = futures_util::stream::unfold(stream, |mut st| async move {
        let view = st.next().await?;
        let event = Event::default()
            .event("view")
            .json_data(&view)
            .unwrap_or_else(|_| Event::default().event("view").data("{}"));
        Some((Ok(event), st))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

/// One device's pushed stream: sends its view whenever it changes.
struct Pushed {
    shared: Arc<Shared>,
    room: watch::Receiver<Arc<PhoneRoom>>,
    devices: watch::Receiver<u64>,
    shutdown: watch::Receiver<bool>,
    token: String,
    last: Option<PhoneView>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl Pushed {
    /// The next view that differs from the last sent; `None` when the
    /// server stops or the device is no longer known.
    async fn next(&mut self) -> Option<PhoneView> {
        loop {
            if *self.shutdown.borrow() {
                return None;
            }
            self.room.borrow_and_update();
            self.devices.borrow_and_update();
            let view = view_of(&self.shared, &self.token).ok()?;
            if self.last.as_ref() != Some(&view) {
                self.last = Some(view.clone());
                return Some(view);
            }
            tokio::select! {
                r = self.room.changed() => r.ok()?,
                r = self.devices.changed() => r.ok()?,
                _ = self.shutdown.changed() => return None,
            }
        }
    }
}
