//! The roadmap's tables: phases, initiatives, the practices each closes and
//! what each depends on. Every change is checked by `smo-core` against the
//! whole roadmap (dates, dependencies, cycles) before anything is written.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row, Transaction};
use smo_core::roadmap::{
    Effort, Initiative, InitiativeStatus, Phase, PhaseKind, Roadmap, RoadmapOutline,
};
use smo_core::{Level, Workshop, WorkshopId};

use super::{finish, touch, Store, Subject};
use crate::codec::{date, parse_date, sql_int};
use crate::StoreError;

impl Store {
    /// Adds an initiative, or replaces the one with the same id.
    pub fn save_initiative(
        &mut self,
        workshop: WorkshopId,
        initiative: &Initiative,
    ) -> Result<Workshop, StoreError> {
        self.save_initiatives(workshop, std::slice::from_ref(initiative))
    }

    /// Adds or replaces several initiatives at once (accepted suggestions),
    /// all or none.
    pub fn save_initiatives(
        &mut self,
        workshop: WorkshopId,
        initiatives: &[Initiative],
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        // Editing one initiative is a subject of its own; adding several is not.
        let subject = match initiatives {
            [one] => Subject::of("initiative", &one.id),
            _ => Subject::alone(),
        };
        touch(&tx, workshop, now, &subject)?;
        super::follow_up::keep_baselines(&tx, workshop, initiatives)?;
        let mut roadmap = read_roadmap(&tx, workshop)?;
        for i in initiatives {
            roadmap.upsert(i.clone())?;
        }
        for i in initiatives {
            let position = roadmap
                .initiatives
                .iter()
                .position(|x| x.id == i.id)
                .unwrap_or(0);
            write_initiative(&tx, workshop, i, position)?;
        }
        finish(tx, workshop)
    }

    /// Deletes an initiative; others stop depending on it.
    pub fn delete_initiative(
        &mut self,
        workshop: WorkshopId,
        id: &str,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let n = tx.execute(
            "DELETE FROM initiative WHERE workshop_id = ?1 AND id = ?2",
            params![workshop.to_string(), id],
        )?;
        if n == 0 {
            return Err(StoreError::InitiativeNotFound(id.to_owned()));
        }
        let order: Vec<String> = read_roadmap(&tx, workshop)?
            .initiatives
            .into_iter()
            .map(|i| i.id)
            .collect();
        renumber(&tx, workshop, &order)?;
        finish(tx, workshop)
    }

    /// Moves an initiative to `index` (0-based) in the list.
    pub fn move_initiative(
        &mut self,
        workshop: WorkshopId,
        id: &str,
        index: usize,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let mut order: Vec<String> = read_roadmap(&tx, workshop)?
            .initiatives
            .into_iter()
            .map(|i| i.id)
            .collect();
        if !order.iter().any(|x| x == id) {
            return Err(StoreError::InitiativeNotFound(id.to_owned()));
        }
        if index >= order.len() {
            return Err(StoreError::PositionOutOfRange {
                index,
                len: order.len(),
            });
        }
        order.retain(|x| x != id);
        order.insert(index, id.to_owned());
        renumber(&tx, workshop, &order)?;
        finish(tx, workshop)
    }

    /// Sets one phase's dates.
    pub fn set_phase(
        &mut self,
        workshop: WorkshopId,
        phase: &Phase,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::of("phase", phase.kind.key()))?;
        let mut roadmap = read_roadmap(&tx, workshop)?;
        if let Some(slot) = roadmap.phases.iter_mut().find(|p| p.kind == phase.kind) {
            *slot = *phase;
        }
        roadmap.validate()?;
        write_phase(&tx, workshop, phase)?;
        finish(tx, workshop)
    }
}

