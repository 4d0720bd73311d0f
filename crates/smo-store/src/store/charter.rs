//! The charter's tables: one row per section (its content as JSON, validated
//! by `smo-core` on the way in and on the way out) and the saved versions.

use rusqlite::{params, Connection, OptionalExtension};
use smo_core::charter::{
    ApprovalStatus, Charter, CharterUpdate, CharterVersion, CharterVersionSummary,
};
use smo_core::{TextRule, ValidationError};
use smo_core::{Workshop, WorkshopId};

use super::{finish, touch, Store, Subject};
use crate::codec::{from_sql, parse_timestamp, timestamp, to_json};
use crate::StoreError;

impl Store {
    /// Replaces one part of the workshop's charter.
    pub fn update_charter(
        &mut self,
        workshop: WorkshopId,
        update: &CharterUpdate,
    ) -> Result<Workshop, StoreError> {
        update.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        let section = update
            .section()
            .map_or("vision".to_owned(), |s| s.to_string());
        touch(&tx, workshop, now, &Subject::of("charter", section))?;
        write_section(&tx, workshop, update)?;
        finish(tx, workshop)
    }

    /// Saves the whole charter as a new numbered version. With `approve`, the
    /// charter is first marked approved (today, unless a date is already set).
    pub fn save_charter_version(
        &mut self,
        workshop: WorkshopId,
        note: &str,
        approve: bool,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let stamp = timestamp(now);
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let mut charter = read_charter(&tx, workshop)?;
        if approve {
            let mut approval = charter.approval.clone();
            approval.status = ApprovalStatus::Approved;
            approval.approved = approval.approved.or(Some(now.date_naive()));
            approval.submitted = approval.submitted.or(approval.approved);
            let update = CharterUpdate::Approval(approval);
            charter.apply(update.clone())?;
            write_section(&tx, workshop, &update)?;
        }
        check_note(note)?;
        insert_version(&tx, workshop, &charter, &stamp, note, approve)?;
        finish(tx, workshop)
    }

    /// The saved versions, newest first.
    pub fn charter_versions(
        &self,
        workshop: WorkshopId,
    ) -> Result<Vec<CharterVersionSummary>, StoreError> {
        read_versions(&self.conn, workshop)
    }

    /// One saved version, whole.
    pub fn charter_version(
        &self,
        workshop: WorkshopId,
        number: u32,
    ) -> Result<CharterVersion, StoreError> {
        let row: Option<(String, bool, String, String)> = self
            .conn
            .query_row(
                "SELECT saved_at, approved, note, content FROM charter_version \
                 WHERE workshop_id = ?1 AND number = ?2",
                params![workshop.to_string(), number],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let (saved_at, approved, note, content) = row.ok_or(StoreError::VersionNotFound(number))?;
        let charter: Charter = serde_json::from_str(&content)
            .map_err(|e| StoreError::Corrupt(format!("charter version {number}: {e}")))?;
        Ok(CharterVersion {
            number,
            saved_at: parse_timestamp(&saved_at)?,
            approved,
            note,
            charter,
        })
    }
}

/// Saves `charter` as the next version.
pub(super) fn insert_version(
    tx: &rusqlite::Transaction<'_>,
    workshop: WorkshopId,
    charter: &Charter,
    saved_at: &str,
    note: &str,
    approved: bool,
) -> Result<(), StoreError> {
    let number: i64 = tx.query_row(
        "SELECT coalesce(max(number), 0) + 1 FROM charter_version WHERE workshop_id = ?1",
        [workshop.to_string()],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO charter_version (workshop_id, number, saved_at, approved, note, content) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            workshop.to_string(),
            number,
            saved_at,
            approved,
            note,
            to_json(charter, "the charter")?
        ],
    )?;
    Ok(())
}

/// Writes a version exactly as it was saved (import).
pub(super) fn insert_version_at(
    tx: &rusqlite::Transaction<'_>,
    workshop: WorkshopId,
    version: &CharterVersion,
) -> Result<(), StoreError> {
    check_note(&version.note)?;
    for update in version.charter.updates() {
        update.validate()?;
    }
    tx.execute(
        "INSERT INTO charter_version (workshop_id, number, saved_at, approved, note, content) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            workshop.to_string(),
            version.number,
            timestamp(version.saved_at),
            version.approved,
            version.note,
            to_json(&version.charter, "a charter version")?
        ],
    )
    .map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => StoreError::BadFile(format!(
            "charter version {} appears twice (or is numbered 0)",
            version.number
        )),
        _ => StoreError::Sqlite(e),
    })?;
    Ok(())
}

