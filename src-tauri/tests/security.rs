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

fn commands_called_in(text: &str) -> std::collections::BTreeSet<String> {
    text.split("call<")
        .skip(1)
        .filter_map(|rest| {
            let after = rest.split_once(">(\"")?.1;
            Some(after.split('"').next()?.to_owned())
        })
        .collect()
}

/// The command every window's page calls to hear the shell.
const EVERY_WINDOW: &str = "next_page_events";

/// The commands `ui/src/lib/ipc.ts` invokes (every `call<…>("name"`): the
/// main window's, and the presenter window's (those in `presenterApi`).
fn commands_the_ui_calls() -> (
    std::collections::BTreeSet<String>,
    std::collections::BTreeSet<String>,
) {
    let ipc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc.ts"),
    )
    .expect("ipc.ts");
    let start = ipc
        .find("export const presenterApi = {")
        .expect("ipc.ts declares presenterApi");
    let end = start + ipc[start..].find("\n};").expect("presenterApi ends");
    let mut presenter = commands_called_in(&ipc[start..end]);
    let main = commands_called_in(&format!("{}{}", &ipc[..start], &ipc[end..]));
    // How every page hears the shell, in the code both windows share; each
    // window takes only its own events (src/page_events.rs).
    if main.contains(EVERY_WINDOW) {
        presenter.insert(EVERY_WINDOW.to_owned());
    }
    (main, presenter)
}

/// The app commands a capability file grants (after checking it grants
/// nothing but app commands).
fn granted_by(file: &str) -> (Value, std::collections::BTreeSet<String>) {
    let cap = read_json(file);
    let mut granted = std::collections::BTreeSet::new();
    for p in cap["permissions"].as_array().expect("permissions") {
        let p = p.as_str().expect("plain permission names");
        // The dialog plugin is used from Rust only: the webview gets none of it.
        for banned in ["fs:", "shell:", "http:", "dialog:", "opener:", "*"] {
            assert!(!p.contains(banned), "{file}: {p}");
        }
        let command = p
            .strip_prefix("allow-")
            .unwrap_or_else(|| panic!("{file}: unexpected permission {p}"))
            .replace('-', "_");
        granted.insert(command);
    }
    assert!(
        cap.get("remote").is_none(),
        "{file}: no remote URLs may use the IPC"
    );
    (cap, granted)
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
fn each_window_is_granted_exactly_the_commands_its_ui_calls() {
    let (main_cap, main_granted) = granted_by("capabilities/default.json");
    let (presenter_cap, presenter_granted) = granted_by("capabilities/presenter.json");
    let declared = declared_commands();
    let (main_calls, presenter_calls) = commands_the_ui_calls();
    let differ = |a: &std::collections::BTreeSet<String>,
                  b: &std::collections::BTreeSet<String>| {
        a.difference(b).cloned().collect::<Vec<_>>()
    };
    let mut problems = Vec::new();
    for (window, granted, called) in [
        ("main", &main_granted, &main_calls),
        ("presenter", &presenter_granted, &presenter_calls),
    ] {
        for c in differ(called, &declared) {
            problems.push(format!(
                "ipc.ts calls {c} ({window}), which no #[tauri::command] in src/ declares"
            ));
        }
        for c in differ(granted, &declared) {
            problems.push(format!(
                "the {window} capability grants allow-{}, which is not a command",
                c.replace('_', "-")
            ));
        }
        for c in differ(granted, called) {
            problems.push(format!(
                "the {window} capability grants allow-{}, which its UI never calls: take it out",
                c.replace('_', "-")
            ));
        }
        for c in differ(called, granted) {
            problems.push(format!(
                "ipc.ts calls {c} from the {window} window, which its capability does not grant: add allow-{}",
                c.replace('_', "-")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(main_cap["windows"], serde_json::json!(["main"]));
    assert_eq!(presenter_cap["windows"], serde_json::json!(["presenter"]));
    // The projector's window reads the screen it is sent, and nothing of a
    // workshop: least privilege, whatever the UI code says.
    assert_eq!(
        presenter_granted.into_iter().collect::<Vec<_>>(),
        [EVERY_WINDOW, "room_screen"]
    );
    assert!(!main_granted.contains("room_screen"));
}

#[test]
fn every_capability_file_is_checked_here() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let files: Vec<String> = std::fs::read_dir(&dir)
        .expect("capabilities dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let mut files = files;
    files.sort();
    assert_eq!(
        files,
        ["default.json", "presenter.json"],
        "every capability file must be checked here"
    );
}
