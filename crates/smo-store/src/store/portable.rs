//! Workshop files (`.smow`): export one workshop as versioned JSON, and import
//! one back in a single transaction, after every check has passed.
//!
//! A file that is not valid is refused with a message naming what is wrong and
//! where (`workshop.practices[3].votes[0].level: 9 is not a maturity level…`),
//! and the database is not touched.

use rusqlite::{params, Transaction};
use smo_core::agenda::Agenda;
use smo_core::follow_up::FollowUp;
use smo_core::portable::{PortableWorkshop, WorkshopFile, FORMAT_NAME, FORMAT_VERSION};
use smo_core::{ParticipantId, ValidationError, Workshop, WorkshopId};
use uuid::Uuid;

use super::charter::{insert_version_at, write_section};
use super::roadmap::{write_initiative, write_phase};
use super::{finish, insert_workshop, Store};
use crate::codec::{sql_int, timestamp, to_json};
use crate::StoreError;

/// The largest workshop file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// What to do when the imported workshop is already in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Replace the existing workshop with the file's.
    Replace,
    /// Keep both: the file's becomes a copy with new ids.
    Copy,
    /// Refuse the import.
    Fail,
}

impl Store {
    /// The workshop with everything in it, as the file holds it.
    pub fn workshop_file(&self, id: WorkshopId) -> Result<WorkshopFile, StoreError> {
        let w = self.workshop(id)?;
        let mut versions = Vec::new();
        for v in w.charter_versions.iter().rev() {
            versions.push(self.charter_version(id, v.number)?);
        }
        let mut file = WorkshopFile::of(w, versions);
        file.workshop.logo = super::logo::read(&self.conn, id)?;
        let agenda = super::agenda::read(&self.conn, id)?;
        file.workshop.agenda = (agenda != Agenda::default()).then_some(agenda);
        Ok(file)
    }

    /// The workshop as a file, pretty-printed JSON. Exporting the same
    /// workshop twice gives the same bytes.
    pub fn export_workshop(&self, id: WorkshopId) -> Result<Vec<u8>, StoreError> {
        let file = self.workshop_file(id)?;
        let mut bytes = serde_json::to_vec_pretty(&file)
            .map_err(|e| StoreError::Corrupt(format!("cannot encode the workshop: {e}")))?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Whether a workshop with `id` exists.
    pub fn contains(&self, id: WorkshopId) -> Result<bool, StoreError> {
        super::workshop_exists(&self.conn, id)
    }

    /// Imports a parsed, valid file (see [`parse_workshop_file`]) in one
    /// transaction: all of it or nothing.
    pub fn import_workshop(
        &mut self,
        file: &WorkshopFile,
        on_conflict: OnConflict,
    ) -> Result<Workshop, StoreError> {
        file.validate()?;
        let mut w = file.workshop.clone();
        let exists = self.contains(w.id)?;
        let tx = self.conn.transaction()?;
        if exists {
            match on_conflict {
                OnConflict::Fail => {
                    return Err(StoreError::AlreadyExists {
                        id: w.id,
                        title: w.set_up.title.clone(),
                    })
                }
                OnConflict::Replace => {
                    tx.execute("DELETE FROM workshop WHERE id = ?1", [w.id.to_string()])?;
                }
                OnConflict::Copy => {
                    renumber(&mut w);
                    w.set_up.title = w.set_up.copy_title();
                    let now = (self.clock)();
                    w.updated_at = now.max(w.created_at);
                }
            }
        }
        // Participant ids are unique across the database: a file whose people
        // another workshop already has (a copy made by hand) gets new ones.
        let mut taken =
            tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM participant WHERE id = ?1)")?;
        let mut clash = false;
        for p in &w.participants {
            clash |= taken.query_row([p.id.to_string()], |r| r.get::<_, bool>(0))?;
        }
        drop(taken);
        if clash {
            renumber_participants(&mut w);
        }
        write_workshop(&tx, &w).map_err(constraint_in_file)?;
        // The file's logo, or none: a replaced workshop does not keep the old one.
        super::logo::write(&tx, w.id, w.logo.as_ref())?;
        super::agenda::write(&tx, w.id, &w.agenda.clone().unwrap_or_default())?;
        finish(tx, w.id)
    }
}

