-- 016: command-line sessions (`dicomnet session start`): the SHA-256 of each token (the token
-- itself is only in its owner's 0600 file), whose it is, on which machine it was opened, and
-- until when it holds. Ended sessions are kept, revoked, for the audit's sake.
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY,
    login        TEXT NOT NULL,
    machine      TEXT NOT NULL,
    created_ms   INTEGER NOT NULL,
    expires_ms   INTEGER NOT NULL,
    revoked      INTEGER NOT NULL DEFAULT 0
);
