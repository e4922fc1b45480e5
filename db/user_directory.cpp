#include "user_directory.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QObject>

namespace dicomnet::db {

namespace {

constexpr const char* kColumns =
    "login, full_name, role, password_hash, certificate_pem, certificate_sha256, disabled, "
    "created_ms, updated_ms";

User userRow(const Statement& q) {
    User u;
    u.login = q.text(0);
    u.fullName = q.text(1);
    u.role = q.text(2);
    u.passwordHash = q.text(3);
    u.certificatePem = q.text(4);
    u.certificateSha256 = q.text(5);
    u.disabled = q.integer(6) != 0;
    u.createdMs = q.integer(7);
    u.updatedMs = q.integer(8);
    return u;
}

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

}  // namespace

Status UserDirectory::add(const User& u) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO users(login, full_name, role, password_hash, certificate_pem, "
                    "certificate_sha256, disabled, created_ms, updated_ms) "
                    "VALUES (?,?,?,?,?,?,?,?,?)");
        const qint64 at = now();
        q.bind(1, u.login).bind(2, u.fullName).bind(3, u.role).bind(4, u.passwordHash);
        q.bind(5, u.certificatePem).bind(6, u.certificateSha256).bind(7, u.disabled ? 1 : 0);
        q.bind(8, at).bind(9, at);
        q.run();
    } catch (const SqliteError& e) {
        if ((e.code() & 0xff) == 19 /* SQLITE_CONSTRAINT */)
            return Error{QObject::tr("a user \"%1\" already exists").arg(u.login)};
        return indexError(e);
    }
    return {};
}

Result<std::vector<User>> UserDirectory::list() {
    try {
        Statement q(cache_.connection(),
                    (QByteArray("SELECT ") + kColumns + " FROM users ORDER BY login").constData());
        std::vector<User> users;
        while (q.step()) users.push_back(userRow(q));
        return users;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<User>> UserDirectory::find(const QString& login) {
    try {
        Statement q(cache_.connection(),
                    (QByteArray("SELECT ") + kColumns + " FROM users WHERE login = ?").constData());
        q.bind(1, login);
        if (!q.step()) return std::optional<User>{};
        return std::optional<User>{userRow(q)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::update(const QString& login, const char* sql, const QString& value) {
    try {
        Statement q(cache_.connection(), sql);
        q.bind(1, value).bind(2, now()).bind(3, login);
        q.run();
        if (cache_.connection().changes() == 0)
            return Error{QObject::tr("no user \"%1\"").arg(login)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
    return {};
}

Status UserDirectory::setPasswordHash(const QString& login, const QString& hash) {
    return update(login, "UPDATE users SET password_hash = ?, updated_ms = ? WHERE login = ?",
                  hash);
}

Status UserDirectory::setDisabled(const QString& login, bool disabled) {
    return update(login, "UPDATE users SET disabled = ?, updated_ms = ? WHERE login = ?",
                  disabled ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<int> UserDirectory::count() {
    try {
        Statement q(cache_.connection(), "SELECT count(*) FROM users");
        q.step();
        return int(q.integer(0));
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QString> UserDirectory::accessMode() {
    try {
        Statement q(cache_.connection(), "SELECT mode FROM access_mode WHERE id = 1");
        return q.step() ? q.text(0) : QString();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::setAccessMode(const QString& mode, const QString& chosenBy) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO access_mode (id, mode, chosen_ms, chosen_by) VALUES (1, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, "
                    "chosen_ms = excluded.chosen_ms, chosen_by = excluded.chosen_by");
        q.bind(1, mode).bind(2, now()).bind(3, chosenBy);
        q.step();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::addSession(const StoredSession& s) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO sessions (token_sha256, login, machine, created_ms, expires_ms) "
                    "VALUES (?, ?, ?, ?, ?)");
        q.bind(1, s.tokenSha256).bind(2, s.login).bind(3, s.machine);
        q.bind(4, s.createdMs).bind(5, s.expiresMs);
        q.step();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<StoredSession>> UserDirectory::findSession(const QString& tokenSha256) {
    try {
        Statement q(cache_.connection(),
                    "SELECT token_sha256, login, machine, created_ms, expires_ms, revoked "
                    "FROM sessions WHERE token_sha256 = ?");
        q.bind(1, tokenSha256);
        if (!q.step()) return std::optional<StoredSession>{};
        return std::optional<StoredSession>{StoredSession{
            q.text(0), q.text(1), q.text(2), q.integer(3), q.integer(4), q.integer(5) != 0}};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::revokeSession(const QString& tokenSha256) {
    try {
        Statement q(cache_.connection(), "UPDATE sessions SET revoked = 1 WHERE token_sha256 = ?");
        q.bind(1, tokenSha256);
        q.step();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::share(const QString& studyUid, const QString& login,
                            const QString& sharedBy) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR IGNORE INTO study_shares (study_uid, login, shared_by, shared_ms) "
                    "VALUES (?, ?, ?, ?)");
        q.bind(1, studyUid).bind(2, login).bind(3, sharedBy).bind(4, now());
        q.step();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QStringList> UserDirectory::sharedWith(const QString& login) {
    try {
        Statement q(cache_.connection(),
                    "SELECT study_uid FROM study_shares WHERE login = ? ORDER BY shared_ms");
        q.bind(1, login);
        QStringList out;
        while (q.step()) out << q.text(0);
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<int> UserDirectory::countActive(const QString& role) {
    try {
        Statement q(cache_.connection(),
                    "SELECT count(*) FROM users WHERE role = ? AND disabled = 0");
        q.bind(1, role);
        q.step();
        return int(q.integer(0));
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<int> UserDirectory::failures(const QString& login) {
    try {
        Statement q(cache_.connection(), "SELECT failures FROM sign_in_failures WHERE login = ?");
        q.bind(1, login);
        return q.step() ? int(q.integer(0)) : 0;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status UserDirectory::recordFailure(const QString& login) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO sign_in_failures(login, failures, last_ms) VALUES (?, 1, ?) "
                    "ON CONFLICT(login) DO UPDATE SET failures = failures + 1, last_ms = "
                    "excluded.last_ms");
        q.bind(1, login).bind(2, now());
        q.run();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
    return {};
}

Status UserDirectory::clearFailures(const QString& login) {
    try {
        Statement q(cache_.connection(), "DELETE FROM sign_in_failures WHERE login = ?");
        q.bind(1, login);
        q.run();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
    return {};
}

}  // namespace dicomnet::db
