-- 001: patients, studies, series, instances. Counters and the modality list are kept up to
-- date by the writer in the same transaction, so that listings never aggregate 1M rows.
CREATE TABLE patients (
    id            INTEGER PRIMARY KEY,
    identity_key  TEXT NOT NULL UNIQUE,  -- Patient ID + Issuer (or name + birth date if no ID)
    patient_id    TEXT NOT NULL,
    issuer        TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    name_key      TEXT NOT NULL DEFAULT '',  -- searchKey(name): folded, no diacritics
    birth_date    TEXT NOT NULL DEFAULT '',
    sex           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patients_by_id ON patients(patient_id);

CREATE TABLE studies (
    id              INTEGER PRIMARY KEY,
    patient_ref     INTEGER NOT NULL REFERENCES patients(id),
    study_uid       TEXT NOT NULL UNIQUE,
    study_date      TEXT NOT NULL DEFAULT '',
    study_time      TEXT NOT NULL DEFAULT '',
    accession       TEXT NOT NULL DEFAULT '',
    study_id        TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    referring       TEXT NOT NULL DEFAULT '',
    modalities      TEXT NOT NULL DEFAULT '',  -- distinct series modalities, '\'-separated
    series_count    INTEGER NOT NULL DEFAULT 0,
    instance_count  INTEGER NOT NULL DEFAULT 0,
    added_at        TEXT NOT NULL
);
CREATE INDEX studies_by_patient ON studies(patient_ref, study_date, study_time);
CREATE INDEX studies_by_date ON studies(study_date);

CREATE TABLE series (
    id              INTEGER PRIMARY KEY,
    study_ref       INTEGER NOT NULL REFERENCES studies(id),
    series_uid      TEXT NOT NULL UNIQUE,
    modality        TEXT NOT NULL DEFAULT '',
    body_part       TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    series_date     TEXT NOT NULL DEFAULT '',
    series_number   INTEGER NOT NULL DEFAULT 0,
    instance_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX series_by_study ON series(study_ref, series_number);

CREATE TABLE instances (
    id               INTEGER PRIMARY KEY,
    series_ref       INTEGER NOT NULL REFERENCES series(id),
    sop_uid          TEXT NOT NULL UNIQUE,
    sop_class_uid    TEXT NOT NULL,
    transfer_syntax  TEXT NOT NULL,
    instance_number  INTEGER NOT NULL DEFAULT 0,
    image_position   TEXT NOT NULL DEFAULT '',
    rows             INTEGER NOT NULL DEFAULT 0,
    columns          INTEGER NOT NULL DEFAULT 0,
    frames           INTEGER NOT NULL DEFAULT 0,
    file_path        TEXT NOT NULL UNIQUE,  -- relative to store/
    file_size        INTEGER NOT NULL,
    char_set         TEXT NOT NULL DEFAULT '',
    added_at         TEXT NOT NULL
);
CREATE INDEX instances_by_series ON instances(series_ref, instance_number);
