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
    let schema = format!("schema version  {}", smo_store::SCHEMA_VERSION);
    assert!(info.contains(&schema), "{info}");
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

fn repo_file(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

#[test]
fn framework_check_accepts_the_built_in_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    for file in [
        "assets/frameworks/itil4-practices.toml",
        "assets/frameworks/smo-capabilities.toml",
    ] {
        let out = smo(
            dir.path(),
            &["framework", "check", &repo_file(file).display().to_string()],
        );
        assert!(out.status.success(), "{out:?}");
        assert!(stdout(&out).contains(": ok:"));
    }
    let out = stdout(&smo(
        dir.path(),
        &[
            "framework",
            "check",
            &repo_file("assets/frameworks/itil4-practices.toml")
                .display()
                .to_string(),
        ],
    ));
    assert!(out.contains("34 practices in 3 groups"), "{out}");
    assert!(
        !dir.path().join("workbench.sqlite3").exists(),
        "check opens no database"
    );
}

#[test]
fn framework_check_lists_every_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = std::fs::read_to_string(repo_file("assets/frameworks/smo-capabilities.toml"))
        .expect("read built-in");
    // Two problems: a duplicate id and a missing level descriptor.
    let broken = original
        .replacen("id = \"smo-strategy-and-alignment\"", "id = \"smo-governance-and-authority\"", 1)
        .replacen(
            "  \"Stakeholders actively seek the SMO's input; communication is two-way and shapes the SMO's priorities.\",\n",
            "",
            1,
        );
    let file = dir.path().join("broken.toml");
    std::fs::write(&file, broken).expect("write");
    let out = smo(
        dir.path(),
        &["framework", "check", &file.display().to_string()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    let prefix = format!("smo: {}:", file.display());
    assert!(lines[0].starts_with(&prefix), "{err}");
    assert!(
        lines[0].contains("another practice has the same id"),
        "{err}"
    );
    assert!(
        lines[1]
            .contains("\"smo-communication-and-stakeholders\".levels: 5 level descriptors given"),
        "{err}"
    );
    // FILE:LINE:COLUMN
    let place = lines[1].trim_start_matches(&prefix);
    let line_no: usize = place
        .split(':')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a line number");
    assert!(line_no > 200, "{err}");

    std::fs::write(&file, [0xff, 0xfe, 0x00]).expect("write");
    let out = smo(
        dir.path(),
        &["framework", "check", &file.display().to_string()],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn framework_import_adds_to_the_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = std::fs::read_to_string(repo_file("assets/frameworks/smo-capabilities.toml"))
        .expect("read built-in");
    let custom = original
        .replacen("id = \"smo-capabilities\"", "id = \"acme-smo\"", 1)
        .replacen(
            "name = \"SMO capabilities\"",
            "name = \"Acme SMO model\"",
            1,
        );
    let file = dir.path().join("acme.toml");
    std::fs::write(&file, custom).expect("write");
    let out = smo(
        dir.path(),
        &["framework", "import", &file.display().to_string()],
    );
    assert!(out.status.success(), "{out:?}");
    let list = stdout(&smo(dir.path(), &["framework", "list"]));
    assert!(list.contains("acme-smo"), "{list}");
    assert!(list.contains("(imported)"), "{list}");
    assert_eq!(list.lines().count(), 3, "{list}");
}

#[test]
fn pdf_writes_the_three_documents_byte_identical_at_a_fixed_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(dir.path(), &["demo"])).trim().to_owned();
    let file = |name: &str| dir.path().join(name).display().to_string();
    let run = |suffix: &str| {
        let out = smo(
            dir.path(),
            &[
                "pdf",
                &id,
                "--charter",
                &file(&format!("charter{suffix}.pdf")),
                "--roadmap",
                &file(&format!("roadmap{suffix}.pdf")),
                "--assessment",
                &file(&format!("assessment{suffix}.pdf")),
                "--paper",
                "letter",
                "--at",
                "2026-01-31T10:00:00Z",
            ],
        );
        assert!(out.status.success(), "{out:?}");
        stdout(&out)
    };
    let report = run("-a");
    assert!(report.contains("pages"), "{report}");
    run("-b");
    for name in ["charter", "roadmap", "assessment"] {
        let a = std::fs::read(file(&format!("{name}-a.pdf"))).expect("a");
        let b = std::fs::read(file(&format!("{name}-b.pdf"))).expect("b");
        assert!(a.starts_with(b"%PDF-"));
        assert!(a == b, "{name}: two exports at the same time differ");
    }
}

