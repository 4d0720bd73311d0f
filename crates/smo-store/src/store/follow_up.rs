//! The tables of a workshop's life after the workshop: assessment rounds,
//! KPI tracking and measurements, initiative delivery and the improvement
//! register. Each change reads the whole follow-up, changes it with
//! `smo-core`'s rules, checks it, and writes it back in the same transaction
//! (it is small: a few rounds, tens of KPIs and ideas).

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};
use smo_core::delivery::Delivery;
use smo_core::follow_up::{
    AssessmentRound, FollowUp, InitiativeDelivery, KpiSettings, LiveRound, TrackedKpi,
};
use smo_core::kpi_tracking::{KpiScale, Measurement};
use smo_core::register::{Idea, IdeaStatus};
use smo_core::roadmap::Initiative;
use smo_core::{Level, PracticeAssessment, ValidationError, Workshop, WorkshopId};

use super::assessment::{read_assessment, Votes};
use super::roadmap::{read_roadmap, write_initiative};
use super::{finish, participant_order, touch, Store, Subject};
use crate::codec::{date, from_key, key, parse_date, sql_int, to_json};
use crate::StoreError;

impl Store {
    /// Closes the round being scored (frozen as it stands) and starts round
    /// `name`, held on `held_on`: every practice keeps its target and
    /// findings, and starts "not yet re-rated".
    pub fn reassess(
        &mut self,
        workshop: WorkshopId,
        name: &str,
        held_on: NaiveDate,
    ) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::alone(), |tx, f| {
            if held_on < f.live_round.held_on {
                return Err(ValidationError::Text {
                    what: "The new round's day".into(),
                    reason: format!(
                        "is before the day of “{}” ({})",
                        f.live_round.name, f.live_round.held_on
                    ),
                }
                .into());
            }
            let order = participant_order(tx, workshop)?;
            let live = read_assessment(tx, workshop, Votes::InOrderOf(&order))?;
            f.rounds.push(AssessmentRound {
                number: f.live_round.number,
                name: f.live_round.name.clone(),
                held_on: f.live_round.held_on,
                practices: live.practices.clone(),
            });
            f.live_round = LiveRound {
                number: f.live_round.number + 1,
                name: name.trim().to_owned(),
                held_on,
            };
            // Every practice starts the new round not yet re-rated: its
            // current level, confidence, evidence and votes on the current
            // level go; its target, priority, horizon and findings stay.
            let id = workshop.to_string();
            tx.execute(
                "UPDATE practice_assessment SET current_level = NULL, confidence = NULL, \
                 evidence = '' WHERE workshop_id = ?1",
                [&id],
            )?;
            tx.execute(
                "DELETE FROM vote_round WHERE workshop_id = ?1 AND question = 'current'",
                [&id],
            )?;
            Ok(())
        })
    }

    /// Renames round `number` or moves its day (the live one or an earlier one).
    pub fn rename_round(
        &mut self,
        workshop: WorkshopId,
        number: u32,
        name: &str,
        held_on: NaiveDate,
    ) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::of("round", number), |_, f| {
            let name = name.trim().to_owned();
            if f.live_round.number == number {
                f.live_round.name = name;
                f.live_round.held_on = held_on;
                return Ok(());
            }
            let round = earlier_round(f, number)?;
            round.name = name;
            round.held_on = held_on;
            Ok(())
        })
    }

    /// Corrects one practice's level in an earlier round (reopened on purpose).
    pub fn correct_round_level(
        &mut self,
        workshop: WorkshopId,
        number: u32,
        practice_id: &str,
        level: Option<Level>,
    ) -> Result<Workshop, StoreError> {
        let subject = Subject::of("round-level", format!("{number}:{practice_id}"));
        self.change_follow_up(workshop, subject, |_, f| {
            let round = earlier_round(f, number)?;
            match round
                .practices
                .iter_mut()
                .find(|p| p.practice_id == practice_id)
            {
                Some(p) => p.current = level,
                None => {
                    let mut p = PracticeAssessment::empty(practice_id);
                    p.current = level;
                    round.practices.push(p);
                }
            }
            Ok(())
        })
    }

    /// Sets how a charter KPI is tracked (its numbers, dates and frequency).
    pub fn save_kpi_tracking(
        &mut self,
        workshop: WorkshopId,
        settings: &KpiSettings,
    ) -> Result<Workshop, StoreError> {
        let subject = Subject::of("kpi", &settings.kpi_id);
        self.change_follow_up(workshop, subject, |tx, f| {
            // A scale from the UI is checked as one made here would be.
            let scale = match &settings.scale {
                Some(s) => Some(KpiScale::new(s.baseline, s.target, &s.unit, s.direction)?),
                None => None,
            };
            let slot = tracked(tx, workshop, f, &settings.kpi_id)?;
            slot.scale = scale;
            slot.start = settings.start;
            slot.target_date = settings.target_date;
            slot.frequency = settings.frequency;
            Ok(())
        })
    }

    /// Records a measurement of a charter KPI.
    pub fn record_measurement(
        &mut self,
        workshop: WorkshopId,
        kpi_id: &str,
        measurement: &Measurement,
    ) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::alone(), |tx, f| {
            let slot = tracked(tx, workshop, f, kpi_id)?;
            slot.measurements.push(measurement.clone());
            slot.measurements.sort_by_key(|m| m.date);
            Ok(())
        })
    }

    /// Deletes a KPI's measurement `index` (0-based, oldest first).
    pub fn delete_measurement(
        &mut self,
        workshop: WorkshopId,
        kpi_id: &str,
        index: usize,
    ) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::alone(), |tx, f| {
            let slot = tracked(tx, workshop, f, kpi_id)?;
            if index >= slot.measurements.len() {
                return Err(StoreError::PositionOutOfRange {
                    index,
                    len: slot.measurements.len(),
                });
            }
            slot.measurements.remove(index);
            Ok(())
        })
    }

    /// Records how an initiative is being delivered; the dates planned
    /// first stay its baseline.
    pub fn save_delivery(
        &mut self,
        workshop: WorkshopId,
        initiative_id: &str,
        delivery: &Delivery,
    ) -> Result<Workshop, StoreError> {
        let subject = Subject::of("delivery", initiative_id);
        self.change_follow_up(workshop, subject, |tx, f| {
            let roadmap = read_roadmap(tx, workshop)?;
            let initiative = roadmap
                .initiative(initiative_id)
                .ok_or_else(|| StoreError::InitiativeNotFound(initiative_id.to_owned()))?;
            let old = f.delivery_of(initiative_id);
            let mut new = delivery.clone();
            // The baseline is the plan's to keep, never the form's to change.
            new.baseline_start = old.baseline_start;
            new.baseline_end = old.baseline_end;
            set_delivery(f, initiative_id, new.keeping_baseline(initiative));
            Ok(())
        })
    }

    /// Adds an idea to the register, or replaces the one with its id; a
    /// status change must be one the register allows.
    pub fn save_idea(&mut self, workshop: WorkshopId, idea: &Idea) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::of("idea", &idea.id), |_, f| {
            match f.ideas.iter_mut().find(|i| i.id == idea.id) {
                Some(slot) => {
                    let mut moved = slot.clone();
                    moved.move_to(idea.status)?;
                    let initiative_id = slot.initiative_id.clone();
                    *slot = Idea {
                        initiative_id,
                        ..idea.clone()
                    };
                }
                None => {
                    if idea.status != IdeaStatus::New || idea.initiative_id.is_some() {
                        return Err(ValidationError::Text {
                            what: "A new idea".into(),
                            reason: "starts as New, not yet linked to an initiative".into(),
                        }
                        .into());
                    }
                    f.ideas.insert(0, idea.clone());
                }
            }
            Ok(())
        })
    }

    /// Deletes an idea from the register.
    pub fn delete_idea(&mut self, workshop: WorkshopId, id: &str) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::alone(), |_, f| {
            let before = f.ideas.len();
            f.ideas.retain(|i| i.id != id);
            if f.ideas.len() == before {
                return Err(StoreError::IdeaNotFound(id.to_owned()));
            }
            Ok(())
        })
    }

    /// Makes an approved idea a roadmap initiative (id `initiative_id`) in
    /// one step: the idea is then in progress and names the initiative.
    pub fn promote_idea(
        &mut self,
        workshop: WorkshopId,
        idea_id: &str,
        initiative_id: &str,
    ) -> Result<Workshop, StoreError> {
        self.change_follow_up(workshop, Subject::alone(), |tx, f| {
            let idea = f
                .ideas
                .iter_mut()
                .find(|i| i.id == idea_id)
                .ok_or_else(|| StoreError::IdeaNotFound(idea_id.to_owned()))?;
            let initiative: Initiative = idea.promote(initiative_id)?;
            let mut roadmap = read_roadmap(tx, workshop)?;
            if roadmap.initiative(initiative_id).is_some() {
                return Err(ValidationError::Text {
                    what: "The new initiative's id".into(),
                    reason: format!("{initiative_id} is already used"),
                }
                .into());
            }
            roadmap.upsert(initiative.clone())?;
            let position = roadmap.initiatives.len() - 1;
            write_initiative(tx, workshop, &initiative, position)?;
            Ok(())
        })
    }

    /// One change to the follow-up: read it, let `change` edit it (it may
    /// also write other tables in the same transaction), check it, write it.
    fn change_follow_up(
        &mut self,
        workshop: WorkshopId,
        subject: Subject,
        change: impl FnOnce(&Transaction<'_>, &mut FollowUp) -> Result<(), StoreError>,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &subject)?;
        let mut follow_up = read(&tx, workshop)?;
        change(&tx, &mut follow_up)?;
        follow_up.validate()?;
        write(&tx, workshop, &follow_up)?;
        finish(tx, workshop)
    }
}

