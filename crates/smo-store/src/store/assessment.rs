//! The assessment's tables: a workshop's framework copy, its scope, what is
//! recorded per practice, the participants' votes, and the framework library.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use smo_core::framework::{builtin_frameworks, DEFAULT_FRAMEWORK_ID};
use smo_core::sample::SampleWorkshop;
use smo_core::{
    normalise_scope, Assessment, Confidence, CurrentStateInput, Framework, FrameworkSummary,
    Horizon, Level, ParticipantId, PracticeAssessment, PracticeChange, Priority, RoundRef,
    RoundState, TargetInput, ValidationError, Vote, VoteQuestion, VoteRound, Workshop, WorkshopId,
};

use super::{finish, finish_practice, participant_order, touch, Store, Subject};
use crate::codec::{parse_uuid, sql_int, timestamp, to_json};
use crate::StoreError;

impl Store {
    /// The built-in frameworks, then the imported ones by name.
    pub fn list_frameworks(&self) -> Result<Vec<FrameworkSummary>, StoreError> {
        let mut out: Vec<FrameworkSummary> = builtin_frameworks()
            .iter()
            .map(|f| f.summary(true))
            .collect();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content FROM framework_library ORDER BY name, version")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for content in rows {
            out.push(parse_framework(&content?)?.summary(false));
        }
        Ok(out)
    }

    /// The framework `id` at `version`: built in, or from the library.
    pub fn framework(&self, id: &str, version: &str) -> Result<Framework, StoreError> {
        if let Some(f) = builtin_frameworks()
            .iter()
            .find(|f| f.id == id && f.version == version)
        {
            return Ok(f.clone());
        }
        let content: Option<String> = self
            .conn
            .query_row(
                "SELECT content FROM framework_library WHERE framework_id = ?1 AND version = ?2",
                params![id, version],
                |r| r.get(0),
            )
            .optional()?;
        match content {
            Some(c) => parse_framework(&c),
            None => Err(StoreError::FrameworkNotFound {
                id: id.to_owned(),
                version: version.to_owned(),
            }),
        }
    }

    /// Adds a user's framework to the library (validated first). A framework
    /// with the same id and version is replaced; a built-in one cannot be.
    pub fn import_framework(
        &mut self,
        framework: &Framework,
    ) -> Result<FrameworkSummary, StoreError> {
        framework.validate()?;
        if builtin_frameworks().iter().any(|f| f.id == framework.id) {
            return Err(StoreError::BuiltinFramework(framework.id.clone()));
        }
        let now = timestamp((self.clock)());
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO framework_library (framework_id, version, name, content, imported_at) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (framework_id, version) DO UPDATE SET name = ?3, content = ?4, imported_at = ?5",
            params![
                framework.id,
                framework.version,
                framework.name,
                to_json(framework, "the framework")?,
                now
            ],
        )?;
        tx.commit()?;
        Ok(framework.summary(false))
    }

    /// Assesses the workshop with `framework` (a full copy is kept). The scope
    /// keeps the practices the new framework also has, or starts from its
    /// default set; what was recorded for practices it lacks is removed.
    pub fn set_framework(
        &mut self,
        workshop: WorkshopId,
        framework: &Framework,
    ) -> Result<Workshop, StoreError> {
        framework.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::alone())?;
        let old_scope = read_scope(&tx, workshop)?;
        let kept: Vec<String> = old_scope
            .into_iter()
            .filter(|id| framework.practice(id).is_some())
            .collect();
        let scope = if kept.is_empty() {
            framework.default_scope()
        } else {
            normalise_scope(framework, &kept)?
        };
        write_framework(&tx, workshop, framework)?;
        write_scope(&tx, workshop, &scope)?;
        let known: Vec<&str> = framework.practices.iter().map(|p| p.id.as_str()).collect();
        for table in ["practice_assessment", "vote_round"] {
            let ids: Vec<String> = {
                let mut stmt = tx.prepare(&format!(
                    "SELECT DISTINCT practice_id FROM {table} WHERE workshop_id = ?1"
                ))?;
                let rows = stmt.query_map([workshop.to_string()], |r| r.get::<_, String>(0))?;
                rows.collect::<Result<_, _>>()?
            };
            for id in ids.iter().filter(|id| !known.contains(&id.as_str())) {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE workshop_id = ?1 AND practice_id = ?2"),
                    params![workshop.to_string(), id],
                )?;
            }
        }
        finish(tx, workshop)
    }

    /// Sets the practices in scope. Unknown ids are refused; the order is the
    /// framework's. What was recorded for a practice taken out is kept.
    pub fn set_scope(
        &mut self,
        workshop: WorkshopId,
        practice_ids: &[String],
    ) -> Result<Workshop, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(&tx, workshop, now, &Subject::of("scope", ""))?;
        let framework = read_framework(&tx, workshop)?.ok_or(ValidationError::NoFramework)?;
        let scope = normalise_scope(&framework, practice_ids)?;
        write_scope(&tx, workshop, &scope)?;
        finish(tx, workshop)
    }

    /// Records the current state of one practice in scope.
    pub fn record_current(
        &mut self,
        workshop: WorkshopId,
        practice_id: &str,
        input: &CurrentStateInput,
    ) -> Result<PracticeChange, StoreError> {
        input.validate()?;
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::of("current", practice_id).within_practice(practice_id),
        )?;
        check_in_scope(&tx, workshop, practice_id)?;
        tx.prepare_cached(
            "INSERT INTO practice_assessment (workshop_id, practice_id, current_level, confidence, evidence) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (workshop_id, practice_id) DO UPDATE SET \
             current_level = ?3, confidence = ?4, evidence = ?5",
        )?
        .execute(params![
                workshop.to_string(),
                practice_id,
                input.current.map(Level::value),
                input.confidence.map(Confidence::as_str),
                input.evidence,
            ],
        )?;
        finish_practice(tx, workshop, practice_id)
    }

    /// Records the target of one practice in scope.
    pub fn record_target(
        &mut self,
        workshop: WorkshopId,
        practice_id: &str,
        input: &TargetInput,
    ) -> Result<PracticeChange, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::of("target", practice_id).within_practice(practice_id),
        )?;
        check_in_scope(&tx, workshop, practice_id)?;
        tx.prepare_cached(
            "INSERT INTO practice_assessment (workshop_id, practice_id, target_level, priority, horizon_months) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (workshop_id, practice_id) DO UPDATE SET \
             target_level = ?3, priority = ?4, horizon_months = ?5",
        )?
        .execute(params![
                workshop.to_string(),
                practice_id,
                input.target.map(Level::value),
                input.priority.map(Priority::as_str),
                input.horizon.map(Horizon::months),
            ],
        )?;
        finish_practice(tx, workshop, practice_id)
    }

    /// Records (or, with `None`, withdraws) one participant's vote in the
    /// round `round` names: only the latest round of its question takes
    /// votes, and only until it is revealed (a vote meant for an earlier
    /// round is refused, never moved to the current one). A practice with no
    /// round yet on the current level starts its first when voted on in
    /// round 1, as the keyboard does.
    pub fn record_vote(
        &mut self,
        workshop: WorkshopId,
        round: &RoundRef,
        participant: ParticipantId,
        level: Option<Level>,
    ) -> Result<PracticeChange, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::of("vote", format!("{}:{participant}", round.practice_id))
                .within_practice(&round.practice_id),
        )?;
        check_in_scope(&tx, workshop, &round.practice_id)?;
        let order = participant_order(&tx, workshop)?;
        if !order.contains(&participant) {
            return Err(ValidationError::UnknownParticipant.into());
        }
        let mut practice = read_rounds(&tx, workshop, &round.practice_id, &order)?;
        if practice.latest_round(round.question).is_none() && round.number == 1 {
            practice.start_round(round.question)?;
            insert_round(&tx, workshop, &round.practice_id, round.question, 1)?;
        }
        practice.cast_vote(round.question, round.number, (participant, level), &order)?;
        let key = params![
            workshop.to_string(),
            round.practice_id,
            round.question.as_str(),
            round.number,
            participant.to_string()
        ];
        tx.execute(
            "DELETE FROM vote WHERE workshop_id = ?1 AND practice_id = ?2 AND question = ?3 \
             AND number = ?4 AND participant_id = ?5",
            key,
        )?;
        if let Some(level) = level {
            tx.execute(
                "INSERT INTO vote (workshop_id, practice_id, question, number, participant_id, level) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    workshop.to_string(),
                    round.practice_id,
                    round.question.as_str(),
                    round.number,
                    participant.to_string(),
                    level.value()
                ],
            )?;
        }
        finish_practice(tx, workshop, &round.practice_id)
    }

    /// Starts the next vote round on `question` for a practice: the first,
    /// or a revote once the latest is revealed (which it keeps).
    pub fn start_vote_round(
        &mut self,
        workshop: WorkshopId,
        practice_id: &str,
        question: VoteQuestion,
    ) -> Result<PracticeChange, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::alone().within_practice(practice_id),
        )?;
        check_in_scope(&tx, workshop, practice_id)?;
        let order = participant_order(&tx, workshop)?;
        let number = read_rounds(&tx, workshop, practice_id, &order)?.start_round(question)?;
        insert_round(&tx, workshop, practice_id, question, number)?;
        finish_practice(tx, workshop, practice_id)
    }

    /// Reveals a round's votes; it takes no more.
    pub fn reveal_vote_round(
        &mut self,
        workshop: WorkshopId,
        round: &RoundRef,
    ) -> Result<PracticeChange, StoreError> {
        let now = (self.clock)();
        let tx = self.conn.transaction()?;
        touch(
            &tx,
            workshop,
            now,
            &Subject::alone().within_practice(&round.practice_id),
        )?;
        check_in_scope(&tx, workshop, &round.practice_id)?;
        read_rounds(
            &tx,
            workshop,
            &round.practice_id,
            &participant_order(&tx, workshop)?,
        )?
        .reveal_round(round.question, round.number)?;
        tx.execute(
            "UPDATE vote_round SET state = ?5 WHERE workshop_id = ?1 AND practice_id = ?2 \
             AND question = ?3 AND number = ?4",
            params![
                workshop.to_string(),
                round.practice_id,
                round.question.as_str(),
                round.number,
                RoundState::Revealed.as_str()
            ],
        )?;
        finish_practice(tx, workshop, &round.practice_id)
    }
}

