//! [`Store`]: the database connection and one method per operation.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};
use smo_core::sample::SampleWorkshop;
use smo_core::{
    Document, DocumentExport, NewWorkshop, Participant, ParticipantId, ParticipantInput,
    PracticeChange, ProgressCounts, SetUp, UndoDepth, Workshop, WorkshopChecks, WorkshopId,
    WorkshopPage, WorkshopProgress, WorkshopSearch, WorkshopSummary, PROGRESS_RULES,
};
use uuid::Uuid;

use crate::codec::{
    date, from_sql, parse_date, parse_timestamp, parse_uuid, sql_int, timestamp, to_json,
};
use assessment::{
    copy_assessment, read_assessment, read_practice, start_assessment, write_sample_assessment,
    Votes,
};
use charter::{copy_charter, insert_version, read_charter, read_versions, write_section};
use history::Subject;
use roadmap::{copy_roadmap, read_roadmap, read_roadmap_outline, write_initiative, write_phase};

mod agenda;
mod assessment;
mod briefs;
mod charter;
mod exports;
mod follow_up;
mod history;
mod logo;
mod portable;
mod roadmap;
use crate::migrations::{migrations, SCHEMA_VERSION};
use crate::{DataDir, StoreError};
pub use portable::{parse_workshop_file, read_workshop_file, OnConflict, MAX_FILE_BYTES};

/// Where the store gets "now" from. The system clock in the app; a fixed or
/// stepping clock in tests.
pub type Clock = Box<dyn FnMut() -> DateTime<Utc> + Send>;

/// What `smo info` and the app's about box show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreInfo {
    /// The database file (`None` for an in-memory store).
    pub database_path: Option<PathBuf>,
    /// The schema version in the file.
    pub schema_version: u32,
    /// How many workshops it holds.
    pub workshops: u64,
    /// How many participants across all workshops.
    pub participants: u64,
}

/// The settings of a store's connection that its promises rest on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionSettings {
    /// "wal" for a database file: readers never block the writer.
    pub journal_mode: String,
    /// "FULL": a commit is on disk before it is acknowledged, so it survives
    /// a crash of the process and, as far as the disk honours its flushes,
    /// a power cut.
    pub synchronous: String,
    /// Whether foreign keys are enforced (deleting a workshop deletes its rows).
    pub foreign_keys: bool,
    /// How long a write waits for another connection's lock, in milliseconds.
    pub busy_timeout_ms: i64,
}

/// An open SMO Workbench database.
///
/// Reads take `&self`; writes take `&mut self` and each runs in one transaction,
/// so a failed write leaves nothing half-done.
pub struct Store {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    pub(crate) clock: Clock,
}

/// How many prepared statements a connection keeps. The store prepares about
/// 50 distinct ones through `prepare_cached`, an edit about 20 of them;
/// rusqlite's default of 16 would have an edit parse its own again.
const STATEMENT_CACHE: usize = 128;

/// When the sample's first charter draft was saved (fixed, so every sample is the same).
const SAMPLE_DRAFT_SAVED_AT: &str = "2026-03-10T17:30:00.000Z";

/// What a new workshop starts with besides its set up and participants.
enum Seed<'a> {
    /// The default framework and scope, nothing recorded.
    Empty,
    /// A copy of another workshop's assessment (for "Duplicate").
    CopyOf(WorkshopId),
    /// The sample assessment.
    Sample(&'a SampleWorkshop),
}

/// The `workshop` columns a `SetUp` is read from, in [`SetUpColumns::read`]'s order.
const SET_UP_COLUMNS: &str =
    "organisation, title, sponsor, facilitator, start_date, end_date, notes";

/// A workshop's set-up as its columns hold it, before the dates are parsed.
struct SetUpColumns {
    texts: [String; 4],
    start_date: String,
    end_date: Option<String>,
    notes: String,
}

