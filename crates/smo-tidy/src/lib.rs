//! The checks that keep ARCHITECTURE.md true, as tests: `tests/tidy.rs`
//! (which crates may depend on rusqlite, Tauri and printpdf; that smo-core
//! cannot read the clock or make random ids; that every crate is in the code
//! map; that every source file opens by saying what it is) and
//! `tests/notices.rs` (the shipped third-party notice is the dependency
//! tree's). The library is only what both read: the workspace and its
//! `cargo metadata`.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The workspace's root directory.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `cargo metadata --format-version 1 --offline` with `args`, parsed (no
/// network: the tests run on what the lock file has already fetched).
pub fn cargo_metadata(args: &[&str]) -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(args)
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}