/// One practice's vote rounds (the rest of it left empty), to check a change against.
fn read_rounds(
    conn: &Connection,
    workshop: WorkshopId,
    practice_id: &str,
    order: &[ParticipantId],
) -> Result<PracticeAssessment, StoreError> {
    let mut rounds = read_all_rounds(conn, workshop, Some(practice_id), order)?;
    Ok(PracticeAssessment::empty(practice_id)
        .with_rounds(rounds.remove(practice_id).unwrap_or_default()))
}

fn insert_round(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    practice_id: &str,
    question: VoteQuestion,
    number: u32,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO vote_round (workshop_id, practice_id, question, number, state) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            workshop.to_string(),
            practice_id,
            question.as_str(),
            number,
            RoundState::Open.as_str()
        ],
    )?;
    Ok(())
}

/// Writes a practice's rounds and their votes (as a file or the sample has them).
pub(super) fn write_rounds(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    practice_id: &str,
    rounds: &[VoteRound],
) -> Result<(), StoreError> {
    for round in rounds {
        tx.execute(
            "INSERT INTO vote_round (workshop_id, practice_id, question, number, state) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                workshop.to_string(),
                practice_id,
                round.question.as_str(),
                round.number,
                round.state.as_str()
            ],
        )?;
        for v in &round.votes {
            tx.execute(
                "INSERT INTO vote (workshop_id, practice_id, question, number, participant_id, level) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    workshop.to_string(),
                    practice_id,
                    round.question.as_str(),
                    round.number,
                    v.participant_id.to_string(),
                    v.level.value()
                ],
            )?;
        }
    }
    Ok(())
}

