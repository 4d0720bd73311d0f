//! The third-party notice the package ships (`assets/licences/THIRD-PARTY-NOTICES.txt`,
//! shown by About and installed under `/usr/share/doc/smo-workbench/`) is
//! generated from what is built into the app — the crates `cargo metadata`
//! resolves for the app on Linux, the npm packages the window's code is built
//! from, and the fonts — and this test holds the checked-in file to it: a new
//! or updated dependency fails the test until the notice is regenerated
//! (`UPDATE_NOTICES=1 cargo test -p smo-tidy --test notices`), and a
//! dependency under a licence not on [`ALLOWED`] fails it for good.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde_json::Value;
use smo_tidy::{cargo_metadata, root};

/// The licences the app may ship under (SPDX identifiers).
const ALLOWED: &[&str] = &[
    "MIT",
    "MIT-0",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "MPL-2.0",
    "BSL-1.0",
    "CC0-1.0",
    "Unlicense",
    "0BSD",
    "OFL-1.1",
];

/// The npm packages whose code is in the window's bundle: the UI's runtime
/// dependencies, and Svelte, whose runtime the compiler builds in.
const NPM_ROOTS: &[&str] = &["@tauri-apps/api", "svelte"];

/// One component and its licence.
struct Component {
    name: String,
    version: String,
    licence: String,
    /// Its licence files' texts (may be none: then the SPDX name stands).
    texts: Vec<String>,
}

fn licence_texts(dir: &Path) -> Vec<String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy().to_uppercase())
                        .unwrap_or_default();
                    p.is_file()
                        && ["LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT"]
                            .iter()
                            .any(|s| name.starts_with(s))
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| t.trim().replace("\r\n", "\n"))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Every crate built into the app on Linux (normal dependencies, not
/// build scripts or tests), apart from our own.
fn crates() -> Vec<Component> {
    let meta = cargo_metadata(&["--locked", "--filter-platform", "x86_64-unknown-linux-gnu"]);
    let packages: HashMap<&str, &Value> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().expect("id"), p))
        .collect();
    let members: BTreeSet<&str> = meta["workspace_members"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve")
        .iter()
        .map(|n| (n["id"].as_str().expect("id"), n))
        .collect();
    let app = packages
        .values()
        .find(|p| p["name"] == "smo-workbench")
        .expect("the app's package")["id"]
        .as_str()
        .expect("id");
    let mut seen = BTreeSet::new();
    let mut todo = vec![app];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().expect("deps") {
            let normal = dep["dep_kinds"]
                .as_array()
                .expect("kinds")
                .iter()
                .any(|k| k["kind"].is_null());
            if normal {
                todo.push(dep["pkg"].as_str().expect("pkg"));
            }
        }
    }
    let mut out: Vec<Component> = seen
        .into_iter()
        .filter(|id| !members.contains(id))
        .map(|id| {
            let p = packages[id];
            let dir = Path::new(p["manifest_path"].as_str().expect("manifest"))
                .parent()
                .expect("dir")
                .to_path_buf();
            let name = p["name"].as_str().expect("name").to_owned();
            let licence = p["license"]
                .as_str()
                .map(str::to_owned)
                .or_else(|| p["license_file"].as_str().map(|f| format!("see {f}")))
                .unwrap_or_else(|| panic!("{name} states no licence"));
            Component {
                name,
                version: p["version"].as_str().expect("version").to_owned(),
                licence,
                texts: licence_texts(&dir),
            }
        })
        .collect();
    out.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    out
}

/// The npm packages in the window's bundle, with what they depend on.
fn npm_packages() -> Vec<Component> {
    let modules = root().join("ui/node_modules");
    let mut seen = BTreeMap::new();
    let mut todo: Vec<String> = NPM_ROOTS.iter().map(|s| (*s).to_owned()).collect();
    while let Some(name) = todo.pop() {
        if seen.contains_key(&name) {
            continue;
        }
        let dir = modules.join(&name);
        let text = std::fs::read_to_string(dir.join("package.json")).unwrap_or_else(|e| {
            panic!("{name} is not installed in ui/node_modules ({e}); run npm ci")
        });
        let manifest: Value = serde_json::from_str(&text).expect("package.json is JSON");
        if let Some(deps) = manifest["dependencies"].as_object() {
            todo.extend(deps.keys().cloned());
        }
        let licence = manifest["license"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("{name} states no licence"));
        seen.insert(
            name.clone(),
            Component {
                name,
                version: manifest["version"].as_str().unwrap_or("?").to_owned(),
                licence,
                texts: licence_texts(&dir),
            },
        );
    }
    seen.into_values().collect()
}

