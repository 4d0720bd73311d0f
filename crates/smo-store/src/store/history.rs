//! Undo and redo of changes to a workshop. Before each change what it can
//! alter is kept on the workshop's undo stack: the whole workshop (as
//! workshop-file JSON), or, when the change touches nothing but one
//! practice's own record ([`Subject::within_practice`]: a level, a target,
//! findings, a note, a vote round), that practice's record alone. A burst of changes
//! to the same [`Subject`] within [`COALESCE_SECONDS`] of each other (typing in
//! one field) makes one step, while changes to different things are separate
//! steps however fast they come (scoring one practice after another). Undo
//! puts the current state on the redo stack and brings back the last
//! snapshot; any new change clears the redo stack. Each undo or redo is one
//! transaction, saved like any other edit.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use smo_core::portable::{PortableWorkshop, WorkshopFile};
use smo_core::{PracticeAssessment, Workshop, WorkshopId};

use super::assessment::{delete_practice, read_practice, write_practice};
use super::charter::read_full_versions;
use super::portable::write_workshop;
use super::{finish, participant_order, read_workshop, read_workshop_row, Store};
use crate::codec::{from_sql, parse_timestamp, timestamp, to_json};
use crate::StoreError;

/// Changes closer together than this are undone together.
pub const COALESCE_SECONDS: i64 = 2;
/// How many undo steps are kept per workshop.
pub const KEPT: i64 = 100;

/// What a change edits. Changes to the same subject in quick succession are
/// one undo step; a [`Subject::alone`] change is always a step of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Subject {
    key: String,
    reach: Reach,
}

/// How much of a workshop a change can alter, so how much its undo step keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reach {
    /// Anything: the step keeps the whole workshop.
    Workshop,
    /// Only this practice's own record: the step keeps that record.
    Practice(String),
}

impl Reach {
    /// `history.reach` of a step that keeps the whole workshop.
    const WORKSHOP: &'static str = "workshop";
    /// `history.reach` of a step that keeps one practice's record.
    const PRACTICE: &'static str = "practice";

    /// The `history.reach` column's value.
    fn key(&self) -> &'static str {
        match self {
            Reach::Workshop => Reach::WORKSHOP,
            Reach::Practice(_) => Reach::PRACTICE,
        }
    }
}

impl Subject {
    /// A change that is never merged with another (adding, removing, moving).
    pub(crate) fn alone() -> Subject {
        Subject {
            key: String::new(),
            reach: Reach::Workshop,
        }
    }

    /// The thing `kind` named `name`: `Subject::of("current", "incident-management")`.
    pub(crate) fn of(kind: &str, name: impl std::fmt::Display) -> Subject {
        Subject {
            key: format!("{kind}:{name}"),
            reach: Reach::Workshop,
        }
    }

    /// The same subject, for a change that alters nothing but the record of
    /// practice `practice_id` (its row, its vote rounds and their votes) and
    /// when the workshop last changed: its undo step keeps that record alone.
    pub(crate) fn within_practice(self, practice_id: &str) -> Subject {
        Subject {
            reach: Reach::Practice(practice_id.to_owned()),
            ..self
        }
    }

    fn key(&self) -> &str {
        &self.key
    }

    fn merges_with(&self, earlier: &str) -> bool {
        !self.key.is_empty() && self.key == earlier
    }
}

/// What a practice-reach undo step keeps: the practice's record and when the
/// workshop last changed before the change.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PracticeStep {
    updated_at: DateTime<Utc>,
    practice: PracticeAssessment,
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

/// What an undo step of `reach` keeps of the workshop as it is now, as JSON.
fn snapshot(conn: &Connection, id: WorkshopId, reach: &Reach) -> Result<String, StoreError> {
    match reach {
        Reach::Workshop => {
            let portable =
                WorkshopFile::of(read_workshop(conn, id)?, read_full_versions(conn, id)?).workshop;
            to_json(&portable, "an undo step")
        }
        Reach::Practice(practice_id) => {
            let order = participant_order(conn, id)?;
            let step = PracticeStep {
                updated_at: read_workshop_row(conn, id)?.2,
                practice: read_practice(conn, id, practice_id, &order)?,
            };
            to_json(&step, "an undo step")
        }
    }
}

