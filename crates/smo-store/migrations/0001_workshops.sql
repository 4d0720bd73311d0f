-- Workshops and the "Set up" step: the engagement's facts and its participants.
-- Dates are ISO 8601 (YYYY-MM-DD); timestamps are RFC 3339 UTC with milliseconds
-- ("2026-03-09T08:00:00.000Z"), so text order is time order.

CREATE TABLE workshop (
    id           TEXT PRIMARY KEY NOT NULL,
    organisation TEXT NOT NULL,
    title        TEXT NOT NULL,
    sponsor      TEXT NOT NULL DEFAULT '',
    facilitator  TEXT NOT NULL DEFAULT '',
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX workshop_by_updated ON workshop (updated_at DESC);

CREATE TABLE participant (
    id          TEXT PRIMARY KEY NOT NULL,
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    area        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX participant_by_workshop ON participant (workshop_id, position);
