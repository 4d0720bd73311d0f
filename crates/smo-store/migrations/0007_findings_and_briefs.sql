-- What executives need beyond the data: each practice's findings
-- (strengths, weaknesses) and recommendation, and each document's brief
-- (key messages, decisions requested, next steps, assumptions, document
-- control), stored as one JSON document per workshop and document. Both are
-- part of the workshop: undo and workshop files carry them.

ALTER TABLE practice_assessment ADD COLUMN strengths TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_assessment ADD COLUMN weaknesses TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_assessment ADD COLUMN recommendation TEXT NOT NULL DEFAULT '';

CREATE TABLE document_brief (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    document    TEXT NOT NULL CHECK (document IN ('assessment', 'charter', 'roadmap')),
    content     TEXT NOT NULL, -- the brief as JSON
    PRIMARY KEY (workshop_id, document)
) STRICT;

-- The client's logo for the documents' covers: a PNG of at most 512 KB, with
-- its size. Beside the workshop like document_export (no foreign key): an
-- undo, which replaces the workshop's rows, leaves it be, and undo history
-- does not copy it; deleting a workshop deletes it; workshop files carry it.
CREATE TABLE workshop_logo (
    workshop_id TEXT PRIMARY KEY NOT NULL,
    png         BLOB NOT NULL,
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0)
) STRICT;