/// Reads and parses the workshop file at `path` (a regular file of at most
/// [`MAX_FILE_BYTES`]; see [`read_input_file`](crate::read_input_file)).
pub fn read_workshop_file(path: &std::path::Path) -> Result<WorkshopFile, StoreError> {
    parse_workshop_file(&crate::read_input_file(
        path,
        MAX_FILE_BYTES,
        "a workshop file",
    )?)
}

/// The longest refusal message: a file's problem is said in a few lines, never
/// with a multi-megabyte value echoed back.
const MAX_MESSAGE_CHARS: usize = 400;

/// `message` kept short: any quoted value longer than 60 characters is cut,
/// and the whole to [`MAX_MESSAGE_CHARS`].
fn short(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = String::new();
    let mut quote: Option<char> = None;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => {
                let kept: String = quoted.chars().take(60).collect();
                out.push_str(&kept);
                if quoted.chars().count() > 60 {
                    out.push('…');
                }
                out.push(c);
                quoted.clear();
                quote = None;
            }
            Some(_) => quoted.push(c),
            None => {
                out.push(c);
                if matches!(c, '"' | '`') {
                    quote = Some(c);
                }
            }
        }
    }
    if quote.is_some() {
        out.extend(quoted.chars().take(60));
        out.push('…');
    }
    if out.chars().count() > MAX_MESSAGE_CHARS {
        out = out.chars().take(MAX_MESSAGE_CHARS - 1).collect::<String>() + "…";
    }
    out
}

/// Parses a workshop file, refusing anything that is not one with a short
/// message that says what is wrong and where. Nothing is written.
pub fn parse_workshop_file(bytes: &[u8]) -> Result<WorkshopFile, StoreError> {
    parse(bytes).map_err(|e| match e {
        StoreError::BadFile(m) => StoreError::BadFile(short(&m)),
        StoreError::Invalid(v) => StoreError::Invalid(shorten(v)),
        other => other,
    })
}

/// A validation error whose quoted texts are kept short (see [`short`]).
fn shorten(error: ValidationError) -> ValidationError {
    match error {
        ValidationError::Text { what, reason } => ValidationError::Text {
            what: short(&what),
            reason: short(&reason),
        },
        ValidationError::At { place, error } => ValidationError::At {
            place,
            error: Box::new(shorten(*error)),
        },
        other => other,
    }
}