/// Every practice's vote rounds (or one practice's), each round's votes in
/// participant order: one pass over the rounds and one over the votes.
fn read_all_rounds(
    conn: &Connection,
    workshop: WorkshopId,
    only: Option<&str>,
    participant_order: &[ParticipantId],
) -> Result<HashMap<String, Vec<VoteRound>>, StoreError> {
    let position: HashMap<ParticipantId, usize> = participant_order
        .iter()
        .enumerate()
        .map(|(n, p)| (*p, n))
        .collect();
    type Key = (String, VoteQuestion, u32);
    let corrupt =
        |what: &str, value: &str| StoreError::Corrupt(format!("vote round {what} \"{value}\""));
    let key = |practice: String, question: String, number: i64| -> Result<Key, StoreError> {
        let q = VoteQuestion::parse(&question).ok_or_else(|| corrupt("question", &question))?;
        let n = u32::try_from(number).map_err(|_| corrupt("number", &number.to_string()))?;
        Ok((practice, q, n))
    };
    let (only_one, filter) = practice_filter(only);
    let mut votes: HashMap<Key, Vec<(usize, Vote)>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT practice_id, question, number, participant_id, level FROM vote \
         WHERE workshop_id = ?1{only_one}"
    ))?;
    let rows = stmt.query_map(params![workshop.to_string(), filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    for row in rows {
        let (practice, question, number, participant, level) = row?;
        let participant_id = ParticipantId::from_uuid(parse_uuid(&participant)?);
        let rank = position.get(&participant_id).copied().unwrap_or(usize::MAX);
        votes
            .entry(key(practice, question, number)?)
            .or_default()
            .push((
                rank,
                Vote {
                    participant_id,
                    level: Level::try_from(level)?,
                },
            ));
    }
    let mut out: HashMap<String, Vec<VoteRound>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT practice_id, question, number, state FROM vote_round \
         WHERE workshop_id = ?1{only_one}"
    ))?;
    let rows = stmt.query_map(params![workshop.to_string(), filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (practice, question, number, state) = row?;
        let state = RoundState::parse(&state).ok_or_else(|| corrupt("state", &state))?;
        let k = key(practice, question, number)?;
        let mut mine = votes.remove(&k).unwrap_or_default();
        mine.sort_by_key(|(rank, _)| *rank);
        let (practice, question, number) = k;
        out.entry(practice).or_default().push(VoteRound::new(
            question,
            number,
            state,
            mine.into_iter().map(|(_, v)| v).collect(),
        ));
    }
    Ok(out)
}

