-- 013: the audit trail. Each record carries the SHA-256 of the one before it (a chain), so that
-- a record changed, removed or moved in this table is found by `dicomnet audit verify`.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms       INTEGER NOT NULL,
    user        TEXT NOT NULL,        -- login, or os:NAME before anyone signs in
    host        TEXT NOT NULL,        -- this workstation, or the calling AE title
    action      TEXT NOT NULL,        -- e.g. user-added, exported, anonymized
    outcome     TEXT NOT NULL,        -- success, or why not
    patient_id  TEXT NOT NULL DEFAULT '',
    study_uids  TEXT NOT NULL DEFAULT '',  -- space-separated
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,        -- hex; 64 zeros for the first record
    hash        TEXT NOT NULL         -- hex SHA-256 of prev_hash and the fields above
);
CREATE INDEX audit_log_patient ON audit_log(patient_id);
CREATE INDEX audit_log_user ON audit_log(user);
