-- 017: the studies shared with a user — what a consultant (an external reader) may see and open,
-- besides the studies that hold a consultation request addressed to them.
CREATE TABLE study_shares (
    study_uid TEXT NOT NULL,
    login     TEXT NOT NULL,
    shared_by TEXT NOT NULL,
    shared_ms INTEGER NOT NULL,
    PRIMARY KEY (study_uid, login)
);
CREATE INDEX study_shares_login ON study_shares (login);
