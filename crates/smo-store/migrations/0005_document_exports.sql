-- When each document of a workshop (assessment report, charter, roadmap) was
-- last exported: the Export step's progress. Beside the workshop, not part of
-- it: no foreign key, so an undo (which replaces the workshop's rows) keeps
-- it; deleting a workshop deletes it.

CREATE TABLE document_export (
    workshop_id TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (document IN ('assessment', 'charter', 'roadmap')),
    exported_at TEXT NOT NULL,
    PRIMARY KEY (workshop_id, document)
) STRICT;
