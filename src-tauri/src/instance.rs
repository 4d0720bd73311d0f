//! One running app per data directory. The first process listens on a Unix
//! socket in its data directory (`instance.sock`); a second launch with the
//! same data directory connects, hands over the files it was asked to open
//! (as absolute paths, one JSON message), and exits, and the first brings its
//! window to the front and opens them. Keyed on the data directory, not the
//! app's name: two processes writing one database is what must not happen,
//! while test sandboxes with their own directories run side by side.
//!
//! A socket left by a process that died is found dead (nobody answers) and
//! replaced. Where Unix sockets do not exist (Windows), every launch runs on
//! its own, as before.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The socket's name in the data directory.
pub const SOCKET_NAME: &str = "instance.sock";

/// What a second launch hands to the first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    /// Files to open, absolute.
    pub files: Vec<PathBuf>,
}

/// The outcome of claiming the data directory.
pub enum Claim {
    /// This process is the only one: it keeps the listener and hears later launches.
    First(Listener),
    /// Another process runs on this data directory and has been handed the files.
    Forwarded,
    /// Another process listens on this data directory but did not take the
    /// files in time (still starting, or hung): this one must not start too.
    Unanswered,
}

/// The first process's ear for later launches.
pub struct Listener {
    #[cfg(unix)]
    socket: std::os::unix::net::UnixListener,
    #[cfg(unix)]
    path: PathBuf,
}

/// The files named on a command line (everything but options), made absolute
/// against `cwd`.
pub fn files_in_args(args: impl IntoIterator<Item = String>, cwd: &Path) -> Vec<PathBuf> {
    args.into_iter()
        .filter(|a| !a.starts_with('-'))
        .map(|a| cwd.join(a))
        .collect()
}

#[cfg(unix)]
mod unix {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::Path;
    use std::time::Duration;

    use super::{Claim, Handover, Listener, SOCKET_NAME};

    /// Claims `dir` for this process, or hands `handover` to the process that
    /// has it, waiting up to `wait` for it to take them.
    pub fn claim(dir: &Path, handover: &Handover, wait: Duration) -> std::io::Result<Claim> {
        let path = dir.join(SOCKET_NAME);
        std::fs::create_dir_all(dir)?;
        for _ in 0..2 {
            match UnixListener::bind(&path) {
                Ok(socket) => return Ok(Claim::First(Listener { socket, path })),
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                    match forward(&path, handover, wait) {
                        Ok(()) => return Ok(Claim::Forwarded),
                        // Nobody listens: a process that died left it behind.
                        Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                            std::fs::remove_file(&path)?;
                        }
                        Err(_) => return Ok(Claim::Unanswered),
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other(format!(
            "{} is in use and nobody answers on it",
            path.display()
        )))
    }

    fn forward(path: &Path, handover: &Handover, wait: Duration) -> std::io::Result<()> {
        let mut stream = UnixStream::connect(path)?;
        stream.set_write_timeout(Some(Duration::from_secs(2)))?;
        stream.set_read_timeout(Some(wait))?;
        let mut line = serde_json::to_vec(handover).map_err(std::io::Error::other)?;
        line.push(b'\n');
        stream.write_all(&line)?;
        // The first process answers once it has taken the files.
        let mut answer = String::new();
        BufReader::new(stream).read_line(&mut answer)?;
        if answer.trim() == "ok" {
            Ok(())
        } else {
            Err(std::io::Error::other("the running app did not answer"))
        }
    }

    impl Listener {
        /// Hears later launches on a thread of its own, for as long as the process runs.
        pub fn hear(self, on_handover: impl Fn(Handover) + Send + 'static) {
            std::thread::spawn(move || {
                for stream in self.socket.incoming() {
                    let Ok(stream) = stream else { continue };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                    let mut reader = BufReader::new(&stream);
                    let mut line = String::new();
                    if reader.read_line(&mut line).is_err() {
                        continue;
                    }
                    match serde_json::from_str::<Handover>(&line) {
                        Ok(handover) => {
                            on_handover(handover);
                            let _ = (&stream).write_all(b"ok\n");
                        }
                        Err(e) => eprintln!("smo-workbench: a second launch sent {line:?}: {e}"),
                    }
                }
            });
        }
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// How long a second launch waits for the first to take its files: the first
/// hears once its window is set up, after its store opened (an upgrade of a
/// large database takes a while).
pub const ANSWER_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Claims `dir` for this process, or hands `handover` to the process that has it.
/// An error (the directory cannot be written) leaves the caller to run alone.
#[cfg(unix)]
pub fn claim(dir: &Path, handover: &Handover) -> std::io::Result<Claim> {
    unix::claim(dir, handover, ANSWER_WAIT)
}

/// Without Unix sockets every launch runs on its own.
#[cfg(not(unix))]
pub fn claim(_dir: &Path, _handover: &Handover) -> std::io::Result<Claim> {
    Ok(Claim::First(Listener {}))
}

#[cfg(not(unix))]
impl Listener {
    /// Nothing to hear.
    pub fn hear(self, _on_handover: impl Fn(Handover) + Send + 'static) {}
}

#[cfg(all(test, unix))]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_second_claim_hands_its_files_to_the_first_and_a_dead_socket_is_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = match claim(dir.path(), &Handover { files: vec![] }).expect("claimed") {
            Claim::First(listener) => listener,
            _ => panic!("nobody else runs"),
        };
        let (heard, hearing) = mpsc::channel();
        first.hear(move |h| heard.send(h).expect("test listens"));

        let files = vec![PathBuf::from("/tmp/a.smow"), PathBuf::from("/tmp/b c.smow")];
        let second = claim(
            dir.path(),
            &Handover {
                files: files.clone(),
            },
        )
        .expect("claimed");
        assert!(matches!(second, Claim::Forwarded));
        let got = hearing
            .recv_timeout(Duration::from_secs(5))
            .expect("the first heard the second");
        assert_eq!(got.files, files);

        // A socket file nobody listens on (a crashed run) is taken over.
        let stale = tempfile::tempdir().expect("temp dir");
        let path = stale.path().join(SOCKET_NAME);
        drop(std::os::unix::net::UnixListener::bind(&path).expect("bound"));
        assert!(path.exists(), "a dead socket file is left behind");
        assert!(matches!(
            claim(stale.path(), &Handover { files: vec![] }).expect("claimed"),
            Claim::First(_)
        ));
    }

    #[test]
    fn a_process_that_listens_but_does_not_answer_keeps_its_claim() {
        let dir = tempfile::tempdir().expect("temp dir");
        // Bound, never accepting: a first process still starting, or hung.
        let _hung =
            std::os::unix::net::UnixListener::bind(dir.path().join(SOCKET_NAME)).expect("bound");
        let second = unix::claim(
            dir.path(),
            &Handover { files: vec![] },
            std::time::Duration::from_millis(200),
        )
        .expect("claimed");
        assert!(matches!(second, Claim::Unanswered));
        assert!(
            dir.path().join(SOCKET_NAME).exists(),
            "its socket is left alone"
        );
    }

    #[test]
    fn files_on_the_command_line_are_made_absolute_and_options_skipped() {
        let cwd = Path::new("/home/ana/clients");
        assert_eq!(
            files_in_args(
                [
                    "acme.smow".to_owned(),
                    "--verbose".into(),
                    "/tmp/x.smow".into()
                ],
                cwd
            ),
            vec![
                PathBuf::from("/home/ana/clients/acme.smow"),
                PathBuf::from("/tmp/x.smow")
            ]
        );
    }
}
