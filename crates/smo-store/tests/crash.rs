//! Crash safety, proven: a writer process is killed with SIGKILL in the middle
//! of a burst of writes, again and again; each time the database passes
//! `PRAGMA integrity_check` and holds every write the writer saw committed.
//!
//! The writer is this same test binary, started with `SMO_CRASH_DB` set: the
//! `writer` test (ignored in a normal run, so it is never counted as a test
//! that passed) then writes participants as fast as it can and prints each
//! one's name after its transaction commits.
//!
//! What this proves: a crash of the process at any moment loses nothing that
//! was acknowledged and damages nothing. What it cannot prove: survival of a
//! power cut, which rests on SQLite's guarantee with `synchronous=FULL` (the
//! store's settings are checked in `tests/store.rs`) and on the disk honouring
//! its flushes.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use smo_core::{NewWorkshop, ParticipantInput};
use smo_store::Store;

const DB_ENV: &str = "SMO_CRASH_DB";
const ROUNDS: usize = 20;

#[test]
#[ignore = "the writer process of the crash test, started by it"]
fn writer() {
    let Some(path) = std::env::var_os(DB_ENV) else {
        return; // Only meaningful as the child of the test below.
    };
    let mut store =
        Store::open(std::path::Path::new(&path), Box::new(chrono::Utc::now)).expect("open");
    let w = match store.list_workshops().expect("list").first() {
        Some(s) => s.id,
        None => {
            store
                .create_workshop(NewWorkshop {
                    organisation: "Crash Test".into(),
                    title: "Burst".into(),
                    start_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
                    facilitator: String::new(),
                })
                .expect("create")
                .id
        }
    };
    let pid = std::process::id();
    for n in 0.. {
        let name = format!("p-{pid}-{n}");
        store
            .add_participant(
                w,
                &ParticipantInput {
                    name: name.clone(),
                    role: String::new(),
                    area: String::new(),
                },
            )
            .expect("write");
        // Acknowledged only after the commit returned.
        println!("ack {name}");
    }
}

#[test]
fn killing_a_writer_never_corrupts_or_loses_an_acknowledged_write() {
    if std::env::var_os(DB_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("crash.sqlite3");
    let me = std::env::current_exe().expect("test binary");
    let mut acknowledged: Vec<String> = Vec::new();
    let mut total_writes = 0;
    for round in 0..ROUNDS {
        let mut child = Command::new(&me)
            .args([
                "--exact",
                "writer",
                "--ignored",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(DB_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start writer");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(name) = line.strip_prefix("ack ") {
                    if tx.send(name.to_owned()).is_err() {
                        break;
                    }
                }
            }
        });
        // Let it acknowledge a varying number of writes, then kill it mid-burst.
        let wanted = 60 + (round * 37) % 90;
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut acks = Vec::new();
        while acks.len() < wanted && Instant::now() < deadline {
            if let Ok(name) = rx.recv_timeout(Duration::from_millis(100)) {
                acks.push(name);
            }
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        reader.join().expect("reader");
        // Acks printed before the kill but not yet read still count.
        acks.extend(rx.try_iter());
        total_writes += acks.len();
        acknowledged.extend(acks);

        let conn = Connection::open(&db).expect("open after kill");
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity check");
        assert_eq!(check, "ok", "round {round}");
        let mut stmt = conn.prepare("SELECT name FROM participant").expect("query");
        let present: std::collections::HashSet<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .expect("rows")
            .map(|r| r.expect("name"))
            .collect();
        for name in &acknowledged {
            assert!(
                present.contains(name),
                "round {round}: acknowledged write {name} is missing"
            );
        }
    }
    assert!(
        total_writes >= 1000,
        "only {total_writes} writes were made; the test needs thousands"
    );
}
