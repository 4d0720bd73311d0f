//! ARCHITECTURE.md's checkable claims, checked: over `cargo metadata` for the
//! crate graph, and over the source tree for what every file must say.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use smo_tidy::{cargo_metadata, root};

/// The workspace's packages with their declared dependencies (no network).
fn metadata() -> Value {
    cargo_metadata(&["--no-deps"])
}

/// For each package, its dependencies of `kind` (null: normal, "build", "dev").
fn dependencies(kinds: &[Option<&str>]) -> BTreeMap<String, Vec<Value>> {
    metadata()["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .expect("dependencies")
                .iter()
                .filter(|d| kinds.contains(&d["kind"].as_str()))
                .cloned()
                .collect();
            (p["name"].as_str().expect("a name").to_owned(), deps)
        })
        .collect()
}

#[test]
fn only_the_named_crates_speak_sql_tauri_and_pdf() {
    // Who may use what, for the code that ships (normal and build dependencies).
    let owners: [(&str, &[&str]); 11] = [
        ("rusqlite", &["smo-store"]),
        ("rusqlite_migration", &["smo-store"]),
        ("tauri", &["smo-workbench"]),
        ("tauri-build", &["smo-workbench"]),
        ("printpdf", &["smo-pdf"]),
        // Word documents are written in one place, workbooks in another.
        ("resvg", &["smo-docx"]),
        ("zip", &["smo-docx"]),
        ("rust_xlsxwriter", &["smo-xlsx"]),
        // The network is served in one place, and only while the phones are on.
        ("axum", &["smo-phones"]),
        ("if-addrs", &["smo-phones"]),
        ("qrcode", &["smo-phones"]),
    ];
    let mut wrong = Vec::new();
    for (package, deps) in dependencies(&[None, Some("build")]) {
        for d in deps {
            let name = d["name"].as_str().expect("a name");
            for (library, allowed) in owners {
                if name == library && !allowed.contains(&package.as_str()) {
                    wrong.push(format!(
                        "{package} depends on {library}; only {allowed:?} may"
                    ));
                }
            }
            if name.starts_with("tauri-plugin") && package != "smo-workbench" {
                wrong.push(format!(
                    "{package} depends on {name}; only the shell knows Tauri"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn what_only_tests_and_benchmarks_use_is_never_shipped() {
    // The app and the CLI ship; fixtures, golden files and the benchmark do not.
    let shipped = [
        "smo-workbench",
        "smo-cli",
        "smo-core",
        "smo-chart",
        "smo-doc",
        "smo-pdf",
        "smo-docx",
        "smo-xlsx",
        "smo-fonts",
        "smo-store",
        "smo-phones",
    ];
    // reqwest plays the phones in tests and the benchmark: the app is never a client.
    let never = [
        "smo-fixtures",
        "smo-golden",
        "smo-bench",
        "smo-tidy",
        "reqwest",
    ];
    let mut wrong = Vec::new();
    for (package, deps) in dependencies(&[None, Some("build")]) {
        if !shipped.contains(&package.as_str()) {
            continue;
        }
        for d in deps {
            let name = d["name"].as_str().expect("a name");
            if never.contains(&name) {
                wrong.push(format!(
                    "{package} ships with {name}, which is for tests only"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn smo_core_depends_on_little_and_cannot_read_the_clock_or_make_random_ids() {
    let deps = dependencies(&[None]);
    let core = &deps["smo-core"];
    let names: BTreeSet<&str> = core.iter().filter_map(|d| d["name"].as_str()).collect();
    let allowed: BTreeSet<&str> = [
        "chrono",
        "serde",
        "thiserror",
        "toml",
        "unicode-normalization",
        "uuid",
        "ts-rs",
    ]
    .into();
    assert!(
        names.is_subset(&allowed),
        "smo-core depends on {:?}, beyond {allowed:?}",
        names.difference(&allowed).collect::<Vec<_>>()
    );
    let features = |name: &str| -> (bool, Vec<String>) {
        let d = core.iter().find(|d| d["name"] == name).expect(name);
        (
            d["uses_default_features"].as_bool().unwrap_or(true),
            d["features"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .filter_map(|x| x.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
        )
    };
    let (chrono_defaults, chrono) = features("chrono");
    assert!(
        !chrono_defaults && !chrono.iter().any(|f| f == "clock" || f == "now"),
        "smo-core's chrono may not read the clock: defaults {chrono_defaults}, features {chrono:?}"
    );
    let (_, uuid) = features("uuid");
    assert!(
        !uuid.iter().any(|f| f.starts_with('v') && f != "v5"),
        "smo-core's uuid may not make random or time-based ids: {uuid:?}"
    );
}

#[test]
fn documents_are_built_from_the_workshop_alone() {
    // smo-doc builds the trees every renderer draws: from the domain and the
    // chart geometry, with the export time as an input, never the clock.
    let deps = dependencies(&[None]);
    let doc = &deps["smo-doc"];
    let names: BTreeSet<&str> = doc.iter().filter_map(|d| d["name"].as_str()).collect();
    let allowed: BTreeSet<&str> = ["smo-core", "smo-chart", "chrono"].into();
    assert!(
        names.is_subset(&allowed),
        "smo-doc depends on {:?}, beyond {allowed:?}",
        names.difference(&allowed).collect::<Vec<_>>()
    );
    let chrono = doc.iter().find(|d| d["name"] == "chrono").expect("chrono");
    let features: Vec<&str> = chrono["features"]
        .as_array()
        .map(|f| f.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    assert!(
        !features.iter().any(|f| *f == "clock" || *f == "now"),
        "smo-doc's chrono may not read the clock: {features:?}"
    );
}

#[test]
fn every_crate_is_in_the_code_map() {
    let architecture =
        std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let missing: Vec<String> = metadata()["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| {
            let manifest = PathBuf::from(p["manifest_path"].as_str()?);
            let dir = manifest
                .parent()?
                .strip_prefix(root().canonicalize().ok()?)
                .ok()?
                .to_owned();
            let dir = dir.to_string_lossy().replace('\\', "/");
            (!architecture.contains(&format!("`{dir}`"))).then_some(dir)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's code map does not name {missing:?}"
    );
}

/// The files under `dir` (recursively) whose names end in one of `endings`.
fn files(dir: &Path, endings: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable directory") {
        let path = entry.expect("an entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if !["node_modules", "generated", "golden", "target", "dist"].contains(&name) {
                files(&path, endings, out);
            }
        } else if endings.iter().any(|e| name.ends_with(e)) {
            out.push(path);
        }
    }
}

#[test]
fn every_source_file_opens_by_saying_what_it_is() {
    let root = root();
    let mut sources = Vec::new();
    for dir in ["crates", "src-tauri", "ui/src", "tests/e2e"] {
        files(
            &root.join(dir),
            &[".rs", ".ts", ".svelte", ".js"],
            &mut sources,
        );
    }
    assert!(
        sources.len() > 100,
        "found only {} source files",
        sources.len()
    );
    let silent: Vec<String> = sources
        .iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).expect("a readable file");
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or_default();
            let name = path.to_string_lossy();
            let says = if name.ends_with(".rs") {
                first.starts_with("//")
            } else if name.ends_with(".svelte") {
                first.starts_with("<!--")
            } else {
                first.starts_with("//") || first.starts_with("/**") || first.starts_with("/*")
            };
            !says
        })
        .map(|p| p.strip_prefix(&root).unwrap_or(p).display().to_string())
        .collect();
    assert!(
        silent.is_empty(),
        "these files do not open with a comment saying what they are:\n{}",
        silent.join("\n")
    );
}