/// Reads a workshop's roadmap.
pub(super) fn read_roadmap(conn: &Connection, workshop: WorkshopId) -> Result<Roadmap, StoreError> {
    let id = workshop.to_string();
    let mut roadmap = Roadmap::default();
    let mut stmt = conn.prepare_cached(
        "SELECT kind, start_date, end_date FROM roadmap_phase WHERE workshop_id = ?1",
    )?;
    let rows = stmt.query_map([&id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in rows {
        let (kind, start, end) = row?;
        let kind = phase_kind(&kind)?;
        if let Some(p) = roadmap.phases.iter_mut().find(|p| p.kind == kind) {
            p.start = start.as_deref().map(parse_date).transpose()?;
            p.end = end.as_deref().map(parse_date).transpose()?;
        }
    }

    // Each initiative's links, in their order, looked up by initiative.
    let links = |sql: &str| -> Result<HashMap<String, Vec<String>>, StoreError> {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut by_initiative: HashMap<String, Vec<String>> = HashMap::new();
        for row in stmt.query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (initiative, linked): (String, String) = row?;
            by_initiative.entry(initiative).or_default().push(linked);
        }
        Ok(by_initiative)
    };
    let mut practices = links(
        "SELECT initiative_id, practice_id FROM initiative_practice WHERE workshop_id = ?1 \
         ORDER BY initiative_id, position",
    )?;
    let mut dependencies = links(
        "SELECT initiative_id, depends_on FROM initiative_dependency WHERE workshop_id = ?1 \
         ORDER BY initiative_id, position",
    )?;

    let mut stmt = conn.prepare_cached(
        "SELECT id, title, description, owner, start_date, end_date, phase, effort, status, \
         milestone, raises_to FROM initiative WHERE workshop_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([&id], |r| {
        Ok((
            [
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ],
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<String>>(6)?,
            r.get::<_, Option<String>>(7)?,
            r.get::<_, String>(8)?,
            r.get::<_, bool>(9)?,
            r.get::<_, Option<i64>>(10)?,
        ))
    })?;
    for row in rows {
        let (
            [iid, title, description, owner],
            start,
            end,
            phase,
            effort,
            status,
            milestone,
            raises,
        ) = row?;
        let corrupt = |what: &str, v: &str| {
            StoreError::Corrupt(format!("{what} \"{v}\" on initiative {iid}"))
        };
        roadmap.initiatives.push(Initiative {
            practices: practices.remove(&iid).unwrap_or_default(),
            dependencies: dependencies.remove(&iid).unwrap_or_default(),
            title,
            description,
            owner,
            start: start.as_deref().map(parse_date).transpose()?,
            end: end.as_deref().map(parse_date).transpose()?,
            phase: phase
                .map(|p| PhaseKind::parse(&p).ok_or_else(|| corrupt("phase", &p)))
                .transpose()?,
            effort: effort
                .map(|e| parse_effort(&e).ok_or_else(|| corrupt("effort", &e)))
                .transpose()?,
            status: parse_status(&status).ok_or_else(|| corrupt("status", &status))?,
            milestone,
            raises_to: raises.map(Level::try_from).transpose()?,
            id: iid,
        });
    }
    Ok(roadmap)
}

/// What the roadmap step's progress rests on, read without the initiatives'
/// text or their dependencies: the same [`RoadmapOutline`] as
/// `read_roadmap(..)?.outline()`, at a fraction of the cost (the store's tests
/// hold the two equal).
pub(super) fn read_roadmap_outline(
    conn: &Connection,
    workshop: WorkshopId,
) -> Result<RoadmapOutline, StoreError> {
    let id = workshop.to_string();
    let mut outline = RoadmapOutline::new();
    let mut stmt = conn.prepare_cached(
        "SELECT kind, start_date, end_date FROM roadmap_phase WHERE workshop_id = ?1",
    )?;
    let mut rows = stmt.query([&id])?;
    while let Some(r) = rows.next()? {
        outline.phase(
            phase_kind(text(r, 0, "roadmap_phase.kind")?)?,
            optional_date(r, 1, "roadmap_phase.start_date")?,
            optional_date(r, 2, "roadmap_phase.end_date")?,
        );
    }
    let mut stmt = conn.prepare_cached(
        "SELECT owner, start_date, end_date FROM initiative WHERE workshop_id = ?1",
    )?;
    let mut rows = stmt.query([&id])?;
    while let Some(r) = rows.next()? {
        outline.initiative(
            text(r, 0, "initiative.owner")?,
            optional_date(r, 1, "initiative.start_date")?,
            optional_date(r, 2, "initiative.end_date")?,
        );
    }
    let mut stmt =
        conn.prepare_cached("SELECT practice_id FROM initiative_practice WHERE workshop_id = ?1")?;
    let mut rows = stmt.query([&id])?;
    while let Some(r) = rows.next()? {
        outline.covers(text(r, 0, "initiative_practice.practice_id")?);
    }
    Ok(outline)
}

/// A stored phase's kind; one this version does not know is damage, named.
fn phase_kind(text: &str) -> Result<PhaseKind, StoreError> {
    PhaseKind::parse(text).ok_or_else(|| StoreError::Corrupt(format!("unknown phase \"{text}\"")))
}

/// A text column read in place; `what` names it if it holds something else.
fn text<'r>(row: &'r Row<'_>, column: usize, what: &str) -> Result<&'r str, StoreError> {
    row.get_ref(column)?
        .as_str()
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// A date column that may be empty, read in place.
fn optional_date(
    row: &Row<'_>,
    column: usize,
    what: &str,
) -> Result<Option<NaiveDate>, StoreError> {
    row.get_ref(column)?
        .as_str_or_null()
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))?
        .map(parse_date)
        .transpose()
}

