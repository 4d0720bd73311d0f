-- After the workshop: assessment rounds, KPI tracking and measurements,
-- initiative delivery, and the improvement register.
--
-- The round being scored lives in practice_assessment and vote as before; an
-- earlier round is frozen here as JSON (what was recorded per practice when
-- the next round started). Every workshop already stored is in its baseline
-- round, held on its start date.

CREATE TABLE assessment_round (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    held_on     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('live', 'closed')),
    practices   TEXT, -- JSON of a closed round's practices; NULL while live
    PRIMARY KEY (workshop_id, number),
    CHECK ((state = 'live') = (practices IS NULL))
) STRICT;

CREATE UNIQUE INDEX one_live_round ON assessment_round (workshop_id) WHERE state = 'live';

INSERT INTO assessment_round (workshop_id, number, name, held_on, state, practices)
SELECT id, 1, 'Baseline', start_date, 'live', NULL FROM workshop;

CREATE TABLE kpi_tracking (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    kpi_id      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    baseline    REAL,
    target      REAL,
    unit        TEXT NOT NULL DEFAULT '',
    direction   TEXT CHECK (direction IN ('higherIsBetter', 'lowerIsBetter')),
    start_date  TEXT NOT NULL,
    target_date TEXT,
    frequency   TEXT CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly')),
    PRIMARY KEY (workshop_id, kpi_id),
    CHECK ((baseline IS NULL) = (target IS NULL) AND (baseline IS NULL) = (direction IS NULL))
) STRICT;

CREATE TABLE kpi_measurement (
    workshop_id TEXT NOT NULL,
    kpi_id      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    measured_on TEXT NOT NULL,
    value       REAL NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    measured_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, kpi_id, position),
    FOREIGN KEY (workshop_id, kpi_id) REFERENCES kpi_tracking (workshop_id, kpi_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE initiative_delivery (
    workshop_id    TEXT NOT NULL,
    initiative_id  TEXT NOT NULL,
    percent        INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    actual_start   TEXT,
    actual_end     TEXT,
    note           TEXT NOT NULL DEFAULT '',
    baseline_start TEXT,
    baseline_end   TEXT,
    PRIMARY KEY (workshop_id, initiative_id),
    FOREIGN KEY (workshop_id, initiative_id) REFERENCES initiative (workshop_id, id) ON DELETE CASCADE,
    CHECK (actual_start IS NULL OR actual_end IS NULL OR actual_end >= actual_start)
) STRICT;

CREATE TABLE improvement_idea (
    workshop_id      TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    position         INTEGER NOT NULL,
    raised_on        TEXT NOT NULL,
    raised_by        TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL,
    source           TEXT NOT NULL CHECK (source IN ('kpi', 'reassessment', 'feedback', 'incidentReview', 'audit')),
    practice_id      TEXT,
    expected_benefit TEXT NOT NULL DEFAULT '',
    size             TEXT CHECK (size IN ('small', 'medium', 'large')),
    priority         TEXT CHECK (priority IN ('high', 'medium', 'low')),
    status           TEXT NOT NULL CHECK (status IN ('new', 'assessed', 'approved', 'inProgress', 'done', 'rejected')),
    owner            TEXT NOT NULL DEFAULT '',
    decision         TEXT NOT NULL DEFAULT '',
    initiative_id    TEXT,
    PRIMARY KEY (workshop_id, id)
) STRICT;

-- The steering report is a fourth document: its brief and its last export
-- are kept like the other three's. (SQLite changes a CHECK by rebuilding.)

CREATE TABLE document_export_new (
    workshop_id TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (document IN ('assessment', 'charter', 'roadmap', 'steering')),
    exported_at TEXT NOT NULL,
    PRIMARY KEY (workshop_id, document)
) STRICT;
INSERT INTO document_export_new SELECT workshop_id, document, exported_at FROM document_export;
DROP TABLE document_export;
ALTER TABLE document_export_new RENAME TO document_export;

CREATE TABLE document_brief_new (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    document    TEXT NOT NULL CHECK (document IN ('assessment', 'charter', 'roadmap', 'steering')),
    content     TEXT NOT NULL, -- the brief as JSON
    PRIMARY KEY (workshop_id, document)
) STRICT;
INSERT INTO document_brief_new SELECT workshop_id, document, content FROM document_brief;
DROP TABLE document_brief;
ALTER TABLE document_brief_new RENAME TO document_brief;