/// Earlier round `number`, to change.
fn earlier_round(f: &mut FollowUp, number: u32) -> Result<&mut AssessmentRound, StoreError> {
    f.rounds
        .iter_mut()
        .find(|r| r.number == number)
        .ok_or(StoreError::RoundNotFound(number))
}

/// The tracking record of charter KPI `kpi_id`, made from its words when
/// there is none yet.
fn tracked<'f>(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    f: &'f mut FollowUp,
    kpi_id: &str,
) -> Result<&'f mut TrackedKpi, StoreError> {
    if let Some(n) = f.kpis.iter().position(|k| k.kpi_id == kpi_id) {
        return Ok(&mut f.kpis[n]);
    }
    let charter = super::charter::read_charter(tx, workshop)?;
    let kpi = charter
        .kpis
        .iter()
        .find(|k| k.id == kpi_id)
        .ok_or_else(|| StoreError::KpiNotFound(kpi_id.to_owned()))?;
    f.kpis.push(TrackedKpi::read_from(kpi, f.first_day()));
    // Records stay in charter order (one whose KPI is gone, last).
    let place = |id: &str| charter.kpis.iter().position(|c| c.id == id);
    f.kpis
        .sort_by_key(|k| place(&k.kpi_id).unwrap_or(usize::MAX));
    let n = f
        .kpis
        .iter()
        .position(|k| k.kpi_id == kpi_id)
        .ok_or_else(|| StoreError::KpiNotFound(kpi_id.to_owned()))?;
    Ok(&mut f.kpis[n])
}

