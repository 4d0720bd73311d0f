-- The charter (one row per section, its content as JSON), saved charter
-- versions, and the roadmap (phases, initiatives, the practices each closes and
-- what each depends on). Also a cache of each workshop's step progress for the
-- home list, rewritten in the same transaction as every change to the workshop.

CREATE TABLE charter_section (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    content     TEXT NOT NULL,
    PRIMARY KEY (workshop_id, section)
) STRICT;

CREATE TABLE charter_version (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    saved_at    TEXT NOT NULL,
    approved    INTEGER NOT NULL CHECK (approved IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL, -- the whole charter as JSON
    PRIMARY KEY (workshop_id, number)
) STRICT;

CREATE TABLE roadmap_phase (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('quickWins', 'foundation', 'expansion', 'optimisation')),
    start_date  TEXT,
    end_date    TEXT,
    PRIMARY KEY (workshop_id, kind),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE initiative (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    start_date  TEXT,
    end_date    TEXT,
    phase       TEXT CHECK (phase IN ('quickWins', 'foundation', 'expansion', 'optimisation')),
    effort      TEXT CHECK (effort IN ('small', 'medium', 'large')),
    status      TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'done', 'onHold')),
    milestone   INTEGER NOT NULL CHECK (milestone IN (0, 1)),
    raises_to   INTEGER CHECK (raises_to BETWEEN 0 AND 5),
    PRIMARY KEY (workshop_id, id),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE initiative_practice (
    workshop_id   TEXT NOT NULL,
    initiative_id TEXT NOT NULL,
    practice_id   TEXT NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, initiative_id, practice_id),
    FOREIGN KEY (workshop_id, initiative_id) REFERENCES initiative (workshop_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE initiative_dependency (
    workshop_id   TEXT NOT NULL,
    initiative_id TEXT NOT NULL,
    depends_on    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, initiative_id, depends_on),
    FOREIGN KEY (workshop_id, initiative_id) REFERENCES initiative (workshop_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workshop_id, depends_on) REFERENCES initiative (workshop_id, id) ON DELETE CASCADE
) STRICT;

ALTER TABLE workshop ADD COLUMN progress TEXT; -- WorkshopProgress as JSON
ALTER TABLE workshop ADD COLUMN progress_rules INTEGER NOT NULL DEFAULT 0;
