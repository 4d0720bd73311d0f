//! Reading a file a person chose to import: only a regular file (never a
//! named pipe, which would block forever, or a device, which would be read
//! until memory runs out), and never more than the limit for its kind.

use std::io::Read;
use std::path::Path;

use crate::StoreError;

/// The bytes of the regular file at `path`, refused beyond `max` bytes. The
/// message names the file and what is wrong; nothing is read from something
/// that is not a regular file.
pub fn read_input_file(path: &Path, max: usize, kind: &str) -> Result<Vec<u8>, StoreError> {
    let shown = path.display();
    let bad = |reason: String| StoreError::BadFile(format!("{shown}: {reason}"));
    // Follows links, so a link to a device is seen as the device.
    let meta = std::fs::metadata(path).map_err(|e| bad(e.to_string()))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a pipe, socket or device)"
        };
        return Err(bad(format!("this is {what}; choose {kind}")));
    }
    let too_big = |size: u64| {
        bad(format!(
            "the file is {} MB; {kind} may be at most {} MB",
            size.div_ceil(1024 * 1024),
            max / (1024 * 1024)
        ))
    };
    if meta.len() > max as u64 {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| bad(e.to_string()))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(max).min(max));
    // A file that grows while it is read still stops at the limit.
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(e.to_string()))?;
    if bytes.len() > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let small = dir.path().join("small.smow");
        std::fs::write(&small, b"{}").expect("written");
        assert_eq!(
            read_input_file(&small, 10, "a workshop file").expect("read"),
            b"{}"
        );
        let big = dir.path().join("big.smow");
        std::fs::write(&big, vec![b' '; 2 * 1024 * 1024 + 1]).expect("written");
        let e = read_input_file(&big, 2 * 1024 * 1024, "a workshop file").expect_err("too big");
        assert!(e.to_string().contains("may be at most 2 MB"), "{e}");
        let e = read_input_file(dir.path(), 10, "a workshop file").expect_err("a folder");
        assert!(e.to_string().contains("this is a folder"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_link_to_a_device_is_refused_without_reading() {
        let dir = tempfile::tempdir().expect("temp dir");
        let pipe = dir.path().join("pipe.smow");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        // Opening a pipe with no writer would block this test forever.
        let e = read_input_file(&pipe, 10, "a workshop file").expect_err("a pipe");
        assert!(e.to_string().contains("not a regular file"), "{e}");
        let link = dir.path().join("zero.smow");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("a link");
        let e = read_input_file(&link, 10, "a workshop file").expect_err("a device");
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
}
