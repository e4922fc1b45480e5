-- 012: the people who use this workstation and their roles. A password is kept only as a
-- memory-hard hash ($scrypt$…); an empty hash cannot sign in.
CREATE TABLE users (
    login              TEXT PRIMARY KEY,
    full_name          TEXT NOT NULL,            -- DICOM Person Name, e.g. Rusu^Ana
    role               TEXT NOT NULL CHECK (role IN ('technician', 'radiologist', 'consultant',
                                                     'administrator')),
    password_hash      TEXT NOT NULL DEFAULT '',
    certificate_pem    TEXT NOT NULL DEFAULT '',  -- the person's signing certificate
    certificate_sha256 TEXT NOT NULL DEFAULT '',
    disabled           INTEGER NOT NULL DEFAULT 0,
    created_ms         INTEGER NOT NULL,
    updated_ms         INTEGER NOT NULL
);