/// Puts back what an undo step of `reach` kept, and returns what it
/// replaces, kept the same way (for the opposite stack).
fn restore(
    tx: &Transaction<'_>,
    id: WorkshopId,
    reach: &str,
    content: &str,
) -> Result<(Reach, String), StoreError> {
    let unreadable =
        |e: serde_json::Error| StoreError::Corrupt(format!("an undo step cannot be read: {e}"));
    match reach {
        Reach::WORKSHOP => {
            let target: PortableWorkshop = serde_json::from_str(content).map_err(unreadable)?;
            let current = snapshot(tx, id, &Reach::Workshop)?;
            tx.execute("DELETE FROM workshop WHERE id = ?1", [id.to_string()])?;
            write_workshop(tx, &target)?;
            Ok((Reach::Workshop, current))
        }
        Reach::PRACTICE => {
            let step: PracticeStep = serde_json::from_str(content).map_err(unreadable)?;
            let reach = Reach::Practice(step.practice.practice_id.clone());
            let current = snapshot(tx, id, &reach)?;
            delete_practice(tx, id, &step.practice.practice_id)?;
            write_practice(tx, id, &step.practice)?;
            tx.execute(
                "UPDATE workshop SET updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), timestamp(step.updated_at)],
            )?;
            Ok((reach, current))
        }
        other => Err(StoreError::Corrupt(format!(
            "an undo step keeps \"{other}\", which this version does not know"
        ))),
    }
}

fn push(
    tx: &Transaction<'_>,
    id: WorkshopId,
    stack: Stack,
    (reach, content): (&Reach, &str),
    (now, subject): (&str, &Subject),
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO history (workshop_id, stack, seq, saved_at, content, subject, reach) \
         VALUES (?1, ?2, (SELECT coalesce(max(seq), 0) + 1 FROM history WHERE workshop_id = ?1 AND stack = ?2), ?3, ?4, ?5, ?6)",
        params![id.to_string(), stack.key(), now, content, subject.key(), reach.key()],
    )?;
    Ok(())
}

/// Takes the last step off `stack`: what it keeps, and as what.
fn pop(
    tx: &Transaction<'_>,
    id: WorkshopId,
    stack: Stack,
) -> Result<Option<(String, String)>, StoreError> {
    let row: Option<(i64, String, String)> = tx
        .query_row(
            "SELECT seq, reach, content FROM history WHERE workshop_id = ?1 AND stack = ?2 \
             ORDER BY seq DESC LIMIT 1",
            params![id.to_string(), stack.key()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((seq, reach, content)) = row else {
        return Ok(None);
    };
    tx.execute(
        "DELETE FROM history WHERE workshop_id = ?1 AND stack = ?2 AND seq = ?3",
        params![id.to_string(), stack.key(), seq],
    )?;
    Ok(Some((reach, content)))
}

/// Called at the start of every undoable change: keeps what the change can
/// alter as it is (unless the last snapshot began a burst of changes to the same subject
/// that is still going) and clears redo.
pub(super) fn remember(
    tx: &Transaction<'_>,
    id: WorkshopId,
    now: DateTime<Utc>,
    subject: &Subject,
) -> Result<(), StoreError> {
    let last: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT saved_at, subject FROM history WHERE workshop_id = ?1 AND stack = 'undo' \
             ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let burst = match last {
        Some((at, earlier)) if subject.merges_with(&earlier) => {
            let t = parse_timestamp(&at)?;
            now - t < Duration::seconds(COALESCE_SECONDS) && now >= t
        }
        _ => false,
    };
    tx.prepare_cached("DELETE FROM history WHERE workshop_id = ?1 AND stack = 'redo'")?
        .execute([id.to_string()])?;
    if burst {
        // Extend the burst: the step still undoes to the state before it began.
        tx.prepare_cached(
            "UPDATE history SET saved_at = ?2 WHERE workshop_id = ?1 AND stack = 'undo' \
             AND seq = (SELECT max(seq) FROM history WHERE workshop_id = ?1 AND stack = 'undo')",
        )?
        .execute(params![id.to_string(), timestamp(now)])?;
        return Ok(());
    }
    let content = snapshot(tx, id, &subject.reach)?;
    push(
        tx,
        id,
        Stack::Undo,
        (&subject.reach, &content),
        (&timestamp(now), subject),
    )?;
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
        let n: i64 = conn
            .prepare_cached("SELECT count(*) FROM history WHERE workshop_id = ?1 AND stack = ?2")?
            .query_row(params![id.to_string(), stack], |r| r.get(0))?;
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
        let Some((reach, content)) = pop(&tx, id, from)? else {
            return Ok(None);
        };
        let (reach, current) = restore(&tx, id, &reach, &content)?;
        push(&tx, id, to, (&reach, &current), (&now, &Subject::alone()))?;
        finish(tx, id).map(Some)
    }
}
