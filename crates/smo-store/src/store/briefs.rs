//! Each document's brief (`document_brief`, one JSON document per workshop
//! and document) and each practice's findings and recommendation (columns
//! of `practice_assessment`).

use rusqlite::{params, Connection, Transaction};
use smo_core::brief::{Brief, Briefs};
use smo_core::{Document, FindingsInput, PracticeChange, Workshop, WorkshopId};

use super::assessment::check_in_scope;
use super::{finish, finish_practice, touch, Store, Subject};
use crate::codec::to_json;
use crate::StoreError;

/// The workshop's three briefs (a document without a row has a blank one).
pub(super) fn read_briefs(conn: &Connection, id: WorkshopId) -> Result<Briefs, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT document, content FROM document_brief WHERE workshop_id = ?1")?;
    let rows = stmt.query_map([id.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut briefs = Briefs::default();
    for row in rows {
        let (document, content) = row?;
        let document = Document::from_key(&document).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "document_brief names an unknown document {document:?}"
            ))
        })?;
        *briefs.of_mut(document) = serde_json::from_str(&content)
            .map_err(|e| StoreError::Corrupt(format!("the {} brief: {e}", document.key())))?;
    }
    Ok(briefs)
}

/// Writes `document`'s brief (a blank one is not stored).
pub(super) fn write_brief(
    tx: &Transaction<'_>,
    id: WorkshopId,
    document: Document,
    brief: &Brief,
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM document_brief WHERE workshop_id = ?1 AND document = ?2",
        params![id.to_string(), document.key()],
    )?;
    if *brief != Brief::default() {
        tx.execute(
            "INSERT INTO document_brief (workshop_id, document, content) VALUES (?1, ?2, ?3)",
            params![id.to_string(), document.key(), to_json(brief, "a brief")?],
        )?;
    }
    Ok(())
}

/// Writes all three briefs.
pub(super) fn write_briefs(
    tx: &Transaction<'_>,
    id: WorkshopId,
    briefs: &Briefs,
) -> Result<(), StoreError> {
    for document in Document::ALL {
        write_brief(tx, id, document, briefs.of(document))?;
    }
    Ok(())
}

/// Copies every brief of `from` to `to`.
pub(super) fn copy_briefs(
    tx: &Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO document_brief (workshop_id, document, content) \
         SELECT ?2, document, content FROM document_brief WHERE workshop_id = ?1",
        [from.to_string(), to.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// Replaces `document`'s brief.
    pub fn update_brief(
        &mut self,
        workshop: WorkshopId,
        document: Document,
        brief: &Brief,
    ) -> Result<Workshop, StoreError> {
        brief.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::of("brief", document.key()))?;
        write_brief(&tx, workshop, document, brief)?;
        finish(tx, workshop)
    }

    /// Records the facilitator's private note on a practice in scope.
    pub fn record_note(
        &mut self,
        workshop: WorkshopId,
        practice_id: &str,
        note: &str,
    ) -> Result<PracticeChange, StoreError> {
        smo_core::Field::FacilitatorNote.check(note)?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::of("note", practice_id).within_practice(practice_id),
        )?;
        check_in_scope(&tx, workshop, practice_id)?;
        tx.execute(
            "INSERT INTO practice_assessment (workshop_id, practice_id, facilitator_note) \
             VALUES (?1, ?2, ?3) \
             ON CONFLICT (workshop_id, practice_id) DO UPDATE SET facilitator_note = ?3",
            params![workshop.to_string(), practice_id, note],
        )?;
        finish_practice(tx, workshop, practice_id)
    }

    /// Records one practice's findings and recommendation.
    pub fn record_findings(
        &mut self,
        workshop: WorkshopId,
        practice_id: &str,
        input: &FindingsInput,
    ) -> Result<PracticeChange, StoreError> {
        input.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::of("findings", practice_id).within_practice(practice_id),
        )?;
        check_in_scope(&tx, workshop, practice_id)?;
        tx.execute(
            "INSERT INTO practice_assessment (workshop_id, practice_id, strengths, weaknesses, recommendation) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (workshop_id, practice_id) DO UPDATE SET \
             strengths = ?3, weaknesses = ?4, recommendation = ?5",
            params![
                workshop.to_string(),
                practice_id,
                input.strengths,
                input.weaknesses,
                input.recommendation,
            ],
        )?;
        finish_practice(tx, workshop, practice_id)
    }
}
