//! Starting and stopping the server: its own thread and Tokio runtime, a
//! port near the usual one, and the invitation the room sees.

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde::Serialize;
use smo_core::ParticipantId;
use tokio::sync::{watch, Semaphore};

use crate::api::{self, Shared, MAX_STREAMS};
use crate::registry::Registry;
use crate::secret::{JoinCode, SessionSecret};
use crate::view::{PhoneRoom, PhoneRoster};
use crate::{PhoneError, PhonePage, RoomBoard, VoteDesk};

/// The port tried first; the next ones (and then any free one) when it is taken.
pub const USUAL_PORT: u16 = 7272;
/// Ports tried after [`USUAL_PORT`] before the system picks one.
const PORTS_TRIED: u16 = 10;
/// How long open connections get to finish once the server is stopped.
const GRACE: Duration = Duration::from_secs(2);

/// One of this machine's addresses, as the facilitator picks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MachineAddress {
    /// The network interface ("wlan0").
    pub interface: String,
    /// The address ("192.168.1.20").
    pub ip: String,
    /// Whether only this machine can reach it (for a demo).
    pub loopback: bool,
}

/// This machine's IPv4 addresses, the room's networks first, loopback last
/// (link-local addresses, which phones cannot be sent to, are left out).
pub fn machine_addresses() -> Result<Vec<MachineAddress>, PhoneError> {
    let mut all: Vec<MachineAddress> = if_addrs::get_if_addrs()
        .map_err(|e| PhoneError::start(format!("The network addresses cannot be read: {e}")))?
        .into_iter()
        .filter_map(|i| match i.ip() {
            IpAddr::V4(v4) if !v4.is_link_local() => Some(MachineAddress {
                loopback: v4.is_loopback(),
                interface: i.name,
                ip: v4.to_string(),
            }),
            _ => None,
        })
        .collect();
    all.sort_by_key(|a| a.loopback);
    all.dedup();
    Ok(all)
}

/// What the room sees to join: shown on the presenter window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Invite {
    /// The address to type ("http://192.168.1.20:7272").
    pub address: String,
    /// The QR code's address: `address` with the session's secret after `#`.
    pub url: String,
    /// The six digits to type after opening `address` ("482 913").
    pub join_code: String,
    /// The QR code of `url` (SVG).
    pub qr_svg: String,
}

/// The running server. Stops when dropped (or by [`PhoneServer::stop`]):
/// streams end, connections get [`GRACE`] to finish, and the port is free.
pub struct PhoneServer {
    invite: Invite,
    local: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for PhoneServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhoneServer")
            .field("local", &self.local)
            .finish()
    }
}

/// A listener on `ip`, at the usual port or the next free one.
fn bind(ip: IpAddr) -> Result<TcpListener, PhoneError> {
    let cannot = |e: std::io::Error| {
        PhoneError::start(format!("The voting page cannot be served on {ip}: {e}"))
    };
    let listener = (USUAL_PORT..USUAL_PORT + PORTS_TRIED)
        .find_map(|port| TcpListener::bind((ip, port)).ok())
        .map_or_else(|| TcpListener::bind((ip, 0)), Ok)
        .map_err(cannot)?;
    listener.set_nonblocking(true).map_err(cannot)?;
    Ok(listener)
}

fn qr_svg(url: &str) -> Result<String, PhoneError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| PhoneError::start(format!("The QR code cannot be drawn: {e}")))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

impl PhoneServer {
    /// Serves `page` and the API on `ip` (one of [`machine_addresses`]),
    /// voting through `desk`, showing what `board` holds.
    pub fn start(
        ip: IpAddr,
        page: PhonePage,
        board: &RoomBoard,
        desk: Arc<dyn VoteDesk>,
    ) -> Result<PhoneServer, PhoneError> {
        let listener = bind(ip)?;
        let local = listener
            .local_addr()
            .map_err(|e| PhoneError::start(format!("The port cannot be read: {e}")))?;
        let secret = SessionSecret::new()?;
        let code = JoinCode::new()?;
        let address = format!("http://{local}");
        let url = format!("{address}/#{}", secret.as_str());
        let invite = Invite {
            qr_svg: qr_svg(&url)?,
            address,
            url,
            join_code: code.spoken(),
        };
        let mut hosts = vec![local.to_string()];
        if ip.is_loopback() {
            hosts.push(format!("localhost:{}", local.port()));
        }
        let (shutdown, shutdown_rx) = watch::channel(false);
        let shared = Arc::new(Shared {
            registry: Mutex::new(Registry::new(secret, code)?),
            room: board.subscribe(),
            devices: watch::channel(0).0,
            desk,
            page,
            hosts,
            shutdown: shutdown_rx.clone(),
            streams: Arc::new(Semaphore::new(MAX_STREAMS)),
        });
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("smo-phones")
            .enable_all()
            .build()
            .map_err(|e| PhoneError::start(format!("The server's runtime cannot start: {e}")))?;
        let app = api::router(shared.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let watched = shared.clone();
        let thread = std::thread::Builder::new()
            .name("smo-phones".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    tokio::spawn(tell_the_facilitator(watched, shutdown_rx.clone()));
                    let mut stopped = shutdown_rx.clone();
                    let serve = axum::serve(listener, app)
                        .with_graceful_shutdown(stop_asked(shutdown_rx.clone()));
                    tokio::select! {
                        _ = serve => {}
                        _ = async {
                            let _ = stopped.wait_for(|s| *s).await;
                            tokio::time::sleep(GRACE).await;
                        } => {}
                    }
                });
                runtime.shutdown_timeout(Duration::from_millis(500));
            })
            .map_err(|e| PhoneError::start(format!("The server's thread cannot start: {e}")))?;
        Ok(PhoneServer {
            invite,
            local,
            shared,
            shutdown,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// What the room sees to join.
    pub fn invite(&self) -> &Invite {
        &self.invite
    }

    /// The address and port it listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// Frees `participant`'s name from the device holding it; whether one did.
    pub fn release(&self, participant: ParticipantId) -> bool {
        let released = self.shared.registry().release(participant);
        if released {
            self.shared.devices_changed();
        }
        released
    }

    /// Who holds which name now.
    pub fn roster(&self) -> PhoneRoster {
        let room = self.shared.room.borrow().clone();
        self.shared.registry().roster(&room)
    }

    /// Stops serving and waits until the port is free.
    pub fn stop(&self) {
        self.shutdown.send_replace(true);
        let thread = self
            .thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

impl Drop for PhoneServer {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn stop_asked(mut shutdown: watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|s| *s).await;
}

/// Tells the desk who holds which name whenever the room moves on (a new
/// round forgets the last one's "don't know"s).
async fn tell_the_facilitator(shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>) {
    let mut room = shared.room.clone();
    loop {
        tokio::select! {
            r = room.changed() => if r.is_err() { return },
            _ = shutdown.changed() => return,
        }
        let now: Arc<PhoneRoom> = room.borrow_and_update().clone();
        let roster = shared.registry().roster(&now);
        shared.desk.roster_changed(roster);
    }
}
