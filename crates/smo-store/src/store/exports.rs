//! When each document of a workshop was last exported (`document_export`),
//! the Export step's progress. Recording an export is not an edit of the
//! workshop: no undo step, and "last edited" stays as it was.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Transaction};
use smo_core::{Document, DocumentExport, Workshop, WorkshopId};

use super::{finish, Store};
use crate::codec::{parse_timestamp, timestamp};
use crate::StoreError;

/// The workshop's exports, one per document exported, in document order.
pub(super) fn read_exports(
    conn: &Connection,
    id: WorkshopId,
) -> Result<Vec<DocumentExport>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT document, exported_at FROM document_export WHERE workshop_id = ?1",
    )?;
    let rows = stmt.query_map([id.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (document, at) = row?;
        let document = Document::from_key(&document).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "document_export names an unknown document {document:?}"
            ))
        })?;
        out.push(DocumentExport {
            document,
            at: parse_timestamp(&at)?,
        });
    }
    out.sort_by_key(|e| e.document);
    Ok(out)
}

/// Forgets a workshop's exports (it was deleted).
pub(super) fn forget(tx: &Transaction<'_>, id: WorkshopId) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM document_export WHERE workshop_id = ?1",
        [id.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// Notes that `documents` of the workshop were exported at `at`.
    pub fn record_exports(
        &mut self,
        id: WorkshopId,
        documents: &[Document],
        at: DateTime<Utc>,
    ) -> Result<Workshop, StoreError> {
        let tx = self.conn.transaction()?;
        super::require_workshop(&tx, id)?;
        for document in documents {
            tx.execute(
                "INSERT INTO document_export (workshop_id, document, exported_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (workshop_id, document) DO UPDATE SET exported_at = excluded.exported_at",
                params![id.to_string(), document.key(), timestamp(at)],
            )?;
        }
        finish(tx, id)
    }
}