impl SetUpColumns {
    /// Reads the [`SET_UP_COLUMNS`] of row `r`, the first at index `first`.
    fn read(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<SetUpColumns> {
        Ok(SetUpColumns {
            texts: [
                r.get(first)?,
                r.get(first + 1)?,
                r.get(first + 2)?,
                r.get(first + 3)?,
            ],
            start_date: r.get(first + 4)?,
            end_date: r.get(first + 5)?,
            notes: r.get(first + 6)?,
        })
    }

    /// The set-up, its dates parsed.
    fn set_up(self) -> Result<SetUp, StoreError> {
        let [organisation, title, sponsor, facilitator] = self.texts;
        Ok(SetUp {
            organisation,
            title,
            sponsor,
            facilitator,
            start_date: parse_date(&self.start_date)?,
            end_date: self.end_date.as_deref().map(parse_date).transpose()?,
            notes: self.notes,
        })
    }
}

impl Store {
    /// Opens (creating if needed) the database in `dir`, with the system clock.
    /// A database with an older schema is backed up before it is upgraded,
    /// and the first open of each day makes the daily backup.
    pub fn open_in(dir: &DataDir) -> Result<Store, StoreError> {
        dir.create()?;
        crate::backup::before_migration(dir, Utc::now())?;
        let mut store = Store::open(&dir.database_path(), Box::new(Utc::now))?;
        store.daily_backup(dir)?;
        Ok(store)
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// A file whose schema is newer than this build is refused with
    /// [`StoreError::NewerSchema`] before anything is written to it.
    pub fn open(path: &Path, clock: Clock) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| not_a_database(path, e))?;
        Store::prepare(conn, Some(path.to_path_buf()), clock)
    }