/// Gives a new workshop the default framework and its default scope.
pub(super) fn start_assessment(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
) -> Result<(), StoreError> {
    if let Some(framework) = builtin_frameworks()
        .iter()
        .find(|f| f.id == DEFAULT_FRAMEWORK_ID)
    {
        write_framework(tx, workshop, framework)?;
        write_scope(tx, workshop, &framework.default_scope())?;
    }
    Ok(())
}

/// Writes the sample's scope, scores, targets and votes into `workshop`, which
/// was just created from the same sample.
pub(super) fn write_sample_assessment(
    tx: &Transaction<'_>,
    workshop: &Workshop,
    sample: &SampleWorkshop,
) -> Result<(), StoreError> {
    let framework = workshop
        .assessment
        .framework
        .as_ref()
        .ok_or(ValidationError::NoFramework)?;
    let ids: Vec<String> = sample
        .practices
        .iter()
        .map(|p| p.practice_id.to_owned())
        .collect();
    write_scope(tx, workshop.id, &normalise_scope(framework, &ids)?)?;
    let level = |v: u8| Level::try_from(i64::from(v));
    for p in &sample.practices {
        tx.execute(
            "INSERT INTO practice_assessment (workshop_id, practice_id, current_level, confidence, \
             evidence, target_level, priority, horizon_months, strengths, weaknesses, recommendation) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                workshop.id.to_string(),
                p.practice_id,
                level(p.current)?.value(),
                p.confidence.as_str(),
                p.evidence,
                level(p.target)?.value(),
                p.priority.as_str(),
                Horizon::try_from(i64::from(p.horizon))?.months(),
                p.strengths,
                p.weaknesses,
                p.recommendation,
            ],
        )?;
        let mut votes = Vec::new();
        for (who, vote) in &p.votes {
            let participant = workshop
                .participants
                .get(*who)
                .ok_or(ValidationError::UnknownParticipant)?;
            votes.push(Vote {
                participant_id: participant.id,
                level: level(*vote)?,
            });
        }
        let rounds = PracticeAssessment::empty(p.practice_id)
            .with_votes(votes)
            .rounds;
        write_rounds(tx, workshop.id, p.practice_id, &rounds)?;
    }
    Ok(())
}

/// Copies everything assessed in `from` to `to`; `participants` maps the old
/// participants' ids to the new ones.
pub(super) fn copy_assessment(
    tx: &Transaction<'_>,
    from: WorkshopId,
    to: WorkshopId,
    participants: &[(ParticipantId, ParticipantId)],
) -> Result<(), StoreError> {
    let (from, to) = (from.to_string(), to.to_string());
    tx.execute(
        "DELETE FROM workshop_framework WHERE workshop_id = ?1",
        [&to],
    )?;
    tx.execute("DELETE FROM scope WHERE workshop_id = ?1", [&to])?;
    tx.execute(
        "INSERT INTO workshop_framework (workshop_id, framework_id, version, content) \
         SELECT ?2, framework_id, version, content FROM workshop_framework WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    tx.execute(
        "INSERT INTO scope (workshop_id, practice_id, position) \
         SELECT ?2, practice_id, position FROM scope WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    tx.execute(
        "INSERT INTO practice_assessment (workshop_id, practice_id, current_level, confidence, \
         evidence, target_level, priority, horizon_months, strengths, weaknesses, recommendation, \
         facilitator_note) \
         SELECT ?2, practice_id, current_level, confidence, evidence, target_level, priority, \
         horizon_months, strengths, weaknesses, recommendation, facilitator_note \
         FROM practice_assessment WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    tx.execute(
        "INSERT INTO vote_round (workshop_id, practice_id, question, number, state) \
         SELECT ?2, practice_id, question, number, state FROM vote_round WHERE workshop_id = ?1",
        [&from, &to],
    )?;
    for (old, new) in participants {
        tx.execute(
            "INSERT INTO vote (workshop_id, practice_id, question, number, participant_id, level) \
             SELECT ?2, practice_id, question, number, ?4, level FROM vote \
             WHERE workshop_id = ?1 AND participant_id = ?3",
            [&from, &to, &old.to_string(), &new.to_string()],
        )?;
    }
    Ok(())
}

