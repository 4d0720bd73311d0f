-- The workshop's agenda: the plan (items with planned minutes), the time each
-- took and the clock of the item under way, as one JSON document (smo-core's
-- `Agenda`). Beside the workshop like workshop_logo (no foreign key): the
-- clock is not an edit, so undo neither records nor replaces it; deleting a
-- workshop deletes it; workshop files carry it.

CREATE TABLE workshop_agenda (
    workshop_id TEXT PRIMARY KEY NOT NULL,
    content     TEXT NOT NULL -- the agenda as JSON
) STRICT;

-- The facilitator's private note on a practice: part of the workshop (undo,
-- workshop files), never on the projector and never in a document.
ALTER TABLE practice_assessment ADD COLUMN facilitator_note TEXT NOT NULL DEFAULT '';