    /// An empty database in memory, for tests.
    pub fn open_in_memory(clock: Clock) -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?, None, clock)
    }

    /// Opens a database for reading only: nothing is ever written to it, not
    /// even a migration. Used for a database written by a newer version, which
    /// still holds every table this version knows (migrations only ever add).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| not_a_database(path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            clock: Box::new(Utc::now),
        })
    }

    fn prepare(
        mut conn: Connection,
        path: Option<PathBuf>,
        clock: Clock,
    ) -> Result<Store, StoreError> {
        let shown_path = || path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        // Connection settings first: none of these writes to the file.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        conn.pragma_update(None, "foreign_keys", true)?;
        let found: u32 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| not_a_database(&shown_path(), e))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: shown_path(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        // WAL keeps readers and the writer apart; FULL makes every commit durable
        // even across a power cut, which autosave of every keystroke relies on.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn, path, clock })
    }

    /// How this connection is set up: what the durability of every
    /// acknowledged write rests on (see [`ConnectionSettings`]).
    pub fn settings(&self) -> Result<ConnectionSettings, StoreError> {
        let text = |name: &str| -> Result<String, StoreError> {
            Ok(self.conn.pragma_query_value(None, name, |r| r.get(0))?)
        };
        let number = |name: &str| -> Result<i64, StoreError> {
            Ok(self.conn.pragma_query_value(None, name, |r| r.get(0))?)
        };
        Ok(ConnectionSettings {
            journal_mode: text("journal_mode")?,
            synchronous: match number("synchronous")? {
                0 => "OFF",
                1 => "NORMAL",
                2 => "FULL",
                3 => "EXTRA",
                other => {
                    return Err(StoreError::Corrupt(format!(
                        "PRAGMA synchronous reports {other}, which SQLite does not define"
                    )))
                }
            }
            .to_owned(),
            foreign_keys: number("foreign_keys")? == 1,
            busy_timeout_ms: number("busy_timeout")?,
        })
    }

    /// Paths, schema version and counts.
    pub fn info(&self) -> Result<StoreInfo, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            from_sql(n, &format!("the number of rows in {table}"))
        };
        Ok(StoreInfo {
            database_path: self.path.clone(),
            schema_version: self
                .conn
                .pragma_query_value(None, "user_version", |r| r.get(0))?,
            workshops: count("workshop")?,
            participants: count("participant")?,
        })
    }

    /// Whether the database holds no workshop at all.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.info()?.workshops == 0)
    }

    /// Every workshop, most recently edited first (ties broken by id).
    pub fn list_workshops(&self) -> Result<Vec<WorkshopSummary>, StoreError> {
        self.summaries("", [])
    }

    /// The first `limit` workshops `search` finds, most recently edited first,
    /// with how many there are in all and how many it finds: what the home
    /// list shows. Only the names of the others are read.
    pub fn workshop_page(
        &self,
        search: &WorkshopSearch,
        limit: usize,
    ) -> Result<WorkshopPage, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, organisation, title FROM workshop ORDER BY updated_at DESC, id",
        )?;
        let names = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let (mut total, mut matching, mut ids) = (0_u32, 0_u32, Vec::new());
        for name in names {
            let (id, organisation, title) = name?;
            total += 1;
            if search.matches(&organisation, &title) {
                matching += 1;
                if ids.len() < limit {
                    ids.push(id);
                }
            }
        }
        let workshops = if ids.is_empty() {
            Vec::new()
        } else {
            let marks = vec!["?"; ids.len()].join(", ");
            self.summaries(
                &format!("WHERE w.id IN ({marks})"),
                rusqlite::params_from_iter(ids.iter()),
            )?
        };
        Ok(WorkshopPage {
            total,
            matching,
            workshops,
        })
    }

    /// The summaries of the workshops `filter` (a `WHERE` clause over `w`, or
    /// nothing) selects, most recently edited first (ties broken by id).
    fn summaries<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<WorkshopSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT w.id, w.updated_at, \
                    (SELECT count(*) FROM participant p WHERE p.workshop_id = w.id), \
                    w.progress, w.progress_rules, \
                    (SELECT number FROM assessment_round r WHERE r.workshop_id = w.id AND r.state = 'live'), \
                    (SELECT name FROM assessment_round r WHERE r.workshop_id = w.id AND r.state = 'live'), \
                    {SET_UP_COLUMNS} \
             FROM workshop w {filter} ORDER BY w.updated_at DESC, w.id"
        ))?;
        let due = follow_up::kpis_next_due(&self.conn)?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                (r.get::<_, Option<String>>(3)?, r.get::<_, i64>(4)?),
                (r.get::<_, Option<i64>>(5)?, r.get::<_, Option<String>>(6)?),
                SetUpColumns::read(r, 7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, updated, n, (cached, rules), (round_number, round_name), columns) = row?;
            let set_up = columns.set_up()?;
            let participant_count: u32 = from_sql(n, "a workshop's participant count")?;
            let workshop_id = WorkshopId::from_uuid(parse_uuid(&id)?);
            // The cached progress, unless it is missing or was computed under
            // other rules (an older version of the app): then compute it.
            let progress = match cached
                .filter(|_| rules == i64::from(PROGRESS_RULES))
                .and_then(|c| serde_json::from_str::<ProgressCounts>(&c).ok())
            {
                Some(p) => p,
                None => read_workshop(&self.conn, workshop_id)?.progress.counts(),
            };
            // A workshop no change has followed up yet is in its baseline round.
            let round = match (round_number, round_name) {
                (Some(n), Some(name)) => (from_sql(n, "assessment_round.number")?, name),
                _ => (1, smo_core::follow_up::BASELINE_NAME.to_owned()),
            };
            out.push(WorkshopSummary {
                id: workshop_id,
                kpis_next_due: due.get(&id).copied(),
                round,
                progress,
                organisation: set_up.organisation,
                title: set_up.title,
                start_date: set_up.start_date,
                end_date: set_up.end_date,
                participant_count,
                updated_at: parse_timestamp(&updated)?,
            });
        }
        Ok(out)
    }

    /// One whole workshop.
    pub fn workshop(&self, id: WorkshopId) -> Result<Workshop, StoreError> {
        read_workshop(&self.conn, id)
    }

    /// Creates a workshop from what the user typed.
    pub fn create_workshop(&mut self, new: NewWorkshop) -> Result<Workshop, StoreError> {
        self.insert_workshop(&SetUp::from(new), &[], Seed::Empty)
    }

    /// Creates the sample workshop (see [`smo_core::sample`]).
    pub fn create_sample(&mut self, sample: &SampleWorkshop) -> Result<Workshop, StoreError> {
        self.insert_workshop(&sample.set_up, &sample.participants, Seed::Sample(sample))
    }

    /// Inserts a workshop, in one transaction, with the default framework and
    /// scope and whatever `seed` adds.
    fn insert_workshop(
        &mut self,
        set_up: &SetUp,
        participants: &[ParticipantInput],
        seed: Seed<'_>,
    ) -> Result<Workshop, StoreError> {
        set_up.validate()?;
        for p in participants {
            p.validate()?;
        }
        let id = WorkshopId::from_uuid(Uuid::new_v4());
        let now = timestamp((self.clock)());
        let tx = self.conn.transaction()?;
        insert_workshop(&tx, id, set_up, &now, &now)?;
        for (position, p) in participants.iter().enumerate() {
            insert_participant(&tx, id, position, p)?;
        }
        start_assessment(&tx, id)?;
        match seed {
            Seed::Empty => {}
            Seed::CopyOf(from) => {
                let old = participant_order(&tx, from)?;
                let new = participant_order(&tx, id)?;
                let pairs: Vec<_> = old.into_iter().zip(new).collect();
                copy_assessment(&tx, from, id, &pairs)?;
                copy_charter(&tx, from, id)?;
                copy_roadmap(&tx, from, id)?;
                briefs::copy_briefs(&tx, from, id)?;
                logo::copy(&tx, from, id)?;
                agenda::copy(&tx, from, id)?;
            }
            Seed::Sample(sample) => {
                write_sample_assessment(&tx, &read_workshop(&tx, id)?, sample)?;
                for update in sample.charter.updates() {
                    update.validate()?;
                    write_section(&tx, id, &update)?;
                }
                sample.roadmap.validate()?;
                for phase in &sample.roadmap.phases {
                    write_phase(&tx, id, phase)?;
                }
                for (position, i) in sample.roadmap.initiatives.iter().enumerate() {
                    write_initiative(&tx, id, i, position)?;
                }
                briefs::write_briefs(&tx, id, &sample.briefs)?;
                let review = read_workshop(&tx, id)?.assessment;
                let after = smo_core::sample::sample_follow_up(&review);
                after.validate()?;
                follow_up::write(&tx, id, &after)?;
                insert_version(
                    &tx,
                    id,
                    &sample.first_draft,
                    SAMPLE_DRAFT_SAVED_AT,
                    "First draft, end of day two",
                    false,
                )?;
            }
        }
        finish(tx, id)
    }

    /// Replaces the "Set up" facts of a workshop.
    pub fn update_set_up(
        &mut self,
        id: WorkshopId,
        set_up: &SetUp,
    ) -> Result<Workshop, StoreError> {
        set_up.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, id, now, &Subject::of("set-up", ""))?;
        let changed = tx.execute(
            "UPDATE workshop SET organisation = ?2, title = ?3, sponsor = ?4, facilitator = ?5, \
             start_date = ?6, end_date = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1",
            params![
                id.to_string(),
                set_up.organisation,
                set_up.title,
                set_up.sponsor,
                set_up.facilitator,
                date(set_up.start_date),
                set_up.end_date.map(date),
                set_up.notes,
                timestamp(now),
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::WorkshopNotFound(id));
        }
        finish(tx, id)
    }

    /// Changes a workshop's title.
    pub fn rename_workshop(&mut self, id: WorkshopId, title: &str) -> Result<Workshop, StoreError> {
        let mut set_up = self.workshop(id)?.set_up;
        set_up.title = title.to_owned();
        self.update_set_up(id, &set_up)
    }

    /// Copies a workshop, participants included, under a new id and a "(copy)" title.
    pub fn duplicate_workshop(&mut self, id: WorkshopId) -> Result<Workshop, StoreError> {
        let original = self.workshop(id)?;
        let mut set_up = original.set_up;
        set_up.title = set_up.copy_title();
        let participants: Vec<ParticipantInput> = original
            .participants
            .into_iter()
            .map(|p| ParticipantInput {
                name: p.name,
                role: p.role,
                area: p.area,
            })
            .collect();
        self.insert_workshop(&set_up, &participants, Seed::CopyOf(id))
    }

    /// Deletes a workshop and everything in it.
    pub fn delete_workshop(&mut self, id: WorkshopId) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        if tx.execute("DELETE FROM workshop WHERE id = ?1", [id.to_string()])? == 0 {
            return Err(StoreError::WorkshopNotFound(id));
        }
        history::forget(&tx, id)?;
        exports::forget(&tx, id)?;
        logo::write(&tx, id, None)?;
        agenda::write(&tx, id, &smo_core::agenda::Agenda::default())?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a participant at the end of the workshop's list.
    pub fn add_participant(
        &mut self,
        workshop: WorkshopId,
        input: &ParticipantInput,
    ) -> Result<Workshop, StoreError> {
        input.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let position: i64 = tx.query_row(
            "SELECT coalesce(max(position) + 1, 0) FROM participant WHERE workshop_id = ?1",
            [workshop.to_string()],
            |r| r.get(0),
        )?;
        insert_participant(
            &tx,
            workshop,
            from_sql(position, "participant.position")?,
            input,
        )?;
        finish(tx, workshop)
    }

    /// Changes a participant's details.
    pub fn update_participant(
        &mut self,
        id: ParticipantId,
        input: &ParticipantInput,
    ) -> Result<Workshop, StoreError> {
        input.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        let workshop = participant_workshop(&tx, id)?;
        touch(&tx, workshop, now, &Subject::of("participant", id))?;
        tx.execute(
            "UPDATE participant SET name = ?2, role = ?3, area = ?4 WHERE id = ?1",
            params![id.to_string(), input.name, input.role, input.area],
        )?;
        finish(tx, workshop)
    }

    /// Removes a participant; the others close up.
    pub fn remove_participant(&mut self, id: ParticipantId) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        let workshop = participant_workshop(&tx, id)?;
        touch(&tx, workshop, now, &Subject::alone())?;
        tx.execute("DELETE FROM participant WHERE id = ?1", [id.to_string()])?;
        let mut order = participant_order(&tx, workshop)?;
        order.retain(|p| *p != id);
        renumber(&tx, &order)?;
        finish(tx, workshop)
    }

    /// Moves a participant to `index` (0-based) in the list.
    pub fn move_participant(
        &mut self,
        id: ParticipantId,
        index: usize,
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        let workshop = participant_workshop(&tx, id)?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let mut order = participant_order(&tx, workshop)?;
        if index >= order.len() {
            return Err(StoreError::PositionOutOfRange {
                index,
                len: order.len(),
            });
        }
        order.retain(|p| *p != id);
        order.insert(index, id);
        renumber(&tx, &order)?;
        finish(tx, workshop)
    }
}