#[test]
fn pdf_refuses_bad_arguments_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(dir.path(), &["demo"])).trim().to_owned();
    let err = |args: &[&str]| {
        let out = smo(dir.path(), args);
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(err(&["pdf", "not-an-id", "--charter", "x.pdf"]).contains("is not a workshop id"));
    assert!(err(&["pdf", &id]).contains("say which documents to write"));
    assert!(
        err(&["pdf", &id, "--charter", "x.pdf", "--at", "yesterday"])
            .contains("not an RFC 3339 time")
    );
    let missing = "00000000-0000-0000-0000-000000000000";
    assert!(err(&["pdf", missing, "--charter", "x.pdf"]).contains("No workshop with id"));
}

#[test]
fn export_then_import_into_another_database_and_conflicts() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(a.path(), &["demo"])).trim().to_owned();
    let file = a.path().join("harbourline.smow").display().to_string();
    assert!(smo(a.path(), &["export", &id, &file]).status.success());
    let imported = smo(b.path(), &["import", &file]);
    assert!(imported.status.success(), "{imported:?}");
    assert_eq!(stdout(&imported).trim(), id);
    let again = smo(b.path(), &["import", &file]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already in the database"));
    let copy = smo(b.path(), &["import", &file, "--on-conflict", "copy"]);
    assert!(copy.status.success());
    assert_ne!(stdout(&copy).trim(), id);
    let file2 = b.path().join("again.smow").display().to_string();
    assert!(smo(b.path(), &["export", &id, &file2]).status.success());
    assert_eq!(
        std::fs::read(&file).expect("a"),
        std::fs::read(&file2).expect("b")
    );
    std::fs::write(&file2, b"{ not json").expect("write");
    let bad = smo(b.path(), &["import", &file2]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot be imported"));
}

#[test]
fn backup_list_and_restore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(dir.path(), &["demo"])).trim().to_owned();
    let backup = stdout(&smo(dir.path(), &["backup"])).trim().to_owned();
    assert!(std::path::Path::new(&backup).exists(), "{backup}");
    let listed = stdout(&smo(dir.path(), &["backups"]));
    assert!(
        listed.contains("Manual") && listed.contains("1 workshops"),
        "{listed}"
    );
    // A second workshop, then restore the backup that had one.
    smo(dir.path(), &["demo"]);
    let restored = smo(dir.path(), &["restore", &backup]);
    assert!(restored.status.success(), "{restored:?}");
    let list = stdout(&smo(dir.path(), &["list", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(1));
    assert_eq!(json[0]["id"], id.as_str());
    let bad = smo(dir.path(), &["restore", "/etc/hostname"]);
    assert!(!bad.status.success());
}

/// The subcommands `smo --help` lists are the ones README.md and
/// ARCHITECTURE.md document, no more and no fewer.
#[test]
fn the_documented_subcommands_are_the_real_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let help = stdout(&smo(dir.path(), &["--help"]));
    let real: std::collections::BTreeSet<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_owned)
        .collect();
    assert!(real.len() >= 10, "{help}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let in_readme: std::collections::BTreeSet<String> = readme
        .lines()
        .filter_map(|l| l.trim().strip_prefix("cargo run -p smo-cli -- "))
        .flat_map(|rest| {
            let rest = rest.trim_start_matches("--data-dir DIR ");
            let first = rest.split_whitespace().next().unwrap_or_default();
            // "backup | backups | restore FILE" documents three at once.
            let mut names = vec![first.to_owned()];
            names.extend(
                rest.split(" | ")
                    .skip(1)
                    .filter_map(|p| p.split_whitespace().next().map(str::to_owned)),
            );
            names
        })
        .collect();
    assert_eq!(in_readme, real, "README.md's `smo` section");
    let architecture =
        std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let entry = architecture
        .split("- `crates/smo-cli` —")
        .nth(1)
        .and_then(|rest| rest.split("\n- ").next())
        .expect("the code map names smo-cli");
    let in_architecture: std::collections::BTreeSet<String> = entry
        .split('`')
        .skip(3) // "the `smo` binary": the name, not a subcommand
        .step_by(2)
        .filter_map(|code| code.split([' ', '|']).next().map(str::to_owned))
        .filter(|c| !c.starts_with("smo"))
        .collect();
    assert_eq!(
        in_architecture, real,
        "ARCHITECTURE.md's code map entry for smo-cli"
    );
}

