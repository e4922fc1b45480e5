// Who runs this process and what they may do. A data directory without users runs open, as
// before users existed (everything allowed, records by the OS account); once it has users,
// every command signs one in and each action asks the session.
#pragma once

#include "core/result.h"
#include "workflow/access.h"
#include "workflow/users.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

struct Session {
    bool open = true;  // no users in this data directory
    User user;
    // Refused, naming the roles that may, and recorded in the audit trail.
    Status permit(const QString& dataDir, Permission p) const;
};

// Whether the data directory has users (then commands need someone signed in).
Result<bool> hasUsers(const QString& dataDir);
// Signs `login` in (the attempt recorded either way) and makes them the actor of this
// process's audit records.
Result<Session> signIn(const QString& dataDir, const QString& login, const QByteArray& password);

}  // namespace dicomnet::workflow
