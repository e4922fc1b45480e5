-- 003: the DICOM nodes this workstation talks to (other workstations, PACS).
CREATE TABLE peers (
    name        TEXT PRIMARY KEY,
    ae_title    TEXT NOT NULL,
    host        TEXT NOT NULL,
    port        INTEGER NOT NULL,
    tls         INTEGER NOT NULL DEFAULT 0,
    added_at    TEXT NOT NULL
);

-- A writer that commits without flushing (the listener, one object per transaction) makes
-- its earlier commits durable by one flushed write here.
CREATE TABLE durability_mark (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    at  TEXT NOT NULL
);
INSERT INTO durability_mark(id, at) VALUES (1, '');
