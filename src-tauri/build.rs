//! Generates the Tauri context, the invoke handler and one permission per app
//! command, all from the commands' own declarations: every function marked
//! `#[tauri::command]` in `src/` (see `command_scan.rs`). Adding a command is
//! writing its function (and, for the UI, its wrapper in `ui/src/lib/ipc.ts`
//! and its grant in `capabilities/default.json`, which `tests/security.rs`
//! holds to the wrapper list).

include!("command_scan.rs");

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=command_scan.rs");
    let commands = commands_in_dir(std::path::Path::new("src"));
    assert!(!commands.is_empty(), "no #[tauri::command] found in src/");

    // The invoke handler, included by lib.rs.
    let paths: Vec<String> = commands
        .iter()
        .map(|c| format!("crate::{}::{}", c.module, c.name))
        .collect();
    let handler = format!(
        "tauri::generate_handler![\n    {},\n]\n",
        paths.join(",\n    ")
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    std::fs::write(out.join("invoke_handler.rs"), handler).expect("OUT_DIR is writable");

    // One permission per command, for the capability file to grant.
    let names: &'static [&'static str] = Box::leak(
        commands
            .iter()
            .map(|c| &*Box::leak(c.name.clone().into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri build script failed");
}
