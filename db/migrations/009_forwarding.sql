-- 009: forwarding rules (what arrives from an AE title, or of a modality, goes on to a peer or
-- portal by itself) and where objects came from (so that an answer goes back to the sender of
-- its request).
CREATE TABLE forward_rules (
    id          INTEGER PRIMARY KEY,
    from_ae     TEXT NOT NULL DEFAULT '',   -- empty: any sender
    modality    TEXT NOT NULL DEFAULT '',   -- empty: any modality
    destination TEXT NOT NULL,              -- a peer's name
    created_ms  INTEGER NOT NULL
);

CREATE TABLE arrivals (
    sop_uid     TEXT PRIMARY KEY,
    calling_ae  TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