fn fonts() -> Vec<Component> {
    let dir = root().join("assets/fonts");
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f))
            .expect("font licence")
            .trim()
            .to_owned()
    };
    vec![
        Component {
            name: "Noto Sans (font)".into(),
            version: "2.0 (Debian 20201225)".into(),
            licence: "OFL-1.1".into(),
            texts: vec![read("OFL.txt")],
        },
        Component {
            name: "DejaVu Sans (font)".into(),
            version: "2.37".into(),
            licence: "Bitstream-Vera AND LicenseRef-DejaVu-public-domain".into(),
            texts: vec![read("DejaVu-LICENSE.txt")],
        },
    ]
}

/// Whether `expression` can be met with allowed licences (an `OR` needs one
/// allowed side, an `AND` all of them).
fn allowed(expression: &str) -> bool {
    let expression = expression.replace(['(', ')'], "").replace('/', " OR ");
    expression.split(" OR ").any(|alternative| {
        alternative
            .split(" AND ")
            .all(|id| ALLOWED.contains(&id.trim()))
    })
}

fn render(sections: &[(&str, &[Component])]) -> String {
    let count = |i: usize| sections[i].1.len();
    let mut out = format!(
        "SMO Workbench — third-party notices\n\n\
         SMO Workbench is MIT-licensed. It is built with {} Rust crates, {} npm \
         packages and {} fonts by others, listed here with their licences; the \
         licence texts follow, each once, with the components it covers.\n\
         Generated from the dependency tree by crates/smo-tidy/tests/notices.rs; do not edit.\n",
        count(0),
        count(1),
        count(2)
    );
    // Each text once: (its words, the text, who it covers).
    let mut texts: Vec<(String, String, Vec<String>)> = Vec::new();
    for (title, components) in sections {
        out.push_str(&format!("\n== {title} ({}) ==\n\n", components.len()));
        for c in *components {
            let mut refs = Vec::new();
            for text in &c.texts {
                // The same text with other line breaks is the same text.
                let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                let key = words(text);
                let index = match texts.iter().position(|(k, _, _)| *k == key) {
                    Some(i) => i,
                    None => {
                        texts.push((key, text.clone(), Vec::new()));
                        texts.len() - 1
                    }
                };
                texts[index].2.push(format!("{} {}", c.name, c.version));
                refs.push(format!("[{}]", index + 1));
            }
            let refs = if refs.is_empty() {
                "(the package carries no licence file; the licence's standard text applies)"
                    .to_owned()
            } else {
                format!("text {}", refs.join(" "))
            };
            out.push_str(&format!(
                "{} {} — {} — {}\n",
                c.name, c.version, c.licence, refs
            ));
        }
    }
    out.push_str("\n== Licence texts ==\n");
    for (i, (_, text, users)) in texts.iter().enumerate() {
        out.push_str(&format!(
            "\n--- [{}] {} ---\n\n{}\n",
            i + 1,
            users.join(", "),
            text
        ));
    }
    out
}

#[test]
fn the_third_party_notice_covers_every_dependency_under_an_allowed_licence() {
    let crates = crates();
    let npm = npm_packages();
    let fonts = fonts();
    let refused: Vec<String> = crates
        .iter()
        .chain(&npm)
        .filter(|c| !allowed(&c.licence))
        .map(|c| format!("{} {} ({})", c.name, c.version, c.licence))
        .collect();
    assert!(
        refused.is_empty(),
        "licences not on the allowed list: {refused:?}"
    );
    assert!(crates.len() > 100 && crates.iter().any(|c| c.name == "tauri"));
    assert!(npm.iter().any(|c| c.name == "svelte"));

    let notice = render(&[
        ("Rust crates", &crates),
        ("npm packages in the window", &npm),
        ("Fonts", &fonts),
    ]);
    let path = root().join("assets/licences/THIRD-PARTY-NOTICES.txt");
    if std::env::var_os("UPDATE_NOTICES").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("dir");
        std::fs::write(&path, &notice).expect("written");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == notice,
        "{} is not the notice of today's dependencies; regenerate it with \
         UPDATE_NOTICES=1 cargo test -p smo-tidy --test notices",
        path.display()
    );
}

#[test]
fn licence_expressions_are_read_as_spdx_says() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(!allowed("GPL-3.0-only"));
    assert!(!allowed("MIT AND GPL-2.0"));
    assert!(allowed("GPL-2.0 OR MIT"));
}
