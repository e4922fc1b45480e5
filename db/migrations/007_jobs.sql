-- 007: the sync engine's jobs (outbox: sends; inbox: fetches), each object of a job and how far
-- it got, and what each destination has acknowledged (so that nothing goes twice).
CREATE TABLE jobs (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,              -- send
    destination     TEXT NOT NULL,              -- a peer's name
    requested       TEXT NOT NULL,              -- the UIDs asked for, space-separated
    again           INTEGER NOT NULL DEFAULT 0, -- send even what the destination holds
    state           TEXT NOT NULL,              -- pending, retrying, done, failed, cancelled
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER NOT NULL DEFAULT 0, -- not before (ms since the epoch)
    last_error      TEXT NOT NULL DEFAULT '',
    verification    TEXT NOT NULL DEFAULT '',   -- complete, incomplete, not verifiable, ''
    bytes_saved     INTEGER NOT NULL DEFAULT 0, -- by compressing before sending
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL
);
CREATE INDEX jobs_by_state ON jobs(state, next_attempt_ms);

CREATE TABLE job_objects (
    job_id      INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    sop_uid     TEXT NOT NULL,
    study_uid   TEXT NOT NULL,
    state       TEXT NOT NULL,              -- pending, in_flight, sent, already_there, failed
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, sop_uid)
);

CREATE TABLE delivered (
    destination TEXT NOT NULL,
    sop_uid     TEXT NOT NULL,
    at_ms       INTEGER NOT NULL,
    PRIMARY KEY (destination, sop_uid)
);