/// Copies the roadmap from one workshop to another.
pub(super) fn copy_roadmap(
    tx: &Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
) -> Result<(), StoreError> {
    let (from, to) = (from.to_string(), to.to_string());
    for sql in [
        "INSERT INTO roadmap_phase (workshop_id, kind, start_date, end_date) \
         SELECT ?2, kind, start_date, end_date FROM roadmap_phase WHERE workshop_id = ?1",
        "INSERT INTO initiative (workshop_id, id, position, title, description, owner, start_date, \
         end_date, phase, effort, status, milestone, raises_to) \
         SELECT ?2, id, position, title, description, owner, start_date, end_date, phase, effort, \
         status, milestone, raises_to FROM initiative WHERE workshop_id = ?1",
        "INSERT INTO initiative_practice (workshop_id, initiative_id, practice_id, position) \
         SELECT ?2, initiative_id, practice_id, position FROM initiative_practice WHERE workshop_id = ?1",
        "INSERT INTO initiative_dependency (workshop_id, initiative_id, depends_on, position) \
         SELECT ?2, initiative_id, depends_on, position FROM initiative_dependency WHERE workshop_id = ?1",
    ] {
        tx.execute(sql, [&from, &to])?;
    }
    Ok(())
}

/// Writes (inserts or replaces) one initiative and its links. The roadmap it
/// belongs to has already been validated with it.
pub(super) fn write_initiative(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    i: &Initiative,
    position: usize,
) -> Result<(), StoreError> {
    let w = workshop.to_string();
    tx.execute(
        "INSERT INTO initiative (workshop_id, id, position, title, description, owner, start_date, \
         end_date, phase, effort, status, milestone, raises_to) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) \
         ON CONFLICT (workshop_id, id) DO UPDATE SET position = ?3, title = ?4, description = ?5, \
         owner = ?6, start_date = ?7, end_date = ?8, phase = ?9, effort = ?10, status = ?11, \
         milestone = ?12, raises_to = ?13",
        params![
            w,
            i.id,
            sql_int(position, "an initiative's position")?,
            i.title,
            i.description,
            i.owner,
            i.start.map(date),
            i.end.map(date),
            i.phase.map(PhaseKind::key),
            i.effort.map(effort_key),
            status_key(i.status),
            i.milestone,
            i.raises_to.map(Level::value),
        ],
    )?;
    tx.execute(
        "DELETE FROM initiative_practice WHERE workshop_id = ?1 AND initiative_id = ?2",
        params![w, i.id],
    )?;
    tx.execute(
        "DELETE FROM initiative_dependency WHERE workshop_id = ?1 AND initiative_id = ?2",
        params![w, i.id],
    )?;
    for (n, p) in i.practices.iter().enumerate() {
        tx.execute(
            "INSERT OR IGNORE INTO initiative_practice (workshop_id, initiative_id, practice_id, position) \
             VALUES (?1, ?2, ?3, ?4)",
            params![w, i.id, p, sql_int(n, "a practice's position in an initiative")?],
        )?;
    }
    for (n, d) in i.dependencies.iter().enumerate() {
        tx.execute(
            "INSERT OR IGNORE INTO initiative_dependency (workshop_id, initiative_id, depends_on, position) \
             VALUES (?1, ?2, ?3, ?4)",
            params![w, i.id, d, sql_int(n, "a dependency's position")?],
        )?;
    }
    Ok(())
}

/// Writes a phase's dates.
pub(super) fn write_phase(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    phase: &Phase,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO roadmap_phase (workshop_id, kind, start_date, end_date) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (workshop_id, kind) DO UPDATE SET start_date = ?3, end_date = ?4",
        params![
            workshop.to_string(),
            phase.kind.key(),
            phase.start.map(date),
            phase.end.map(date)
        ],
    )?;
    Ok(())
}

fn renumber(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    order: &[String],
) -> Result<(), StoreError> {
    let mut stmt = tx
        .prepare_cached("UPDATE initiative SET position = ?3 WHERE workshop_id = ?1 AND id = ?2")?;
    for (n, id) in order.iter().enumerate() {
        stmt.execute(params![
            workshop.to_string(),
            id,
            sql_int(n, "an initiative's position")?
        ])?;
    }
    Ok(())
}

fn effort_key(e: Effort) -> &'static str {
    match e {
        Effort::Small => "small",
        Effort::Medium => "medium",
        Effort::Large => "large",
    }
}

fn parse_effort(s: &str) -> Option<Effort> {
    [Effort::Small, Effort::Medium, Effort::Large]
        .into_iter()
        .find(|e| effort_key(*e) == s)
}

fn status_key(s: InitiativeStatus) -> &'static str {
    match s {
        InitiativeStatus::Planned => "planned",
        InitiativeStatus::InProgress => "inProgress",
        InitiativeStatus::Done => "done",
        InitiativeStatus::OnHold => "onHold",
    }
}

fn parse_status(s: &str) -> Option<InitiativeStatus> {
    [
        InitiativeStatus::Planned,
        InitiativeStatus::InProgress,
        InitiativeStatus::Done,
        InitiativeStatus::OnHold,
    ]
    .into_iter()
    .find(|x| status_key(*x) == s)
}
