//! Help › About: the version, where the data lives, the database's schema
//! version, and the licences — the app's own and the third-party notice
//! generated from the dependency tree (`crates/smo-tidy/tests/notices.rs` keeps it
//! true).

use serde::Serialize;
use tauri::State;

use crate::commands::Reply;
use crate::AppState;

/// The third-party notice, as shipped.
pub const THIRD_PARTY_NOTICE: &str = include_str!("../../assets/licences/THIRD-PARTY-NOTICES.txt");

/// What About shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    /// The app's version.
    pub version: String,
    /// The app's own licence.
    pub licence: String,
    /// The data directory.
    pub data_dir: String,
    /// The database file.
    pub database_path: String,
    /// The schema version the database is at (`None`: it could not be opened).
    pub schema_version: Option<u32>,
    /// The newest schema version this build knows.
    pub known_schema_version: u32,
    /// The notice's opening paragraph: what it covers, in numbers.
    pub third_party_summary: String,
}

/// What About shows.
#[tauri::command]
pub(crate) async fn about(state: State<'_, AppState>) -> Reply<About> {
    let status = state.status().clone();
    let schema_version = if status.error.is_none() {
        Some(state.with_store(|s| s.info()).await?.schema_version)
    } else {
        None
    };
    Ok(About {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        licence: env!("CARGO_PKG_LICENSE").to_owned(),
        data_dir: status.data_dir,
        database_path: status.database_path,
        schema_version,
        known_schema_version: smo_store::SCHEMA_VERSION,
        third_party_summary: summary(THIRD_PARTY_NOTICE),
    })
}

/// The full third-party notice.
#[tauri::command]
pub(crate) fn third_party_notice() -> String {
    THIRD_PARTY_NOTICE.to_owned()
}

/// The notice's first paragraph after its title.
fn summary(notice: &str) -> String {
    notice
        .split("\n\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|l| !l.starts_with("Generated"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_what_the_notice_lists() {
        let summary = summary(THIRD_PARTY_NOTICE);
        assert!(
            summary.starts_with("SMO Workbench is MIT-licensed."),
            "{summary}"
        );
        let crates: usize = summary
            .split("with ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("a number of crates");
        let listed = THIRD_PARTY_NOTICE
            .split("\n== ")
            .find(|s| s.starts_with("Rust crates"))
            .expect("the crates' section")
            .lines()
            .filter(|l| l.contains(" — "))
            .count();
        assert_eq!(crates, listed);
    }
}
