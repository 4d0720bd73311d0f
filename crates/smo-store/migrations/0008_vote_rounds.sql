-- Silent vote rounds: each practice's votes on its current or its target
-- level come in numbered rounds, each open (taking votes, shown to the room
-- only as "voted") or revealed. Every vote recorded before rounds existed
-- was seen as it was cast, so it becomes round 1 on the current level,
-- revealed. A round's votes go with it; a participant's with them.

CREATE TABLE vote_round (
    workshop_id TEXT NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    practice_id TEXT NOT NULL,
    question    TEXT NOT NULL CHECK (question IN ('current', 'target')),
    number      INTEGER NOT NULL CHECK (number >= 1),
    state       TEXT NOT NULL CHECK (state IN ('open', 'revealed')),
    PRIMARY KEY (workshop_id, practice_id, question, number)
) STRICT;

ALTER TABLE vote RENAME TO vote_before_rounds;
DROP INDEX vote_by_participant;

CREATE TABLE vote (
    workshop_id    TEXT NOT NULL,
    practice_id    TEXT NOT NULL,
    question       TEXT NOT NULL,
    number         INTEGER NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    level          INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    PRIMARY KEY (workshop_id, practice_id, question, number, participant_id),
    FOREIGN KEY (workshop_id, practice_id, question, number)
        REFERENCES vote_round (workshop_id, practice_id, question, number) ON DELETE CASCADE
) STRICT;

CREATE INDEX vote_by_participant ON vote (participant_id);

INSERT INTO vote_round (workshop_id, practice_id, question, number, state)
SELECT DISTINCT workshop_id, practice_id, 'current', 1, 'revealed' FROM vote_before_rounds;

INSERT INTO vote (workshop_id, practice_id, question, number, participant_id, level)
SELECT workshop_id, practice_id, 'current', 1, participant_id, level FROM vote_before_rounds;

DROP TABLE vote_before_rounds;
