-- What an undo step holds: the whole workshop as workshop-file JSON (every
-- step saved before this column existed), or, for a change that touched only
-- one practice's own record (its levels, target, findings, note, vote
-- rounds), that practice's record as it was and when the workshop last
-- changed before it: a few kilobytes instead of the whole workshop.

ALTER TABLE history ADD COLUMN reach TEXT NOT NULL DEFAULT 'workshop'
    CHECK (reach IN ('workshop', 'practice'));
