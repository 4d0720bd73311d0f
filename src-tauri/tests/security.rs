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

#[test]
fn capabilities_grant_only_our_commands_and_event_listening() {
    let cap = read_json("capabilities/default.json");
    let build_rs =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs"))
            .expect("build.rs");
    let permissions: Vec<&str> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("plain permission names"))
        .collect();
    for p in &permissions {
        let ours = p.starts_with("allow-")
            && build_rs.contains(&format!("\"{}\"", p["allow-".len()..].replace('-', "_")));
        let listening = matches!(*p, "core:event:allow-listen" | "core:event:allow-unlisten");
        assert!(ours || listening, "unexpected permission {p}");
        // The dialog plugin is used from Rust only: the webview gets none of it.
        for banned in ["fs:", "shell:", "http:", "dialog:", "opener:", "*"] {
            assert!(!p.contains(banned), "{p}");
        }
    }
    // Every command build.rs declares is granted (none forgotten).
    let declared = build_rs.matches("\",").count();
    assert_eq!(permissions.len() - 2, declared);
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
