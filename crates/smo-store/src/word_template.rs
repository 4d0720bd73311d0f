//! The firm's Word template, kept once in the data directory
//! (`word-template/<its name>`) and used for every Word export until it is
//! replaced or forgotten. Checking that it is a Word template is the Word
//! renderer's job; this only keeps the file.

use std::path::{Path, PathBuf};

use crate::{DataDir, StoreError};

const FOLDER: &str = "word-template";

/// The most a template may weigh (a logo-heavy one is a few MB).
pub const MAX_TEMPLATE_BYTES: usize = 20 * 1024 * 1024;

/// The kept template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptTemplate {
    /// The file name it was chosen as ("Northwind house style.dotx").
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

fn folder(dir: &DataDir) -> PathBuf {
    dir.root().join(FOLDER)
}

fn io(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::BadFile(format!("{}: {e}", path.display()))
}

/// Keeps `bytes` as the template called `name` (only its file name is
/// used), replacing any kept before. Written beside and renamed, so a
/// failed write leaves the previous template in place.
pub fn keep_word_template(dir: &DataDir, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
    let name = Path::new(name)
        .file_name()
        .map(|n| smo_core::portable::safe_file_name(&n.to_string_lossy()))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "template.docx".to_owned());
    let folder = folder(dir);
    std::fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
    let part = folder.join(".incoming");
    std::fs::write(&part, bytes).map_err(|e| io(&part, e))?;
    for old in kept_files(&folder)? {
        std::fs::remove_file(&old).map_err(|e| io(&old, e))?;
    }
    let path = folder.join(&name);
    std::fs::rename(&part, &path).map_err(|e| io(&path, e))
}

/// The kept template, if there is one.
pub fn word_template(dir: &DataDir) -> Result<Option<KeptTemplate>, StoreError> {
    let Some(path) = kept_path(dir)? else {
        return Ok(None);
    };
    let bytes = crate::read_input_file(&path, MAX_TEMPLATE_BYTES, "a Word template")?;
    Ok(Some(KeptTemplate {
        name: file_name(&path),
        bytes,
    }))
}

/// The kept template's file name, if there is one (without reading it).
pub fn word_template_name(dir: &DataDir) -> Result<Option<String>, StoreError> {
    Ok(kept_path(dir)?.map(|p| file_name(&p)))
}

fn kept_path(dir: &DataDir) -> Result<Option<PathBuf>, StoreError> {
    let folder = folder(dir);
    if !folder.exists() {
        return Ok(None);
    }
    Ok(kept_files(&folder)?.into_iter().next())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Forgets the kept template (Word exports use the built-in styles again).
pub fn forget_word_template(dir: &DataDir) -> Result<(), StoreError> {
    let folder = folder(dir);
    if !folder.exists() {
        return Ok(());
    }
    for old in kept_files(&folder)? {
        std::fs::remove_file(&old).map_err(|e| io(&old, e))?;
    }
    Ok(())
}

/// The template files in the folder (not the one being written), by name.
fn kept_files(folder: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| io(folder, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".incoming"))
        .collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_template_replaces_the_one_before_and_can_be_forgotten() {
        let tmp = tempfile::tempdir().expect("temp");
        let dir = DataDir::at(tmp.path());
        assert_eq!(word_template(&dir).expect("none"), None);
        keep_word_template(&dir, "/home/me/Old style.docx", b"old").expect("keep");
        keep_word_template(&dir, "House style.dotx", b"new").expect("keep");
        let kept = word_template(&dir).expect("read").expect("kept");
        assert_eq!(kept.name, "House style.dotx");
        assert_eq!(kept.bytes, b"new");
        assert_eq!(
            word_template_name(&dir).expect("name").as_deref(),
            Some("House style.dotx")
        );
        forget_word_template(&dir).expect("forget");
        assert_eq!(word_template(&dir).expect("none"), None);
    }
}
