-- Undo and redo: snapshots of a workshop (as workshop-file JSON) taken before
-- each change. No foreign key: undoing replaces the workshop's rows, and its
-- history must survive that. Deleting a workshop deletes its history.

CREATE TABLE history (
    workshop_id TEXT NOT NULL,
    stack       TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
    seq         INTEGER NOT NULL,
    saved_at    TEXT NOT NULL,
    content     TEXT NOT NULL,
    PRIMARY KEY (workshop_id, stack, seq)
) STRICT;