/// Reads the workshop back, stores its progress for the home list (same
/// transaction, so the cache cannot disagree with the content), and commits.
fn finish(tx: Transaction<'_>, id: WorkshopId) -> Result<Workshop, StoreError> {
    let workshop = read_workshop(&tx, id)?;
    cache_progress(&tx, id, &workshop.progress)?;
    tx.commit()?;
    Ok(workshop)
}

/// [`finish`] for a change that touched nothing but `practice_id`'s own
/// record (see [`Subject::within_practice`]): replies with that practice and
/// the workshop's progress, which is read without anyone's votes and without
/// what progress does not depend on. The checks are not read: they depend on
/// the charter and the roadmap alone (see [`PracticeChange`]).
fn finish_practice(
    tx: Transaction<'_>,
    id: WorkshopId,
    practice_id: &str,
) -> Result<PracticeChange, StoreError> {
    let (set_up, _, updated_at) = read_workshop_row(&tx, id)?;
    let order = participant_order(&tx, id)?;
    let assessment = read_assessment(&tx, id, Votes::Left)?;
    let charter = read_charter(&tx, id)?;
    let roadmap = read_roadmap_outline(&tx, id)?;
    let exports = exports::read_exports(&tx, id)?;
    let progress = WorkshopProgress::of(
        &set_up,
        order.len(),
        &assessment,
        &charter,
        &roadmap,
        &exported(&exports),
    );
    let practice = read_practice(&tx, id, practice_id, &order)?;
    let (undo, redo) = history::depth(&tx, id)?;
    cache_progress(&tx, id, &progress)?;
    tx.commit()?;
    Ok(PracticeChange {
        practice,
        progress,
        history: UndoDepth { undo, redo },
        updated_at,
    })
}

