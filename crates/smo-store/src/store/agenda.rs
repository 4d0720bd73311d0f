//! The workshop's agenda (`workshop_agenda`): its plan, the time each item
//! took and the clock, one JSON document beside the workshop. Not an undo
//! step and not in undo history (a tick of the clock is not an edit, and an
//! undo must not take back the time spent); carried by workshop files.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use smo_core::agenda::{Agenda, AgendaItem, AgendaLength, ClockAction};
use smo_core::WorkshopId;

use super::Store;
use crate::codec::to_json;
use crate::StoreError;

/// The workshop's agenda; an empty one if none was planned.
pub(super) fn read(conn: &Connection, id: WorkshopId) -> Result<Agenda, StoreError> {
    let content: Option<String> = conn
        .prepare_cached("SELECT content FROM workshop_agenda WHERE workshop_id = ?1")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?;
    content.map_or_else(
        || Ok(Agenda::default()),
        |c| {
            serde_json::from_str(&c)
                .map_err(|e| StoreError::Corrupt(format!("workshop_agenda of {id}: {e}")))
        },
    )
}

/// Keeps `agenda` for the workshop (checked first); an empty one is not stored.
pub(super) fn write(
    tx: &Transaction<'_>,
    id: WorkshopId,
    agenda: &Agenda,
) -> Result<(), StoreError> {
    agenda.validate()?;
    tx.execute(
        "DELETE FROM workshop_agenda WHERE workshop_id = ?1",
        [id.to_string()],
    )?;
    if *agenda != Agenda::default() {
        tx.execute(
            "INSERT INTO workshop_agenda (workshop_id, content) VALUES (?1, ?2)",
            params![id.to_string(), to_json(agenda, "the agenda")?],
        )?;
    }
    Ok(())
}

/// Gives a copy of a workshop the same plan, not yet run.
pub(super) fn copy(
    tx: &Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
) -> Result<(), StoreError> {
    let agenda = read(tx, from)?;
    let fresh = Agenda {
        items: agenda
            .items
            .into_iter()
            .map(|i| AgendaItem {
                actual_seconds: 0,
                done: false,
                ..i
            })
            .collect(),
        practice_minutes: agenda.practice_minutes,
        clock: smo_core::agenda::AgendaClock::Idle,
    };
    write(tx, to, &fresh)
}

impl Store {
    /// The workshop's agenda (empty if none was planned).
    pub fn agenda(&self, id: WorkshopId) -> Result<Agenda, StoreError> {
        exists(&self.conn, id)?;
        read(&self.conn, id)
    }

    /// Replaces the plan: time already spent stays with its item (by id),
    /// the clock with its item if it is still planned.
    pub fn replan_agenda(
        &mut self,
        id: WorkshopId,
        items: Vec<AgendaItem>,
        practice_minutes: Option<u16>,
    ) -> Result<Agenda, StoreError> {
        self.change_agenda(id, |a| {
            a.replan(items, practice_minutes).map_err(StoreError::from)
        })
    }

    /// Replaces the plan with the default one-day or two-day agenda for the
    /// workshop's scope (nothing run yet).
    pub fn use_agenda_template(
        &mut self,
        id: WorkshopId,
        length: AgendaLength,
    ) -> Result<Agenda, StoreError> {
        let assessment = self.workshop(id)?.assessment;
        self.change_agenda(id, |_| Ok(Agenda::template(length, &assessment)))
    }

    /// Starts, pauses, resumes, moves on or finishes the clock at `now`.
    pub fn agenda_clock(
        &mut self,
        id: WorkshopId,
        action: ClockAction,
        now: DateTime<Utc>,
    ) -> Result<Agenda, StoreError> {
        self.change_agenda(id, |a| {
            let mut next = a.clone();
            next.apply(action, now)?;
            Ok(next)
        })
    }

    fn change_agenda(
        &mut self,
        id: WorkshopId,
        change: impl FnOnce(&Agenda) -> Result<Agenda, StoreError>,
    ) -> Result<Agenda, StoreError> {
        let tx = self.conn.transaction()?;
        exists(&tx, id)?;
        let next = change(&read(&tx, id)?)?;
        write(&tx, id, &next)?;
        tx.commit()?;
        Ok(next)
    }
}

/// Refuses a workshop that is not in the database.
fn exists(conn: &Connection, id: WorkshopId) -> Result<(), StoreError> {
    let found: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM workshop WHERE id = ?1)",
        [id.to_string()],
        |r| r.get(0),
    )?;
    if found {
        Ok(())
    } else {
        Err(StoreError::WorkshopNotFound(id))
    }
}
