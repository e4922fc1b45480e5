-- 008: de-identification for external destinations (PS3.15 Annex E). What each patient and UID
-- became is kept here, and only here: it never leaves the workstation. Answers that come back
-- about a pseudonym are re-linked through it.
CREATE TABLE pseudonym_patients (
    patient_key     TEXT PRIMARY KEY,          -- Patient ID, U+001F, Issuer of Patient ID
    pseudo_id       TEXT NOT NULL UNIQUE,
    pseudo_name     TEXT NOT NULL,
    date_shift_days INTEGER NOT NULL,          -- added to every date (negative: earlier)
    created_ms      INTEGER NOT NULL
);

CREATE TABLE pseudonym_uids (
    original    TEXT PRIMARY KEY,
    replacement TEXT NOT NULL UNIQUE,
    created_ms  INTEGER NOT NULL
);

-- An external destination gets only de-identified copies.
ALTER TABLE peers ADD COLUMN external INTEGER NOT NULL DEFAULT 0;

-- A portal: a DICOMweb server (PS3.18) at a base URL, with basic (user and a file holding the
-- password) or bearer (a file holding the token) authentication, and the CA its HTTPS
-- certificate must chain to (empty: the system's). Secrets stay in their files.
ALTER TABLE peers ADD COLUMN dicomweb_url TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN auth_user TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN password_file TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN token_file TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN ca_file TEXT NOT NULL DEFAULT '';

-- A slow link: uncompressed images go JPEG-LS lossless compressed.
ALTER TABLE peers ADD COLUMN compress INTEGER NOT NULL DEFAULT 0;
