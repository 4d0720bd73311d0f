//! Undo and redo of changes to a workshop. Before each change the workshop is
//! snapshotted (as workshop-file JSON) onto its undo stack; a burst of changes
//! to the same [`Subject`] within [`COALESCE_SECONDS`] of each other (typing in
//! one field) makes one step, while changes to different things are separate
//! steps however fast they come (scoring one practice after another). Undo
//! puts the current state on the redo stack and brings back the last
//! snapshot; any new change clears the redo stack. Each undo or redo is one
//! transaction, saved like any other edit.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use smo_core::portable::{PortableWorkshop, WorkshopFile};
use smo_core::{Workshop, WorkshopId};

use super::charter::read_full_versions;
use super::portable::write_workshop;
use super::{finish, read_workshop, Store};
use crate::codec::{from_sql, parse_timestamp, timestamp, to_json};
use crate::StoreError;

/// Changes closer together than this are undone together.
pub const COALESCE_SECONDS: i64 = 2;
/// How many undo steps are kept per workshop.
pub const KEPT: i64 = 100;

/// What a change edits. Changes to the same subject in quick succession are
/// one undo step; a [`Subject::alone`] change is always a step of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Subject(String);

impl Subject {
    /// A change that is never merged with another (adding, removing, moving).
    pub(crate) fn alone() -> Subject {
        Subject(String::new())
    }

    /// The thing `kind` named `name`: `Subject::of("current", "incident-management")`.
    pub(crate) fn of(kind: &str, name: impl std::fmt::Display) -> Subject {
        Subject(format!("{kind}:{name}"))
    }

    fn key(&self) -> &str {
        &self.0
    }

    fn merges_with(&self, earlier: &str) -> bool {
        !self.0.is_empty() && self.0 == earlier
    }
}

#[derive(Clone, Copy)]
enum Stack {
    Undo,
    Redo,
}

impl Stack {
    fn key(self) -> &'static str {
        match self {
            Stack::Undo => "undo",
            Stack::Redo => "redo",
        }
    }
}

fn snapshot(conn: &Connection, id: WorkshopId) -> Result<String, StoreError> {
    let portable =
        WorkshopFile::of(read_workshop(conn, id)?, read_full_versions(conn, id)?).workshop;
    to_json(&portable, "an undo step")
}

fn push(
    tx: &Transaction<'_>,
    id: WorkshopId,
    stack: Stack,
    content: &str,
    (now, subject): (&str, &Subject),
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO history (workshop_id, stack, seq, saved_at, content, subject) \
         VALUES (?1, ?2, (SELECT coalesce(max(seq), 0) + 1 FROM history WHERE workshop_id = ?1 AND stack = ?2), ?3, ?4, ?5)",
        params![id.to_string(), stack.key(), now, content, subject.key()],
    )?;
    Ok(())
}

fn pop(tx: &Transaction<'_>, id: WorkshopId, stack: Stack) -> Result<Option<String>, StoreError> {
    let row: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, content FROM history WHERE workshop_id = ?1 AND stack = ?2 \
             ORDER BY seq DESC LIMIT 1",
            params![id.to_string(), stack.key()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((seq, content)) = row else {
        return Ok(None);
    };
    tx.execute(
        "DELETE FROM history WHERE workshop_id = ?1 AND stack = ?2 AND seq = ?3",
        params![id.to_string(), stack.key(), seq],
    )?;
    Ok(Some(content))
}

/// Called at the start of every undoable change: snapshots the workshop as it
/// is (unless the last snapshot began a burst of changes to the same subject
/// that is still going) and clears redo.
pub(super) fn remember(
    tx: &Transaction<'_>,
    id: WorkshopId,
    now: DateTime<Utc>,
    subject: &Subject,
) -> Result<(), StoreError> {
    let last: Option<(String, String)> = tx
        .query_row(
            "SELECT saved_at, subject FROM history WHERE workshop_id = ?1 AND stack = 'undo' \
             ORDER BY seq DESC LIMIT 1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let burst = match last {
        Some((at, earlier)) if subject.merges_with(&earlier) => {
            let t = parse_timestamp(&at)?;
            now - t < Duration::seconds(COALESCE_SECONDS) && now >= t
        }
        _ => false,
    };
    tx.execute(
        "DELETE FROM history WHERE workshop_id = ?1 AND stack = 'redo'",
        [id.to_string()],
    )?;
    if burst {
        // Extend the burst: the step still undoes to the state before it began.
        tx.execute(
            "UPDATE history SET saved_at = ?2 WHERE workshop_id = ?1 AND stack = 'undo' \
             AND seq = (SELECT max(seq) FROM history WHERE workshop_id = ?1 AND stack = 'undo')",
            params![id.to_string(), timestamp(now)],
        )?;
        return Ok(());
    }
    let content = snapshot(tx, id)?;
    push(tx, id, Stack::Undo, &content, (&timestamp(now), subject))?;
    tx.execute(
        "DELETE FROM history WHERE workshop_id = ?1 AND stack = 'undo' AND seq <= \
         (SELECT max(seq) FROM history WHERE workshop_id = ?1 AND stack = 'undo') - ?2",
        params![id.to_string(), KEPT],
    )?;
    Ok(())
}

/// How many steps can be undone and redone.
pub(super) fn depth(conn: &Connection, id: WorkshopId) -> Result<(u32, u32), StoreError> {
    let count = |stack: &str| -> Result<u32, StoreError> {
        let n: i64 = conn.query_row(
            "SELECT count(*) FROM history WHERE workshop_id = ?1 AND stack = ?2",
            params![id.to_string(), stack],
            |r| r.get(0),
        )?;
        from_sql(n, &format!("the number of {stack} steps"))
    };
    Ok((count("undo")?, count("redo")?))
}

/// Forgets a workshop's history (it was deleted).
pub(super) fn forget(tx: &Transaction<'_>, id: WorkshopId) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM history WHERE workshop_id = ?1",
        [id.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// Undoes the last change to the workshop; `Ok(None)` when there is none.
    pub fn undo(&mut self, id: WorkshopId) -> Result<Option<Workshop>, StoreError> {
        self.step(id, Stack::Undo, Stack::Redo)
    }

    /// Redoes the last undone change; `Ok(None)` when there is none.
    pub fn redo(&mut self, id: WorkshopId) -> Result<Option<Workshop>, StoreError> {
        self.step(id, Stack::Redo, Stack::Undo)
    }

    fn step(
        &mut self,
        id: WorkshopId,
        from: Stack,
        to: Stack,
    ) -> Result<Option<Workshop>, StoreError> {
        let now = timestamp((self.clock)());
        let tx = self.conn.transaction()?;
        let Some(content) = pop(&tx, id, from)? else {
            return Ok(None);
        };
        let target: PortableWorkshop = serde_json::from_str(&content)
            .map_err(|e| StoreError::Corrupt(format!("an undo step cannot be read: {e}")))?;
        let current = snapshot(&tx, id)?;
        push(&tx, id, to, &current, (&now, &Subject::alone()))?;
        tx.execute("DELETE FROM workshop WHERE id = ?1", [id.to_string()])?;
        write_workshop(&tx, &target)?;
        finish(tx, id).map(Some)
    }
}
