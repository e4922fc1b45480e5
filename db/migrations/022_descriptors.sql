-- 022: what the learning module keeps. One descriptor per film or CT series (learning/
-- descriptor.h): the writer marks a CR, DX, DR or CT series "to compute" (state 0) in the
-- transaction that indexes each of its objects, so a series that grows is computed again once
-- it has settled; a worker computes it in the background and stores the vector (state 1), or
-- why there is none (2: not applicable, 3: failed). Series already in the cache are marked here.
CREATE TABLE descriptors (
    series_ref   INTEGER PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
    study_ref    INTEGER NOT NULL REFERENCES studies(id),
    state        INTEGER NOT NULL DEFAULT 0,   -- 0 to compute, 1 computed, 2 not applicable, 3 failed
    changed_at   TEXT NOT NULL,                -- when the series last received an object (UTC)
    kind         TEXT NOT NULL DEFAULT '',     -- chest-xray, chest-ct
    version      INTEGER NOT NULL DEFAULT 0,   -- of the kind's vector; older ones are recomputed
    reason       TEXT NOT NULL DEFAULT '',     -- states 2 and 3: why
    vector       BLOB,                         -- float32 little-endian
    model        TEXT NOT NULL DEFAULT '',     -- a site model whose output extends the vector
    seconds      REAL,                         -- to compute it
    computed_at  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX descriptors_to_compute ON descriptors(changed_at) WHERE state = 0;
CREATE INDEX descriptors_by_study ON descriptors(study_ref, state);
INSERT INTO descriptors(series_ref, study_ref, changed_at)
    SELECT id, study_ref, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM series
    WHERE modality IN ('CR', 'DX', 'DR', 'CT');

-- The scores a consultation gives (Brixia zones and total, CO-RADS, the CT severity score…), by
-- their code in the scheme 99DICOMNET: the labels the learning module learns from, once signed.
CREATE TABLE consultation_scores (
    instance_ref INTEGER NOT NULL REFERENCES consultations(instance_ref) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    value        INTEGER NOT NULL,
    PRIMARY KEY (instance_ref, code)
) WITHOUT ROWID;
-- Consultations read before this version: read again for their scores.
UPDATE consultations SET read_state = 0 WHERE kind = 'consultation' AND template NOT IN ('', 'free');