/// Stores a workshop's progress counts for the home list.
fn cache_progress(
    tx: &Transaction<'_>,
    id: WorkshopId,
    progress: &WorkshopProgress,
) -> Result<(), StoreError> {
    let counts = to_json(&progress.counts(), "the progress")?;
    tx.prepare_cached("UPDATE workshop SET progress = ?2, progress_rules = ?3 WHERE id = ?1")?
        .execute(params![id.to_string(), counts, PROGRESS_RULES])?;
    Ok(())
}

/// The documents of `exports`, for progress's Export step.
fn exported(exports: &[DocumentExport]) -> Vec<Document> {
    exports.iter().map(|e| e.document).collect()
}

fn not_a_database(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
            StoreError::NotADatabase {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }
        }
        _ => StoreError::Sqlite(e),
    }
}

/// A workshop's set-up, when it was created and when it last changed.
fn read_workshop_row(
    conn: &Connection,
    id: WorkshopId,
) -> Result<(SetUp, DateTime<Utc>, DateTime<Utc>), StoreError> {
    let (set_up, created, updated) = conn
        .prepare_cached(&format!(
            "SELECT created_at, updated_at, {SET_UP_COLUMNS} FROM workshop WHERE id = ?1"
        ))?
        .query_row([id.to_string()], |r| {
            Ok((
                SetUpColumns::read(r, 2)?,
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
            ))
        })
        .optional()?
        .ok_or(StoreError::WorkshopNotFound(id))?;
    Ok((
        set_up.set_up()?,
        parse_timestamp(&created)?,
        parse_timestamp(&updated)?,
    ))
}

