// The app's commands as declared in its sources: every function marked
// `#[tauri::command]` in a file of `src/`. This file is included by build.rs
// (which turns the list into the invoke handler and one permission per
// command) and by tests/security.rs (which holds the capability file and the
// UI's IPC module to it), so a command is declared once, by its function.

/// A command: the module it is in (the file's stem) and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DeclaredCommand {
    /// The module (file stem) the function is in: "commands", "close"…
    pub module: String,
    /// The command's name, as the UI invokes it.
    pub name: String,
}

/// The commands declared in `source`, the text of module `module`, in order.
pub fn commands_in(module: &str, source: &str) -> Vec<DeclaredCommand> {
    let mut out = Vec::new();
    let mut marked = false;
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with("#[tauri::command") {
            marked = true;
            continue;
        }
        if !marked || line.starts_with("#[") || line.starts_with("//") {
            continue;
        }
        let Some(after) = line.split_once("fn ").map(|(_, rest)| rest) else {
            continue;
        };
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        out.push(DeclaredCommand {
            module: module.to_owned(),
            name,
        });
        marked = false;
    }
    out
}

/// Every command declared in the `.rs` files directly in `dir`, by module then order.
pub fn commands_in_dir(dir: &std::path::Path) -> Vec<DeclaredCommand> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .expect("the shell's src directory is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|path| {
            let module = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name")
                .to_owned();
            let source = std::fs::read_to_string(path).expect("a readable source file");
            commands_in(&module, &source)
        })
        .collect()
}
