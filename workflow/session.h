// Who runs this process and what they may do. A data directory without users runs open, as
// before users existed (everything allowed, records by the OS account); once it has users,
// every command signs one in and each action asks the session.
#pragma once

#include "core/result.h"
#include "workflow/access.h"
#include "workflow/users.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dicomnet::workflow {

struct Session {
    bool open = true;  // no users in this data directory
    User user;
    // Refused, naming the roles that may, and recorded in the audit trail.
    Status permit(const QString& dataDir, Permission p) const;
};

// How the data directory is used. Chosen once, at the first start: with users (an
// administrator is created, then everyone signs in) or, explicitly, by a single person without
// sign-in. Until then nothing but that choice runs.
enum class AccessMode { NotChosen, SingleUser, Users };
Result<AccessMode> accessMode(const QString& dataDir);
// Records the choice of single-user mode (audited); refused once the directory has users.
Status chooseSingleUser(const QString& dataDir);
// The first start with users: adds `admin` (an administrator, with a password) and signs them in.
Result<Session> createAdministrator(const QString& dataDir, const NewUser& admin);
// Signs `login` in (the attempt recorded either way) and makes them the actor of this
// process's audit records.
Result<Session> signIn(const QString& dataDir, const QString& login, const QByteArray& password);
// The session of this process: who signed in last (open when nobody has). What the window and
// the command line take authors, requesters, signers and "waiting for me" from.
Session currentSession();
// The person's name as DICOM writes it when someone is signed in, else `otherwise`.
QString signedInName(const QString& otherwise = {});

// Makes `verified` the session of this process (and its user the actor). Only for a user
// whose identity was checked: by signIn(), or by a command-line session's token.
void setProcessSession(const Session& verified);

// Command-line sessions: after `dicomnet --user L session start`, commands run without
// --user for a bounded time. The token is in a file only its owner may read (0600, in the
// user's runtime folder, one per data directory); the index keeps its SHA-256 and the machine
// it was opened on, so neither a copy of the index nor the file on another machine signs in.
struct SessionToken {
    QString file;
    qint64 expiresMs = 0;
};
// The token file for `dataDir` (it may not exist).
QString sessionTokenFile(const QString& dataDir);
// Starts one for the signed-in user, for `minutes` (1 to 720).
Result<SessionToken> startSessionToken(const QString& dataDir, const Session& session, int minutes);
// The session of the token file, when there is one: checked (the file's permissions and
// owner, the token, the machine, the time, the account still enabled), made the process's.
// None: no token file. An error: a token that does not hold, saying why.
Result<std::optional<Session>> resumeSessionToken(const QString& dataDir);
// Revokes the token and removes its file.
Status endSessionToken(const QString& dataDir);

// Records the end of the session (the window closed, or locked) and forgets the actor.
void signOut(const QString& dataDir, const Session& session, const QString& why = {});

}  // namespace dicomnet::workflow
