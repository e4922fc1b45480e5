-- 005: the result of aligning a prior onto a current image (or volume), kept with the pair so
-- that reopening the comparison is instant. `kind` says what was aligned ('planar' for two
-- films by instance UID, 'volume' for two series by series UID); `version` is the method's,
-- so that a better method recomputes; `parameters` is JSON, as printed by `dicomnet compare`.
CREATE TABLE registrations (
  current_uid TEXT NOT NULL,
  prior_uid TEXT NOT NULL,
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  parameters TEXT NOT NULL,
  seconds REAL NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (current_uid, prior_uid, kind)
);