/// Whether reading an assessment reads its vote rounds.
#[derive(Clone, Copy)]
pub(super) enum Votes<'a> {
    /// Every round with its votes, in the order of this participant list.
    InOrderOf(&'a [ParticipantId]),
    /// No rounds (what progress and checks are computed from).
    Left,
}

/// Reads a workshop's whole assessment, with or without its vote rounds.
pub(super) fn read_assessment(
    conn: &Connection,
    workshop: WorkshopId,
    votes: Votes<'_>,
) -> Result<Assessment, StoreError> {
    let Some(framework) = read_framework(conn, workshop)? else {
        return Ok(Assessment::none());
    };
    let scope = read_scope(conn, workshop)?;
    let mut recorded = read_records(conn, workshop, None)?;
    let mut rounds = match votes {
        Votes::InOrderOf(order) => read_all_rounds(conn, workshop, None, order)?,
        Votes::Left => HashMap::new(),
    };
    let practices = scope
        .iter()
        .map(|id| {
            let base = recorded
                .remove(id)
                .unwrap_or_else(|| PracticeAssessment::empty(id));
            base.with_rounds(rounds.remove(id).unwrap_or_default())
        })
        .collect();
    Ok(Assessment {
        framework: Some(framework),
        scope,
        practices,
    })
}

/// Everything recorded about one practice, its vote rounds included (a
/// practice nothing was recorded for reads as empty).
pub(super) fn read_practice(
    conn: &Connection,
    workshop: WorkshopId,
    practice_id: &str,
    participant_order: &[ParticipantId],
) -> Result<PracticeAssessment, StoreError> {
    let base = read_records(conn, workshop, Some(practice_id))?
        .remove(practice_id)
        .unwrap_or_else(|| PracticeAssessment::empty(practice_id));
    let mut rounds = read_all_rounds(conn, workshop, Some(practice_id), participant_order)?;
    Ok(base.with_rounds(rounds.remove(practice_id).unwrap_or_default()))
}

/// Writes everything recorded about one practice (its row, its rounds and
/// their votes) where nothing of it is stored yet.
pub(super) fn write_practice(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    p: &PracticeAssessment,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO practice_assessment (workshop_id, practice_id, current_level, confidence, \
         evidence, target_level, priority, horizon_months, strengths, weaknesses, recommendation, \
         facilitator_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            workshop.to_string(),
            p.practice_id,
            p.current.map(Level::value),
            p.confidence.map(Confidence::as_str),
            p.evidence,
            p.target.map(Level::value),
            p.priority.map(Priority::as_str),
            p.horizon.map(Horizon::months),
            p.strengths,
            p.weaknesses,
            p.recommendation,
            p.note,
        ],
    )?;
    write_rounds(tx, workshop, &p.practice_id, &p.rounds_as_filed()).map_err(|e| match e {
        StoreError::Sqlite(e)
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            StoreError::Invalid(ValidationError::Text {
                what: format!("A vote on {}", p.practice_id),
                reason: "is recorded twice for the same participant".into(),
            })
        }
        other => other,
    })
}

/// Deletes everything recorded about one practice (its votes, rounds and row).
pub(super) fn delete_practice(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    practice_id: &str,
) -> Result<(), StoreError> {
    for table in ["vote", "vote_round", "practice_assessment"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE workshop_id = ?1 AND practice_id = ?2"),
            params![workshop.to_string(), practice_id],
        )?;
    }
    Ok(())
}

