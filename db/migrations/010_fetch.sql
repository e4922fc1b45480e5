-- 010: fetch jobs (the inbox): objects a portal holds that the cache lacks, fetched one series
-- or instance at a time; their series, to fetch them by series. And what each pull saw of
-- each study on a portal (how many instances), so that the next pull asks only about studies
-- that changed since.
ALTER TABLE job_objects ADD COLUMN series_uid TEXT NOT NULL DEFAULT '';

CREATE TABLE pull_marks (
    portal      TEXT NOT NULL,              -- a peer's name
    study_uid   TEXT NOT NULL,              -- as the portal knows it
    instances   INTEGER NOT NULL,           -- NumberOfStudyRelatedInstances then
    seen_ms     INTEGER NOT NULL,
    PRIMARY KEY (portal, study_uid)
);
