#include "workflow/session.h"

#include "workflow/audit.h"

#include "db/cache.h"

namespace dicomnet::workflow {

Status Session::permit(const QString& dataDir, Permission p) const {
    if (open) return {};
    const Status s = allowed(user.login, user.role, p);
    if (!s) recordAudit(dataDir, {QStringLiteral("refused"), s.error(), {}, {}, permissionText(p)});
    return s;
}

Result<bool> hasUsers(const QString& dataDir) {
    // Every command asks this at start: one count, no rows read.
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto count = db::UserDirectory(*cache.value()).count();
    if (!count) return Error{count.error()};
    return count.value() > 0;
}

Result<Session> signIn(const QString& dataDir, const QString& login, const QByteArray& password) {
    auto user = authenticate(dataDir, login, password);
    if (!user) {
        // The attempt is recorded under the login given: who tried is part of the trail.
        setActor(login.left(64));
        recordAudit(dataDir, {QStringLiteral("sign-in"), user.error(), {}, {}, {}});
        setActor({});
        return Error{user.error()};
    }
    setActor(user->login);
    recordAudit(dataDir, {QStringLiteral("sign-in"), QStringLiteral("success"), {}, {}, {}});
    Session s;
    s.open = false;
    s.user = user.value();
    return s;
}

}  // namespace dicomnet::workflow