fn read_workshop(conn: &Connection, id: WorkshopId) -> Result<Workshop, StoreError> {
    let (set_up, created_at, updated_at) = read_workshop_row(conn, id)?;
    let participants = read_participants(conn, id)?;
    let order: Vec<ParticipantId> = participants.iter().map(|p| p.id).collect();
    let assessment = read_assessment(conn, id, Votes::InOrderOf(&order))?;
    let charter = read_charter(conn, id)?;
    let roadmap = read_roadmap(conn, id)?;
    let exports = exports::read_exports(conn, id)?;
    let progress = WorkshopProgress::of(
        &set_up,
        participants.len(),
        &assessment,
        &charter,
        &roadmap.outline(),
        &exported(&exports),
    );
    let checks = WorkshopChecks::of(&charter, &roadmap);
    Ok(Workshop {
        id,
        progress,
        exports,
        set_up,
        participants,
        assessment,
        charter_versions: read_versions(conn, id)?,
        history: {
            let (undo, redo) = history::depth(conn, id)?;
            UndoDepth { undo, redo }
        },
        checks,
        briefs: briefs::read_briefs(conn, id)?,
        logo: logo::read_size(conn, id)?,
        agenda: agenda::read(conn, id)?,
        follow_up: follow_up::read(conn, id)?,
        charter,
        roadmap,
        created_at,
        updated_at,
    })
}

