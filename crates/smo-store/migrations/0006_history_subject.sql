-- What each undo step edited ("charter:objectives", "current:incident-management"),
-- so that only changes to the same thing in quick succession (typing) are one
-- step, never a run of different edits made quickly one after another.
-- Steps saved before this column existed have none and start a step of their own.

ALTER TABLE history ADD COLUMN subject TEXT NOT NULL DEFAULT '';
