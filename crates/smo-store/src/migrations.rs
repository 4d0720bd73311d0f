//! The schema's history: embedded migrations, applied in order, never edited.
//!
//! A migration that has been released is never changed or removed; a change to
//! the schema is a new file appended here. `tests` pins each released file's
//! checksum so an edit fails the build's tests.

use rusqlite_migration::{Migrations, M};

/// Each migration's SQL, in order. The schema version is the number applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_workshops.sql"),
    include_str!("../migrations/0002_assessment.sql"),
    include_str!("../migrations/0003_charter_roadmap.sql"),
    include_str!("../migrations/0004_history.sql"),
    include_str!("../migrations/0005_document_exports.sql"),
    include_str!("../migrations/0006_history_subject.sql"),
    include_str!("../migrations/0007_findings_and_briefs.sql"),
    include_str!("../migrations/0008_vote_rounds.sql"),
    include_str!("../migrations/0009_agenda_and_notes.sql"),
    include_str!("../migrations/0010_follow_up.sql"),
    include_str!("../migrations/0011_history_reach.sql"),
];

/// The newest schema version this build knows (stored in `PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The migrations in the form `rusqlite_migration` applies.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a, enough to notice an edit.
    fn checksum(text: &str) -> u64 {
        text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn released_migrations_are_never_edited() {
        // Append a line when a migration is added; never change an existing one.
        let released: &[u64] = &[
            0x977b_6a33_6797_54ce,
            0x59e9_91e3_6760_7bf2,
            0xbf3e_d0f5_832d_97ce,
            0x8789_f1e1_2e02_793f,
            0x4c17_e2b3_c76c_67d0,
            0xbd49_83d3_fada_beb4,
            0x662e_07d4_a8ca_d2e3,
            0x6cd4_3f52_ab3e_29a9,
            0x5200_ad52_c20d_5c2d,
            0x977f_c0ed_7dc7_8063,
            0x81c6_c431_cb41_0cd2,
        ];
        let actual: Vec<u64> = MIGRATIONS.iter().map(|m| checksum(m)).collect();
        assert_eq!(
            &actual[..released.len()],
            released,
            "a released migration changed: add a new migration instead (actual: {actual:#x?})"
        );
    }
}