fn parse(bytes: &[u8]) -> Result<WorkshopFile, StoreError> {
    let bad = |reason: String| StoreError::BadFile(reason);
    // A byte-order mark, as some editors write, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > MAX_FILE_BYTES {
        return Err(bad(format!(
            "the file is {} MB; a workshop file may be at most {} MB",
            bytes.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        bad(format!(
            "the file is not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    // The format and version first, so a newer file says so instead of failing
    // on a field this version does not know.
    let probe: serde_json::Value = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    match probe.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT_NAME) => {}
        _ => {
            return Err(bad(format!(
                "this is not an SMO Workbench workshop file (\"format\" must be \"{FORMAT_NAME}\")"
            )))
        }
    }
    match probe.get("version").and_then(serde_json::Value::as_u64) {
        Some(0) => {
            return Err(bad(
                "\"version\" is 0; workshop files start at format version 1".into(),
            ))
        }
        Some(v) if v <= u64::from(FORMAT_VERSION) => {}
        Some(v) => {
            return Err(bad(format!(
                "the file was written by a newer SMO Workbench (format version {v}; this version reads up to {FORMAT_VERSION})"
            )))
        }
        None => return Err(bad("\"version\" is missing or not a number".into())),
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let file: WorkshopFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        bad(format!("{path}: {inner}"))
    })?;
    file.validate()?;
    Ok(file)
}

/// A database constraint that failed while writing an imported file, said as
/// where in the file two entries clash (never "UNIQUE constraint failed").
fn constraint_in_file(e: StoreError) -> StoreError {
    let StoreError::Sqlite(sqlite) = &e else {
        return e;
    };
    if sqlite.sqlite_error_code() != Some(rusqlite::ErrorCode::ConstraintViolation) {
        return e;
    }
    let text = sqlite.to_string();
    let table = text
        .rsplit(": ")
        .next()
        .and_then(|cols| cols.split('.').next())
        .unwrap_or_default();
    let place = match table {
        "participant" => "workshop.participants",
        "scope" => "workshop.scope",
        "practice_assessment" => "workshop.practices",
        "vote" => "workshop.practices[].rounds[].votes",
        "vote_round" => "workshop.practices[].rounds",
        "charter_section" => "workshop.charter",
        "charter_version" => "workshop.charterVersions",
        "phase" => "workshop.roadmap.phases",
        "initiative" | "initiative_practice" | "initiative_dependency" => {
            "workshop.roadmap.initiatives"
        }
        _ => "workshop",
    };
    StoreError::BadFile(format!(
        "{place}: two entries have the same key, or one refers to something the file does not hold"
    ))
}

/// Gives a copied workshop and its participants new ids, keeping votes attached.
fn renumber(w: &mut PortableWorkshop) {
    w.id = WorkshopId::from_uuid(Uuid::new_v4());
    renumber_participants(w);
}

/// Gives the workshop's participants new ids, keeping their votes attached
/// (in one pass over the votes, whatever their number).
fn renumber_participants(w: &mut PortableWorkshop) {
    let map: std::collections::HashMap<ParticipantId, ParticipantId> = w
        .participants
        .iter()
        .map(|p| (p.id, ParticipantId::from_uuid(Uuid::new_v4())))
        .collect();
    let new_id = |old: ParticipantId| map.get(&old).copied().unwrap_or(old);
    for p in &mut w.participants {
        p.id = new_id(p.id);
    }
    for practice in &mut w.practices {
        for v in &mut practice.votes {
            v.participant_id = new_id(v.participant_id);
        }
        for round in &mut practice.rounds {
            for v in &mut round.votes {
                v.participant_id = new_id(v.participant_id);
            }
        }
    }
}

pub(super) fn write_workshop(tx: &Transaction<'_>, w: &PortableWorkshop) -> Result<(), StoreError> {
    let id = w.id.to_string();
    insert_workshop(
        tx,
        w.id,
        &w.set_up,
        &timestamp(w.created_at),
        &timestamp(w.updated_at),
    )?;
    for (n, p) in w.participants.iter().enumerate() {
        tx.execute(
            "INSERT INTO participant (id, workshop_id, position, name, role, area) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                p.id.to_string(),
                id,
                sql_int(n, "a participant's position")?,
                p.name,
                p.role,
                p.area
            ],
        )?;
    }
    if let Some(f) = &w.framework {
        tx.execute(
            "INSERT INTO workshop_framework (workshop_id, framework_id, version, content) \
             VALUES (?1, ?2, ?3, ?4)",
            params![id, f.id, f.version, to_json(f, "the framework")?],
        )?;
        let scope = smo_core::normalise_scope(f, &w.scope)?;
        for (n, p) in scope.iter().enumerate() {
            tx.execute(
                "INSERT INTO scope (workshop_id, practice_id, position) VALUES (?1, ?2, ?3)",
                params![id, p, sql_int(n, "a practice's position in the scope")?],
            )?;
        }
    }
    for p in &w.practices {
        super::assessment::write_practice(tx, w.id, p)?;
    }
    for update in w.charter.updates() {
        write_section(tx, w.id, &update)?;
    }
    for v in &w.charter_versions {
        insert_version_at(tx, w.id, v)?;
    }
    for phase in &w.roadmap.phases {
        write_phase(tx, w.id, phase)?;
    }
    super::briefs::write_briefs(tx, w.id, &w.briefs)?;
    for (n, i) in w.roadmap.initiatives.iter().enumerate() {
        write_initiative(tx, w.id, i, n)?;
    }
    let follow_up = w
        .follow_up
        .clone()
        .unwrap_or_else(|| FollowUp::starting(w.set_up.start_date));
    super::follow_up::write(tx, w.id, &follow_up)?;
    Ok(())
}
