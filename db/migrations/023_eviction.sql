-- 023: a cache that lives for months (issue 19). Studies are evicted least recently used first
-- when the cache passes its quota; an evicted image leaves `instances` for `away_instances`,
-- with where it is held (a peer or portal that acknowledged it), and comes back through the
-- writer like any received object. Structured reports are never evicted.
ALTER TABLE studies ADD COLUMN used_ms INTEGER NOT NULL DEFAULT 0;      -- last opened or received
ALTER TABLE studies ADD COLUMN received_ms INTEGER NOT NULL DEFAULT 0;  -- last object received
ALTER TABLE studies ADD COLUMN away_count INTEGER NOT NULL DEFAULT 0;   -- rows in away_instances
ALTER TABLE studies ADD COLUMN away_at TEXT NOT NULL DEFAULT '';       -- where its last eviction left it

-- 1 while an eviction removes the file: the row stays until the file is gone (so a writer
-- sees the object as held and nothing re-links the path meanwhile); a row left at 1 by a
-- crash is finished when the cache is next opened.
ALTER TABLE instances ADD COLUMN leaving INTEGER NOT NULL DEFAULT 0;
CREATE INDEX instances_leaving ON instances(id) WHERE leaving = 1;

CREATE TABLE away_instances (
    sop_uid          TEXT PRIMARY KEY,
    series_ref       INTEGER NOT NULL REFERENCES series(id),
    study_ref        INTEGER NOT NULL REFERENCES studies(id),
    sop_class_uid    TEXT NOT NULL,
    instance_number  INTEGER NOT NULL DEFAULT 0,
    file_size        INTEGER NOT NULL,
    location         TEXT NOT NULL,     -- the peer or portal that holds it ('' when forced)
    evicted_ms       INTEGER NOT NULL
);
CREATE INDEX away_by_study ON away_instances(study_ref, location);

-- Kept whatever the quota says, until unpinned.
CREATE TABLE study_pins (
    study_uid  TEXT PRIMARY KEY,
    login      TEXT NOT NULL,
    pinned_ms  INTEGER NOT NULL
);

-- Studies open in a window, by process: never evicted while the process lives.
CREATE TABLE study_opens (
    study_uid  TEXT NOT NULL,
    pid        INTEGER NOT NULL,
    opened_ms  INTEGER NOT NULL,
    PRIMARY KEY (study_uid, pid)
) WITHOUT ROWID;

-- Who holds an object, by object (the eviction's question).
CREATE INDEX delivered_by_sop ON delivered(sop_uid, destination);
CREATE INDEX studies_by_use ON studies(used_ms);

UPDATE studies SET
    received_ms = coalesce((SELECT max(CAST(strftime('%s', i.added_at) AS INTEGER)) * 1000
                            FROM instances i JOIN series se ON se.id = i.series_ref
                            WHERE se.study_ref = studies.id),
                           CAST(strftime('%s', added_at) AS INTEGER) * 1000, 0);
UPDATE studies SET used_ms = received_ms;
