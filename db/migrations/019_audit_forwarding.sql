-- 019: the syslog collector the audit trail is forwarded to (RFC 5425, over TLS), and how far
-- it got: the records after last_sent_id wait, like a queued job, until it can be reached.
CREATE TABLE audit_forwarding (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    host            TEXT NOT NULL,
    port            INTEGER NOT NULL,
    ca_file         TEXT NOT NULL,
    last_sent_id    INTEGER NOT NULL DEFAULT 0,
    last_attempt_ms INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT ''
);
