//! The webview stays locked down: checks the Tauri configuration and the
//! capability files for anything that would widen what the UI can do.

use serde_json::Value;

fn read_json(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    serde_json::from_str(&std::fs::read_to_string(&full).expect("readable")).expect("valid JSON")
}

#[test]
fn csp_is_strict_and_prototypes_are_frozen() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_str().expect("a CSP string");
    for banned in [
        "unsafe-inline",
        "unsafe-eval",
        "*",
        "https:",
        "http://",
        "data:",
    ] {
        let allowed_ipc = banned == "http://"
            && csp.matches("http://").count() == 1
            && csp.contains("http://ipc.localhost");
        assert!(
            allowed_ipc || !csp.contains(banned),
            "CSP contains {banned}: {csp}"
        );
    }
    assert!(csp.contains("default-src 'self'"));
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

mod scan {
    #![allow(dead_code)]
    include!("../command_scan.rs");
}

/// The commands `ui/src/lib/ipc.ts` invokes: every `call<…>("name"`.
fn commands_the_ui_calls() -> std::collections::BTreeSet<String> {
    let ipc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc.ts"),
    )
    .expect("ipc.ts");
    ipc.split("call<")
        .skip(1)
        .filter_map(|rest| {
            let after = rest.split_once(">(\"")?.1;
            Some(after.split('"').next()?.to_owned())
        })
        .collect()
}

fn declared_commands() -> std::collections::BTreeSet<String> {
    scan::commands_in_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[test]
fn the_command_scanner_finds_marked_functions_only() {
    let source = "#[tauri::command]\npub(crate) async fn one<R: Runtime>(x: u8) {}\n\nfn not_one() {}\n#[tauri::command]\n#[allow(unused)]\npub fn two() {}\n";
    let found: Vec<String> = scan::commands_in("m", source)
        .into_iter()
        .map(|c| format!("{}::{}", c.module, c.name))
        .collect();
    assert_eq!(found, ["m::one", "m::two"]);
}

#[test]
fn the_webview_is_granted_exactly_the_commands_the_ui_calls() {
    let cap = read_json("capabilities/default.json");
    let permissions: Vec<&str> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("plain permission names"))
        .collect();
    let mut granted = std::collections::BTreeSet::new();
    for p in &permissions {
        // The dialog plugin is used from Rust only: the webview gets none of it.
        for banned in ["fs:", "shell:", "http:", "dialog:", "opener:", "*"] {
            assert!(!p.contains(banned), "{p}");
        }
        if matches!(*p, "core:event:allow-listen" | "core:event:allow-unlisten") {
            continue;
        }
        let command = p
            .strip_prefix("allow-")
            .unwrap_or_else(|| panic!("unexpected permission {p}"))
            .replace('-', "_");
        granted.insert(command);
    }
    let declared = declared_commands();
    let called = commands_the_ui_calls();
    let differ = |a: &std::collections::BTreeSet<String>,
                  b: &std::collections::BTreeSet<String>| {
        a.difference(b).cloned().collect::<Vec<_>>()
    };
    let mut problems = Vec::new();
    for c in differ(&called, &declared) {
        problems.push(format!(
            "ipc.ts calls {c}, which no #[tauri::command] in src/ declares"
        ));
    }
    for c in differ(&granted, &declared) {
        problems.push(format!(
            "the capability grants allow-{}, which is not a command",
            c.replace('_', "-")
        ));
    }
    for c in differ(&granted, &called) {
        problems.push(format!(
            "the capability grants allow-{}, which the UI never calls: take it out",
            c.replace('_', "-")
        ));
    }
    for c in differ(&called, &granted) {
        problems.push(format!(
            "ipc.ts calls {c}, which the capability does not grant: add allow-{}",
            c.replace('_', "-")
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote URLs may use the IPC"
    );
}

#[test]
fn the_default_capability_file_is_the_only_one() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let files: Vec<String> = std::fs::read_dir(&dir)
        .expect("capabilities dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files,
        ["default.json"],
        "every capability file must be checked here"
    );
}
