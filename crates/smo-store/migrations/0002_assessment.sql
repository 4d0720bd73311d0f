-- The assessment: a workshop's framework copy, its scope, what is recorded per
-- practice, participants' votes, and the library of imported frameworks.
-- Practice ids are the framework's own slugs. Rows for practices taken out of
-- scope are kept, so putting a practice back in scope restores what was said.

CREATE TABLE workshop_framework (
    workshop_id  TEXT PRIMARY KEY NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    framework_id TEXT NOT NULL,
    version      TEXT NOT NULL,
    content      TEXT NOT NULL -- the whole framework as JSON
) STRICT;

CREATE TABLE scope (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    practice_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, practice_id)
) STRICT;

CREATE TABLE practice_assessment (
    workshop_id    TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    practice_id    TEXT NOT NULL,
    current_level  INTEGER CHECK (current_level BETWEEN 0 AND 5),
    confidence     TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    evidence       TEXT NOT NULL DEFAULT '',
    target_level   INTEGER CHECK (target_level BETWEEN 0 AND 5),
    priority       TEXT CHECK (priority IN ('high', 'medium', 'low')),
    horizon_months INTEGER CHECK (horizon_months BETWEEN 1 AND 120),
    PRIMARY KEY (workshop_id, practice_id)
) STRICT;

CREATE TABLE vote (
    workshop_id    TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    practice_id    TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    level          INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    PRIMARY KEY (workshop_id, practice_id, participant_id)
) STRICT;

CREATE INDEX vote_by_participant ON vote (participant_id);

CREATE TABLE framework_library (
    framework_id TEXT NOT NULL,
    version      TEXT NOT NULL,
    name         TEXT NOT NULL,
    content      TEXT NOT NULL, -- the whole framework as JSON
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (framework_id, version)
) STRICT;
