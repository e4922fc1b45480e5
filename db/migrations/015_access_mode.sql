-- 015: how this workstation is used, chosen once at the first start: 'users' (everyone signs
-- in; an administrator was created) or 'single-user' (one person, no sign-in — explicitly
-- chosen). No row: not chosen yet, and nothing runs until it is.
CREATE TABLE access_mode (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    mode      TEXT NOT NULL CHECK (mode IN ('users', 'single-user')),
    chosen_ms INTEGER NOT NULL,
    chosen_by TEXT NOT NULL
);
-- A directory that already has users has chosen.
INSERT INTO access_mode (id, mode, chosen_ms, chosen_by)
    SELECT 1, 'users', CAST(strftime('%s', 'now') AS INTEGER) * 1000, 'migration'
    WHERE EXISTS (SELECT 1 FROM users);
