#include "workflow/session.h"

#include "workflow/audit.h"

#include "db/cache.h"
#include "db/user_directory.h"

#include <QMutex>
#include <QObject>

namespace dicomnet::workflow {

namespace {

QMutex sessionLock;
Session& processSession() {
    static Session s;
    return s;
}

}  // namespace

void setProcessSession(const Session& s) {
    QMutexLocker locked(&sessionLock);
    processSession() = s;
    setActor(s.open ? QString() : s.user.login);
}

Session currentSession() {
    QMutexLocker locked(&sessionLock);
    return processSession();
}

QString signedInName(const QString& otherwise) {
    const Session s = currentSession();
    return s.open ? otherwise : s.user.fullName;
}

Status Session::permit(const QString& dataDir, Permission p) const {
    if (open) return {};
    const Status s = allowed(user.login, user.role, p);
    if (!s) recordAudit(dataDir, {QStringLiteral("refused"), s.error(), {}, {}, permissionText(p)});
    return s;
}

Result<AccessMode> accessMode(const QString& dataDir) {
    // Every command asks this at start: one count and one row, no users read.
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::UserDirectory users(*cache.value());
    auto count = users.count();
    if (!count) return Error{count.error()};
    if (count.value() > 0) return AccessMode::Users;
    auto mode = users.accessMode();
    if (!mode) return Error{mode.error()};
    return mode.value() == QLatin1String("single-user") ? AccessMode::SingleUser
                                                        : AccessMode::NotChosen;
}

Status chooseSingleUser(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::UserDirectory users(*cache.value());
    auto count = users.count();
    if (!count) return Error{count.error()};
    if (count.value() > 0)
        return Error{
            QObject::tr("this workstation has users: single-user mode is not possible "
                        "any more; sign in with --user LOGIN")};
    const Status chosen = users.setAccessMode(QStringLiteral("single-user"), currentActor());
    return audited(dataDir, {QStringLiteral("single-user-chosen"), {}, {}, {}, {}}, chosen);
}

Result<Session> createAdministrator(const QString& dataDir, const NewUser& admin) {
    if (admin.role != QLatin1String("administrator"))
        return Error{QObject::tr("the first user is an administrator")};
    if (Status added = addUser(dataDir, admin); !added) return Error{added.error()};
    {
        auto cache = db::Cache::open(dataDir);
        if (!cache) return Error{cache.error()};
        if (Status s = db::UserDirectory(*cache.value())
                           .setAccessMode(QStringLiteral("users"), currentActor());
            !s)
            return Error{s.error()};
    }
    return signIn(dataDir, admin.login, admin.password);
}

void signOut(const QString& dataDir, const Session& session, const QString& why) {
    if (session.open) return;
    recordAudit(dataDir, {QStringLiteral("sign-out"), QStringLiteral("success"), {}, {}, why});
    setActor({});
    setProcessSession({});
}

Result<Session> signIn(const QString& dataDir, const QString& login, const QByteArray& password) {
    auto user = authenticate(dataDir, login, password);
    if (!user) {
        // The attempt is recorded under the login given: who tried is part of the trail.
        setActor(login.left(64));
        recordAudit(dataDir, {QStringLiteral("sign-in"), user.error(), {}, {}, {}});
        // Whoever was signed in (a locked window) stays the actor.
        const Session before = currentSession();
        setActor(before.open ? QString() : before.user.login);
        return Error{user.error()};
    }
    setActor(user->login);
    recordAudit(dataDir, {QStringLiteral("sign-in"), QStringLiteral("success"), {}, {}, {}});
    Session s;
    s.open = false;
    s.user = user.value();
    s.user.passwordHash.clear();  // nothing needs it past this point
    setProcessSession(s);
    return s;
}

}  // namespace dicomnet::workflow
