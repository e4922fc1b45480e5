-- 011: the latest send of a study, for the lists that show where its consultation stands
-- ("requested · sent to the consultants").
CREATE INDEX job_objects_by_study ON job_objects(study_uid, job_id);