/// The tail of a `WHERE workshop_id = ?1` clause and its `?2`, reading every
/// practice's rows or only one practice's. One statement per case:
/// `(?2 = '' OR practice_id = ?2)` would scan the whole workshop's rows for
/// one practice.
fn practice_filter(only: Option<&str>) -> (&'static str, &str) {
    match only {
        Some(practice) => (" AND practice_id = ?2", practice),
        None => (" AND ?2 = ''", ""),
    }
}

/// The `practice_assessment` rows of a workshop (or of one practice), without
/// their vote rounds.
fn read_records(
    conn: &Connection,
    workshop: WorkshopId,
    only: Option<&str>,
) -> Result<HashMap<String, PracticeAssessment>, StoreError> {
    let (only_one, filter) = practice_filter(only);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT practice_id, current_level, confidence, evidence, target_level, priority, \
         horizon_months, strengths, weaknesses, recommendation, facilitator_note \
         FROM practice_assessment WHERE workshop_id = ?1{only_one}"
    ))?;
    let rows = stmt.query_map(params![workshop.to_string(), filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<i64>>(6)?,
            [
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, String>(10)?,
            ],
        ))
    })?;
    let mut recorded: HashMap<String, PracticeAssessment> = HashMap::new();
    for row in rows {
        let (id, current, confidence, evidence, target, priority, horizon, findings) = row?;
        let [strengths, weaknesses, recommendation, note] = findings;
        let corrupt = |what: &str, value: &str| {
            StoreError::Corrupt(format!("{what} \"{value}\" recorded for practice {id}"))
        };
        let practice = PracticeAssessment {
            current: current.map(Level::try_from).transpose()?,
            confidence: confidence
                .map(|c| Confidence::parse(&c).ok_or_else(|| corrupt("confidence", &c)))
                .transpose()?,
            evidence,
            target: target.map(Level::try_from).transpose()?,
            priority: priority
                .map(|p| Priority::parse(&p).ok_or_else(|| corrupt("priority", &p)))
                .transpose()?,
            horizon: horizon.map(Horizon::try_from).transpose()?,
            strengths,
            weaknesses,
            recommendation,
            note,
            ..PracticeAssessment::empty(&id)
        };
        recorded.insert(id, practice);
    }
    Ok(recorded)
}

fn read_framework(
    conn: &Connection,
    workshop: WorkshopId,
) -> Result<Option<Framework>, StoreError> {
    let content: Option<String> = conn
        .prepare_cached("SELECT content FROM workshop_framework WHERE workshop_id = ?1")?
        .query_row([workshop.to_string()], |r| r.get(0))
        .optional()?;
    content.map(|c| parse_framework(&c)).transpose()
}

fn write_framework(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    framework: &Framework,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO workshop_framework (workshop_id, framework_id, version, content) \
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT (workshop_id) DO UPDATE SET \
         framework_id = ?2, version = ?3, content = ?4",
        params![
            workshop.to_string(),
            framework.id,
            framework.version,
            to_json(framework, "the framework")?
        ],
    )?;
    Ok(())
}

fn read_scope(conn: &Connection, workshop: WorkshopId) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT practice_id FROM scope WHERE workshop_id = ?1 ORDER BY position, practice_id",
    )?;
    let rows = stmt.query_map([workshop.to_string()], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn write_scope(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    scope: &[String],
) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM scope WHERE workshop_id = ?1",
        [workshop.to_string()],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO scope (workshop_id, practice_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, id) in scope.iter().enumerate() {
        stmt.execute(params![
            workshop.to_string(),
            id,
            sql_int(position, "a practice's position in the scope")?
        ])?;
    }
    Ok(())
}

pub(super) fn check_in_scope(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    practice_id: &str,
) -> Result<(), StoreError> {
    let in_scope: bool = tx
        .prepare_cached(
            "SELECT count(*) > 0 FROM scope WHERE workshop_id = ?1 AND practice_id = ?2",
        )?
        .query_row(params![workshop.to_string(), practice_id], |r| r.get(0))?;
    if in_scope {
        Ok(())
    } else {
        Err(StoreError::NotInScope(practice_id.to_owned()))
    }
}

fn parse_framework(content: &str) -> Result<Framework, StoreError> {
    let framework: Framework = serde_json::from_str(content)
        .map_err(|e| StoreError::Corrupt(format!("a stored framework cannot be read: {e}")))?;
    framework
        .validate()
        .map_err(|e| StoreError::Corrupt(format!("a stored framework is not valid: {e}")))?;
    Ok(framework)
}