fn set_delivery(f: &mut FollowUp, initiative_id: &str, delivery: Delivery) {
    match f
        .deliveries
        .iter_mut()
        .find(|d| d.initiative_id == initiative_id)
    {
        Some(slot) => slot.delivery = delivery,
        None => f.deliveries.push(InitiativeDelivery {
            initiative_id: initiative_id.to_owned(),
            delivery,
        }),
    }
}

/// Before initiatives are saved: an initiative whose planned dates move
/// keeps the dates it had as its baseline, if it has none yet.
pub(super) fn keep_baselines(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    changed: &[Initiative],
) -> Result<(), StoreError> {
    let before = read_roadmap(tx, workshop)?;
    let mut f = read(tx, workshop)?;
    let mut any = false;
    for new in changed {
        let Some(old) = before.initiative(&new.id) else {
            continue;
        };
        let had_dates = old.start.is_some() || old.end.is_some();
        if !had_dates || (old.start == new.start && old.end == new.end) {
            continue;
        }
        let d = f.delivery_of(&new.id);
        if d.baseline_start.is_none() && d.baseline_end.is_none() {
            set_delivery(&mut f, &new.id, d.keeping_baseline(old));
            any = true;
        }
    }
    if any {
        write(tx, workshop, &f)?;
    }
    Ok(())
}

/// When each workshop's first tracked KPI is next due (by workshop id):
/// the earliest, over its KPIs with a frequency, of the day after its last
/// measurement (or its start) by one period.
pub(super) fn kpis_next_due(
    conn: &Connection,
) -> Result<std::collections::HashMap<String, NaiveDate>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.workshop_id, t.frequency, t.start_date, \
                (SELECT max(m.measured_on) FROM kpi_measurement m \
                 WHERE m.workshop_id = t.workshop_id AND m.kpi_id = t.kpi_id) \
         FROM kpi_tracking t WHERE t.frequency IS NOT NULL",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let mut out = std::collections::HashMap::new();
    for row in rows {
        let (workshop, frequency, start, last) = row?;
        let frequency: smo_core::kpi_tracking::Frequency =
            from_key(&frequency, "kpi_tracking.frequency")?;
        let from = parse_date(last.as_deref().unwrap_or(&start))?;
        let due = frequency.next_due(from);
        out.entry(workshop)
            .and_modify(|d: &mut NaiveDate| *d = (*d).min(due))
            .or_insert(due);
    }
    Ok(out)
}

