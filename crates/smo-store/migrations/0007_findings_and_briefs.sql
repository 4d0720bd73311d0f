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