/// Every saved version, whole, oldest first.
pub(super) fn read_full_versions(
    conn: &Connection,
    workshop: WorkshopId,
) -> Result<Vec<CharterVersion>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, saved_at, approved, note, content FROM charter_version \
         WHERE workshop_id = ?1 ORDER BY number",
    )?;
    let rows = stmt.query_map([workshop.to_string()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, bool>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    rows.map(|row| {
        let (number, saved_at, approved, note, content) = row?;
        Ok(CharterVersion {
            number: from_sql(number, "charter_version.number")?,
            saved_at: parse_timestamp(&saved_at)?,
            approved,
            note,
            charter: serde_json::from_str(&content)
                .map_err(|e| StoreError::Corrupt(format!("charter version {number}: {e}")))?,
        })
    })
    .collect()
}

/// Reads every section of a workshop's charter (missing ones are empty).
pub(super) fn read_charter(conn: &Connection, workshop: WorkshopId) -> Result<Charter, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT section, content FROM charter_section WHERE workshop_id = ?1")?;
    let rows = stmt.query_map([workshop.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut charter = Charter::default();
    for row in rows {
        let (section, content) = row?;
        let tagged = format!(
            "{{\"section\":{},\"content\":{content}}}",
            json_string(&section)
        );
        let update: CharterUpdate = serde_json::from_str(&tagged)
            .map_err(|e| StoreError::Corrupt(format!("charter section {section}: {e}")))?;
        charter
            .apply(update)
            .map_err(|e| StoreError::Corrupt(format!("charter section {section}: {e}")))?;
    }
    Ok(charter)
}

/// The versions, newest first.
pub(super) fn read_versions(
    conn: &Connection,
    workshop: WorkshopId,
) -> Result<Vec<CharterVersionSummary>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, saved_at, approved, note FROM charter_version WHERE workshop_id = ?1 \
         ORDER BY number DESC",
    )?;
    let rows = stmt.query_map([workshop.to_string()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, bool>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    rows.map(|row| {
        let (number, saved_at, approved, note) = row?;
        Ok(CharterVersionSummary {
            number: from_sql(number, "charter_version.number")?,
            saved_at: parse_timestamp(&saved_at)?,
            approved,
            note,
        })
    })
    .collect()
}

/// Copies the charter and its versions from one workshop to another.
pub(super) fn copy_charter(
    tx: &rusqlite::Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
) -> Result<(), StoreError> {
    let (from, to) = (from.to_string(), to.to_string());
    tx.execute(
        "INSERT INTO charter_section (workshop_id, section, content) \
         SELECT ?2, section, content FROM charter_section WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    tx.execute(
        "INSERT INTO charter_version (workshop_id, number, saved_at, approved, note, content) \
         SELECT ?2, number, saved_at, approved, note, content FROM charter_version WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    Ok(())
}

pub(super) fn write_section(
    tx: &rusqlite::Transaction<'_>,
    workshop: WorkshopId,
    update: &CharterUpdate,
) -> Result<(), StoreError> {
    let value = serde_json::to_value(update).map_err(|e| {
        StoreError::Internal(format!("a charter section cannot be written as JSON: {e}"))
    })?;
    let section = value
        .get("section")
        .and_then(|s| s.as_str())
        .ok_or_else(|| StoreError::Internal("a charter update without a section".into()))?
        .to_owned();
    let content = value
        .get("content")
        .map(ToString::to_string)
        .unwrap_or_else(|| "null".to_owned());
    tx.execute(
        "INSERT INTO charter_section (workshop_id, section, content) VALUES (?1, ?2, ?3) \
         ON CONFLICT (workshop_id, section) DO UPDATE SET content = ?3",
        params![workshop.to_string(), section, content],
    )?;
    Ok(())
}

/// A version's note: one line of the charter (the one text rule).
fn check_note(note: &str) -> Result<(), ValidationError> {
    TextRule::LINE.check_named("The version note", note)
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}