#[test]
fn logo_sets_a_png_for_the_covers_refuses_anything_else_and_removes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(dir.path(), &["demo"])).trim().to_owned();
    // A 2 × 1 PNG: signature, IHDR, IDAT (two grey pixels), IEND.
    let png: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0xd1,
        0x49, 0x20, 0x56, 0x00, 0x00, 0x00, 0x0b, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x68,
        0x68, 0x00, 0x00, 0x01, 0x83, 0x01, 0x01, 0x18, 0x35, 0x22, 0x15, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, png).expect("write");
    let set = smo(dir.path(), &["logo", &id, &logo.display().to_string()]);
    assert!(set.status.success(), "{set:?}");
    assert_eq!(stdout(&set).trim(), "logo set: 2 × 1 pixels");
    let pdf = dir.path().join("c.pdf").display().to_string();
    let out = smo(dir.path(), &["pdf", &id, "--charter", &pdf]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "the logo reads: {out:?}"
    );
    let images = std::process::Command::new("pdfimages")
        .args(["-list", &pdf])
        .output()
        .expect("pdfimages (poppler-utils) is needed for this test");
    let list = String::from_utf8_lossy(&images.stdout);
    assert!(
        list.lines()
            .any(|l| l.split_whitespace().take(5).collect::<Vec<_>>()
                == ["1", "0", "image", "2", "1"]),
        "the logo on the cover: {list}"
    );
    // Anything that is not a PNG is refused with why.
    let bad = dir.path().join("logo.txt");
    std::fs::write(&bad, "not an image").expect("write");
    let refused = smo(dir.path(), &["logo", &id, &bad.display().to_string()]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a PNG image"));
    let removed = smo(dir.path(), &["logo", &id, "--remove"]);
    assert!(removed.status.success(), "{removed:?}");
    assert_eq!(stdout(&removed).trim(), "logo removed");
}

#[test]
fn word_workbook_and_template_write_the_same_bytes_at_a_fixed_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = stdout(&smo(dir.path(), &["demo"])).trim().to_owned();
    let file = |name: &str| dir.path().join(name).display().to_string();
    let word = |name: &str| {
        let out = smo(
            dir.path(),
            &[
                "word",
                &id,
                "--charter",
                &file(name),
                "--at",
                "2026-01-31T10:00:00Z",
            ],
        );
        assert!(out.status.success(), "{out:?}");
        stdout(&out)
    };
    assert!(word("a.docx").contains("built-in styles"));
    word("b.docx");
    let a = std::fs::read(file("a.docx")).expect("a");
    assert!(a.starts_with(b"PK"), "a zip package");
    assert!(
        a == std::fs::read(file("b.docx")).expect("b"),
        "same time, same bytes"
    );

    // The exported document itself serves as a firm's template.
    let shown = smo(dir.path(), &["template"]);
    assert!(stdout(&shown).contains("built-in styles"));
    let kept = smo(dir.path(), &["template", &file("a.docx")]);
    assert!(kept.status.success(), "{kept:?}");
    assert_eq!(stdout(&smo(dir.path(), &["template"])).trim(), "a.docx");
    assert!(
        word("c.docx").contains(", a.docx"),
        "Word exports use the kept template"
    );
    let bad = smo(dir.path(), &["template", &file("missing.docx")]);
    assert!(!bad.status.success());
    std::fs::write(file("notes.docx"), b"not a zip").expect("write");
    let bad = smo(dir.path(), &["template", &file("notes.docx")]);
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("not a Word document"),
        "{bad:?}"
    );
    assert_eq!(
        stdout(&smo(dir.path(), &["template"])).trim(),
        "a.docx",
        "a refused file changes nothing"
    );
    assert!(smo(dir.path(), &["template", "--remove"]).status.success());
    assert!(stdout(&smo(dir.path(), &["template"])).contains("built-in styles"));

    let book = smo(
        dir.path(),
        &[
            "workbook",
            &id,
            &file("data.xlsx"),
            "--at",
            "2026-01-31T10:00:00Z",
        ],
    );
    assert!(book.status.success(), "{book:?}");
    assert!(std::fs::read(file("data.xlsx"))
        .expect("xlsx")
        .starts_with(b"PK"));
}
