//! Runs the real `smo` binary against temporary data directories.

use std::path::Path;
use std::process::{Command, Output};

fn smo(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_smo"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("SMO_WORKBENCH_DATA_DIR")
        .output()
        .expect("smo runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn demo_then_list_json_shows_the_sample() {
    let dir = tempfile::tempdir().expect("temp dir");
    let demo = smo(dir.path(), &["demo"]);
    assert!(demo.status.success(), "{demo:?}");
    let id = stdout(&demo).trim().to_owned();

    let list = smo(dir.path(), &["list", "--json"]);
    assert!(list.status.success());
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).expect("valid JSON");
    let items = json.as_array().expect("an array");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], id.as_str());
    assert_eq!(items[0]["organisation"], "Harbourline Logistics");
    assert_eq!(items[0]["participantCount"], 7);
}

#[test]
fn info_reports_paths_and_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    smo(dir.path(), &["demo"]);
    smo(dir.path(), &["demo"]);
    let info = stdout(&smo(dir.path(), &["info"]));
    assert!(info.contains(&dir.path().display().to_string()), "{info}");
    assert!(info.contains("workshops       2"), "{info}");
    assert!(info.contains("participants    14"), "{info}");
    assert!(info.contains("schema version  1"), "{info}");
}

#[test]
fn data_dir_env_is_honoured() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_smo"))
        .arg("demo")
        .env("SMO_WORKBENCH_DATA_DIR", dir.path())
        .output()
        .expect("smo runs");
    assert!(out.status.success());
    assert!(dir.path().join("workbench.sqlite3").exists());
}

#[test]
fn a_database_that_is_not_one_fails_on_stderr_with_non_zero_exit() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("workbench.sqlite3"),
        b"this is not sqlite, just text ".repeat(200),
    )
    .expect("write");
    let out = smo(dir.path(), &["list"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("smo: "), "{err}");
    assert!(err.contains("is not an SMO Workbench database"), "{err}");
}

#[test]
fn unknown_command_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = smo(dir.path(), &["frobnicate"]);
    assert!(!out.status.success());
    assert!(!out.stderr.is_empty());
}
