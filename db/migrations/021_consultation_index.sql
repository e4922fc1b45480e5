-- 021: the consultation index, one row per structured report in the cache, so that statistics
-- (requested, answered, turnaround, readers, the COVID-19 share) are counted by SQL and not by
-- reading every document. The writer adds the row (read_state 0) in the transaction that indexes
-- the SR; consult/ reads the document once and fills the rest (read_state 1, or 2 when it cannot
-- be read). Rows of the SRs already in the cache are added here and filled on the next read.
CREATE TABLE consultations (
    instance_ref    INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
    sop_uid         TEXT NOT NULL,                -- its own SOP Instance UID (what answers name)
    study_ref       INTEGER NOT NULL REFERENCES studies(id),  -- as indexed (the real study)
    read_state      INTEGER NOT NULL DEFAULT 0,   -- 0 to read, 1 read, 2 unreadable
    kind            TEXT NOT NULL DEFAULT '',     -- request, consultation, report
    template        TEXT NOT NULL DEFAULT '',     -- free, chest-xray-covid, chest-ct-covid
    state           TEXT NOT NULL DEFAULT '',     -- requested, draft, complete, final
    signed          INTEGER NOT NULL DEFAULT 0,   -- carries a digital signature
    urgency         TEXT NOT NULL DEFAULT '',     -- requests: routine, urgent, emergency
    author          TEXT NOT NULL DEFAULT '',     -- the reader (Person Observer Name), or requester
    requested_from  TEXT NOT NULL DEFAULT '',     -- requests: a person, a peer, or '' (anyone)
    document_time   TEXT NOT NULL DEFAULT '',     -- Content Date/Time, 'YYYY-MM-DD HH:MM:SS'
    answers_uid     TEXT NOT NULL DEFAULT '',     -- the request's SOP Instance UID (real one)
    covid           INTEGER NOT NULL DEFAULT 0,   -- a COVID-19 request or consultation
    -- Requests: whether a final consultation answers it, the hours from the request to the first
    -- one (NULL: not answered, or a time missing) and who wrote it; kept as documents are
    -- recorded.
    answered        INTEGER NOT NULL DEFAULT 0,
    turnaround_hours REAL,
    answered_by     TEXT NOT NULL DEFAULT ''      -- the author of that first answer
);
CREATE INDEX consultations_to_read ON consultations(instance_ref) WHERE read_state = 0;
CREATE INDEX consultations_by_study ON consultations(study_ref, covid);
CREATE INDEX consultations_by_kind ON consultations(kind, study_ref);
CREATE INDEX consultations_by_sop ON consultations(sop_uid);
-- Volume per day and modality list from the index alone, in date order (no table scan, no sort).
CREATE INDEX studies_for_stats ON studies(study_date, modalities, instance_count);
CREATE INDEX consultations_by_answers ON consultations(answers_uid, state, document_time);

INSERT INTO consultations(instance_ref, sop_uid, study_ref)
    SELECT i.id, i.sop_uid, se.study_ref FROM instances i JOIN series se ON se.id = i.series_ref
    WHERE i.sop_class_uid IN ('1.2.840.10008.5.1.4.1.1.88.11', '1.2.840.10008.5.1.4.1.1.88.22',
                              '1.2.840.10008.5.1.4.1.1.88.33', '1.2.840.10008.5.1.4.1.1.88.34');

-- Settings of the site that the window and the command line share (e.g. stats.cost-per-exam,
-- what one exam on film and paper cost, for the savings estimate of `dicomnet stats`).
CREATE TABLE site_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
