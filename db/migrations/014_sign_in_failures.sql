-- 014: failed sign-ins per login tried (known or not, so that the delay they bring says nothing
-- about which logins exist); cleared by a successful sign-in.
CREATE TABLE sign_in_failures (
    login    TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_ms  INTEGER NOT NULL
);
