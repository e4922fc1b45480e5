// The users of the workstation as the index keeps them: login, name, role, signing certificate,
// password hash, disabled. What a role may do, and how a password is hashed and checked, is
// decided above (workflow/users.h); this is storage only.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct User {
    QString login;
    QString fullName;  // DICOM Person Name
    QString role;      // technician, radiologist, consultant, administrator
    QString passwordHash;
    QString certificatePem, certificateSha256;
    bool disabled = false;
    qint64 createdMs = 0, updatedMs = 0;
};

// A command-line session as the index keeps it: never the token, only its hash.
struct StoredSession {
    QString tokenSha256, login, machine;
    qint64 createdMs = 0, expiresMs = 0;
    bool revoked = false;
};

class UserDirectory {
public:
    explicit UserDirectory(Cache& cache) : cache_(cache) {}
    // Fails when the login is taken.
    Status add(const User& user);
    Result<std::vector<User>> list();
    Result<std::optional<User>> find(const QString& login);
    Status setPasswordHash(const QString& login, const QString& hash);
    Status setDisabled(const QString& login, bool disabled);
    // All users, enabled or not.
    Result<int> count();
    // Enabled users of `role`.
    Result<int> countActive(const QString& role);

    // How the workstation is used, as chosen at its first start: "users", "single-user", or
    // empty when not chosen yet. Choosing again replaces the choice.
    Result<QString> accessMode();
    Status setAccessMode(const QString& mode, const QString& chosenBy);

    Status addSession(const StoredSession& session);
    Result<std::optional<StoredSession>> findSession(const QString& tokenSha256);
    Status revokeSession(const QString& tokenSha256);

    // Studies shared with a user (a consultant reads only those); sharing twice is no error.
    Status share(const QString& studyUid, const QString& login, const QString& sharedBy);
    Result<QStringList> sharedWith(const QString& login);

    // Failed sign-ins in a row for a login tried (whether or not it exists).
    Result<int> failures(const QString& login);
    Status recordFailure(const QString& login);
    Status clearFailures(const QString& login);

private:
    Status update(const QString& login, const char* sql, const QString& value);
    Cache& cache_;
};

}  // namespace dicomnet::db
