-- 018: seals of the audit trail: now and then the newest record's number and hash, signed with
-- this node's key. A record a seal covers cannot be removed (the newest ones included) or
-- rewritten without the key; `audit verify` checks every seal.
CREATE TABLE audit_seals (
    id          INTEGER PRIMARY KEY,
    head_id     INTEGER NOT NULL,
    head_hash   TEXT NOT NULL,
    at_ms       INTEGER NOT NULL,
    certificate TEXT NOT NULL,
    signature   TEXT NOT NULL
);
