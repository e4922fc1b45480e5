-- 004: a peer reached over TLS may be pinned to one certificate (SHA-256 of its DER form, hex).
-- Empty: the certificate must chain to the site CA and name the peer (subject CN = peer name).
ALTER TABLE peers ADD COLUMN certificate_sha256 TEXT NOT NULL DEFAULT '';