/// Reads a workshop's follow-up.
pub(super) fn read(conn: &Connection, workshop: WorkshopId) -> Result<FollowUp, StoreError> {
    let id = workshop.to_string();
    let start: String = conn
        .prepare_cached("SELECT start_date FROM workshop WHERE id = ?1")?
        .query_row([&id], |r| r.get(0))?;
    let mut f = FollowUp::starting(parse_date(&start)?);
    let mut live = None;
    let mut stmt = conn.prepare_cached(
        "SELECT number, name, held_on, practices FROM assessment_round \
         WHERE workshop_id = ?1 ORDER BY number",
    )?;
    let rows = stmt.query_map([&id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    for row in rows {
        let (number, name, held_on, practices) = row?;
        let number: u32 = crate::codec::from_sql(number, "assessment_round.number")?;
        let held_on = parse_date(&held_on)?;
        match practices {
            None => {
                live = Some(LiveRound {
                    number,
                    name,
                    held_on,
                })
            }
            Some(json) => f.rounds.push(AssessmentRound {
                number,
                name,
                held_on,
                practices: serde_json::from_str(&json)
                    .map_err(|e| StoreError::Corrupt(format!("round {number}'s practices: {e}")))?,
            }),
        }
    }
    if let Some(live) = live {
        f.live_round = live;
    }
    f.kpis = read_kpis(conn, &id)?;
    f.deliveries = read_deliveries(conn, &id)?;
    f.ideas = read_ideas(conn, &id)?;
    Ok(f)
}

fn read_kpis(conn: &Connection, id: &str) -> Result<Vec<TrackedKpi>, StoreError> {
    type Row = (
        String,
        Option<f64>,
        Option<f64>,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    );
    let mut stmt = conn.prepare_cached(
        "SELECT kpi_id, baseline, target, unit, direction, start_date, target_date, frequency \
         FROM kpi_tracking WHERE workshop_id = ?1 ORDER BY position",
    )?;
    let rows: Vec<Row> = stmt
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut measurements = conn.prepare_cached(
        "SELECT measured_on, value, note, measured_by FROM kpi_measurement \
         WHERE workshop_id = ?1 AND kpi_id = ?2 ORDER BY position",
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for (kpi_id, baseline, target, unit, direction, start, due, frequency) in rows {
        let scale = match (baseline, target, direction) {
            (Some(b), Some(t), Some(d)) => Some(
                KpiScale::new(b, t, &unit, from_key(&d, "kpi_tracking.direction")?)
                    .map_err(|e| StoreError::Corrupt(format!("KPI {kpi_id}: {e}")))?,
            ),
            _ => None,
        };
        let list = measurements
            .query_map(params![id, kpi_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, f64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .map(|(day, value, note, by)| {
                Ok(Measurement {
                    date: parse_date(&day)?,
                    value,
                    note,
                    by,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        out.push(TrackedKpi {
            kpi_id,
            scale,
            start: parse_date(&start)?,
            target_date: due.as_deref().map(parse_date).transpose()?,
            frequency: frequency
                .as_deref()
                .map(|f| from_key(f, "kpi_tracking.frequency"))
                .transpose()?,
            measurements: list,
        });
    }
    Ok(out)
}

fn read_deliveries(conn: &Connection, id: &str) -> Result<Vec<InitiativeDelivery>, StoreError> {
    type Row = (
        String,
        i64,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    );
    let mut stmt = conn.prepare_cached(
        "SELECT d.initiative_id, d.percent, d.actual_start, d.actual_end, d.note, \
         d.baseline_start, d.baseline_end FROM initiative_delivery d \
         JOIN initiative i ON i.workshop_id = d.workshop_id AND i.id = d.initiative_id \
         WHERE d.workshop_id = ?1 ORDER BY i.position",
    )?;
    let rows: Vec<Row> = stmt
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let day = |d: Option<String>| d.as_deref().map(parse_date).transpose();
    rows.into_iter()
        .map(|(initiative_id, percent, s, e, note, bs, be)| {
            Ok(InitiativeDelivery {
                delivery: Delivery {
                    percent: crate::codec::from_sql(percent, "initiative_delivery.percent")?,
                    actual_start: day(s)?,
                    actual_end: day(e)?,
                    note,
                    baseline_start: day(bs)?,
                    baseline_end: day(be)?,
                },
                initiative_id,
            })
        })
        .collect()
}

fn read_ideas(conn: &Connection, id: &str) -> Result<Vec<Idea>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, raised_on, raised_by, description, source, practice_id, expected_benefit, \
         size, priority, status, owner, decision, initiative_id FROM improvement_idea \
         WHERE workshop_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                ),
                (
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, String>(9)?,
                    r.get::<_, String>(10)?,
                    r.get::<_, String>(11)?,
                    r.get::<_, Option<String>>(12)?,
                ),
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(
            |(
                (idea_id, raised_on, raised_by, description, source, practice_id, benefit),
                (size, priority, status, owner, decision, initiative_id),
            )| {
                Ok(Idea {
                    raised_on: parse_date(&raised_on)?,
                    raised_by,
                    description,
                    source: from_key(&source, "improvement_idea.source")?,
                    practice_id,
                    expected_benefit: benefit,
                    size: size
                        .as_deref()
                        .map(|s| from_key(s, "improvement_idea.size"))
                        .transpose()?,
                    priority: priority
                        .as_deref()
                        .map(|s| from_key(s, "improvement_idea.priority"))
                        .transpose()?,
                    status: from_key(&status, "improvement_idea.status")?,
                    owner,
                    decision,
                    initiative_id,
                    id: idea_id,
                })
            },
        )
        .collect()
}

/// Writes a workshop's whole follow-up in place of what was there.
pub(super) fn write(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    f: &FollowUp,
) -> Result<(), StoreError> {
    let id = workshop.to_string();
    for table in [
        "assessment_round",
        "kpi_tracking",
        "initiative_delivery",
        "improvement_idea",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE workshop_id = ?1"),
            [&id],
        )?;
    }
    let mut round = tx.prepare_cached(
        "INSERT INTO assessment_round (workshop_id, number, name, held_on, state, practices) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for r in &f.rounds {
        round.execute(params![
            id,
            r.number,
            r.name,
            date(r.held_on),
            "closed",
            to_json(&r.practices, "a round's practices")?
        ])?;
    }
    let live = &f.live_round;
    round.execute(params![
        id,
        live.number,
        live.name,
        date(live.held_on),
        "live",
        Option::<String>::None
    ])?;
    for (n, k) in f.kpis.iter().enumerate() {
        tx.execute(
            "INSERT INTO kpi_tracking (workshop_id, kpi_id, position, baseline, target, unit, \
             direction, start_date, target_date, frequency) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                k.kpi_id,
                sql_int(n, "a KPI's position")?,
                k.scale.as_ref().map(|s| s.baseline),
                k.scale.as_ref().map(|s| s.target),
                k.scale.as_ref().map_or("", |s| s.unit.as_str()),
                k.scale
                    .as_ref()
                    .map(|s| key(&s.direction, "a direction"))
                    .transpose()?,
                date(k.start),
                k.target_date.map(date),
                k.frequency.map(|f| key(&f, "a frequency")).transpose()?,
            ],
        )?;
        for (m, x) in k.measurements.iter().enumerate() {
            tx.execute(
                "INSERT INTO kpi_measurement (workshop_id, kpi_id, position, measured_on, value, \
                 note, measured_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    k.kpi_id,
                    sql_int(m, "a measurement's position")?,
                    date(x.date),
                    x.value,
                    x.note,
                    x.by
                ],
            )?;
        }
    }
    for d in &f.deliveries {
        let x = &d.delivery;
        tx.execute(
            "INSERT INTO initiative_delivery (workshop_id, initiative_id, percent, actual_start, \
             actual_end, note, baseline_start, baseline_end) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                d.initiative_id,
                x.percent,
                x.actual_start.map(date),
                x.actual_end.map(date),
                x.note,
                x.baseline_start.map(date),
                x.baseline_end.map(date),
            ],
        )
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => {
                StoreError::InitiativeNotFound(d.initiative_id.clone())
            }
            _ => e.into(),
        })?;
    }
    for (n, i) in f.ideas.iter().enumerate() {
        tx.execute(
            "INSERT INTO improvement_idea (workshop_id, id, position, raised_on, raised_by, \
             description, source, practice_id, expected_benefit, size, priority, status, owner, \
             decision, initiative_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                id,
                i.id,
                sql_int(n, "an idea's position")?,
                date(i.raised_on),
                i.raised_by,
                i.description,
                key(&i.source, "a source")?,
                i.practice_id,
                i.expected_benefit,
                i.size.map(|s| key(&s, "a size")).transpose()?,
                i.priority.map(|p| key(&p, "a priority")).transpose()?,
                key(&i.status, "a status")?,
                i.owner,
                i.decision,
                i.initiative_id,
            ],
        )?;
    }
    Ok(())
}