/// Inserts the `workshop` row of a new (or imported) workshop.
pub(super) fn insert_workshop(
    tx: &Transaction<'_>,
    id: WorkshopId,
    set_up: &SetUp,
    created_at: &str,
    updated_at: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO workshop (id, organisation, title, sponsor, facilitator, start_date, \
         end_date, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id.to_string(),
            set_up.organisation,
            set_up.title,
            set_up.sponsor,
            set_up.facilitator,
            date(set_up.start_date),
            set_up.end_date.map(date),
            set_up.notes,
            created_at,
            updated_at,
        ],
    )?;
    Ok(())
}

fn read_participants(conn: &Connection, id: WorkshopId) -> Result<Vec<Participant>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, role, area FROM participant WHERE workshop_id = ?1 \
         ORDER BY position, id",
    )?;
    let rows = stmt.query_map([id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    rows.map(|row| {
        let (pid, name, role, area) = row?;
        Ok(Participant {
            id: ParticipantId::from_uuid(parse_uuid(&pid)?),
            name,
            role,
            area,
        })
    })
    .collect()
}

fn insert_participant(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    position: usize,
    p: &ParticipantInput,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO participant (id, workshop_id, position, name, role, area) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            Uuid::new_v4().to_string(),
            workshop.to_string(),
            sql_int(position, "a participant's position")?,
            p.name,
            p.role,
            p.area,
        ],
    )?;
    Ok(())
}

/// Whether the workshop `id` exists.
fn workshop_exists(conn: &Connection, id: WorkshopId) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM workshop WHERE id = ?1)")?
        .query_row([id.to_string()], |r| r.get(0))?)
}

/// Fails with [`StoreError::WorkshopNotFound`] unless the workshop `id` exists.
fn require_workshop(conn: &Connection, id: WorkshopId) -> Result<(), StoreError> {
    if workshop_exists(conn, id)? {
        Ok(())
    } else {
        Err(StoreError::WorkshopNotFound(id))
    }
}

/// Notes that `workshop` is changing now: it must exist; its state before the
/// change is remembered for undo (see [`history`]); its "last edited" moves on.
/// Every undoable change calls this first.
fn touch(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    now: DateTime<Utc>,
    subject: &Subject,
) -> Result<(), StoreError> {
    require_workshop(tx, workshop)?;
    history::remember(tx, workshop, now, subject)?;
    let n = tx
        .prepare_cached("UPDATE workshop SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![workshop.to_string(), timestamp(now)])?;
    if n == 0 {
        return Err(StoreError::WorkshopNotFound(workshop));
    }
    Ok(())
}

fn participant_workshop(tx: &Transaction<'_>, id: ParticipantId) -> Result<WorkshopId, StoreError> {
    let text: String = tx
        .query_row(
            "SELECT workshop_id FROM participant WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::ParticipantNotFound(id))?;
    Ok(WorkshopId::from_uuid(parse_uuid(&text)?))
}

/// The workshop's participants' ids, in the facilitator's order.
pub(super) fn participant_order(
    conn: &Connection,
    workshop: WorkshopId,
) -> Result<Vec<ParticipantId>, StoreError> {
    Ok(read_participants(conn, workshop)?
        .into_iter()
        .map(|p| p.id)
        .collect())
}

fn renumber(tx: &Transaction<'_>, order: &[ParticipantId]) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached("UPDATE participant SET position = ?2 WHERE id = ?1")?;
    for (position, id) in order.iter().enumerate() {
        stmt.execute(params![
            id.to_string(),
            sql_int(position, "a participant's position")?
        ])?;
    }
    Ok(())
}
