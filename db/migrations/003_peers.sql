-- 003: the DICOM nodes this workstation talks to (other workstations, PACS).
CREATE TABLE peers (
    name        TEXT PRIMARY KEY,
    ae_title    TEXT NOT NULL,
    host        TEXT NOT NULL,
    port        INTEGER NOT NULL,
    tls         INTEGER NOT NULL DEFAULT 0,
    added_at    TEXT NOT NULL
);
